import { expect, fixture, html } from '@open-wc/testing';

// The CDN bundle as a webmaster pastes it: loaded twice (two plugins of a CMS each adding the script),
// then another version on the same page. Nothing may throw; the first definitions stay, and one warning
// names both versions.
const BUNDLE = '/packages/widgets/dist/rnswd-widgets.min.js';
const TAGS = [
  'rnswd-network',
  'rnswd-network-map',
  'rnswd-partner-directory',
  'rnswd-reflection-form',
  'rnswd-theme-tracker',
];

describe('CDN bundle', () => {
  const warnings: string[] = [];
  const errors: unknown[] = [];
  const original = console.warn;
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);

  before(() => {
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
    window.addEventListener('error', onError);
  });

  after(() => {
    console.warn = original;
    window.removeEventListener('error', onError);
  });

  it('defines every element of the widgets package', async () => {
    await import(BUNDLE);
    const defined = TAGS.filter((tag) => customElements.get(tag));
    expect(defined).to.deep.equal(TAGS);
    for (const tag of defined) {
      const ctor = customElements.get(tag) as CustomElementConstructor & { version?: string };
      expect(ctor.version, tag).to.match(/^\d+\.\d+\.\d+$/);
    }
  });

  it('loads a second time without an error or a warning', async () => {
    const before = TAGS.map((tag) => customElements.get(tag));
    await import(`${BUNDLE}?copy=2`);
    expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal(before);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first version when another version loads, with one warning naming both', async () => {
    const first = customElements.get('rnswd-network') as CustomElementConstructor & {
      version: string;
    };
    await import('/__fixtures/bundle-9.9.9.js');
    expect(customElements.get('rnswd-network')).to.equal(first);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(first.version).and.to.contain('9.9.9');
  });

  it('still works after all that', async () => {
    const el = await fixture(
      html`<rnswd-network-map
        .data=${{ version: 1, id: 'b', name: 'B', partners: [{ id: 'p', name: 'P', kind: 'other' }] }}
      ></rnswd-network-map>`,
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(el.shadowRoot?.querySelector('[part~="base"]')).to.exist;
  });
});
