import { defineElement } from '@rnswd/core';
import { RnswdNetworkMap } from './network-map.js';

defineElement('rnswd-network-map', RnswdNetworkMap);

declare global {
  interface HTMLElementTagNameMap {
    'rnswd-network-map': RnswdNetworkMap;
  }
}
