/**
 * The suite every rnswd element runs: `runElementSuite({ tag, create })` inside the widget's
 * `describe('<rnswd-…>')`. It checks what every element owes a host page: one definition, creation while
 * detached, removal and re-attachment, `[hidden]`, a silent console, a language switch, and a clear,
 * accessible error for bad data.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';

export interface ElementSuiteOptions {
  /** The tag, e.g. `rnswd-partner-directory`. */
  tag: string;
  /** Network data that the element renders fully. */
  data: unknown;
  /** Text that appears in the rendered element in Dutch, and its English counterpart. */
  langProbe?: { nl: string; en: string };
  /** Extra attributes for a working element, e.g. `{ 'network-id': 'x' }`. */
  attributes?: Record<string, string>;
}

/** Waits until the element and its asynchronous work (data, IndexedDB) have settled. */
export async function settle(el: Element, rounds = 6): Promise<void> {
  for (let i = 0; i < rounds; i += 1) {
    await new Promise((r) => setTimeout(r, 0));
    await (el as LitElement).updateComplete;
  }
}

/** Visible text of an element's shadow root, spaces collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function make(options: ElementSuiteOptions, lang?: string) {
  const el = document.createElement(options.tag) as LitElement & { data?: unknown };
  for (const [k, v] of Object.entries(options.attributes ?? {})) el.setAttribute(k, v);
  if (lang) el.setAttribute('lang', lang);
  el.data = options.data;
  return el;
}

export function runElementSuite(options: ElementSuiteOptions): void {
  describe('element contract', () => {
    it('is defined once, by a class that names its version', () => {
      const ctor = customElements.get(options.tag) as
        (CustomElementConstructor & { version?: string }) | undefined;
      expect(ctor, `${options.tag} is defined`).to.exist;
      expect(ctor!.version).to.match(/^\d+\.\d+\.\d+/);
    });

    it('can be created detached, configured, then attached', async () => {
      const el = make(options, 'nl');
      const wrapper = await fixture(html`<div></div>`);
      wrapper.append(el);
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="base"]'), 'renders part="base"').to.exist;
    });

    it('survives removal and re-attachment', async () => {
      const el = make(options, 'nl');
      const wrapper = await fixture(html`<div></div>`);
      wrapper.append(el);
      await settle(el);
      const before = shadowText(el);
      el.remove();
      await settle(el);
      wrapper.append(el);
      await settle(el);
      expect(shadowText(el)).to.equal(before);
    });

    it('is hidden by [hidden]', async () => {
      const el = make(options, 'nl');
      el.hidden = true;
      const wrapper = await fixture(html`<div></div>`);
      wrapper.append(el);
      await settle(el);
      expect(getComputedStyle(el).display).to.equal('none');
    });

    it('keeps the console silent while rendering valid data', async () => {
      const calls: unknown[][] = [];
      const { warn, error } = console;
      console.warn = (...a: unknown[]) => calls.push(a);
      console.error = (...a: unknown[]) => calls.push(a);
      try {
        const el = make(options, 'nl');
        const wrapper = await fixture(html`<div></div>`);
        wrapper.append(el);
        await settle(el);
      } finally {
        console.warn = warn;
        console.error = error;
      }
      expect(calls).to.deep.equal([]);
    });

    if (options.langProbe) {
      const probe = options.langProbe;
      it('speaks Dutch and English, following the lang of an ancestor', async () => {
        const wrapper = await fixture(html`<div lang="nl"></div>`);
        const el = make(options);
        wrapper.append(el);
        await settle(el);
        expect(shadowText(el)).to.contain(probe.nl);
        const base = () => el.shadowRoot!.querySelector('[part~="base"]')!;
        expect(base().getAttribute('lang'), 'the content says its language').to.equal('nl');
        wrapper.setAttribute('lang', 'en');
        await settle(el);
        expect(shadowText(el)).to.contain(probe.en);
        expect(base().getAttribute('lang')).to.equal('en');
      });

      it('marks its content with the language it speaks when the page speaks another', async () => {
        const wrapper = await fixture(html`<div lang="fr"></div>`);
        const el = make(options);
        wrapper.append(el);
        await settle(el);
        expect(shadowText(el)).to.contain(probe.en);
        expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
      });
    }

    it('shows a clear, accessible error for invalid data and fires rnswd-data-error', async () => {
      const el = document.createElement(options.tag) as LitElement & { data?: unknown };
      for (const [k, v] of Object.entries(options.attributes ?? {})) el.setAttribute(k, v);
      el.setAttribute('lang', 'en');
      el.data = {
        version: 1,
        id: 'broken',
        name: 'Broken',
        partners: [{ id: 'p1', kind: 'nonsense' }],
      };
      const event = oneEvent(el, 'rnswd-data-error');
      const wrapper = await fixture(html`<div></div>`);
      wrapper.append(el);
      const { detail } = await event;
      expect(detail.problems.length).to.be.greaterThan(0);
      expect(detail.problems[0]).to.have.keys(['path', 'message', 'code']);
      await settle(el);
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, 'an alert is rendered').to.exist;
      expect(alert!.textContent).to.contain('cannot be shown');
      await expect(el).to.be.accessible();
    });
  });
}
