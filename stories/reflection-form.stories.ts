import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/core/src/rnswd-network.js';
import '../packages/reflection-form/src/rnswd-reflection-form.js';
import type { RnswdReflectionForm } from '../packages/reflection-form/src/reflection-form.js';
import type { ReflectionTemplate } from '../packages/reflection-form/src/reflection-form.types.js';

interface Args {
  src: string;
  template: 'alact' | 'gibbs' | 'starr';
  theme: string;
  'ask-name': boolean;
  'privacy-url': string;
  'keep-copy': boolean;
  storage: 'local' | 'endpoint';
  endpoint: string;
  'network-id': string;
}

const log = (e: Event) => console.info(e.type, (e as CustomEvent).detail);

/** Waits until the form inside the story is drawn. */
async function formOf(canvas: HTMLElement): Promise<RnswdReflectionForm> {
  const el = canvas.querySelector('rnswd-reflection-form')!;
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('form'); i++)
    await new Promise((r) => setTimeout(r, 100));
  await el.updateComplete;
  return el;
}

/** Fills a field as a user would (an `input` or `change` event). */
function fill(el: RnswdReflectionForm, selector: string, value: string | boolean) {
  const c = el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
  if (typeof value === 'boolean') c.checked = value;
  else c.value = value;
  c.dispatchEvent(new Event(typeof value === 'boolean' ? 'change' : 'input', { bubbles: true }));
}

/**
 * `<rnswd-reflection-form>`: a structured reflection on practice (ALACT, Gibbs, STARR or your own
 * template) that ends with a learning question. Drafts are kept in the browser while you write; the
 * privacy check warns about e-mail addresses, phone numbers, BSNs and postcodes; the writer chooses who
 * may read it. `storage="local"` keeps reflections in this browser; `storage="endpoint"` sends them to
 * `endpoint` (those meant for the writer alone are never sent). Each story has its own `network-id`, so
 * its database is its own.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Reflection form',
  component: 'rnswd-reflection-form',
  args: {
    src: '/demo/data/zhz-network.json',
    template: 'alact',
    theme: '',
    'ask-name': false,
    'privacy-url': 'https://www.example.org/privacyverklaring',
    'keep-copy': false,
    storage: 'local',
    endpoint: '',
    'network-id': 'storybook-alact',
  },
  argTypes: {
    src: { control: 'text', description: 'URL of the network JSON document.' },
    template: { control: 'inline-radio', options: ['alact', 'gibbs', 'starr'] },
    theme: { control: 'text', description: 'Id of the preset theme, e.g. `theme-wijkteams`.' },
    'ask-name': { control: 'boolean' },
    'privacy-url': { control: 'text' },
    'keep-copy': { control: 'boolean' },
    storage: { control: 'inline-radio', options: ['local', 'endpoint'] },
    endpoint: { control: 'text', description: 'URL records are POSTed to (`npm start` runs one).' },
    'network-id': { control: 'text', description: 'Names the browser database.' },
  },
  render: (args) =>
    html`<rnswd-reflection-form
      src=${args.src}
      template=${args.template}
      theme=${ifDefined(args.theme || undefined)}
      ?ask-name=${args['ask-name']}
      privacy-url=${ifDefined(args['privacy-url'] || undefined)}
      ?keep-copy=${args['keep-copy']}
      storage=${args.storage}
      endpoint=${ifDefined(args.endpoint || undefined)}
      network-id=${args['network-id']}
      @rnswd-reflection-saved=${log}
      @rnswd-delivered=${log}
      @rnswd-delivery-failed=${log}
    ></rnswd-reflection-form>`,
};
export default meta;

type Story = StoryObj<Args>;

/** ALACT (Korthagen), the default: five phases with the guiding questions of looking back. */
export const Alact: Story = {};

/** Gibbs' reflective cycle: description, feelings, evaluation, analysis, conclusion, action plan. */
export const Gibbs: Story = { args: { template: 'gibbs', 'network-id': 'storybook-gibbs' } };

/** STARR: situation, task, action, result, reflection, with a theme preset and the name asked. */
export const Starr: Story = {
  args: {
    template: 'starr',
    theme: 'theme-wijkteams',
    'ask-name': true,
    'network-id': 'storybook-starr',
  },
};

const INTERVISION: ReflectionTemplate = {
  id: 'intervisie-incident',
  title: { nl: 'Intervisie: incidentmethode', en: 'Peer supervision: incident method' },
  fields: [
    {
      id: 'title',
      type: 'short',
      label: { nl: 'Titel van de casus', en: 'Title of the case' },
      required: true,
      maxLength: 80,
    },
    {
      id: 'incident',
      type: 'long',
      label: { nl: 'Het incident', en: 'The incident' },
      help: {
        nl: 'Wat gebeurde er, kort en feitelijk?',
        en: 'What happened, briefly and factually?',
      },
      required: true,
      maxLength: 1500,
    },
    {
      id: 'setting',
      type: 'choice',
      label: { nl: 'Waar speelde het?', en: 'Where did it happen?' },
      options: [
        { value: 'home', label: { nl: 'Bij iemand thuis', en: 'At someone’s home' } },
        { value: 'office', label: { nl: 'Op kantoor of in het wijkcentrum', en: 'At the office' } },
        { value: 'phone', label: { nl: 'Telefonisch of online', en: 'By phone or online' } },
      ],
    },
    {
      id: 'impact',
      type: 'scale',
      label: { nl: 'Hoeveel hield het u bezig?', en: 'How much did it occupy you?' },
      min: 1,
      max: 5,
      minLabel: { nl: 'nauwelijks', en: 'hardly' },
      maxLabel: { nl: 'heel erg', en: 'very much' },
    },
  ],
};

/** A template of your own, as a property: short and long text, a choice and a scale. */
export const CustomTemplate: Story = {
  args: { 'network-id': 'storybook-custom' },
  render: (args) =>
    html`<rnswd-reflection-form
      src=${args.src}
      .template=${INTERVISION}
      privacy-url=${ifDefined(args['privacy-url'] || undefined)}
      network-id=${args['network-id']}
      @rnswd-reflection-saved=${log}
    ></rnswd-reflection-form>`,
};

/**
 * After an invalid submit: the summary at the top links to each field; the fields say what is wrong.
 * The text typed stays; here it also has a phone number, so the privacy check warns.
 */
export const Errors: Story = {
  args: { 'network-id': 'storybook-errors' },
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    fill(el, 'textarea[id="f-lookingBack"]', 'Ik wilde helpen. Zij zei: bel me op 06-12345678.');
    await new Promise((r) => setTimeout(r, 500));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** "My reflections", opened, with two saved reflections: read one, export, delete. */
export const MyReflections: Story = {
  args: { 'network-id': 'storybook-mine', theme: 'theme-mantelzorg' },
  play: async ({ canvasElement }) => {
    const el = await formOf(canvasElement);
    const root = el.shadowRoot!;
    if (!/\(0\)/.test(root.querySelector('.mine-toggle')!.textContent!)) {
      root.querySelector<HTMLButtonElement>('.mine-toggle')!.click();
      return;
    }
    for (const [action, question] of [
      ['Gesprek met een mantelzorger die overbelast raakt.', 'Hoe bespreek ik respijtzorg?'],
      ['Huisbezoek samen met de wijkverpleging.', 'Wie neemt de regie bij twee hulpverleners?'],
    ]) {
      fill(el, '#f-action', action!);
      fill(el, '#f-learningQuestion', question!);
      fill(el, 'input[type="checkbox"]', true);
      await el.updateComplete;
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await new Promise((r) => setTimeout(r, 300));
    }
    root.querySelector<HTMLButtonElement>('.mine-toggle')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('.item button')?.click();
  },
};

/** Dutch and English side by side, each following its own `lang`. */
export const DutchAndEnglish: Story = {
  render: (args) =>
    html`<div
      style="display: grid; gap: 3rem; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr))"
    >
      ${(['nl', 'en'] as const).map(
        (lang) =>
          html`<rnswd-reflection-form
            lang=${lang}
            src=${args.src}
            template="starr"
            privacy-url=${ifDefined(args['privacy-url'] || undefined)}
            network-id="storybook-${lang}"
          ></rnswd-reflection-form>`,
      )}
    </div>`,
};

/** Inside a provider that sends to an endpoint (start one with `npm start`); the theme follows the provider. */
export const InProviderSendingToEndpoint: Story = {
  render: (args) =>
    html`<rnswd-network
      src=${args.src}
      network-id="storybook-endpoint"
      storage="endpoint"
      endpoint=${args.endpoint || 'http://localhost:8787/records'}
      selected-theme="theme-schulden-eenzaamheid"
    >
      <rnswd-reflection-form
        privacy-url=${ifDefined(args['privacy-url'] || undefined)}
        @rnswd-reflection-saved=${log}
        @rnswd-delivered=${log}
        @rnswd-delivery-failed=${log}
      ></rnswd-reflection-form>
    </rnswd-network>`,
};
