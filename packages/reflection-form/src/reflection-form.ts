import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  RnswdRecordingElement,
  baseStyles,
  createRecord,
  deliveryMessage,
  downloadFile,
  formatDate,
  formatList,
  recordStateLabel,
  renderDataStatus,
  renderStoreNotice,
  safeHref,
  textOf,
  translate,
  type SelectionChange,
  type Services,
  type StoredRecord,
  type Text,
} from '@rnswd/core';
import { ReflectionSavedEvent, type Reflection } from './events.js';
import { reflectionsCsv, reflectionsJson } from './export.js';
import { REFLECTION_FORM_MESSAGES } from './messages.js';
import { personalDataKinds, type PersonalDataKind } from './privacy-check.js';
import { formStyles } from './reflection-form.styles.js';
import type {
  ReflectionBody,
  ReflectionDraft,
  ReflectionRole,
  ReflectionTemplate,
  Sharing,
  TemplateField,
} from './reflection-form.types.js';
import {
  ALACT,
  GIBBS,
  LEARNING_QUESTION,
  LEARNING_QUESTION_FIELD,
  REFLECTION_TEMPLATES,
  STARR,
  resolveTemplate,
} from './templates.js';

type Messages = typeof REFLECTION_FORM_MESSAGES.nl;
type Stored = StoredRecord<Reflection>;
/** What the confirmation dialog asks: discard the draft, delete one (`del:<id>`), all, or everything. */
type Confirm = 'discard' | 'all' | 'destroy' | `del:${string}`;

const ROLES: ReflectionRole[] = [
  'professional',
  'volunteer',
  'citizen-client',
  'researcher-student',
  'policy-maker',
];
const SHARING: Sharing[] = ['private', 'working-group', 'network'];
/** Context fields: record key -> message key of the label. */
const CONTEXT = ['themeId', 'workingGroupId', 'role', 'situationDate', 'name'] as const;
const ACK = '@ack';
/** Labels of the context fields and export columns. */
const LABELS: Record<string, keyof Messages> = {
  [ACK]: 'privacy',
  themeId: 'theme',
  workingGroupId: 'workingGroup',
  role: 'role',
  situationDate: 'situationDate',
  name: 'name',
  id: 'col.id',
  createdAt: 'col.createdAt',
  state: 'col.state',
  template: 'col.template',
  sharing: 'col.sharing',
};
const NAME_MAX = 200;
/** Fields kept in the browser after delivery unless `keep-copy` is set. */
const KEPT = ['themeId', 'sharing', 'template'];

const domId = (key: string) => `f-${key.replace(/[^\w-]/g, '_')}`;

/**
 * A structured reflection on practice (ALACT, Gibbs, STARR or a template of your own), ending with a
 * learning question. Drafts are kept in the browser while you write; a privacy check warns about
 * personal details; the writer chooses who may read it. Saved reflections stay in this browser or are
 * sent to the network's endpoint; "My reflections" lists them, with export and deletion.
 *
 * @summary Structured reflection on practice, offline-safe, private by default.
 * @tag rnswd-reflection-form
 *
 * @fires rnswd-reflection-saved - A reflection is safely stored in this browser (and queued if it is to be sent). Detail: `{ reflection }`.
 * @fires rnswd-delivered - The endpoint confirmed a reflection. Detail: `{ record, status }`.
 * @fires rnswd-delivery-failed - A delivery attempt did not succeed. Detail: `{ record, status, willRetry, error }`.
 * @fires rnswd-data-error - The network data could not be loaded or is not valid. Detail: `{ problems }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart form - The form.
 * @csspart error-summary - The list of problems shown after an invalid submit.
 * @csspart saved - The message after saving, with the reflection's state.
 * @csspart field - Each field (label, help, control, counter and messages).
 * @csspart actions - The save and discard buttons.
 * @csspart mine - "My reflections": the list, export and deletion.
 * @csspart dialog - The confirmation dialog.
 * @csspart store-notice - The notice about the browser's storage (memory only, closed, full).
 * @csspart error - The message shown when the data cannot be used.
 * @csspart loading - The loading message.
 *
 * @cssprop [--rnswd-reflection-form-max-inline-size=48rem] - Maximum width of the form.
 * @cssprop [--rnswd-reflection-form-text-block-size=8rem] - Height of a long text field.
 */
export class RnswdReflectionForm extends RnswdRecordingElement {
  static override styles = [baseStyles, formStyles];
  static override recordTypes = ['reflection'];
  static override requiresData = false;

  /**
   * `alact` (the default), `gibbs` or `starr`; or, as a property, a template of your own
   * (`{ id, title, fields: [{ id, label, help, type, required, maxLength, options, min, max, minLabel, maxLabel }] }`).
   */
  @property({ attribute: 'template' })
  template: string | ReflectionTemplate = 'alact';

  /** Id of the theme preset in the form; without it the provider's selected theme is used. */
  @property()
  theme?: string;

  /** Ask for the writer's name (not asked by default). */
  @property({ type: Boolean, attribute: 'ask-name' })
  askName = false;

  /** URL of the network's privacy statement, linked above the acknowledgement. */
  @property({ attribute: 'privacy-url' })
  privacyUrl?: string;

  /**
   * Keep the full text in this browser after the endpoint confirmed it. Without it only the id, theme,
   * sharing, template, state and times stay.
   */
  @property({ type: Boolean, attribute: 'keep-copy' })
  keepCopy = false;

  @state() private answers: Record<string, string> = {};
  @state() private context: Record<string, string> = {};
  @state() private sharing: Sharing = 'private';
  @state() private ack = false;
  @state() private errors = new Map<string, string>();
  @state() private warnings: Record<string, PersonalDataKind[]> = {};
  @state() private records: Stored[] = [];
  /** The reflection saved last: its message shows its state as it changes. */
  @state() private saved: Stored | null = null;
  @state() private saveFailed = false;
  @state() private open = false;
  @state() private reading = '';
  @state() private confirming: Confirm | null = null;
  @state() private draftAt = 0;
  @state() private restored = false;
  @state() private announcement = '';

  private tpl = resolveTemplate('alact');
  private svc: Services | null = null;
  private drafted = false;
  private preset = false;
  private attempted = false;
  private busy = false;
  private draftTimer = 0;
  private rounds = 0;
  private checkTimer = 0;
  private dirty = false;
  /** Characters left per field when last announced. */
  private lastLeft: Record<string, number> = {};

  private t<K extends keyof Messages>(
    key: K,
    ...args: Messages[K] extends (...a: infer A) => string ? A : []
  ): string {
    return translate(REFLECTION_FORM_MESSAGES, this.locale, key, ...args);
  }

  private tx(text: Text | undefined): string {
    return textOf(text, this.locale);
  }

  private get draftKey(): string {
    return `reflection-form:${this.tpl.id}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.flushDraft);
    window.addEventListener('pagehide', this.flushDraft);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.flushDraft);
    window.removeEventListener('pagehide', this.flushDraft);
    this.flushDraft();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('template')) this.tpl = resolveTemplate(this.template);
    const network = this.scope.state.network;
    if (network && (!this.preset || changed.has('theme'))) {
      const first = !this.preset;
      this.preset = true;
      const id = this.theme || (first ? this.scope.selection.themeId : null);
      if (id && (!first || !this.context.themeId)) this.setTheme(id);
    }
  }

  protected override selectionChanged(change: SelectionChange): void {
    if (change.changed.includes('theme') && change.themeId) this.setTheme(change.themeId);
  }

  /** Sets the theme (when the network has it) and, if none was chosen, its working group. */
  private setTheme(id: string) {
    const theme = this.scope.state.network?.themes.find((t) => t.id === id);
    if (!theme) return;
    const context: Record<string, string> = { ...this.context, themeId: id };
    if (!context.workingGroupId && theme.workingGroupId)
      context.workingGroupId = theme.workingGroupId;
    this.context = context;
  }

  // ---- Storage ---------------------------------------------------------------------------------

  protected override recordsChanged(): void {
    void this.refresh();
  }

  private async refresh() {
    const round = ++this.rounds;
    const svc = await this.services();
    this.svc = svc;
    const records = (await svc.store.list<Reflection>('reflection')) as Stored[];
    // Lists can come back out of order: only the latest one counts.
    if (round === this.rounds) this.records = records;
    if (!this.drafted) {
      this.drafted = true;
      const draft = await svc.store.getDraft<ReflectionDraft>(this.draftKey).catch(() => undefined);
      // Restore only into an untouched form.
      if (draft && !this.dirty) {
        this.answers = { ...draft.values };
        this.context = { ...this.context, ...draft.context };
        this.sharing = draft.sharing;
        this.ack = draft.acknowledged;
        this.draftAt = draft.at;
        this.restored = true;
        for (const f of this.tpl.fields) this.check(f.id);
      }
    }
  }

  private changed() {
    this.dirty = true;
    this.restored = false;
    if (this.attempted) this.errors = this.validate();
    clearTimeout(this.draftTimer);
    this.draftTimer = window.setTimeout(this.flushDraft, 500);
  }

  /** Writes the draft now (after a pause in typing, on blur, when the page is hidden or left). */
  private readonly flushDraft = () => {
    if (!this.draftTimer || !this.svc) return;
    clearTimeout(this.draftTimer);
    this.draftTimer = 0;
    const store = this.svc.store;
    const empty =
      !this.ack &&
      !Object.values(this.answers).some((v) => v.trim()) &&
      !CONTEXT.some((k) => this.context[k]);
    const at = Date.now();
    const draft: ReflectionDraft = {
      values: this.answers,
      context: this.context,
      sharing: this.sharing,
      acknowledged: this.ack,
      at,
    };
    (empty ? store.deleteDraft(this.draftKey) : store.putDraft(this.draftKey, draft)).then(
      () => (this.draftAt = empty ? 0 : at),
      () => {},
    );
  };

  private clearForm(keepContext: boolean) {
    clearTimeout(this.draftTimer);
    this.draftTimer = 0;
    this.answers = {};
    this.context = keepContext ? { ...this.context, situationDate: '' } : {};
    this.ack = false;
    this.warnings = {};
    this.errors = new Map();
    this.attempted = this.restored = false;
    this.draftAt = 0;
    this.lastLeft = {};
    void this.svc?.store.deleteDraft(this.draftKey).catch(() => {});
  }

  // ---- Input -----------------------------------------------------------------------------------

  private onAnswer(field: TemplateField, value: string) {
    this.answers = { ...this.answers, [field.id]: value };
    this.changed();
    if (field.type === 'short' || field.type === 'long') {
      clearTimeout(this.checkTimer);
      this.checkTimer = window.setTimeout(() => {
        this.check(field.id);
        this.count(field);
      }, 400);
    }
  }

  private onContext(key: string, value: string) {
    if (key === 'themeId') {
      this.context = { ...this.context, themeId: value };
      if (value) this.setTheme(value);
    } else this.context = { ...this.context, [key]: value };
    this.changed();
  }

  /** The privacy check of one field; its warning is in a polite live region. */
  private check(id: string) {
    const kinds = personalDataKinds(this.answers[id] ?? '');
    const before = this.warnings[id] ?? [];
    if (kinds.join() !== before.join()) this.warnings = { ...this.warnings, [id]: kinds };
  }

  /** Announces the characters left only near the limit, once per step. */
  private count(field: TemplateField) {
    const max = field.maxLength;
    if (!max) return;
    const left = max - (this.answers[field.id] ?? '').length;
    const last = this.lastLeft[field.id] ?? max;
    this.lastLeft[field.id] = left;
    const step = [Math.ceil(max / 10), Math.ceil(max / 50), 0].find((s) => left <= s && last > s);
    if (step !== undefined || (left < 0 && last >= 0))
      this.announce(left < 0 ? this.t('over', -left) : this.t('left', left));
  }

  private announce(text: string) {
    // The same text twice is still announced: clear, then set a moment later (no animation frame:
    // a page in the background gets none).
    this.announcement = '';
    setTimeout(() => (this.announcement = text), 50);
  }

  // ---- Submit ----------------------------------------------------------------------------------

  private validate(): Map<string, string> {
    const errors = new Map<string, string>();
    for (const f of this.tpl.fields) {
      const v = (this.answers[f.id] ?? '').trim();
      const over = f.maxLength ? (this.answers[f.id] ?? '').length - f.maxLength : 0;
      if (f.required && !v)
        errors.set(
          f.id,
          this.t(f.type === 'choice' || f.type === 'scale' ? 'requiredChoice' : 'required'),
        );
      else if (over > 0) errors.set(f.id, this.t('tooLong', over));
    }
    const name = this.context.name ?? '';
    if (this.askName && name.length > NAME_MAX)
      errors.set('name', this.t('tooLong', name.length - NAME_MAX));
    if (!this.ack) errors.set(ACK, this.t('requiredAck'));
    return errors;
  }

  private async submit(event: Event) {
    event.preventDefault();
    if (this.busy) return;
    this.attempted = true;
    this.errors = this.validate();
    this.saved = null;
    this.saveFailed = false;
    if (this.errors.size) {
      await this.updateComplete;
      this.shadowRoot!.querySelector<HTMLElement>('.summary')?.focus();
      return;
    }
    this.busy = true;
    let stored: Stored;
    let record: Reflection;
    try {
      const svc = await this.services();
      record = createRecord<ReflectionBody>('reflection', this.body(), {
        networkId: svc.networkId,
        lang: this.locale,
      });
      stored = await svc.outbox.save(record, {
        send: this.sharing !== 'private',
        keep: this.keepCopy ? 'all' : KEPT,
      });
    } catch {
      // Quota or a closed database: everything typed stays in the form.
      this.saveFailed = true;
      return;
    } finally {
      this.busy = false;
    }
    this.clearForm(true);
    this.saved = stored;
    const saved = new ReflectionSavedEvent(record);
    this.dispatchEvent(saved);
    await this.updateComplete;
    this.shadowRoot!.querySelector<HTMLElement>('[part="saved"]')?.focus();
    await this.refresh();
  }

  private body(): ReflectionBody {
    const answers: ReflectionBody['answers'] = {};
    for (const f of this.tpl.fields) {
      const v = (this.answers[f.id] ?? '').trim();
      if (!v || f.id === LEARNING_QUESTION) continue;
      answers[f.id] = f.type === 'scale' ? Number(v) : v;
    }
    const body: ReflectionBody = {
      template: this.tpl.id,
      sharing: this.sharing,
      answers,
      learningQuestion: (this.answers[LEARNING_QUESTION] ?? '').trim(),
    };
    for (const k of CONTEXT) {
      const v = (this.context[k] ?? '').trim();
      if (v && (k !== 'name' || this.askName)) (body as unknown as Record<string, string>)[k] = v;
    }
    return body;
  }

  private focusField(event: Event, key: string) {
    event.preventDefault();
    this.shadowRoot!.getElementById(domId(key))?.focus();
  }

  // ---- My reflections --------------------------------------------------------------------------

  private ask(what: Confirm) {
    this.confirming = what;
    void this.updateComplete.then(() => {
      const dialog = this.shadowRoot!.querySelector('dialog');
      dialog?.showModal();
      // Cancel first: the safe choice has the focus.
      dialog?.querySelector<HTMLElement>('.cancel')?.focus();
    });
  }

  private async confirmed() {
    const what = this.confirming;
    this.closeDialog();
    const store = this.svc?.store;
    if (!what) return;
    let done: keyof Messages = 'discarded';
    if (what === 'discard') this.clearForm(false);
    else if (store) {
      // The message about the last one saved goes with what is deleted.
      if (what === 'all' || what === 'destroy' || what === `del:${this.saved?.id}`)
        this.saved = null;
      if (what === 'all') {
        await store.clear('reflection');
        this.clearForm(false);
        done = 'allDeleted';
      } else if (what === 'destroy') {
        await store.destroy();
        this.clearForm(false);
        done = 'destroyed';
      } else {
        await store.delete(what.slice(4));
        done = 'deleted';
      }
      await this.refresh();
    }
    // Said once the list shows it.
    this.announce(this.t(done as 'deleted'));
    this.shadowRoot!.querySelector<HTMLElement>(
      what === 'discard' ? '.control' : '.mine-toggle',
    )?.focus();
  }

  private closeDialog() {
    this.shadowRoot!.querySelector('dialog')?.close();
    this.confirming = null;
  }

  private download(kind: 'json' | 'csv') {
    const name = `${this.t('mine').toLowerCase().replace(/\s+/g, '-')}-${this.svc?.networkId ?? ''}`;
    if (kind === 'json')
      downloadFile(`${name}.json`, reflectionsJson(this.records), 'application/json');
    else downloadFile(`${name}.csv`, this.csv(), 'text/csv;charset=utf-8');
  }

  /** The reflections as CSV, with column names and values in the reader's language. */
  csv(): string {
    const network = this.scope.state.network;
    const find = <T extends { id: string }>(list: T[] | undefined, id: string) =>
      list?.find((x) => x.id === id);
    return reflectionsCsv(
      this.records,
      (k) => this.label(k),
      (k, v) => {
        const s = v === undefined ? '' : String(v);
        return !s
          ? s
          : k === 'themeId'
            ? this.tx(find(network?.themes, s)?.title) || s
            : k === 'workingGroupId'
              ? this.tx(find(network?.workingGroups, s)?.name) || s
              : k === 'role' || k === 'sharing'
                ? this.t(`${k}.${s}` as 'role.volunteer')
                : k === 'state'
                  ? recordStateLabel(this.locale, s as Stored['state'])
                  : s;
      },
    );
  }

  /** The name of a field or column: a context field, a column, else the field's label, else its id. */
  private label(id: string): string {
    const key = LABELS[id];
    if (key) return this.t(key);
    const f = [this.tpl, ALACT, GIBBS, STARR]
      .flatMap((t) => t.fields)
      .concat(LEARNING_QUESTION_FIELD)
      .find((x) => x.id === id);
    return f ? this.tx(f.label) : id;
  }

  // ---- Render ----------------------------------------------------------------------------------

  protected override render() {
    const state = this.scope.state;
    const status = renderDataStatus(this.locale, state, this.dataProblems(), () =>
      this.scope.network.reload(),
    );
    if (status !== nothing) return html`<div class="base" part="base">${status}</div>`;
    const errors = [...this.errors];
    return html`<div class="base" part="base" lang=${this.locale}>
      ${renderStoreNotice(this.locale, this.storeNotice)}
      ${
        errors.length
          ? html`<div
              class="notice notice--error summary"
              part="error-summary"
              tabindex="-1"
              role="group"
              aria-labelledby="sum"
            >
              <p class="notice__title" id="sum">${this.t('errors', errors.length)}</p>
              <ul>
                ${errors.map(
                  ([key, msg]) =>
                    html`<li>
                      <a href="#${domId(key)}" @click=${(e: Event) => this.focusField(e, key)}
                        >${this.label(key)}: ${msg}</a
                      >
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${this.renderSaved()}
      ${
        this.saveFailed
          ? html`<p class="notice notice--error" role="alert">${this.t('saveFailed')}</p>`
          : nothing
      }
      ${
        this.restored
          ? html`<p class="notice" role="status">${this.t('draftRestored')}</p>`
          : nothing
      }
      <form part="form" novalidate @submit=${this.submit} @focusout=${this.flushDraft}>
        ${this.renderContext()}
        <fieldset class="group">
          <legend>${this.tx(this.tpl.title) || this.t('reflection')}</legend>
          ${this.tpl.fields.map((f) => this.renderField(f))}
        </fieldset>
        ${this.renderSharing()} ${this.renderPrivacy()}
        <div class="actions" part="actions">
          <button class="button button--primary" type="submit">${this.t('submit')}</button>
          <button class="button" type="button" @click=${() => this.ask('discard')}>
            ${this.t('discard')}
          </button>
          ${
            this.draftAt
              ? html`<span class="meta"
                  >${this.t('draftSaved', formatDate(this.locale, this.draftAt, { timeStyle: 'short' }))}</span
                >`
              : nothing
          }
        </div>
      </form>
      ${this.renderMine()} ${this.renderDialog()}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private describedBy(key: string, ...more: string[]): string {
    const id = domId(key);
    return [...more.map((m) => `${id}-${m}`), this.errors.has(key) ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
  }

  private renderError(key: string) {
    const msg = this.errors.get(key);
    return msg ? html`<p class="error" id="${domId(key)}-error">${msg}</p>` : nothing;
  }

  private renderField(f: TemplateField): TemplateResult {
    const id = domId(f.id);
    const value = this.answers[f.id] ?? '';
    const invalid = this.errors.has(f.id);
    const help = this.tx(f.help);
    const optional = f.required ? '' : ` ${this.t('optional')}`;
    if (f.type === 'choice' || f.type === 'scale') {
      const min = f.min ?? 1;
      const options =
        f.type === 'scale'
          ? Array.from({ length: Math.max(0, (f.max ?? 5) - min + 1) }, (_, i) => {
              const v = String(min + i);
              const end = i === 0 ? f.minLabel : v === String(f.max ?? 5) ? f.maxLabel : undefined;
              return { value: v, label: end ? `${v} (${this.tx(end)})` : v };
            })
          : (f.options ?? []).map((o) =>
              typeof o === 'string'
                ? { value: o, label: o }
                : { value: o.value, label: this.tx(o.label) },
            );
      return html`<fieldset
        class="field ${f.type}"
        part="field"
        role="radiogroup"
        aria-required=${f.required ? 'true' : 'false'}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${this.describedBy(f.id, ...(help ? ['help'] : []))}
      >
        <legend class="label">${this.tx(f.label)}${optional}</legend>
        ${help ? html`<span class="help" id="${id}-help">${help}</span>` : nothing}
        ${this.renderError(f.id)}
        <div class="options">
          ${options.map(
            (o, i) =>
              html`<label class="option"
                ><input
                  type="radio"
                  name=${id}
                  id=${i === 0 ? id : `${id}-${i}`}
                  .value=${o.value}
                  .checked=${live(value === o.value)}
                  @change=${() => this.onAnswer(f, o.value)}
                />${o.label}</label
              >`,
          )}
        </div>
      </fieldset>`;
    }
    const warn = this.warnings[f.id] ?? [];
    const max = f.maxLength;
    const over = max ? value.length > max : false;
    const described = this.describedBy(
      f.id,
      ...(help ? ['help'] : []),
      ...(max ? ['count'] : []),
      'warn',
    );
    const control =
      f.type === 'long'
        ? html`<textarea
            class="control"
            id=${id}
            rows="5"
            ?required=${f.required}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${described}
            .value=${live(value)}
            @input=${(e: Event) => this.onAnswer(f, (e.target as HTMLTextAreaElement).value)}
          ></textarea>`
        : html`<input
            class="control"
            id=${id}
            type="text"
            ?required=${f.required}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${described}
            .value=${live(value)}
            @input=${(e: Event) => this.onAnswer(f, (e.target as HTMLInputElement).value)}
          />`;
    return html`<div class="field" part="field">
      <label class="label" for=${id}>${this.tx(f.label)}${optional}</label>
      ${help ? html`<span class="help" id="${id}-help">${help}</span>` : nothing}
      ${this.renderError(f.id)} ${control}
      ${
        max
          ? html`<span class="count ${over ? 'count--over' : ''}" id="${id}-count"
              >${this.t('count', value.length, max)}</span
            >`
          : nothing
      }
      <p class="warn ${warn.length ? 'warn--on' : ''}" id="${id}-warn" aria-live="polite">
        ${
          warn.length
            ? this.t(
                'warn',
                formatList(
                  this.locale,
                  warn.map((k) => this.t(`warn.${k}`)),
                ),
              )
            : nothing
        }
      </p>
    </div>`;
  }

  private renderSelect(key: string, label: string, options: Array<[string, string]>) {
    const id = domId(key);
    return html`<div class="field" part="field">
      <label class="label" for=${id}>${label} ${this.t('optional')}</label>
      <select
        class="control"
        id=${id}
        .value=${live(this.context[key] ?? '')}
        @change=${(e: Event) => this.onContext(key, (e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!this.context[key]}>${this.t('none')}</option>
        ${options.map(
          ([v, l]) => html`<option value=${v} ?selected=${this.context[key] === v}>${l}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderContext() {
    const network = this.scope.state.network;
    const date = domId('situationDate');
    const name = domId('name');
    return html`<fieldset class="group context">
      <legend>${this.t('context')}</legend>
      <div class="grid">
        ${
          network?.themes.length
            ? this.renderSelect(
                'themeId',
                this.t('theme'),
                network.themes.map((t) => [t.id, this.tx(t.title)]),
              )
            : nothing
        }
        ${
          network?.workingGroups.length
            ? this.renderSelect(
                'workingGroupId',
                this.t('workingGroup'),
                network.workingGroups.map((g) => [g.id, this.tx(g.name)]),
              )
            : nothing
        }
        ${this.renderSelect(
          'role',
          this.t('role'),
          ROLES.map((r) => [r, this.t(`role.${r}`)]),
        )}
        <div class="field" part="field">
          <label class="label" for=${date}>${this.t('situationDate')} ${this.t('optional')}</label>
          <input
            class="control"
            id=${date}
            type="date"
            max=${new Date().toISOString().slice(0, 10)}
            .value=${live(this.context.situationDate ?? '')}
            @input=${(e: Event) => this.onContext('situationDate', (e.target as HTMLInputElement).value)}
          />
        </div>
        ${
          this.askName
            ? html`<div class="field" part="field">
                <label class="label" for=${name}>${this.t('name')} ${this.t('optional')}</label>
                <span class="help" id="${name}-help">${this.t('nameHelp')}</span>
                ${this.renderError('name')}
                <input
                  class="control"
                  id=${name}
                  type="text"
                  autocomplete="name"
                  aria-invalid=${this.errors.has('name') ? 'true' : 'false'}
                  aria-describedby=${this.describedBy('name', 'help')}
                  .value=${live(this.context.name ?? '')}
                  @input=${(e: Event) => this.onContext('name', (e.target as HTMLInputElement).value)}
                />
              </div>`
            : nothing
        }
      </div>
    </fieldset>`;
  }

  private renderSharing() {
    const local = this.scope.config.storage !== 'endpoint';
    return html`<fieldset class="group" aria-describedby=${local ? 'sharing-help' : nothing}>
      <legend>${this.t('sharing')}</legend>
      ${local ? html`<span class="help" id="sharing-help">${this.t('sharingLocal')}</span>` : nothing}
      ${SHARING.map(
        (s) =>
          html`<label class="option"
            ><input
              type="radio"
              name="sharing"
              .value=${s}
              .checked=${live(this.sharing === s)}
              @change=${() => {
                this.sharing = s;
                this.changed();
              }}
            />${this.t(`sharing.${s}`)}</label
          >`,
      )}
    </fieldset>`;
  }

  private renderPrivacy() {
    let href: string | null = null;
    try {
      // The site's own setting, so a relative URL is fine; still only http(s).
      href = safeHref(this.privacyUrl && new URL(this.privacyUrl, document.baseURI).href);
    } catch {
      /* not a URL: no link */
    }
    const id = domId(ACK);
    return html`<fieldset class="group privacy">
      <legend>${this.t('privacy')}</legend>
      ${href ? html`<p><a href=${href} target="_blank" rel="noopener">${this.t('privacyLink')}</a></p>` : nothing}
      ${this.renderError(ACK)}
      <label class="option">
        <input
          type="checkbox"
          id=${id}
          required
          aria-invalid=${this.errors.has(ACK) ? 'true' : 'false'}
          aria-describedby=${this.describedBy(ACK)}
          .checked=${live(this.ack)}
          @change=${(e: Event) => {
            this.ack = (e.target as HTMLInputElement).checked;
            this.changed();
          }}
        />${this.t('acknowledge')}
      </label>
    </fieldset>`;
  }

  /** The state of a reflection, with the reason and a retry button when it did not go. */
  private renderState(s: Stored) {
    const retry = s.state === 'failed' || (s.state === 'queued' && s.error);
    return html`<span class="state state--${s.state}"
        >${recordStateLabel(this.locale, s.state)}</span
      >
      ${
        s.error && s.state !== 'delivered'
          ? html`<span class="reason">${deliveryMessage(this.locale, s.error)}</span>`
          : nothing
      }
      ${
        retry
          ? html`<button class="button" type="button" @click=${() => this.svc?.outbox.retry(s.id)}>
              ${this.t('retry')}
            </button>`
          : nothing
      }`;
  }

  private renderSaved() {
    const s = this.saved && (this.records.find((r) => r.id === this.saved!.id) ?? this.saved);
    if (!s) return nothing;
    return html`<div class="notice notice--success" part="saved" tabindex="-1">
      <p class="notice__title">${this.t('saved')}</p>
      <p class="notice__body" aria-live="polite">${this.renderState(s)}</p>
    </div>`;
  }

  private renderMine() {
    const list = this.records;
    return html`<section class="mine" part="mine" aria-labelledby="mine-title">
      <h3 id="mine-title">
        <button
          class="button mine-toggle"
          type="button"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="mine"
          @click=${() => (this.open = !this.open)}
        >
          ${this.t('mineCount', list.length)}
        </button>
      </h3>
      <div id="mine" ?hidden=${!this.open}>
        ${
          list.length
            ? html`<ul class="list">
                  ${list.map((s) => this.renderItem(s))}
                </ul>
                <div class="actions">
                  <button class="button" type="button" @click=${() => this.download('json')}>
                    ${this.t('exportJson')}
                  </button>
                  <button class="button" type="button" @click=${() => this.download('csv')}>
                    ${this.t('exportCsv')}
                  </button>
                  <button
                    class="button button--danger"
                    type="button"
                    @click=${() => this.ask('all')}
                  >
                    ${this.t('deleteAll')}
                  </button>
                </div>`
            : html`<p>${this.t('mineEmpty')}</p>`
        }
        <p>
          <button class="button button--link" type="button" @click=${() => this.ask('destroy')}>
            ${this.t('destroy')}
          </button>
        </p>
      </div>
    </section>`;
  }

  private renderItem(s: Stored) {
    const r = s.record;
    const network = this.scope.state.network;
    const theme = network?.themes.find((t) => t.id === r.themeId);
    const tpl = this.tpl.id === r.template ? this.tpl : REFLECTION_TEMPLATES[r.template];
    const title = this.tx(theme?.title) || this.tx(tpl?.title) || this.t('reflection');
    const open = this.reading === s.id;
    return html`<li class="item">
      <p class="item__title">
        <strong>${title}</strong>
        <span class="meta"
          >${formatDate(this.locale, r.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</span
        >
      </p>
      ${r.learningQuestion ? html`<p class="item__lq">${r.learningQuestion}</p>` : nothing}
      <p class="item__state">${this.renderState(s)}</p>
      <div class="item__actions">
        <button
          class="button"
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          @click=${() => (this.reading = open ? '' : s.id)}
        >
          ${this.t('read')}
        </button>
        <button class="button button--danger" type="button" @click=${() => this.ask(`del:${s.id}`)}>
          ${this.t('del')}
        </button>
      </div>
      ${
        open
          ? s.redacted
            ? html`<p class="meta">${this.t('redacted')}</p>`
            : html`<dl class="read">
                ${[
                  ...Object.entries(r.answers ?? {}),
                  [LEARNING_QUESTION, r.learningQuestion] as const,
                ].map(
                  ([k, v]) =>
                    html`<dt>${this.label(k)}</dt>
                      <dd>${v}</dd>`,
                )}
              </dl>`
          : nothing
      }
    </li>`;
  }

  private renderDialog() {
    const what = this.confirming;
    if (!what) return nothing;
    const [question, yes] =
      what === 'discard'
        ? [this.t('confirmDiscard'), this.t('yesDiscard')]
        : what === 'all'
          ? [this.t('confirmDeleteAll', this.records.length), this.t('yesDelete')]
          : what === 'destroy'
            ? [this.t('confirmDestroy'), this.t('yesDestroy')]
            : [this.t('confirmDelete'), this.t('yesDelete')];
    return html`<dialog
      part="dialog"
      aria-labelledby="dialog-q"
      @close=${() => (this.confirming = null)}
    >
      <p id="dialog-q">${question}</p>
      <div class="actions">
        <button class="button button--danger" type="button" @click=${this.confirmed}>${yes}</button>
        <button class="button cancel" type="button" @click=${this.closeDialog}>
          ${this.t('cancel')}
        </button>
      </div>
    </dialog>`;
  }
}
