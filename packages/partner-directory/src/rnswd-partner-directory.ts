import { defineElement } from '@rnswd/core';
import { RnswdPartnerDirectory } from './partner-directory.js';

defineElement('rnswd-partner-directory', RnswdPartnerDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'rnswd-partner-directory': RnswdPartnerDirectory;
  }
}
