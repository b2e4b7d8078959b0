import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/core/src/rnswd-network.js';
import '../packages/partner-directory/src/rnswd-partner-directory.js';
import '../packages/network-map/src/rnswd-network-map.js';
import { generateNetwork } from '../demo/data/generate-network.js';

interface Args {
  src: string;
  layout: 'list' | 'cards';
  'sync-url': boolean;
  placeholder: string;
  height: string;
}

const log = (e: Event) => console.info(e.type, (e as CustomEvent).detail);

/** Waits for the directory's shadow root to hold `selector`. */
async function find(root: Element, selector: string): Promise<HTMLElement | null> {
  const el = root.querySelector('rnswd-partner-directory');
  for (let i = 0; i < 50; i++) {
    const found = el?.shadowRoot?.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

/**
 * `<rnswd-partner-directory>` finds any partner of the network: search as you type (accents, case and
 * small typos do not matter), filters by kind, municipality and theme with live counts, a list or cards,
 * details with links and relations, CSV export, and (with `sync-url`) the query in the URL.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Partner directory',
  component: 'rnswd-partner-directory',
  args: {
    src: '/demo/data/zhz-network.json',
    layout: 'list',
    'sync-url': false,
    placeholder: '',
    height: '30rem',
  },
  argTypes: {
    src: { control: 'text', description: 'URL of the network JSON document.' },
    layout: { control: 'inline-radio', options: ['list', 'cards'] },
    'sync-url': { control: 'boolean', description: 'Keep the query and filters in the URL hash.' },
    placeholder: { control: 'text' },
    height: { control: 'text', description: '`--rnswd-partner-directory-height`' },
  },
  render: (args) =>
    html`<rnswd-partner-directory
      style="--rnswd-partner-directory-height: ${args.height}"
      src=${args.src}
      layout=${args.layout}
      ?sync-url=${args['sync-url']}
      placeholder=${ifDefined(args.placeholder || undefined)}
      @rnswd-partner-select=${log}
      @rnswd-data-error=${log}
    ></rnswd-partner-directory>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The 42 partners of Zuid-Holland Zuid as a list, by name. */
export const List: Story = {};

/** Cards, in as many columns as fit. */
export const Cards: Story = { args: { layout: 'cards' } };

/** Filters with live counts: here care and welfare partners in Dordrecht, with a query. */
export const Facets: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('rnswd-partner-directory')!;
    await find(canvasElement, '#facet-kind input');
    const pick = (facet: string, label: string) =>
      [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>(`#facet-${facet} label`)]
        .find((l) => l.textContent!.trim().startsWith(label))
        ?.querySelector('input')
        ?.click();
    pick('kind', 'Zorg en welzijn');
    pick('kind', 'Care and welfare');
    pick('municipality', 'Dordrecht');
  },
};

const large = generateNetwork({ partners: 10_000, seed: 7 });

/**
 * 10,000 partners: the list shows at once, the search index is built in slices, only the visible
 * entries are rendered, and every keystroke updates the results within a frame.
 */
export const TenThousandPartners: Story = {
  args: { src: '' },
  render: (args) =>
    html`<rnswd-partner-directory
      style="--rnswd-partner-directory-height: ${args.height}"
      layout=${args.layout}
      placeholder="welzijn dordrecht"
      .data=${large}
      @rnswd-partner-select=${log}
    ></rnswd-partner-directory>`,
};

/** Nothing found: the directory says what to change and offers to clear everything. */
export const EmptyResult: Story = {
  play: async ({ canvasElement }) => {
    const input = (await find(canvasElement, 'input[type="search"]')) as HTMLInputElement | null;
    if (!input) return;
    input.value = 'zwembad';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
};

/** Data that cannot be fetched: the directory says so, offers a retry, and fires `rnswd-data-error`. */
export const DataError: Story = { args: { src: '/demo/data/does-not-exist.json' } };

/** Dutch and English side by side, each following its own `lang`. */
export const DutchAndEnglish: Story = {
  render: (args) =>
    html`<div style="display: grid; gap: 2rem">
      ${(['nl', 'en'] as const).map(
        (lang) =>
          html`<rnswd-partner-directory
            lang=${lang}
            src=${args.src}
            layout=${args.layout}
            style="--rnswd-partner-directory-height: 20rem"
          ></rnswd-partner-directory>`,
      )}
    </div>`,
};

/**
 * Inside a provider with the network map: a partner opened in the directory is shown on the map, and a
 * partner selected on the map opens in the directory.
 */
export const WithTheMap: Story = {
  render: (args) =>
    html`<rnswd-network src=${args.src} @rnswd-selection-change=${log}>
      <div
        style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr))"
      >
        <rnswd-partner-directory
          layout=${args.layout}
          style="--rnswd-partner-directory-height: 24rem"
          @rnswd-partner-select=${log}
        ></rnswd-partner-directory>
        <rnswd-network-map
          view="geo"
          regions-src="/demo/data/zhz-regions.geojson"
        ></rnswd-network-map>
      </div>
    </rnswd-network>`,
};
