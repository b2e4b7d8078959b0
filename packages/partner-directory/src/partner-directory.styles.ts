import { css } from 'lit';

export const directoryStyles = css`
  .base {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_rnswd-space) * 0.75);
    --_rnswd-partner-directory-gap: calc(var(--_rnswd-space) * 0.75);
    --_rnswd-partner-directory-row-height: var(--rnswd-partner-directory-row-height, 4.75em);
    --_rnswd-partner-directory-card-height: var(--rnswd-partner-directory-card-height, 9.5em);
    --_rnswd-partner-directory-selected-color: var(
      --rnswd-partner-directory-selected-color,
      var(--_rnswd-accent-color)
    );
  }
  .bar,
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 0.5em 0.75em;
  }
  .field {
    flex: 0 1 12rem;
  }
  .search {
    flex: 1 1 16rem;
  }
  .summary {
    align-items: center;
  }
  .summary .count {
    font-weight: 600;
    margin: 0 auto 0 0;
  }
  .summary .help,
  .field .help {
    margin: 0.25em 0 0;
  }
  .body,
  .main {
    display: grid;
    gap: var(--_rnswd-space);
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
    align-content: start;
  }
  .main {
    gap: calc(var(--_rnswd-space) * 0.5);
  }
  @container (min-width: 44em) {
    .body {
      grid-template-columns: 13em minmax(0, 1fr);
    }
  }
  @container (min-width: 68em) {
    .main.open {
      grid-template-columns: minmax(0, 1fr) minmax(16em, 24em);
      grid-template-areas: 'summary summary' 'list detail' 'keys detail';
    }
    .open > .summary {
      grid-area: summary;
    }
    .open > .scroller,
    .open > .empty {
      grid-area: list;
    }
    .open > #keys {
      grid-area: keys;
    }
    .open > .detail {
      grid-area: detail;
    }
  }

  /* Filters: a disclosure per facet. */
  .filters {
    display: grid;
    gap: 0.5em;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    inline-size: 100%;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.4em;
    inline-size: 100%;
    min-block-size: var(--_rnswd-target-size);
    padding: 0 0.25em;
    border: 0;
    border-block-end: var(--_rnswd-border-width) solid var(--_rnswd-border-color);
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .toggle::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  .toggle[aria-expanded='true']::before {
    transform: rotate(45deg);
  }
  .options:not([hidden]) {
    display: grid;
    max-block-size: 18em;
    overflow-y: auto;
    padding-block: 0.25em;
  }
  .options label {
    display: flex;
    align-items: start;
    gap: 0.5em;
    min-block-size: 1.75rem;
    padding-block: 0.15em;
    cursor: pointer;
  }
  .options input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.15em 0 0;
    accent-color: var(--_rnswd-accent-color);
  }
  .n,
  .chosen,
  .meta,
  .themes,
  .none,
  small {
    color: var(--_rnswd-muted-color);
  }

  /* Results: only the visible rows exist; each is placed by its row and column. */
  .scroller {
    position: relative;
    max-block-size: var(--rnswd-partner-directory-height, 36rem);
    overflow-y: auto;
    overscroll-behavior: contain;
    contain: content;
    border: var(--_rnswd-border-width) solid var(--_rnswd-border-color);
    border-radius: var(--_rnswd-border-radius);
  }
  .list {
    position: relative;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .list > li {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: calc(
      var(--_rnswd-partner-directory-row) * var(--_rnswd-partner-directory-row-height)
    );
    inline-size: 100%;
    block-size: var(--_rnswd-partner-directory-row-height);
    display: flex;
    flex-direction: column;
    justify-content: center;
    padding-inline: 0.75em;
    border-block-end: 1px solid color-mix(in srgb, var(--_rnswd-border-color) 50%, transparent);
    overflow: hidden;
    /* Its size is fixed: laid out and painted on its own. */
    contain: strict;
  }
  .list > li:hover {
    background: var(--_rnswd-surface-color);
  }
  .name {
    align-self: start;
    max-inline-size: 100%;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_rnswd-link-color);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  /* The whole entry is the target. */
  .name::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .name:focus-visible {
    outline: none;
  }
  .list > li:has(.name:focus-visible) {
    outline: var(--_rnswd-focus-outline-width) solid var(--_rnswd-focus-outline-color);
    outline-offset: calc(var(--_rnswd-focus-outline-width) * -1);
  }
  .name[aria-current='true'] {
    color: var(--_rnswd-color);
  }
  .list > li:has([aria-current='true']) {
    box-shadow: inset 4px 0 0 var(--_rnswd-partner-directory-selected-color);
    background: var(--_rnswd-surface-color);
  }
  .name,
  li .meta,
  .themes {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .themes {
    font-size: 0.875em;
  }
  /* Narrow: a name may take two lines; the themes are in the details. */
  @container (max-width: 30em) {
    :host(:not([layout='cards'])) .name {
      white-space: normal;
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
    }
    :host(:not([layout='cards'])) .themes {
      display: none;
    }
  }

  :host([layout='cards']) .scroller {
    border: 0;
  }
  :host([layout='cards']) .list > li {
    --_rnswd-partner-directory-pitch: calc(
      var(--_rnswd-partner-directory-card-height) + var(--_rnswd-partner-directory-gap)
    );
    inset-block-start: calc(
      var(--_rnswd-partner-directory-row) * var(--_rnswd-partner-directory-pitch)
    );
    inset-inline-start: calc(
      var(--_rnswd-partner-directory-col) * (100% + var(--_rnswd-partner-directory-gap)) /
        var(--_rnswd-partner-directory-cols)
    );
    inline-size: calc(
      (100% + var(--_rnswd-partner-directory-gap)) /
        var(--_rnswd-partner-directory-cols) - var(--_rnswd-partner-directory-gap)
    );
    block-size: var(--_rnswd-partner-directory-card-height);
    justify-content: start;
    gap: 0.25em;
    padding: 0.75em;
    border: var(--_rnswd-border-width) solid var(--_rnswd-border-color);
    border-radius: var(--_rnswd-border-radius);
    background: var(--_rnswd-background-color);
  }
  :host([layout='cards']) .name,
  :host([layout='cards']) .themes {
    white-space: normal;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
  }
  :host([layout='cards']) .list > li:has([aria-current='true']) {
    box-shadow: inset 0 4px 0 var(--_rnswd-partner-directory-selected-color);
  }
  .probe {
    position: absolute;
    visibility: hidden;
    block-size: var(--_rnswd-partner-directory-row-height);
    inline-size: calc(
      var(--rnswd-partner-directory-card-min-width, 15em) + var(--_rnswd-partner-directory-gap)
    );
  }
  :host([layout='cards']) .probe {
    block-size: calc(
      var(--_rnswd-partner-directory-card-height) + var(--_rnswd-partner-directory-gap)
    );
  }
  .base {
    position: relative;
  }

  /* Details. */
  .detail {
    border: var(--_rnswd-border-width) solid var(--_rnswd-border-color);
    border-radius: var(--_rnswd-border-radius);
    padding: calc(var(--_rnswd-space) * 0.75);
    background: var(--_rnswd-surface-color);
  }
  .head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.5em;
  }
  .close {
    flex: none;
    padding: 0;
  }
  .close svg {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  dl {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.25em 0.75em;
    margin-block: 0 0.75em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  @container (max-width: 30em) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
    dd {
      margin-block-end: 0.4em;
    }
  }
  .relations {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .relations li {
    padding-block: 0.15em;
  }
  .relations .button--link {
    min-block-size: 1.5rem;
    padding: 0;
    text-align: start;
  }
  .relations small {
    display: block;
  }
  .empty .button {
    color: var(--_rnswd-color);
  }

  @media (forced-colors: active) {
    .list > li:has([aria-current='true']) {
      outline: 2px solid Highlight;
    }
    .toggle {
      border-color: CanvasText;
    }
  }
`;
