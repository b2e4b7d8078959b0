import { defineElement } from '@rnswd/core';
import { RnswdReflectionForm } from './reflection-form.js';

defineElement('rnswd-reflection-form', RnswdReflectionForm);

declare global {
  interface HTMLElementTagNameMap {
    'rnswd-reflection-form': RnswdReflectionForm;
  }
}
