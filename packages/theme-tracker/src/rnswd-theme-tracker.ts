import { defineElement } from '@rnswd/core';
import { RnswdThemeTracker } from './theme-tracker.js';

defineElement('rnswd-theme-tracker', RnswdThemeTracker);

declare global {
  interface HTMLElementTagNameMap {
    'rnswd-theme-tracker': RnswdThemeTracker;
  }
}
