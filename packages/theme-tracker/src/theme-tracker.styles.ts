import { css } from 'lit';

export const trackerStyles = css`
  .base {
    --_rnswd-tt-s-proposed: var(--rnswd-theme-tracker-proposed-color, var(--_rnswd-color));
    --_rnswd-tt-s-active: var(--rnswd-theme-tracker-active-color, var(--_rnswd-success-color));
    --_rnswd-tt-s-paused: var(--rnswd-theme-tracker-paused-color, var(--_rnswd-warning-color));
    --_rnswd-tt-s-completed: var(--rnswd-theme-tracker-completed-color, var(--_rnswd-link-color));
    display: grid;
    gap: calc(var(--_rnswd-space) * 0.75);
  }
  .toolbar,
  .tabs {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
  }
  .tabs {
    gap: 0;
  }
  .filter .control {
    inline-size: auto;
    max-inline-size: 100%;
  }
  .count,
  .empty {
    margin: 0;
  }
  .themes,
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_rnswd-space) * 0.75);
  }
  .card {
    /* Cards off screen are not laid out or painted until they come near: 500 themes stay quick. */
    content-visibility: auto;
    contain-intrinsic-size: auto 15rem;
    border: var(--_rnswd-border-width) solid var(--_rnswd-border-color);
    border-radius: var(--_rnswd-border-radius);
    padding: calc(var(--_rnswd-space) * 0.75) var(--_rnswd-space);
    background: var(--_rnswd-background-color);
  }
  .card[aria-current='true'] {
    border-color: var(--_rnswd-accent-color);
    box-shadow: inset 4px 0 0 var(--_rnswd-accent-color);
  }
  .card > :last-child {
    margin-block-end: 0;
  }
  .card__title {
    font-family: var(--_rnswd-heading-font-family);
    font-size: 1.15em;
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  .title {
    all: unset;
    cursor: pointer;
    color: var(--_rnswd-link-color);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    min-block-size: 1.5rem;
  }
  .title:focus-visible {
    outline: var(--_rnswd-focus-outline-width) solid var(--_rnswd-focus-outline-color);
    outline-offset: var(--_rnswd-focus-outline-offset);
  }
  .title::after {
    content: '';
    display: inline-block;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline-start: 0.4em;
    border-block-end: 2px solid;
    border-inline-end: 2px solid;
    transform: translateY(-0.2em) rotate(45deg);
  }
  .title[aria-expanded='true']::after {
    transform: translateY(0.05em) rotate(-135deg);
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 600;
    margin-block-end: 0.5em;
  }
  .status svg {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    stroke: currentColor;
    stroke-width: 2;
    fill: currentColor;
  }
  .s-proposed svg,
  .s-completed svg {
    fill: none;
  }
  .s-proposed {
    color: var(--_rnswd-tt-s-proposed);
  }
  .s-active {
    color: var(--_rnswd-tt-s-active);
  }
  .s-paused {
    color: var(--_rnswd-tt-s-paused);
  }
  .s-completed {
    color: var(--_rnswd-tt-s-completed);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    color: var(--_rnswd-muted-color);
    font-size: 0.95em;
    margin-block-end: 0.5em;
  }
  .progress {
    display: grid;
    gap: 0.2em;
    margin-block-end: 0.5em;
  }
  progress {
    inline-size: 100%;
    block-size: 0.6rem;
    accent-color: var(--_rnswd-accent-color);
  }
  .latest {
    font-size: 0.95em;
  }
  .detail {
    border-block-start: var(--_rnswd-border-width) solid var(--_rnswd-border-color);
    margin-block-start: 0.75em;
    padding-block-start: 0.75em;
  }
  .detail [role='heading'] {
    font-weight: 700;
    margin-block: 0.5em 0.25em;
  }
  .detail ul {
    margin-block: 0 0.75em;
    padding-inline-start: 1.25em;
  }
  .timeline {
    gap: 0.4em;
    margin-block-end: 0.75em;
    border-inline-start: 2px solid var(--_rnswd-border-color);
    padding-inline-start: 0.9em;
  }
  .board {
    display: grid;
    grid-template-columns: repeat(
      auto-fit,
      minmax(min(100%, var(--rnswd-theme-tracker-column-min-inline-size, 14rem)), 1fr)
    );
    gap: var(--_rnswd-space);
    align-items: start;
  }
  .column {
    background: var(--_rnswd-surface-color);
    border-radius: var(--_rnswd-border-radius);
    padding: calc(var(--_rnswd-space) * 0.5);
  }
  .column h3 {
    font-size: 1.05em;
    display: flex;
    gap: 0.3em;
    align-items: center;
  }
  .column .status {
    margin: 0;
  }
  .vote {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block-end: 0.5em;
  }
  .vote svg {
    inline-size: 1em;
    block-size: 1em;
    fill: currentColor;
  }
  .votes {
    font-weight: 600;
  }
  .state {
    color: var(--_rnswd-muted-color);
    font-size: 0.9em;
  }
  .card--pending {
    border-style: dashed;
  }
  .propose {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0;
  }
  .form {
    display: grid;
    gap: var(--_rnswd-space);
    max-inline-size: 40rem;
    padding: var(--_rnswd-space);
    border: var(--_rnswd-border-width) solid var(--_rnswd-border-color);
    border-radius: var(--_rnswd-border-radius);
  }
  .form .notice {
    margin: 0;
  }
  .form ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .help-inline {
    font-weight: 400;
    color: var(--_rnswd-muted-color);
  }
  .error {
    display: block;
    color: var(--_rnswd-error-color);
    font-weight: 600;
    margin-block-end: 0.35em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  @media (forced-colors: active) {
    .card[aria-current='true'] {
      border: 3px solid Highlight;
    }
    .title {
      color: LinkText;
    }
  }
`;
