import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { RnswdElement } from '../../packages/core/src/element/rnswd-element.js';
import { renderDataStatus } from '../../packages/core/src/element/status.js';
import { baseStyles } from '../../packages/core/src/styles/base.styles.js';
import { defineElement } from '../../packages/core/src/element/define.js';
import '../../packages/core/src/rnswd-network.js';
import type { RnswdNetwork } from '../../packages/core/src/provider/network-provider.js';
import { textOf } from '../../packages/core/src/data/text.js';

const NETWORK = {
  version: 1,
  id: 'test-net',
  name: { nl: 'Testnetwerk', en: 'Test network' },
  themes: [],
  workingGroups: [],
  partners: [{ id: 'p1', name: 'Cliëntenraad Dordrecht', kind: 'client-organisation' }],
  relations: [],
};

class TestWidget extends RnswdElement {
  static override styles = baseStyles;
  override render() {
    const state = this.scope.state;
    const status = renderDataStatus(this.locale, state, this.dataProblems(), () =>
      this.scope.network.reload(),
    );
    return litHtml`<div class="base" part="base">${status}${
      state.network ? litHtml`<p id="name">${textOf(state.network.name, this.locale)}</p>` : ''
    }<span id="lang">${this.locale}</span></div>`;
  }
}
defineElement('test-widget', TestWidget);
// Defined after the widget on purpose in one test below.
class LateProvider extends LitElement {}
void LateProvider;

async function settle(el: Element) {
  for (let i = 0; i < 5; i += 1) {
    await new Promise((r) => setTimeout(r, 0));
    await (el as LitElement).updateComplete;
  }
}

describe('<rnswd-network>', () => {
  it('shares its data with a widget inside it', async () => {
    const provider = await fixture<RnswdNetwork>(
      html`<rnswd-network lang="en" .data=${NETWORK}>
        <test-widget></test-widget>
      </rnswd-network>`,
    );
    const widget = provider.querySelector('test-widget')!;
    await settle(widget);
    expect(widget.shadowRoot!.querySelector('#name')!.textContent).to.equal('Test network');
    expect(widget.shadowRoot!.querySelector('#lang')!.textContent).to.equal('en');
  });

  it('follows a language change of an ancestor', async () => {
    const provider = await fixture<RnswdNetwork>(
      html`<rnswd-network lang="en" .data=${NETWORK}>
        <test-widget></test-widget>
      </rnswd-network>`,
    );
    const widget = provider.querySelector('test-widget')!;
    await settle(widget);
    provider.setAttribute('lang', 'nl-NL');
    await settle(widget);
    expect(widget.shadowRoot!.querySelector('#name')!.textContent).to.equal('Testnetwerk');
  });

  it('reads inline JSON', async () => {
    const el = await fixture(
      html`<test-widget lang="nl"
        ><script type="application/json">
          ${JSON.stringify(NETWORK)}
        </script></test-widget
      >`,
    );
    await settle(el);
    expect(el.shadowRoot!.querySelector('#name')!.textContent).to.equal('Testnetwerk');
  });

  it('a widget alone without data shows a clear error and fires rnswd-data-error', async () => {
    const el = document.createElement('test-widget');
    const event = oneEvent(el, 'rnswd-data-error');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.problems[0].code).to.equal('no-data');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('geen gegevens');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('the widget’s own data wins over the provider’s', async () => {
    const provider = await fixture<RnswdNetwork>(
      html`<rnswd-network .data=${NETWORK}>
        <test-widget lang="en" .data=${{ ...NETWORK, name: 'Own network' }}></test-widget>
      </rnswd-network>`,
    );
    const widget = provider.querySelector('test-widget')!;
    await settle(widget);
    expect(widget.shadowRoot!.querySelector('#name')!.textContent).to.equal('Own network');
  });

  it('serves a widget that was upgraded before its provider', async () => {
    const container = await fixture(
      html`<div>
        <late-network-x .data=${NETWORK}><test-widget lang="en"></test-widget></late-network-x>
      </div>`,
    );
    // A second provider tag, defined only now.
    const { RnswdNetwork } = await import('../../packages/core/src/provider/network-provider.js');
    customElements.define('late-network-x', class extends RnswdNetwork {});
    const widget = container.querySelector('test-widget')!;
    await settle(widget);
    expect(widget.shadowRoot!.querySelector('#name')!.textContent).to.equal('Test network');
  });
});
