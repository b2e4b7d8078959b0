import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DB_VERSION, databaseName, getServices, type StoredRecord } from '@rnswd/core';
import '../../packages/core/src/rnswd-network.js';
import '../../packages/reflection-form/src/rnswd-reflection-form.js';
import type { RnswdReflectionForm } from '../../packages/reflection-form/src/reflection-form.js';
import type { Reflection } from '../../packages/reflection-form/src/events.js';
import { reflectionsCsv } from '../../packages/reflection-form/src/export.js';
import { endpointUrl, newBucket, received, script, waitFor } from '../helpers/endpoint.js';
import { runElementSuite, settle, shadowText } from '../suites/element-suite.js';

const SAMPLE = await (await fetch('/demo/data/zhz-network.json')).json();

let n = 0;
/** A network id (and so a database) no other test uses. */
const fresh = () =>
  `rf-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}-${(n += 1)}`;

type Form = RnswdReflectionForm;
const root = (el: Form) => el.shadowRoot!;

function make(attrs: Record<string, string> = {}): Form {
  const el = document.createElement('rnswd-reflection-form') as Form;
  el.setAttribute('lang', 'en');
  el.setAttribute('network-id', fresh());
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = SAMPLE;
  return el;
}

/** Waits until the form is drawn and the browser's store has answered. */
async function ready(el: Form): Promise<Form> {
  await waitFor(() => root(el)?.querySelector('form'), 5000);
  await (await getServices({ networkId: el.getAttribute('network-id')! })).store.list();
  await settle(el);
  return el;
}

async function mount(attrs: Record<string, string> = {}): Promise<Form> {
  const el = make(attrs);
  const wrapper = await fixture(html`<div></div>`);
  wrapper.append(el);
  return ready(el);
}

const store = async (el: Form) =>
  (await getServices({ networkId: el.getAttribute('network-id')! })).store;

const list = async (el: Form) =>
  (await (await store(el)).list('reflection')) as StoredRecord<Reflection>[];

/** The control labelled `label` (a label's `for`, or the first radio of a fieldset's legend). */
function control(
  el: Form,
  label: string,
): HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement {
  for (const l of root(el).querySelectorAll('label[for]')) {
    if (l.textContent!.replace(/\s+/g, ' ').trim().startsWith(label))
      return root(el).getElementById(l.getAttribute('for')!) as never;
  }
  for (const legend of root(el).querySelectorAll('legend')) {
    if (legend.textContent!.trim().startsWith(label))
      return legend.parentElement!.querySelector('input') as never;
  }
  throw new Error(`no control labelled ${label}`);
}

function button(el: Form, name: string | RegExp): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => {
    const text = b.textContent!.replace(/\s+/g, ' ').trim();
    return typeof name === 'string' ? text === name : name.test(text);
  });
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

/**
 * Types into a control with the real keyboard, one key at a time (WebKitGTK's driver drops repeated
 * keys when a whole string is sent at once).
 */
async function type(el: Form, label: string, text: string) {
  control(el, label).focus();
  for (const key of text) await sendKeys({ type: key });
  await settle(el);
}

function choose(el: Form, label: string, value: string) {
  const select = control(el, label);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

async function radio(el: Form, name: string) {
  const input = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) =>
    r.parentElement!.textContent!.trim().startsWith(name),
  );
  if (!input) throw new Error(`no radio ${name}`);
  input.focus();
  await sendKeys({ type: ' ' });
  await settle(el);
}

async function acknowledge(el: Form) {
  root(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!.focus();
  await sendKeys({ type: ' ' });
  await settle(el);
}

/** Fills what ALACT requires and the acknowledgement. */
async function fillRequired(
  el: Form,
  text = 'Een huisbezoek dat anders liep',
  question = 'Hoe vraag ik door?',
) {
  await type(el, '1. Action or experience', text);
  await type(el, 'My learning question', question);
  await acknowledge(el);
}

async function submit(el: Form) {
  button(el, 'Save reflection').click();
  // Saved or not, the focus moves to the message (or the error summary).
  await waitFor(() => root(el).activeElement?.matches('[part="saved"], [part="error-summary"]'));
  await settle(el);
}

const labels = (el: Form) =>
  [
    ...root(el).querySelectorAll(
      '.group:not(.context) > .field > .label, .group:not(.context) > .field > legend',
    ),
  ].map((l) => l.textContent!.replace(/\s+/g, ' ').replace(' (optional)', '').trim());

/** Catches the next file offered for download by the page (`downloadFile`) and reads it. */
function nextDownload(): Promise<{ name: string; text: string }> {
  return new Promise((resolve) => {
    const onClick = (event: Event) => {
      const a = event.target as HTMLAnchorElement;
      if (!(a instanceof HTMLAnchorElement) || !a.download) return;
      event.preventDefault();
      document.removeEventListener('click', onClick, true);
      void fetch(a.href)
        .then((r) => r.arrayBuffer())
        .then((buf) =>
          resolve({
            name: a.download,
            text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf),
          }),
        );
    };
    document.addEventListener('click', onClick, true);
  });
}

async function confirm(el: Form) {
  const dialog = root(el).querySelector('dialog')!;
  expect(dialog.open, 'the confirmation is open').to.be.true;
  dialog.querySelector<HTMLButtonElement>('.button--danger')!.click();
  await settle(el);
}

describe('<rnswd-reflection-form>', () => {
  it('is accessible (axe): empty, with errors, saved, and with my reflections open', async () => {
    const el = await mount({ 'privacy-url': '/demo/privacy.html', 'ask-name': '' });
    await expect(el).to.be.accessible();
    await submit(el);
    expect(root(el).querySelector('[part="error-summary"]')).to.exist;
    await expect(el).to.be.accessible();
    await fillRequired(el);
    await submit(el);
    expect(root(el).querySelector('[part="saved"]')).to.exist;
    await expect(el).to.be.accessible();
    (await waitFor(() => button(el, 'My reflections (1)'))).click();
    await settle(el);
    button(el, 'Read').click();
    await settle(el);
    expect(root(el).querySelector('.read')).to.exist;
    await expect(el).to.be.accessible();
  });

  runElementSuite({
    tag: 'rnswd-reflection-form',
    data: SAMPLE,
    langProbe: { nl: 'Over de situatie', en: 'About the situation' },
  });

  it('shows ALACT by default: the five phases with the guiding questions, then the learning question', async () => {
    const el = await mount();
    expect(labels(el)).to.deep.equal([
      '1. Action or experience',
      '2. Looking back',
      '3. Awareness of essential aspects',
      '4. Alternative methods of action',
      '5. Trial',
      'My learning question',
    ]);
    expect(shadowText(el)).to.contain('What did I want, think, feel and do?');
    expect(shadowText(el)).to.contain('And what did the others want, think, feel and do?');
    const help = root(el).getElementById(
      control(el, '2. Looking back').getAttribute('aria-describedby')!.split(' ')[0]!,
    );
    expect(help!.textContent).to.contain('what did the others want');
  });

  it('shows Gibbs and STARR, in Dutch too', async () => {
    const el = await mount({ template: 'gibbs' });
    expect(labels(el)).to.deep.equal([
      '1. Description',
      '2. Feelings',
      '3. Evaluation',
      '4. Analysis',
      '5. Conclusion',
      '6. Action plan',
      'My learning question',
    ]);
    el.setAttribute('template', 'starr');
    el.setAttribute('lang', 'nl');
    await settle(el);
    expect(labels(el).map((l) => l.replace(' (niet verplicht)', ''))).to.deep.equal([
      'Situatie',
      'Taak',
      'Actie',
      'Resultaat',
      'Reflectie',
      'Mijn leervraag',
    ]);
    expect(shadowText(el)).to.contain('Reflectie met STARR');
  });

  it('renders a custom template: short and long text, choice, scale, help per language, learning question last', async () => {
    const el = make();
    el.template = {
      id: 'intervisie',
      title: { nl: 'Intervisie', en: 'Peer supervision' },
      fields: [
        {
          id: 'title',
          type: 'short',
          label: { nl: 'Titel', en: 'Title' },
          required: true,
          maxLength: 80,
        },
        {
          id: 'story',
          type: 'long',
          label: 'Verhaal',
          help: { nl: 'Wat gebeurde er?', en: 'What happened?' },
        },
        {
          id: 'setting',
          type: 'choice',
          label: { nl: 'Waar', en: 'Where' },
          options: [
            { value: 'home', label: { nl: 'Thuis', en: 'At home' } },
            { value: 'office', label: { nl: 'Op kantoor', en: 'At the office' } },
          ],
          required: true,
        },
        {
          id: 'impact',
          type: 'scale',
          label: { nl: 'Impact', en: 'Impact' },
          min: 1,
          max: 5,
          minLabel: { nl: 'weinig', en: 'little' },
          maxLabel: { nl: 'veel', en: 'a lot' },
        },
      ],
    };
    const wrapper = await fixture(html`<div></div>`);
    wrapper.append(el);
    await ready(el);
    expect(labels(el)).to.deep.equal([
      'Title',
      'Verhaal',
      'Where',
      'Impact',
      'My learning question',
    ]);
    expect(control(el, 'Title').type).to.equal('text');
    expect(control(el, 'Title').required).to.be.true;
    expect(control(el, 'Verhaal').localName).to.equal('textarea');
    expect(shadowText(el)).to.contain('What happened?');
    expect(shadowText(el)).to.contain('0 of 80 characters');
    const where = root(el).querySelector('fieldset[role="radiogroup"]')!;
    expect(where.getAttribute('aria-required')).to.equal('true');
    expect(where.textContent).to.contain('At home').and.contain('At the office');
    const scale = [...root(el).querySelectorAll('fieldset[role="radiogroup"]')][1]!;
    const options = [...scale.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(options).to.deep.equal(['1 (little)', '2', '3', '4', '5 (a lot)']);

    const saved = oneEvent(el, 'rnswd-reflection-saved');
    await type(el, 'Title', 'Het gesprek');
    await radio(el, 'At the office');
    await radio(el, '4');
    await type(el, 'My learning question', 'Wat werkt?');
    await acknowledge(el);
    await submit(el);
    const { reflection } = (await saved).detail;
    expect(reflection.template).to.equal('intervisie');
    expect(reflection.answers).to.deep.equal({
      title: 'Het gesprek',
      setting: 'office',
      impact: 4,
    });
    expect(reflection.learningQuestion).to.equal('Wat werkt?');
  });

  it('presets the theme from the theme attribute, with its working group', async () => {
    const el = await mount({ theme: 'theme-wijkteams' });
    expect(control(el, 'Theme').value).to.equal('theme-wijkteams');
    expect(control(el, 'Working group').value).to.equal('wg-intervisie');
    const options = [...control(el, 'Theme').options].map((o) => o.textContent!.trim());
    expect(options).to.include('Social district teams').and.include('Debt and loneliness');
  });

  it('follows the theme selected in the provider', async () => {
    const net = fresh();
    const provider = await fixture<HTMLElement & { data: unknown }>(
      html`<rnswd-network
        network-id=${net}
        .data=${SAMPLE}
        selected-theme="theme-mantelzorg"
        lang="en"
      >
        <rnswd-reflection-form></rnswd-reflection-form>
      </rnswd-network>`,
    );
    const el = await ready(provider.querySelector('rnswd-reflection-form') as Form);
    expect(control(el, 'Theme').value).to.equal('theme-mantelzorg');
    provider.setAttribute('selected-theme', 'theme-schulden-eenzaamheid');
    await settle(el);
    expect(control(el, 'Theme').value).to.equal('theme-schulden-eenzaamheid');
  });

  it('says that reflections stay in this browser in local mode, and follows the provider’s storage', async () => {
    const provider = await fixture<HTMLElement>(
      html`<rnswd-network network-id=${fresh()} .data=${SAMPLE} storage="local" lang="en">
        <rnswd-reflection-form privacy-url="privacy.html"></rnswd-reflection-form>
      </rnswd-network>`,
    );
    const el = await ready(provider.querySelector('rnswd-reflection-form') as Form);
    const note = 'This website keeps reflections in this browser only.';
    expect(shadowText(el)).to.contain(note);
    const link = root(el).querySelector<HTMLAnchorElement>('.privacy a')!;
    expect(link.href).to.equal(new URL('privacy.html', document.baseURI).href);
    expect(link.target).to.equal('_blank');
    provider.setAttribute('storage', 'endpoint');
    provider.setAttribute('endpoint', endpointUrl(newBucket()));
    await settle(el);
    expect(shadowText(el)).not.to.contain(note);
  });

  it('asks for a name only with ask-name, and offers the five roles', async () => {
    const el = await mount();
    expect(shadowText(el)).not.to.contain('Your name');
    const roles = [...control(el, 'Your role').options].map((o) => o.value);
    expect(roles).to.deep.equal([
      '',
      'professional',
      'volunteer',
      'citizen-client',
      'researcher-student',
      'policy-maker',
    ]);
    el.askName = true;
    await settle(el);
    expect(control(el, 'Your name').type).to.equal('text');
  });

  it('works without network data: no theme list, still saves', async () => {
    const el = document.createElement('rnswd-reflection-form') as Form;
    el.setAttribute('lang', 'en');
    el.setAttribute('network-id', fresh());
    const wrapper = await fixture(html`<div></div>`);
    wrapper.append(el);
    await ready(el);
    expect(root(el).querySelector('[role="alert"]')).to.be.null;
    expect(shadowText(el)).not.to.contain('Theme');
    await fillRequired(el);
    await submit(el);
    expect(await list(el)).to.have.length(1);
  });

  it('saves in local mode, typed with the keyboard, and fires rnswd-reflection-saved', async () => {
    const el = await mount({ theme: 'theme-wijkteams' });
    choose(el, 'Your role', 'volunteer');
    await type(el, '2. Looking back', 'Ik wilde helpen; zij wilde rust.');
    control(el, 'Date of the situation').value = '2025-03-04';
    control(el, 'Date of the situation').dispatchEvent(new Event('input', { bubbles: true }));
    await fillRequired(el, 'Huisbezoek bij een gezin', 'Hoe sluit ik aan?');
    const saved = oneEvent(el, 'rnswd-reflection-saved');
    await submit(el);
    const event = await saved;
    expect(event.bubbles && event.composed).to.be.true;
    const r = event.detail.reflection;
    expect(r).to.include({
      type: 'reflection',
      schemaVersion: 1,
      networkId: el.getAttribute('network-id'),
      lang: 'en',
      template: 'alact',
      sharing: 'private',
      learningQuestion: 'Hoe sluit ik aan?',
      themeId: 'theme-wijkteams',
      workingGroupId: 'wg-intervisie',
      role: 'volunteer',
      situationDate: '2025-03-04',
    });
    expect(r.answers).to.deep.equal({
      action: 'Huisbezoek bij een gezin',
      lookingBack: 'Ik wilde helpen; zij wilde rust.',
    });
    expect(r).not.to.have.property('name');
    const stored = await list(el);
    expect(stored).to.have.length(1);
    expect(stored[0]!.state).to.equal('local');
    expect(stored[0]!.record).to.deep.equal(r);
    // The form is empty again; the context stays for the next one; the message has the focus.
    expect(control(el, '1. Action or experience').value).to.equal('');
    expect(control(el, 'Theme').value).to.equal('theme-wijkteams');
    const notice = root(el).querySelector('[part="saved"]')!;
    expect(root(el).activeElement).to.equal(notice);
    expect(notice.textContent).to.contain('Kept in this browser');
  });

  it('sends to the network in endpoint mode and removes the text once the server has it', async () => {
    const bucket = newBucket();
    const el = await mount({
      storage: 'endpoint',
      endpoint: endpointUrl(bucket),
      theme: 'theme-wijkteams',
    });
    await radio(el, 'The whole network');
    await fillRequired(el, 'Een lastig gesprek', 'Wat is mijn rol?');
    const delivered = oneEvent(el, 'rnswd-delivered');
    await submit(el);
    expect((await delivered).detail.status).to.equal(201);
    const server = await received(bucket);
    expect(server.records).to.have.length(1);
    expect(server.records[0]).to.include({
      sharing: 'network',
      learningQuestion: 'Wat is mijn rol?',
    });
    const [stored] = await waitFor(async () => {
      const all = await list(el);
      return all[0]?.redacted ? all : null;
    });
    expect(stored!.state).to.equal('delivered');
    expect(stored!.record).to.include({
      themeId: 'theme-wijkteams',
      sharing: 'network',
      template: 'alact',
    });
    expect(stored!.record).not.to.have.property('answers');
    expect(stored!.record).not.to.have.property('learningQuestion');
    await waitFor(() => root(el).querySelector('[part="saved"]')?.textContent?.includes('Sent'));
  });

  it('keeps the whole text after delivery with keep-copy', async () => {
    const bucket = newBucket();
    const el = await mount({ storage: 'endpoint', endpoint: endpointUrl(bucket), 'keep-copy': '' });
    await radio(el, 'My working group');
    await fillRequired(el);
    const delivered = oneEvent(el, 'rnswd-delivered');
    await submit(el);
    await delivered;
    const [stored] = await list(el);
    expect(stored!.state).to.equal('delivered');
    expect(stored!.redacted).to.be.false;
    expect(stored!.record.answers).to.deep.equal({ action: 'Een huisbezoek dat anders liep' });
  });

  it('never sends a reflection meant for the writer alone, even in endpoint mode', async () => {
    const bucket = newBucket();
    const el = await mount({ storage: 'endpoint', endpoint: endpointUrl(bucket) });
    await fillRequired(el, 'Alleen voor mij');
    await submit(el);
    await radio(el, 'The whole network');
    await fillRequired(el, 'Voor iedereen');
    const delivered = oneEvent(el, 'rnswd-delivered');
    await submit(el);
    await delivered;
    // The outbox sends first in, first out: the private one would have gone first.
    const server = await received(bucket);
    expect(server.records.map((r) => (r.answers as Record<string, string>).action)).to.deep.equal([
      'Voor iedereen',
    ]);
    const states = (await list(el)).map((s) => s.state);
    expect(states).to.deep.equal(['delivered', 'local']);
  });

  it('shows why sending failed, tries again, and delivers once when the endpoint accepts', async () => {
    const bucket = newBucket();
    await script(bucket, [{ status: 503, retryAfter: 1 }]);
    const el = await mount({ storage: 'endpoint', endpoint: endpointUrl(bucket) });
    await radio(el, 'The whole network');
    await fillRequired(el);
    const failed = oneEvent(el, 'rnswd-delivery-failed');
    await submit(el);
    expect((await failed).detail.willRetry).to.be.true;
    await settle(el);
    const notice = () => root(el).querySelector('[part="saved"]')!.textContent!;
    // The message follows the stored state: the reason while it waits, then "Sent".
    await waitFor(
      () => notice().includes('Waiting to be sent') && notice().includes('The server had a fault'),
      3000,
    );
    await waitFor(() => notice().includes('Sent'), 8000);
    const server = await received(bucket);
    expect(server.records).to.have.length(1);
    expect(server.attempts).to.equal(2);
  });

  it('offers a retry when the server refused a reflection, and delivers it then', async () => {
    const bucket = newBucket();
    await script(bucket, [{ status: 422 }]);
    const el = await mount({ storage: 'endpoint', endpoint: endpointUrl(bucket) });
    await radio(el, 'My working group');
    await fillRequired(el);
    await submit(el);
    await waitFor(async () => (await list(el))[0]?.state === 'failed', 5000);
    await settle(el);
    const notice = root(el).querySelector('[part="saved"]')!;
    await waitFor(() => notice.textContent!.includes('Not sent'), 3000);
    expect(notice.textContent).to.contain('did not accept it');
    button(el, 'Send again').click();
    await waitFor(async () => (await list(el))[0]?.state === 'delivered', 5000);
    expect((await received(bucket)).records).to.have.length(1);
  });

  it('restores a draft after the element is re-created, and discards it after a confirmation', async () => {
    const el = await mount({ theme: 'theme-wijkteams' });
    const net = el.getAttribute('network-id')!;
    await type(el, '1. Action or experience', 'Half af');
    await radio(el, 'My working group');
    // Removed before the pause in typing has passed: the draft is written on the way out.
    const wrapper = el.parentElement!;
    el.remove();
    const again = make({ 'network-id': net });
    wrapper.append(again);
    await ready(again);
    await waitFor(() => control(again, '1. Action or experience').value === 'Half af', 3000);
    expect(shadowText(again)).to.contain('Your draft has been restored');
    expect(control(again, 'Theme').value).to.equal('theme-wijkteams');
    const checked = root(again).querySelector<HTMLInputElement>('input[name="sharing"]:checked')!;
    expect(checked.value).to.equal('working-group');

    button(again, 'Discard draft').click();
    await settle(again);
    const dialog = root(again).querySelector('dialog')!;
    expect(dialog.open).to.be.true;
    expect(root(again).activeElement!.textContent!.trim()).to.equal('Cancel');
    button(again, 'Cancel').click();
    await settle(again);
    expect(control(again, '1. Action or experience').value).to.equal('Half af');
    button(again, 'Discard draft').click();
    await settle(again);
    await confirm(again);
    await waitFor(() => shadowText(again).includes('The draft has been discarded.'));
    expect(control(again, '1. Action or experience').value).to.equal('');
    expect(await (await store(again)).getDraft('reflection-form:alact')).to.be.undefined;
  });

  it('autosaves the draft after a pause in typing', async () => {
    const el = await mount();
    await type(el, '3. Awareness of essential aspects', 'De kern');
    await waitFor(async () => {
      const draft = await (
        await store(el)
      ).getDraft<{ values: Record<string, string> }>('reflection-form:alact');
      return draft?.values.essence === 'De kern';
    }, 3000);
    await settle(el);
    expect(shadowText(el)).to.match(/Draft saved at \d/);
  });

  it('on an invalid submit keeps every value, marks the fields and focuses the summary that links to them', async () => {
    const el = await mount({ theme: 'theme-mantelzorg' });
    await type(el, '2. Looking back', 'Wat ik dacht');
    await submit(el);
    const summary = root(el).querySelector<HTMLElement>('[part="error-summary"]')!;
    expect(root(el).activeElement).to.equal(summary);
    expect(summary.textContent).to.contain('There are 3 problems');
    const links = [...summary.querySelectorAll('a')].map((a) =>
      a.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(links).to.deep.equal([
      '1. Action or experience: Fill this in.',
      'My learning question: Fill this in.',
      'Privacy: Confirm that it contains no names or traceable details.',
    ]);
    const action = control(el, '1. Action or experience');
    expect(action.getAttribute('aria-invalid')).to.equal('true');
    const errorId = action
      .getAttribute('aria-describedby')!
      .split(' ')
      .find((id) => id.endsWith('-error'))!;
    expect(root(el).getElementById(errorId)!.textContent).to.equal('Fill this in.');
    expect(control(el, '2. Looking back').value).to.equal('Wat ik dacht');
    expect(control(el, '2. Looking back').getAttribute('aria-invalid')).to.equal('false');
    expect(control(el, 'Theme').value).to.equal('theme-mantelzorg');
    expect(await list(el)).to.have.length(0);

    // The links move the focus to the field (keyboard: Tab to the link, Enter).
    summary.querySelectorAll('a')[1]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(root(el).activeElement).to.equal(control(el, 'My learning question'));
    expect(location.hash).to.equal('');
    // Fixing a field takes it off the list.
    await type(el, 'My learning question', 'Hoe nu verder?');
    expect(root(el).querySelector('[part="error-summary"]')!.textContent).to.contain(
      'There are 2 problems',
    );
  });

  it('keeps text over the maximum, counts it, and says so on submit', async () => {
    const el = make();
    el.template = {
      id: 'kort',
      fields: [{ id: 'kort', type: 'long', label: 'Kort', maxLength: 20 }],
    };
    const wrapper = await fixture(html`<div></div>`);
    wrapper.append(el);
    await ready(el);
    await type(el, 'Kort', 'Twaalf tekens');
    expect(shadowText(el)).to.contain('13 of 20 characters');
    const live = root(el).querySelector('[aria-live="polite"].visually-hidden')!;
    expect(live.textContent!.trim(), 'quiet far from the limit').to.equal('');
    await type(el, 'Kort', ' en meer');
    await waitFor(() => live.textContent!.includes('1 character too many'), 3000);
    await type(el, 'My learning question', 'Vraag');
    await acknowledge(el);
    await submit(el);
    expect(control(el, 'Kort').value).to.equal('Twaalf tekens en meer');
    expect(shadowText(el)).to.contain('The text is 1 character too long.');
  });

  it('warns as you type about e-mail addresses, phone numbers, a BSN and postcodes, without blocking', async () => {
    const el = await mount();
    const warning = () =>
      root(el).getElementById(
        control(el, '1. Action or experience')
          .getAttribute('aria-describedby')!
          .split(' ')
          .find((id) => id.endsWith('-warn'))!,
      )!;
    expect(warning().getAttribute('aria-live')).to.equal('polite');
    await type(el, '1. Action or experience', 'Mevrouw belde met bsn 111222334 ');
    await new Promise((r) => setTimeout(r, 600));
    await settle(el);
    expect(warning().textContent!.trim(), 'no BSN: fails the eleven-test').to.equal('');
    await type(el, '1. Action or experience', 'en 111222333 en 06-12345678');
    await waitFor(() => warning().textContent!.includes('phone number'), 3000);
    expect(warning().textContent).to.contain('a phone number and a citizen service number (BSN)');
    await type(el, '1. Action or experience', ', woont 3311 AB 12, mail a.b@voorbeeld.nl');
    await waitFor(() => warning().textContent!.includes('postcode'), 3000);
    expect(warning().textContent).to.contain('an email address');
    await type(el, 'My learning question', 'Vraag');
    await acknowledge(el);
    await submit(el);
    expect(await list(el), 'a warning does not block saving').to.have.length(1);
  });

  it('exports my reflections as JSON and as CSV (UTF-8 with BOM, formula-safe)', async () => {
    const el = await mount({ theme: 'theme-wijkteams' });
    await fillRequired(el, '=HYPERLINK("x") met een cliënt', 'Wat zegt "nee"?');
    await submit(el);
    await fillRequired(el, 'Tweede', 'Tweede vraag');
    await submit(el);
    (await waitFor(() => button(el, 'My reflections (2)'))).click();
    await settle(el);

    let file = nextDownload();
    button(el, 'Download as JSON').click();
    const json = await file;
    expect(json.name).to.match(/\.json$/);
    const data = JSON.parse(json.text);
    expect(data).to.have.length(2);
    expect(data[1]).to.include({ type: 'reflection', state: 'local', themeId: 'theme-wijkteams' });
    expect(data[1].answers.action).to.equal('=HYPERLINK("x") met een cliënt');

    file = nextDownload();
    button(el, 'Download as CSV (Excel)').click();
    const csv = await file;
    expect(csv.name).to.match(/\.csv$/);
    expect(csv.text.charCodeAt(0), 'byte order mark').to.equal(0xfeff);
    const [header, , older] = csv.text.slice(1).split('\r\n');
    expect(header)
      .to.contain('"Theme"')
      .and.contain('"1. Action or experience"')
      .and.contain('"My learning question"');
    expect(older).to.contain(`"'=HYPERLINK(""x"") met een cliënt"`);
    expect(older).to.contain('"Social district teams"').and.contain('"Kept in this browser"');
    expect(older).to.contain('"Wat zegt ""nee""?"');
  });

  it('builds CSV columns from the answers of every reflection', () => {
    const base = {
      type: 'reflection',
      schemaVersion: 1 as const,
      networkId: 'n',
      lang: 'nl' as const,
      sharing: 'private' as const,
    };
    const stored = (id: string, template: string, answers: Record<string, string | number>) =>
      ({
        id,
        type: 'reflection',
        state: 'local',
        record: {
          ...base,
          id,
          createdAt: '2025-01-01T10:00:00Z',
          template,
          answers,
          learningQuestion: `q${id}`,
        },
      }) as unknown as StoredRecord<Reflection>;
    const csv = reflectionsCsv(
      [stored('a', 'starr', { situation: 'S', task: 'T' }), stored('b', 'eigen', { score: 3 })],
      (k) => k,
    );
    const rows = csv.slice(1).trim().split('\r\n');
    expect(rows[0]).to.equal(
      '"id","createdAt","state","template","themeId","workingGroupId","role","situationDate","sharing","name","situation","task","score","learningQuestion"',
    );
    expect(rows[1]).to.equal(
      '"a","2025-01-01T10:00:00Z","local","starr","","","","","private","","S","T","","qa"',
    );
    expect(rows[2]).to.equal(
      '"b","2025-01-01T10:00:00Z","local","eigen","","","","","private","","","","3","qb"',
    );
  });

  it('reads one, deletes one, deletes all after a confirmation, and removes my data from this browser', async () => {
    const el = await mount();
    for (const text of ['Eerste', 'Tweede', 'Derde']) {
      await fillRequired(el, text);
      await submit(el);
    }
    const toggle = await waitFor(() => button(el, 'My reflections (3)'));
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const items = () => [...root(el).querySelectorAll('.item')];
    expect(items()).to.have.length(3);
    items()[0]!.querySelector<HTMLButtonElement>('button')!.click();
    await settle(el);
    expect(items()[0]!.querySelector('.read')!.textContent).to.contain('Derde');

    items()[0]!.querySelector<HTMLButtonElement>('.button--danger')!.click();
    await settle(el);
    await confirm(el);
    await waitFor(() => items().length === 2);
    expect((await list(el)).map((s) => s.record.answers.action)).to.deep.equal([
      'Tweede',
      'Eerste',
    ]);
    expect(items()).to.have.length(2);

    button(el, 'Delete all reflections').click();
    await settle(el);
    button(el, 'Cancel').click();
    await settle(el);
    expect(await list(el)).to.have.length(2);
    button(el, 'Delete all reflections').click();
    await settle(el);
    expect(root(el).querySelector('dialog')!.textContent).to.contain('Delete all 2 reflections');
    await confirm(el);
    await waitFor(() => shadowText(el).includes('All reflections have been deleted.'));
    expect(await list(el)).to.have.length(0);
    expect(shadowText(el)).to.contain('No reflections are kept in this browser.');

    await type(el, '5. Trial', 'Concept');
    await fillRequired(el, 'Nog een');
    await submit(el);
    button(el, 'Remove my data from this browser').click();
    await settle(el);
    await confirm(el);
    await waitFor(() => shadowText(el).includes('Your data has been removed from this browser.'));
    expect(await list(el)).to.have.length(0);
    const dbs = await indexedDB.databases?.();
    if (dbs) {
      const name = databaseName(el.getAttribute('network-id')!);
      expect(dbs.map((d) => d.name)).not.to.include(name);
    }
    expect(shadowText(el)).to.contain('My reflections (0)');
  });

  it('can be used with the keyboard alone: Tab to the save button, Escape closes a confirmation', async () => {
    const el = await mount();
    await fillRequired(el);
    // From the acknowledgement, Tab reaches the save button; Enter saves.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.textContent!.trim()).to.equal('Save reflection');
    const saved = oneEvent(el, 'rnswd-reflection-saved');
    await sendKeys({ press: 'Enter' });
    await saved;
    await settle(el);
    const toggle = root(el).querySelector<HTMLButtonElement>('.mine-toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const deleteAll = await waitFor(() => button(el, 'Delete all reflections'));
    deleteAll.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(root(el).querySelector('dialog')!.open).to.be.true;
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(root(el).querySelector('dialog')).to.be.null;
    expect(root(el).activeElement, 'focus back on the button that opened it').to.equal(deleteAll);
    expect(await list(el)).to.have.length(1);
  });

  it('says so when the browser’s storage was taken over by a newer version in another tab', async () => {
    const el = await mount();
    await type(el, '1. Action or experience', 'Blijft staan');
    const net = el.getAttribute('network-id')!;
    const request = indexedDB.open(databaseName(net), DB_VERSION + 1);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    await waitFor(() => root(el).querySelector('[part="store-notice"]'), 3000);
    expect(root(el).querySelector('[part="store-notice"]')!.textContent).to.contain(
      'Reload this page',
    );
    expect(control(el, '1. Action or experience').value).to.equal('Blijft staan');
  });

  it('delivers a reflection once when the page is reloaded while it is queued', async () => {
    const bucket = newBucket();
    // The server stores the first POST but its answer never arrives: the page must send it again.
    await script(bucket, [{ hang: true, commit: true }]);
    const net = fresh();
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size:800px;block-size:600px';
    frame.src = `/test/reflection-form/reflection-page.html?net=${net}&endpoint=${encodeURIComponent(endpointUrl(bucket))}`;
    document.body.append(frame);
    try {
      const inFrame = () =>
        frame.contentDocument?.querySelector('rnswd-reflection-form') as Form | null;
      const el = await waitFor(
        () => inFrame()?.shadowRoot?.querySelector('form') && inFrame(),
        8000,
      );
      await settle(el);
      const set = (
        c: HTMLInputElement | HTMLTextAreaElement,
        value: string | boolean,
        type = 'input',
      ) => {
        if (typeof value === 'boolean') (c as HTMLInputElement).checked = value;
        else c.value = value;
        c.dispatchEvent(new Event(type, { bubbles: true }));
      };
      set(control(el, '1. Action or experience'), 'Net voor het herladen');
      set(control(el, 'My learning question'), 'Komt het aan?');
      set(root(el).querySelector<HTMLInputElement>('input[value="network"]')!, true, 'change');
      set(root(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!, true, 'change');
      await settle(el);
      button(el, 'Save reflection').click();
      await waitFor(async () => (await received(bucket)).records.length === 1, 5000);
      frame.contentWindow!.location.reload();
      await waitFor(async () => {
        const again = inFrame();
        return again?.shadowRoot?.querySelector('form') && again !== el;
      }, 8000);
      const again = inFrame()!;
      again.shadowRoot!.querySelector<HTMLButtonElement>('.mine-toggle')!.click();
      await waitFor(() => again.shadowRoot!.querySelector('.item .state--delivered'), 10_000);
      const server = await received(bucket);
      expect(server.records).to.have.length(1);
      expect(server.records[0]!.learningQuestion).to.equal('Komt het aan?');
      expect(server.attempts).to.equal(2);
      expect(new Set(server.keys).size, 'sent again with the same key').to.equal(1);
    } finally {
      frame.remove();
    }
  });
});
