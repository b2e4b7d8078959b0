import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  RnswdElement,
  baseStyles,
  formatDate,
  formatList,
  indexNetwork,
  locale,
  renderDataStatus,
  textOf,
  translate,
  type Network,
  type SelectionChange,
  type Theme,
  type ThemeStatus,
} from '@rnswd/core';
import { ThemeSelectEvent } from './events.js';
import { THEME_TRACKER_MESSAGES } from './messages.js';
import { STATUSES, latestOf, progressOf, sortThemes, timelineOf } from './model.js';
import { trackerStyles } from './theme-tracker.styles.js';
import type { ThemeSort, ThemeTrackerLayout, ThemeVotes } from './theme-tracker.types.js';

type Messages = typeof THEME_TRACKER_MESSAGES.nl;

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
 * same provider presets it.
 *
 * @summary The network's agenda of themes, their progress, and a collaborative agenda.
 * @tag rnswd-theme-tracker
 *
 * @fires rnswd-theme-select - The user selected a theme. Detail: `{ theme }`.
 * @fires rnswd-data-error - The network data could not be loaded or is not valid. Detail: `{ problems }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The layout switch, the filters and the sort order.
 * @csspart theme - A theme (a card in the list or on the board).
 * @csspart status - The status of a theme: a shape and a word.
 * @csspart progress - The progress of a theme: text and a progress bar.
 * @csspart detail - The open detail view of a theme, with its timeline.
 * @csspart column - A column of the board.
 * @csspart error - The message shown when the data cannot be used.
 * @csspart loading - The loading message.
 *
 * @cssprop [--rnswd-theme-tracker-column-min-inline-size=14rem] - Narrowest column of the board before the columns wrap.
 * @cssprop [--rnswd-theme-tracker-proposed-color=#5c4a00] - Colour of the proposed status (a hollow circle).
 * @cssprop [--rnswd-theme-tracker-active-color=#1e6b34] - Colour of the active status (a triangle).
 * @cssprop [--rnswd-theme-tracker-paused-color=#7a4b00] - Colour of the paused status (two bars).
 * @cssprop [--rnswd-theme-tracker-completed-color=#1a5c9e] - Colour of the completed status (a check mark).
 */
export class RnswdThemeTracker extends RnswdElement {
  static override styles = [baseStyles, trackerStyles];

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

  /** The theme whose detail view is open. */
  @state() private open: string | null = null;
  @state() private status: ThemeStatus | '' = '';
  @state() private group = '';
  @state() private note = '';

  /** This browser's vote per theme (1 for, 0 withdrawn), from its latest `theme-vote` record. */
  protected mine = new Map<string, number>();
  /** Reflections kept in this browser per theme. */
  protected kept = new Map<string, number>();

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
    this.dispatchEvent(new ThemeSelectEvent(theme));
  }

  /** Escape closes the open detail view and puts focus back on its theme's button. */
  private onKey(e: KeyboardEvent, i: number) {
    if (e.key !== 'Escape' || !this.open) return;
    e.stopPropagation();
    this.open = null;
    this.shadowRoot!.getElementById(`b${i}`)?.focus();
  }

  private close(i: number) {
    this.open = null;
    this.shadowRoot!.getElementById(`b${i}`)?.focus();
  }

  /** Votes shown for a theme: the host's count plus this browser's vote. */
  protected tally(theme: Theme): number {
    return (this.votes?.[theme.id] ?? 0) + (this.mine.get(theme.id) ? 1 : 0);
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
    const card = (th: Theme) => this.renderTheme(network, th, at.get(th)!, board ? 4 : 3);
    const select = (
      label: string,
      value: string,
      options: Array<[string, string]>,
      change: (v: string) => void,
    ) =>
      html`<label class="field"
        ><span class="label">${label}</span>
        <select
          class="control"
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
      <p class="count" role="status">
        ${all.length ? this.t('shown', shown.length, all.length) : ''}
      </p>
      <p class="visually-hidden" role="status">${this.note}</p>
      ${
        !all.length
          ? html`<p class="empty">${this.t('empty')}</p>`
          : !shown.length
            ? html`<p class="empty">
                ${this.t('noMatch')}
                <button class="button button--link" type="button" @click=${this.showAll}>
                  ${this.t('showAll')}
                </button>
              </p>`
            : board
              ? html`<div class="board">
                  ${STATUSES.filter((s) => !this.status || s === this.status).map((s) => {
                    const list = shown.filter((th) => th.status === s);
                    return html`<section class="column" part="column" aria-labelledby="c-${s}">
                      <h3 id="c-${s}">${this.statusLabel(s)} <span>(${list.length})</span></h3>
                      ${
                        list.length
                          ? html`<ol class="themes">
                              ${list.map(card)}
                            </ol>`
                          : html`<p class="help">${this.t('noMatch')}</p>`
                      }
                    </section>`;
                  })}
                </div>`
              : html`<ol class="themes" aria-label=${this.t('themes')}>
                  ${shown.map(card)}
                </ol>`
      }
    </div>`;
  }

  private readonly showAll = () => {
    this.status = '';
    this.group = '';
  };

  private statusLabel(status: ThemeStatus): TemplateResult {
    return html`<span class="status s-${status}" part="status"
      ><svg viewBox="0 0 16 16" aria-hidden="true"><path d=${ICONS[status]} /></svg>${this.t(
        `status.${status}`,
      )}</span
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
          ? html`<p class="meta">${this.t('reflections')}: ${formatList(lang, reflections)}</p>`
          : nothing
      }
      ${this.renderVote(theme, title)}
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

  /** The vote button and count (collaborative agenda); overridden once records are in. */
  protected renderVote(_theme: Theme, _title: string): TemplateResult | typeof nothing {
    return nothing;
  }
}
