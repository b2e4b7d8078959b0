import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/core/src/rnswd-network.js';
import '../packages/network-map/src/rnswd-network-map.js';
import { generateNetwork } from '../demo/data/generate-network.js';

interface Args {
  src: string;
  view: 'geo' | 'graph';
  'regions-src': string;
  'region-key': string;
  'shade-regions': boolean;
  'tile-url': string;
  'tile-attribution': string;
  'tile-max-zoom': number;
  'network-id': string;
  height: string;
}

const log = (e: Event) => console.info(e.type, (e as CustomEvent).detail);

/**
 * `<rnswd-network-map>` shows the network's partners on a map (`view="geo"`) or as a relationship graph
 * (`view="graph"`): pan and zoom with the wheel, dragging, pinching, the buttons and the keyboard; the
 * legend of partner kinds filters; a table is the text alternative. No request to another origin unless
 * `tile-url` is set.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Network map',
  component: 'rnswd-network-map',
  args: {
    src: '/demo/data/zhz-network.json',
    view: 'geo',
    'regions-src': '',
    'region-key': 'statcode',
    'shade-regions': false,
    'tile-url': '',
    'tile-attribution': '',
    'tile-max-zoom': 19,
    'network-id': '',
    height: '28rem',
  },
  argTypes: {
    src: { control: 'text', description: 'URL of the network JSON document.' },
    view: { control: 'inline-radio', options: ['geo', 'graph'] },
    'regions-src': { control: 'text', description: 'URL of a GeoJSON file with region outlines.' },
    'region-key': { control: 'text', description: 'Feature property with the CBS code.' },
    'shade-regions': { control: 'boolean' },
    'tile-url': { control: 'text', description: '`{z}/{x}/{y}` template; no tiles when empty.' },
    'tile-attribution': { control: 'text' },
    'tile-max-zoom': { control: { type: 'number', min: 0, max: 22 } },
    'network-id': { control: 'text' },
    height: { control: 'text', description: '`--rnswd-network-map-height`' },
  },
  render: (args) =>
    html`<rnswd-network-map
      style="--rnswd-network-map-height: ${args.height}"
      src=${args.src}
      view=${args.view}
      regions-src=${ifDefined(args['regions-src'] || undefined)}
      region-key=${args['region-key']}
      ?shade-regions=${args['shade-regions']}
      tile-url=${ifDefined(args['tile-url'] || undefined)}
      tile-attribution=${ifDefined(args['tile-attribution'] || undefined)}
      tile-max-zoom=${args['tile-max-zoom']}
      network-id=${ifDefined(args['network-id'] || undefined)}
      @rnswd-partner-select=${log}
      @rnswd-data-error=${log}
    ></rnswd-network-map>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The partners of Zuid-Holland Zuid on the map, with the municipalities shaded by number of partners. */
export const GeoWithRegionOutline: Story = {
  args: { 'regions-src': '/demo/data/zhz-regions.geojson', 'shade-regions': true },
};

/**
 * With a background map. Here local test tiles stand in for a tile service such as the PDOK
 * achtergrondkaart (`https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png`)
 * or OpenStreetMap; only with `tile-url` does the map request anything from another origin.
 */
export const GeoWithTiles: Story = {
  args: {
    'regions-src': '/demo/data/zhz-regions.geojson',
    'tile-url': '/test/fixtures/tiles/{z}/{x}/{y}.svg',
    'tile-attribution': 'Test tiles',
    'tile-max-zoom': 11,
  },
};

/** The relationship graph: node size by number of relations, relations styled by kind. */
export const Graph: Story = { args: { view: 'graph' } };

const large = generateNetwork({ partners: 2000, relations: 5000, seed: 7 });

/** 2,000 partners and 5,000 relations: the layout settles in slices; the map clusters the markers. */
export const TwoThousandPartners: Story = {
  args: { view: 'graph', src: '', height: '36rem' },
  render: (args) =>
    html`<rnswd-network-map
      style="--rnswd-network-map-height: ${args.height}"
      view=${args.view}
      .data=${large}
      @rnswd-partner-select=${log}
    ></rnswd-network-map>`,
};

/**
 * Filters: the legend's checkboxes hide partner kinds, the theme list keeps the partners of one theme.
 * Here municipalities are hidden at the start.
 */
export const Filters: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('rnswd-network-map')!;
    for (let i = 0; i < 20 && !el.shadowRoot?.querySelector('input'); i++)
      await new Promise((r) => setTimeout(r, 100));
    el.shadowRoot?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
  },
};

/** Dutch and English side by side, each following its own `lang`. */
export const DutchAndEnglish: Story = {
  render: (args) =>
    html`<div style="display: grid; gap: 2rem">
      ${(['nl', 'en'] as const).map(
        (lang) =>
          html`<rnswd-network-map
            lang=${lang}
            src=${args.src}
            view=${args.view}
            regions-src="/demo/data/zhz-regions.geojson"
            style="--rnswd-network-map-height: 22rem"
          ></rnswd-network-map>`,
      )}
    </div>`,
};

/** Inside a provider: a partner selected elsewhere (here `selected-partner`) is shown and centred. */
export const SharedSelection: Story = {
  render: (args) =>
    html`<rnswd-network
      src=${args.src}
      selected-partner="gem-dordrecht"
      @rnswd-selection-change=${log}
    >
      <rnswd-network-map view=${args.view} @rnswd-partner-select=${log}></rnswd-network-map>
    </rnswd-network>`,
};

/** Data that cannot be used: the map says so and fires `rnswd-data-error`. */
export const DataError: Story = { args: { src: '/demo/data/does-not-exist.json' } };
