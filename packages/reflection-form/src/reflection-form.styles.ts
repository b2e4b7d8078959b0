import { css } from 'lit';

export const formStyles = css`
  .base {
    --_rnswd-reflection-form-text-block-size: var(--rnswd-reflection-form-text-block-size, 8rem);
    container-type: inline-size;
    max-inline-size: var(--rnswd-reflection-form-max-inline-size, 48rem);
  }
  form,
  .group,
  .grid {
    display: grid;
    gap: var(--_rnswd-space);
  }
  form {
    margin-block-end: calc(var(--_rnswd-space) * 1.5);
  }
  .group {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .group > legend {
    font-family: var(--_rnswd-heading-font-family);
    font-size: 1.2em;
    font-weight: 700;
    padding: 0;
    margin-block-end: calc(var(--_rnswd-space) * 0.5);
  }
  .field {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .field > legend {
    padding: 0;
  }
  @container (min-width: 36rem) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  textarea.control {
    min-block-size: var(--_rnswd-reflection-form-text-block-size);
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-block-size: 1.75rem;
    padding-block: 0.15em;
    cursor: pointer;
  }
  .option input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_rnswd-accent-color);
  }
  .count,
  .meta {
    display: block;
    color: var(--_rnswd-muted-color);
    font-size: 0.9em;
  }
  .count {
    text-align: end;
  }
  .count--over,
  .error {
    color: var(--_rnswd-error-color);
    font-weight: 600;
  }
  .error {
    margin-block: 0.25em 0;
  }
  .warn {
    margin: 0;
  }
  .warn--on {
    margin-block-start: 0.35em;
    padding: 0.4em 0.6em;
    border-inline-start: 4px solid currentColor;
    color: var(--_rnswd-warning-color);
    background: var(--_rnswd-warning-background-color);
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .summary a {
    color: var(--_rnswd-error-color);
    font-weight: 600;
  }
  .actions,
  .item__actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_rnswd-space) * 0.5);
  }
  .mine {
    border-block-start: var(--_rnswd-border-width) solid var(--_rnswd-border-color);
    padding-block-start: var(--_rnswd-space);
  }
  .mine h3 {
    margin: 0 0 var(--_rnswd-space);
    font-size: 1em;
  }
  .mine-toggle::after {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
    margin-block-start: -0.25em;
  }
  .mine-toggle[aria-expanded='true']::after {
    transform: rotate(-135deg);
    margin-block: 0.25em 0;
  }
  .list {
    list-style: none;
    margin: 0 0 var(--_rnswd-space);
    padding: 0;
    display: grid;
    gap: calc(var(--_rnswd-space) * 0.75);
  }
  .item {
    min-inline-size: 0;
    padding: calc(var(--_rnswd-space) * 0.75);
    border: var(--_rnswd-border-width) solid var(--_rnswd-border-color);
    border-radius: var(--_rnswd-border-radius);
    background: var(--_rnswd-surface-color);
  }
  .item p {
    margin-block-end: 0.5em;
  }
  .item__lq {
    font-style: italic;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .state {
    font-weight: 600;
    margin-inline-end: 0.5em;
  }
  .state--delivered {
    color: var(--_rnswd-success-color);
  }
  .state--failed {
    color: var(--_rnswd-error-color);
  }
  .reason {
    display: block;
  }
  .notice .button,
  .item__state .button {
    margin-block-start: 0.5em;
  }
  .read {
    margin: var(--_rnswd-space) 0 0;
  }
  .read dt {
    font-weight: 600;
  }
  .read dd {
    margin: 0 0 0.75em;
    white-space: pre-wrap;
  }
  dialog {
    max-inline-size: min(32rem, calc(100vw - 2rem));
    border: var(--_rnswd-border-width) solid var(--_rnswd-border-color);
    border-radius: var(--_rnswd-border-radius);
    padding: var(--_rnswd-space);
    color: var(--_rnswd-color);
    background: var(--_rnswd-background-color);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  @media (forced-colors: active) {
    .warn--on,
    .item,
    dialog {
      border: 1px solid CanvasText;
    }
  }
`;
