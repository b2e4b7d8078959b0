import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/core/src/rnswd-network.js';
import '../packages/theme-tracker/src/rnswd-theme-tracker.js';
import '../packages/reflection-form/src/rnswd-reflection-form.js';

interface Args {
  src: string;
  layout: 'list' | 'board';
  sort: 'priority' | 'title' | 'updated';
  'allow-proposals': boolean;
  'allow-votes': boolean;
  storage: 'local' | 'endpoint';
  endpoint: string;
  'network-id': string;
}

const log = (e: Event) => console.info(e.type, (e as CustomEvent).detail);

/**
 * `<rnswd-theme-tracker>` shows the network's agenda: every theme with its status (a word and a shape),
 * working group, partners, progress from its milestones and latest update, as a list or as a board with
 * a column per status. With `allow-proposals` and `allow-votes` it becomes a collaborative agenda:
 * visitors propose themes and vote for them, one anonymous vote per theme per browser.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Theme tracker',
  component: 'rnswd-theme-tracker',
  args: {
    src: '/demo/data/zhz-network.json',
    layout: 'list',
    sort: 'priority',
    'allow-proposals': false,
    'allow-votes': false,
    storage: 'local',
    endpoint: '',
    'network-id': 'storybook-agenda',
  },
  argTypes: {
    src: { control: 'text', description: 'URL of the network JSON document.' },
    layout: { control: 'inline-radio', options: ['list', 'board'] },
    sort: { control: 'inline-radio', options: ['priority', 'title', 'updated'] },
    'allow-proposals': { control: 'boolean' },
    'allow-votes': { control: 'boolean' },
    storage: { control: 'inline-radio', options: ['local', 'endpoint'] },
    endpoint: {
      control: 'text',
      description: 'Where proposals and votes are sent (storage endpoint).',
    },
    'network-id': {
      control: 'text',
      description: 'Names the browser database that keeps proposals and votes.',
    },
  },
  render: (args) =>
    html`<rnswd-theme-tracker
      src=${args.src}
      layout=${args.layout}
      sort=${args.sort}
      ?allow-proposals=${args['allow-proposals']}
      ?allow-votes=${args['allow-votes']}
      storage=${args.storage}
      endpoint=${ifDefined(args.endpoint || undefined)}
      network-id=${ifDefined(args['network-id'] || undefined)}
      @rnswd-theme-select=${log}
      @rnswd-delivered=${log}
      @rnswd-delivery-failed=${log}
      @rnswd-data-error=${log}
    ></rnswd-theme-tracker>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The agenda of Zuid-Holland Zuid as a list, by priority. Choose a theme for its timeline. */
export const List: Story = {};

/** A column per status: proposed, active, paused, completed. */
export const Board: Story = { args: { layout: 'board' } };

/**
 * The collaborative agenda: propose a theme, vote for the themes you find most important. Proposals and
 * votes stay in this browser (`storage="local"`); with `storage="endpoint"` and an `endpoint` they are
 * sent to the network. The vote counts the host page knows are given with the `votes` property.
 */
export const WithProposalsAndVotes: Story = {
  args: { 'allow-proposals': true, 'allow-votes': true, layout: 'board' },
  render: (args) =>
    html`<rnswd-theme-tracker
      src=${args.src}
      layout=${args.layout}
      allow-proposals
      allow-votes
      storage=${args.storage}
      endpoint=${ifDefined(args.endpoint || undefined)}
      network-id=${ifDefined(args['network-id'] || undefined)}
      .votes=${{ 'theme-resultaten-meten': 12, 'theme-ervaringskennis': 9, 'theme-wijkteams': 4 }}
      @rnswd-theme-select=${log}
      @rnswd-delivered=${log}
      @rnswd-delivery-failed=${log}
    ></rnswd-theme-tracker>`,
};

/** No themes yet: the agenda says so, and a first theme can be proposed. */
export const EmptyAgenda: Story = {
  args: { 'allow-proposals': true },
  render: (args) =>
    html`<rnswd-theme-tracker
      .data=${{ version: 1, id: 'storybook-empty', name: 'Nieuw netwerk', themes: [] }}
      ?allow-proposals=${args['allow-proposals']}
      ?allow-votes=${args['allow-votes']}
      network-id="storybook-empty"
    ></rnswd-theme-tracker>`,
};

/** Data that cannot be used: the tracker says so and fires `rnswd-data-error`. */
export const DataError: Story = { args: { src: '/demo/data/does-not-exist.json' } };

/** Dutch and English side by side, each following its own `lang`. */
export const DutchAndEnglish: Story = {
  render: (args) =>
    html`<div style="display: grid; gap: 2rem">
      ${(['nl', 'en'] as const).map(
        (lang) =>
          html`<rnswd-theme-tracker
            lang=${lang}
            src=${args.src}
            layout="board"
            allow-votes
            network-id="storybook-agenda-${lang}"
          ></rnswd-theme-tracker>`,
      )}
    </div>`,
};

/**
 * Inside a provider with a reflection form: a theme chosen in the agenda is preset in the form, and the
 * agenda counts the reflections kept in this browser per theme.
 */
export const WithReflectionForm: Story = {
  render: (args) =>
    html`<rnswd-network
      src=${args.src}
      network-id="storybook-agenda"
      @rnswd-selection-change=${log}
    >
      <rnswd-theme-tracker allow-votes @rnswd-theme-select=${log}></rnswd-theme-tracker>
      <rnswd-reflection-form template="alact"></rnswd-reflection-form>
    </rnswd-network>`,
};
