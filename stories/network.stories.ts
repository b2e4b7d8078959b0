import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../packages/core/src/rnswd-network.js';
import {
  RnswdElement,
  baseStyles,
  formatNumber,
  renderDataStatus,
  textOf,
} from '../packages/core/src/index.js';

/** Shows what the provider shares, for this story only. */
class ProviderStateProbe extends RnswdElement {
  static override styles = baseStyles;
  override render() {
    const state = this.scope.state;
    const network = state.network;
    const lang = this.locale;
    return html`<div class="base" part="base">
      ${renderDataStatus(lang, state, this.dataProblems(), () => this.scope.network.reload())}
      ${
        network
          ? html`<h2>${textOf(network.name, lang)}</h2>
              <p>${textOf(network.description, lang)}</p>
              <dl>
                <dt>status</dt>
                <dd>${state.status}</dd>
                <dt>partners</dt>
                <dd>${formatNumber(lang, network.partners.length)}</dd>
                <dt>themes</dt>
                <dd>${formatNumber(lang, network.themes.length)}</dd>
                <dt>relations</dt>
                <dd>${formatNumber(lang, network.relations.length)}</dd>
                <dt>selection</dt>
                <dd>
                  ${this.scope.selection.partnerId ?? '–'} / ${this.scope.selection.themeId ?? '–'}
                </dd>
                <dt>language</dt>
                <dd>${lang}</dd>
              </dl>`
          : ''
      }
    </div>`;
  }
}
if (!customElements.get('provider-state-probe')) {
  customElements.define('provider-state-probe', ProviderStateProbe);
}

/**
 * `<rnswd-network>` shares one network with the widgets inside it: the data (with its loading and error
 * state), where records go, the language and a shared selection. It renders nothing of its own.
 */
const meta: Meta = {
  title: 'Core/Provider (rnswd-network)',
  component: 'rnswd-network',
  args: {
    src: '/demo/data/zhz-network.json',
    storage: 'local',
    endpoint: '',
    credentials: 'omit',
    'network-id': '',
    'selected-partner': '',
    'selected-theme': '',
  },
  argTypes: {
    src: { control: 'text', description: 'URL of the network JSON document.' },
    storage: { control: 'inline-radio', options: ['local', 'endpoint'] },
    endpoint: { control: 'text' },
    credentials: { control: 'inline-radio', options: ['omit', 'include'] },
    'network-id': { control: 'text' },
    'selected-partner': { control: 'text' },
    'selected-theme': { control: 'text' },
  },
  render: (args) =>
    html`<rnswd-network
      src=${args.src}
      storage=${args.storage}
      endpoint=${args.endpoint || ''}
      credentials=${args.credentials}
      network-id=${args['network-id'] || ''}
      selected-partner=${args['selected-partner'] || ''}
      selected-theme=${args['selected-theme'] || ''}
      @rnswd-data-error=${(e: CustomEvent) => console.info('rnswd-data-error', e.detail)}
      @rnswd-selection-change=${(e: CustomEvent) => console.info('rnswd-selection-change', e.detail)}
    >
      <provider-state-probe></provider-state-probe>
    </rnswd-network>`,
};
export default meta;

type Story = StoryObj;

/** The provider on the sample network of Zuid-Holland Zuid; the probe shows what it provides. */
export const SampleData: Story = {};

/** A `src` that does not exist: every widget inside shows the error; the provider fires `rnswd-data-error`. */
export const DataError: Story = { args: { src: '/demo/data/does-not-exist.json' } };
