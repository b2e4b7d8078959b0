import { css } from 'lit';
import { tokenStyles } from './tokens.js';

/**
 * Styles every widget starts from: the private tokens on `.base`, type, focus ring, buttons, form controls,
 * notices, visually hidden text; `[hidden]`, reduced motion and forced colours. Widgets add their own
 * `<widget>.styles.ts` after these.
 */
export const baseStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    .base {
      font-family: var(--_rnswd-font-family);
      font-size: var(--_rnswd-font-size);
      line-height: var(--_rnswd-line-height);
      color: var(--_rnswd-color);
      background-color: var(--_rnswd-background-color);
      overflow-wrap: anywhere;
    }
    h2,
    h3,
    h4 {
      font-family: var(--_rnswd-heading-font-family);
      line-height: 1.25;
      margin-block: 0 calc(var(--_rnswd-space) * 0.5);
    }
    p {
      margin-block: 0 calc(var(--_rnswd-space) * 0.75);
    }
    a {
      color: var(--_rnswd-link-color);
      text-underline-offset: 0.15em;
    }
    :focus-visible {
      outline: var(--_rnswd-focus-outline-width) solid var(--_rnswd-focus-outline-color);
      outline-offset: var(--_rnswd-focus-outline-offset);
    }

    /* Buttons: at least 44 px high (--rnswd-target-size). */
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.4em;
      min-block-size: var(--_rnswd-target-size);
      min-inline-size: var(--_rnswd-target-size);
      padding-block: 0.25em;
      padding-inline: 0.9em;
      border: var(--_rnswd-border-width) solid var(--_rnswd-border-color);
      border-radius: var(--_rnswd-border-radius);
      background: var(--_rnswd-background-color);
      color: var(--_rnswd-color);
      font: inherit;
      line-height: 1.2;
      text-align: center;
      cursor: pointer;
    }
    .button:hover {
      background: var(--_rnswd-surface-color);
    }
    .button[aria-pressed='true'],
    .button--primary {
      background: var(--_rnswd-accent-color);
      border-color: var(--_rnswd-accent-color);
      color: var(--_rnswd-on-accent-color);
    }
    .button--primary:hover {
      background: var(--_rnswd-accent-hover-color);
    }
    .button--link {
      border-color: transparent;
      background: transparent;
      color: var(--_rnswd-link-color);
      text-decoration: underline;
      padding-inline: 0.25em;
    }
    .button--danger {
      color: var(--_rnswd-error-color);
      border-color: currentColor;
    }
    .button:disabled,
    .button[aria-disabled='true'] {
      cursor: not-allowed;
      opacity: 0.6;
    }

    /* Form controls. */
    .control {
      display: block;
      inline-size: 100%;
      min-block-size: var(--_rnswd-target-size);
      padding-block: 0.4em;
      padding-inline: 0.6em;
      border: var(--_rnswd-border-width) solid var(--_rnswd-border-color);
      border-radius: var(--_rnswd-border-radius);
      background: var(--_rnswd-background-color);
      color: var(--_rnswd-color);
      font: inherit;
    }
    textarea.control {
      resize: vertical;
      min-block-size: 6em;
    }
    .control[aria-invalid='true'] {
      border-color: var(--_rnswd-error-color);
      border-width: 2px;
    }
    .label {
      display: block;
      font-weight: 600;
      margin-block-end: 0.25em;
    }
    .help {
      display: block;
      color: var(--_rnswd-muted-color);
      font-size: 0.9em;
      margin-block-end: 0.35em;
    }

    /* Notices: role="status"/"alert" is set where they are rendered. */
    .notice {
      border-inline-start: 4px solid currentColor;
      border-radius: var(--_rnswd-border-radius);
      padding-block: calc(var(--_rnswd-space) * 0.6);
      padding-inline: calc(var(--_rnswd-space) * 0.8);
      margin-block: 0 var(--_rnswd-space);
      background: var(--_rnswd-info-background-color);
    }
    .notice > :last-child {
      margin-block-end: 0;
    }
    .notice--error {
      color: var(--_rnswd-error-color);
      background: var(--_rnswd-error-background-color);
    }
    .notice--warning {
      color: var(--_rnswd-warning-color);
      background: var(--_rnswd-warning-background-color);
    }
    .notice--success {
      color: var(--_rnswd-success-color);
      background: var(--_rnswd-success-background-color);
    }
    .notice__title {
      font-weight: 700;
      margin-block-end: 0.25em;
    }
    .notice__body {
      color: var(--_rnswd-color);
    }
    .problems {
      margin-block: 0.5em 0;
      padding-inline-start: 1.25em;
      font-family: ui-monospace, monospace;
      font-size: 0.85em;
      color: var(--_rnswd-color);
    }

    .visually-hidden:not(:focus):not(:active) {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }

    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        animation-iteration-count: 1 !important;
        transition-duration: 0.01ms !important;
        scroll-behavior: auto !important;
      }
    }

    @media (forced-colors: active) {
      .button,
      .control {
        border-color: ButtonText;
      }
      .button[aria-pressed='true'],
      .button--primary {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
        border-color: Highlight;
      }
      :focus-visible {
        outline-color: Highlight;
      }
      .notice {
        border: 1px solid CanvasText;
      }
    }
  `,
];
