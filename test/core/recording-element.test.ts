import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import {
  RnswdRecordingElement,
  baseStyles,
  createRecord,
  defineElement,
  renderStoreNotice,
  type StoredRecord,
} from '@rnswd/core';
import '@rnswd/core/define.js';
import { endpointUrl, newBucket, received, script, waitFor } from '../helpers/endpoint.js';

class TestNotes extends RnswdRecordingElement {
  static override styles = baseStyles;
  static override recordTypes = ['theme-proposal'];
  static override requiresData = false;
  changes = 0;

  async write(text: string): Promise<StoredRecord> {
    const { outbox, networkId } = await this.services();
    return outbox.save(
      createRecord('theme-proposal', { title: text }, { networkId, lang: this.locale }),
    );
  }

  async where() {
    const { networkId, storage } = await this.services();
    return { networkId, storage };
  }

  protected override recordsChanged() {
    this.changes += 1;
  }

  override render() {
    return litHtml`<div class="base" part="base">${renderStoreNotice(this.locale, this.storeNotice)}</div>`;
  }
}
defineElement('test-notes', TestNotes);

const NETWORK = {
  version: 1,
  id: 'net-from-data',
  name: 'Testnetwerk',
  themes: [],
  workingGroups: [],
  partners: [],
  relations: [],
};

let n = 0;
const fresh = () => `rec-el-${Date.now().toString(36)}-${(n += 1)}`;

describe('RnswdRecordingElement', () => {
  it('sends through the provider’s endpoint and reports the delivery', async () => {
    const bucket = newBucket();
    const net = fresh();
    const provider = await fixture(
      html`<rnswd-network network-id=${net} storage="endpoint" endpoint=${endpointUrl(bucket)}>
        <test-notes></test-notes>
      </rnswd-network>`,
    );
    const el = provider.querySelector('test-notes') as TestNotes;
    const delivered = oneEvent(el, 'rnswd-delivered');
    const stored = await el.write('Afspraak met de wijkcoach');
    expect(stored.state).to.equal('queued');
    const event = await delivered;
    expect(event.detail.record.id).to.equal(stored.id);
    expect(event.detail.status).to.equal(201);
    expect(event.bubbles && event.composed).to.be.true;
    expect((await received(bucket)).records).to.have.length(1);
    expect(el.changes).to.be.greaterThan(0);
  });

  it('lets its own storage attribute win over the provider’s', async () => {
    const bucket = newBucket();
    const provider = await fixture(
      html`<rnswd-network network-id=${fresh()} storage="endpoint" endpoint=${endpointUrl(bucket)}>
        <test-notes storage="local"></test-notes>
      </rnswd-network>`,
    );
    const el = provider.querySelector('test-notes') as TestNotes;
    const stored = await el.write('Alleen hier');
    expect(stored.state).to.equal('local');
    expect((await el.where()).storage).to.equal('local');
    expect((await received(bucket)).attempts).to.equal(0);
  });

  it('reports a refusal with willRetry false', async () => {
    const bucket = newBucket();
    await script(bucket, [{ status: 422 }]);
    const el = await fixture<TestNotes>(
      html`<test-notes
        network-id=${fresh()}
        storage="endpoint"
        endpoint=${endpointUrl(bucket)}
      ></test-notes>`,
    );
    const failed = oneEvent(el, 'rnswd-delivery-failed');
    await el.write('Te lang');
    const event = await failed;
    expect(event.detail.status).to.equal(422);
    expect(event.detail.willRetry).to.be.false;
    expect(event.detail.error.code).to.equal('rejected');
  });

  it('writes under the data’s network id when no network-id is given', async () => {
    const el = await fixture<TestNotes>(html`<test-notes .data=${NETWORK}></test-notes>`);
    expect((await el.where()).networkId).to.equal('net-from-data');
  });

  it('tells the user plainly when entries will not be kept', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
    let el: TestNotes;
    try {
      el = await fixture<TestNotes>(
        html`<test-notes network-id=${fresh()} lang="nl"></test-notes>`,
      );
      await el.where();
    } finally {
      Object.defineProperty(window, 'indexedDB', descriptor);
    }
    await waitFor(() => !!el.shadowRoot!.querySelector('[part="store-notice"]'), 3000);
    expect(el.shadowRoot!.textContent).to.contain('gaat verloren');
    await expect(el).to.be.accessible();
  });
});
