import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  RnswdRecordingElement,
  baseStyles,
  createRecord,
  deliveryMessage,
  formatDate,
  formatList,
  indexNetwork,
  locale,
  recordStateLabel,
  renderDataStatus,
  renderStoreNotice,
  textOf,
  translate,
  uuid,
  type Network,
  type RecordEnvelope,
  type RecordStore,
  type SelectionChange,
  type StoredRecord,
  type Theme,
  type ThemeStatus,
} from '@rnswd/core';
import { ThemeSelectEvent } from './events.js';
import { THEME_TRACKER_MESSAGES } from './messages.js';
import { STATUSES, latestOf, progressOf, sortThemes, timelineOf } from './model.js';
import { trackerStyles } from './theme-tracker.styles.js';
import type { ThemeSort, ThemeTrackerLayout, ThemeVotes } from './theme-tracker.types.js';

type Messages = typeof THEME_TRACKER_MESSAGES.nl;

/** The fields of a `theme-proposal` record. */
interface Proposal {
  title: string;
  description?: string;
  whyNow?: string;
}
type ProposalRecord = RecordEnvelope & Proposal;
type VoteRecord = RecordEnvelope & { themeId: string; voterId: string; vote: number };
type ThemeRecord = RecordEnvelope & { themeId?: string };

const DRAFT = 'theme-proposal';
/** One anonymous voter id per store, asked for once per page. */
const voters = new WeakMap<RecordStore, Promise<string>>();
const voterOf = (store: RecordStore) => {
  let id = voters.get(store);
  if (!id) {
    id = store.getMeta<string>('voterId').then(async (known) => {
      if (known) return known;
      const fresh = uuid();
      await store.putMeta('voterId', fresh);
      return fresh;
    });
    voters.set(store, id);
  }
  return id;
};

/** A shape per status (16 × 16), so that the status never rests on colour alone. */
const ICONS: Record<ThemeStatus, string> = {
  proposed: 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11z',
  active: 'M4 2l10 6-10 6z',
  paused: 'M3 2h3.5v12H3zM9.5 2H13v12H9.5z',
  completed: 'M2 8.5l4 4L14.5 4',
};

/**
 * The network's agenda: every theme with its status, working group, partners, learning questions,
 * progress from its milestones and latest update, in a list or on a board with a column per status.
 * Filters by status and working group, sorting by priority, title or last update, and a detail view
 * with a timeline. Selecting a theme sets the provider's shared selection, so a reflection form in the
 * same provider presets it. With `allow-proposals` and `allow-votes` visitors propose themes and vote
 * for them (one anonymous vote per theme per browser); proposals (`theme-proposal`) and votes
 * (`theme-vote`) are records, kept in this browser or sent to the endpoint like reflections.
 *
 * @summary The network's agenda of themes, their progress, and a collaborative agenda.
 * @tag rnswd-theme-tracker
 *
 * @fires rnswd-theme-select - The user selected a theme. Detail: `{ theme }`.
 * @fires rnswd-data-error - The network data could not be loaded or is not valid. Detail: `{ problems }`.
 * @fires rnswd-delivered - The endpoint confirmed a proposal or vote. Detail: `{ record, status }`.
 * @fires rnswd-delivery-failed - Sending a proposal or vote did not succeed. Detail: `{ record, status, willRetry, error }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The layout switch, the filters and the sort order.
 * @csspart theme - A theme (a card in the list or on the board).
 * @csspart status - The status of a theme: a shape and a word.
 * @csspart progress - The progress of a theme: text and a progress bar.
 * @csspart detail - The open detail view of a theme, with its timeline.
 * @csspart column - A column of the board.
 * @csspart vote - A theme's vote button and count.
 * @csspart proposal - A proposal from this browser, not yet processed by the network.
 * @csspart form - The form to propose a theme.
 * @csspart store-notice - A notice about this browser's storage (memory only, full, closed).
 * @csspart error - The message shown when the data cannot be used.
 * @csspart loading - The loading message.
 *
 * @cssprop [--rnswd-theme-tracker-column-min-inline-size=14rem] - Narrowest column of the board before the columns wrap.
 * @cssprop [--rnswd-theme-tracker-proposed-color=var(--rnswd-color)] - Colour of the proposed status (a hollow circle).
 * @cssprop [--rnswd-theme-tracker-active-color=var(--rnswd-success-color)] - Colour of the active status (a triangle).
 * @cssprop [--rnswd-theme-tracker-paused-color=var(--rnswd-warning-color)] - Colour of the paused status (two bars).
 * @cssprop [--rnswd-theme-tracker-completed-color=var(--rnswd-link-color)] - Colour of the completed status (a check mark). Keep status colours at 4.5:1 against the background.
 */
export class RnswdThemeTracker extends RnswdRecordingElement {
  static override styles = [baseStyles, trackerStyles];
  static override recordTypes = ['theme-proposal', 'theme-vote'];

  /** `list`: one list; `board`: a column per status. Reflected, so CSS can select on it. */
  @property({ reflect: true })
  layout: ThemeTrackerLayout = 'list';

  /** The order: `priority` (votes, then status, then agreed priority), `title` or `updated`. */
  @property()
  sort: ThemeSort = 'priority';

  /**
   * Vote counts per theme id that the host page knows (for example from its endpoint), without this
   * browser's own vote: the widget adds that one. The network data carries no vote counts.
   */
  @property({ attribute: false })
  votes?: ThemeVotes;

  /** Visitors may propose a theme (a `theme-proposal` record). */
  @property({ type: Boolean, attribute: 'allow-proposals' })
  allowProposals = false;

  /** Visitors may vote for themes: one vote per theme per browser, changed or withdrawn at will. */
  @property({ type: Boolean, attribute: 'allow-votes' })
  allowVotes = false;

  /** The theme whose detail view is open. */
  @state() private open: string | null = null;
  @state() private status: ThemeStatus | '' = '';
  @state() private group = '';
  @state() private note = '';
  /** This browser's latest vote record per theme. */
  @state() private mine = new Map<string, StoredRecord<VoteRecord>>();
  /** Reflections kept in this browser per theme. */
  @state() private kept = new Map<string, number>();
  /** Proposals from this browser. */
  @state() private proposals: StoredRecord<ProposalRecord>[] = [];
  @state() private proposing = false;
  /** The form was submitted without a title. */
  @state() private invalid = false;
  @state() private failed = false;
  private draft: Proposal = { title: '' };
  private touched = false;
  private reading: Promise<void> | null = null;
  private again = false;
  private draftTimer = 0;

  protected t<K extends keyof Messages>(
    key: K,
    ...args: Messages[K] extends (...a: infer A) => string ? A : []
  ): string {
    return translate(THEME_TRACKER_MESSAGES, this.locale, key, ...args);
  }

  // ---- Selection -------------------------------------------------------------------------------

  protected override selectionChanged(change: SelectionChange): void {
    if (change.changed.includes('theme')) this.open = change.themeId;
  }

  private toggle(theme: Theme) {
    if (this.open === theme.id) return void (this.open = null);
    this.open = theme.id;
    this.note = this.t('selected', textOf(theme.title, this.locale));
    this.scope.selection.select({ themeId: theme.id }, this);
    const event = new ThemeSelectEvent(theme);
    this.dispatchEvent(event);
  }

  /** Escape closes the open detail view and puts focus back on its theme's button. */
  private onKey(e: KeyboardEvent, i: number) {
    if (e.key !== 'Escape' || !this.open) return;
    e.stopPropagation();
    this.close(i);
  }

  private close(i: number) {
    this.open = null;
    this.shadowRoot!.getElementById(`b${i}`)?.focus();
  }

  /** Votes shown for a theme: the host's count plus this browser's vote. */
  private tally(theme: Theme): number {
    return (this.votes?.[theme.id] ?? 0) + (this.mine.get(theme.id)?.record.vote ? 1 : 0);
  }

  // ---- Records ---------------------------------------------------------------------------------

  protected override recordsChanged(): void {
    // One read at a time; changes during a read are picked up by one more.
    if (this.reading) return void (this.again = true);
    this.reading = this.read()
      .catch(() => {})
      .finally(() => {
        this.reading = null;
        if (this.again) {
          this.again = false;
          this.recordsChanged();
        }
      });
  }

  private async read() {
    const { store } = await this.services();
    const [votes, proposals, reflections] = await Promise.all(
      ['theme-vote', 'theme-proposal', 'reflection'].map((type) => store.list(type)),
    );
    const mine = new Map<string, StoredRecord<VoteRecord>>();
    // Newest first: the first vote seen for a theme is the one that counts.
    for (const v of votes as StoredRecord<VoteRecord>[])
      if (!mine.has(v.record.themeId)) mine.set(v.record.themeId, v);
    const kept = new Map<string, number>();
    for (const r of reflections as StoredRecord<ThemeRecord>[]) {
      const id = r.record.themeId;
      if (id) kept.set(id, (kept.get(id) ?? 0) + 1);
    }
    this.mine = mine;
    this.kept = kept;
    this.proposals = proposals as StoredRecord<ProposalRecord>[];
  }

  private async vote(theme: Theme, i: number) {
    const vote = this.mine.get(theme.id)?.record.vote ? 0 : 1;
    const title = textOf(theme.title, this.locale);
    try {
      const { store, outbox, networkId } = await this.services();
      const record = createRecord(
        'theme-vote',
        { themeId: theme.id, voterId: await voterOf(store), vote },
        { networkId, lang: this.locale },
      );
      const stored = await outbox.save(record);
      this.mine = new Map(this.mine).set(theme.id, stored);
      this.note = this.t(vote ? 'voted' : 'unvoted', title);
    } catch {
      this.note = this.t('saveFailed');
    }
    // The ranking may have moved the theme: focus follows it.
    await this.updateComplete;
    this.shadowRoot!.getElementById(`v${i}`)?.focus();
  }

  private async openForm() {
    this.proposing = true;
    this.failed = false;
    await this.updateComplete;
    this.shadowRoot!.getElementById('pt')?.focus();
    // A draft from earlier fills the form, unless the visitor has started typing.
    const { store } = await this.services();
    const draft = await store.getDraft<Proposal>(DRAFT).catch(() => undefined);
    if (draft && !this.touched) {
      this.draft = { ...draft };
      this.requestUpdate();
    }
  }

  private closeForm() {
    this.proposing = false;
    this.invalid = false;
    void this.updateComplete.then(() => this.shadowRoot!.getElementById('propose')?.focus());
  }

  private onInput(e: Event) {
    const field = e.target as HTMLInputElement;
    this.draft[field.name as keyof Proposal] = field.value;
    this.touched = true;
    if (this.invalid && this.draft.title.trim()) this.invalid = false;
    clearTimeout(this.draftTimer);
    this.draftTimer = window.setTimeout(
      () => void this.services().then(({ store }) => store.putDraft(DRAFT, this.draft)),
      300,
    );
  }

  private async submit(e: Event) {
    e.preventDefault();
    const { title, description, whyNow } = this.draft;
    if (!title.trim()) {
      this.invalid = true;
      await this.updateComplete;
      this.shadowRoot!.getElementById('summary')?.focus();
      return;
    }
    const fields: Proposal = { title: title.trim() };
    if (description?.trim()) fields.description = description.trim();
    if (whyNow?.trim()) fields.whyNow = whyNow.trim();
    try {
      const { store, outbox, networkId } = await this.services();
      await outbox.save(createRecord('theme-proposal', fields, { networkId, lang: this.locale }));
      clearTimeout(this.draftTimer);
      this.draft = { title: '' };
      this.touched = false;
      await store.deleteDraft(DRAFT).catch(() => {});
      this.note = this.t('proposed');
      this.closeForm();
    } catch {
      this.failed = true;
    }
  }

  // ---- Rendering -------------------------------------------------------------------------------

  protected override render() {
    const state = this.scope.state;
    const network = state.network;
    if (!network)
      return html`<div class="base" part="base">
        ${renderDataStatus(this.locale, state, this.dataProblems(), () =>
          this.scope.network.reload(),
        )}
      </div>`;
    const lang = this.locale;
    const title = (th: Theme) => textOf(th.title, lang);
    const all = network.themes;
    const shown = sortThemes(
      all.filter(
        (th) =>
          (!this.status || th.status === this.status) &&
          (!this.group || th.workingGroupId === this.group),
      ),
      this.sort,
      (th) => this.tally(th),
      title,
      new Intl.Collator(locale(lang)),
    );
    const at = new Map(all.map((th, i) => [th, i]));
    const groups = network.workingGroups.filter((g) =>
      all.some((th) => th.workingGroupId === g.id),
    );
    const board = this.layout === 'board';
    // This browser's proposals belong with the proposed themes, outside any working group.
    const pending =
      this.allowProposals && (!this.status || this.status === 'proposed') && !this.group
        ? this.proposals
        : [];
    const card = (th: Theme) => this.renderTheme(network, th, at.get(th)!, board ? 4 : 3);
    const select = (
      label: string,
      value: string,
      options: Array<[string, string]>,
      change: (v: string) => void,
    ) =>
      html`<label class="filter"
        ><span class="label">${label}</span>
        <select
          class="control"
          .value=${value}
          @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}
        >
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
        </select></label
      >`;
    return html`<div class="base" part="base">
      <div class="toolbar" part="toolbar">
        <div role="group" aria-label=${this.t('layout')} class="tabs">
          ${(['list', 'board'] as const).map(
            (v) =>
              html`<button
                class="button"
                type="button"
                aria-pressed=${this.layout === v}
                @click=${() => (this.layout = v)}
              >
                ${this.t(`layout.${v}`)}
              </button>`,
          )}
        </div>
        ${select(
          this.t('status'),
          this.status,
          [
            ['', this.t('allStatuses')],
            ...STATUSES.map((s): [string, string] => [s, this.t(`status.${s}`)]),
          ],
          (v) => (this.status = v as ThemeStatus | ''),
        )}
        ${
          groups.length
            ? select(
                this.t('group'),
                this.group,
                [
                  ['', this.t('allGroups')],
                  ...groups.map((g): [string, string] => [g.id, textOf(g.name, lang)]),
                ],
                (v) => (this.group = v),
              )
            : nothing
        }
        ${select(
          this.t('sort'),
          this.sort,
          (['priority', 'title', 'updated'] as const).map((s) => [s, this.t(`sort.${s}`)]),
          (v) => (this.sort = v as ThemeSort),
        )}
      </div>
      ${
        this.allowProposals || this.allowVotes ? renderStoreNotice(lang, this.storeNotice) : nothing
      }
      <p class="count" role="status">
        ${all.length ? this.t('shown', shown.length, all.length) : ''}
      </p>
      <p class="visually-hidden" role="status">${this.note}</p>
      ${this.allowVotes && all.length ? html`<p class="help">${this.t('voteNote')}</p>` : nothing}
      ${
        !shown.length && !pending.length
          ? html`<p class="empty">
              ${
                all.length
                  ? html`${this.t('noMatch')}
                      <button class="button button--link" type="button" @click=${this.showAll}>
                        ${this.t('showAll')}
                      </button>`
                  : this.t('empty')
              }
            </p>`
          : board
            ? html`<div class="board">
                ${STATUSES.filter((s) => !this.status || s === this.status).map((s) => {
                  const list = shown.filter((th) => th.status === s);
                  const extra = s === 'proposed' ? pending : [];
                  return html`<section class="column" part="column" aria-labelledby="c-${s}">
                    <h3 id="c-${s}">
                      ${this.statusLabel(s)} <span>(${list.length + extra.length})</span>
                    </h3>
                    ${
                      list.length + extra.length
                        ? html`<ol class="themes">
                            ${list.map(card)} ${extra.map((p) => this.renderProposal(p, 4))}
                          </ol>`
                        : html`<p class="help">${this.t('noMatch')}</p>`
                    }
                  </section>`;
                })}
              </div>`
            : html`<ol class="themes" aria-label=${this.t('themes')}>
                ${shown.map(card)} ${pending.map((p) => this.renderProposal(p, 3))}
              </ol>`
      }
      ${this.allowProposals ? this.renderPropose() : nothing}
    </div>`;
  }

  private readonly showAll = () => {
    this.status = '';
    this.group = '';
  };

  private statusLabel(status: ThemeStatus, text = this.t(`status.${status}`)): TemplateResult {
    return html`<span class="status s-${status}" part="status"
      ><svg viewBox="0 0 16 16" aria-hidden="true"><path d=${ICONS[status]} /></svg>${text}</span
    >`;
  }

  private renderTheme(network: Network, theme: Theme, i: number, level: number) {
    const lang = this.locale;
    const index = indexNetwork(network);
    const title = textOf(theme.title, lang);
    const open = this.open === theme.id;
    const [done, total] = progressOf(theme);
    const latest = latestOf(theme);
    const group = index.workingGroups.get(theme.workingGroupId ?? '');
    const kept = this.kept.get(theme.id) ?? 0;
    const date = (d: string) => html`<time datetime=${d}>${formatDate(lang, d)}</time>`;
    const reflections = [
      theme.reflectionCount !== undefined ? this.t('published', theme.reflectionCount) : '',
      kept ? this.t('kept', kept) : '',
    ].filter(Boolean);
    return html`<li
      class="card"
      part="theme"
      aria-current=${this.scope.selection.themeId === theme.id ? 'true' : nothing}
      @keydown=${(e: KeyboardEvent) => this.onKey(e, i)}
    >
      <div role="heading" aria-level=${level} class="card__title">
        <button
          class="title"
          id="b${i}"
          type="button"
          aria-expanded=${open}
          aria-controls=${open ? `d${i}` : nothing}
          @click=${() => this.toggle(theme)}
        >
          ${title}
        </button>
      </div>
      ${this.statusLabel(theme.status)}
      ${theme.description ? html`<p>${textOf(theme.description, lang)}</p>` : nothing}
      <p class="meta">
        <span>${this.t('group')}: ${group ? textOf(group.name, lang) : this.t('noGroup')}</span>
        <span>${this.t('partners', theme.partnerIds.length)}</span>
      </p>
      <div class="progress" part="progress">
        <span id="p${i}">${total ? this.t('progress', done, total) : this.t('noMilestones')}</span>
        ${total ? html`<progress max=${total} value=${done} aria-labelledby="p${i}"></progress>` : nothing}
      </div>
      ${
        latest
          ? html`<p class="latest">
              <strong>${this.t('latest')}</strong> ${date(latest.date)}:
              ${textOf(latest.text, lang)}
            </p>`
          : nothing
      }
      ${
        reflections.length
          ? html`<p class="meta">${this.t('reflections')}: ${reflections.join(', ')}</p>`
          : nothing
      }
      ${this.renderVote(theme, title, i)}
      ${
        open
          ? html`<div class="detail" id="d${i}" part="detail">
              ${
                theme.learningQuestions.length
                  ? html`<div role="heading" aria-level=${level + 1}>${this.t('questions')}</div>
                      <ul>
                        ${theme.learningQuestions.map((q) => html`<li>${textOf(q, lang)}</li>`)}
                      </ul>`
                  : nothing
              }
              ${
                theme.partnerIds.length
                  ? html`<div role="heading" aria-level=${level + 1}>
                        ${this.t('partners', theme.partnerIds.length)}
                      </div>
                      <p>
                        ${formatList(
                          lang,
                          theme.partnerIds.map((id) => index.partners.get(id)?.name ?? id),
                        )}
                      </p>`
                  : nothing
              }
              <div role="heading" aria-level=${level + 1}>${this.t('timeline')}</div>
              <ol class="timeline">
                ${timelineOf(theme).map(
                  ([d, kind, text]) =>
                    html`<li class="k-${kind}">
                      ${d ? date(d) : this.t('undated')} <strong>${this.t(kind)}</strong>
                      ${textOf(text, lang)}
                    </li>`,
                )}
              </ol>
              <button class="button" type="button" @click=${() => this.close(i)}>
                ${this.t('close')}
              </button>
            </div>`
          : nothing
      }
    </li>`;
  }

  /** The vote button and count, with the state of this browser's vote. */
  private renderVote(theme: Theme, title: string, i: number) {
    const n = this.tally(theme);
    const can = this.allowVotes && theme.status !== 'completed';
    if (!can && !n) return nothing;
    const mine = this.mine.get(theme.id);
    return html`<div class="vote" part="vote">
      ${
        can
          ? html`<button
              class="button"
              id="v${i}"
              type="button"
              aria-pressed=${!!mine?.record.vote}
              aria-label=${this.t('voteFor', title)}
              @click=${() => this.vote(theme, i)}
            >
              <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 2l6 7h-4v5H6V9H2z" /></svg>
              ${this.t('vote')}
            </button>`
          : nothing
      }
      <span class="votes">${this.t('votes', n)}</span>
      ${mine ? this.renderState(mine) : nothing}
    </div>`;
  }

  /** Where a record stands (kept, waiting, sent…), and why it was not sent. */
  private renderState(stored: StoredRecord) {
    const error = stored.error && stored.state !== 'delivered' ? stored.error : null;
    return html`<span class="state"
      >${recordStateLabel(this.locale, stored.state)}${
        error ? html`. ${deliveryMessage(this.locale, error)}` : nothing
      }
      ${
        stored.state === 'failed'
          ? html`<button
              class="button button--link"
              type="button"
              @click=${() => this.services().then(({ outbox }) => outbox.retry(stored.id))}
            >
              ${this.t('retry')}
            </button>`
          : nothing
      }</span
    >`;
  }

  /** A proposal from this browser: on the agenda, marked as not yet processed. */
  private renderProposal(stored: StoredRecord<ProposalRecord>, level: number) {
    const { title, description, whyNow } = stored.record;
    return html`<li class="card card--pending" part="proposal">
      <div role="heading" aria-level=${level} class="card__title">${title}</div>
      ${this.statusLabel('proposed', this.t('pending'))}
      ${description ? html`<p>${description}</p>` : nothing}
      ${whyNow ? html`<p><strong>${this.t('whyNow')}</strong> ${whyNow}</p>` : nothing}
      <p class="meta">${this.renderState(stored)}</p>
    </li>`;
  }

  /** The button that opens the proposal form, and the form. */
  private renderPropose() {
    const toggle = html`<p class="propose">
      <button
        class="button"
        id="propose"
        type="button"
        aria-expanded=${this.proposing}
        aria-controls=${this.proposing ? 'form' : nothing}
        @click=${() => (this.proposing ? this.closeForm() : this.openForm())}
      >
        ${this.t('propose')}
      </button>
    </p>`;
    if (!this.proposing) return toggle;
    const d = this.draft;
    const field = (id: string, name: keyof Proposal, label: string, help?: string) =>
      html`<div class="field">
        <label class="label" for=${id}
          >${label}${name === 'title' ? html` <span class="help-inline">${this.t('required')}</span>` : nothing}</label
        >
        ${help ? html`<span class="help" id="${id}-h">${help}</span>` : nothing}
        ${
          name === 'title' && this.invalid
            ? html`<span class="error" id="pt-e">${this.t('titleMissing')}</span>`
            : nothing
        }
        ${
          name === 'title'
            ? html`<input
                class="control"
                id=${id}
                name=${name}
                maxlength="200"
                required
                autocomplete="off"
                aria-invalid=${this.invalid}
                aria-describedby=${this.invalid ? 'pt-e' : nothing}
                .value=${d.title}
                @input=${this.onInput}
              />`
            : html`<textarea
                class="control"
                id=${id}
                name=${name}
                aria-describedby=${help ? `${id}-h` : nothing}
                .value=${d[name] ?? ''}
                @input=${this.onInput}
              ></textarea>`
        }
      </div>`;
    return html`${toggle}
      <form
        class="form"
        id="form"
        part="form"
        novalidate
        aria-labelledby="form-h"
        @submit=${this.submit}
        @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.closeForm()}
      >
        <div role="heading" aria-level="3" id="form-h" class="card__title">
          ${this.t('propose')}
        </div>
        ${
          this.invalid
            ? html`<div class="notice notice--error" id="summary" role="alert" tabindex="-1">
                <p class="notice__title">${this.t('fix')}</p>
                <ul>
                  <li>
                    <a
                      href="#pt"
                      @click=${(e: Event) => {
                        e.preventDefault();
                        this.shadowRoot!.getElementById('pt')?.focus();
                      }}
                      >${this.t('titleMissing')}</a
                    >
                  </li>
                </ul>
              </div>`
            : nothing
        }
        ${
          this.failed
            ? html`<p class="notice notice--error" role="alert">${this.t('saveFailed')}</p>`
            : nothing
        }
        ${field('pt', 'title', this.t('title'))}
        ${field('pd', 'description', this.t('description'))}
        ${field('pw', 'whyNow', this.t('whyNow'), this.t('whyNowHelp'))}
        <div class="actions">
          <button class="button button--primary" type="submit">
            ${this.t(this.scope.config.storage === 'endpoint' ? 'send' : 'save')}
          </button>
          <button class="button" type="button" @click=${this.closeForm}>${this.t('cancel')}</button>
        </div>
      </form>`;
  }
}
