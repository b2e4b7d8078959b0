import { defineElement } from './element/define.js';
import { RnswdNetwork } from './provider/network-provider.js';

defineElement('rnswd-network', RnswdNetwork);

declare global {
  interface HTMLElementTagNameMap {
    'rnswd-network': RnswdNetwork;
  }
}

export { RnswdNetwork };
