/**
 * The one list of shared design tokens. Each public `--rnswd-*` custom property falls back to the NL Design
 * System's basis token, then to a safe system value, so a site with an NLDS theme gets matching widgets
 * without configuration and any site can override ours. Widgets read the private copies (`--_rnswd-*`),
 * which `tokenStyles` sets on their inner wrapper (`.base`), never on `:host`.
 *
 * `docs/theming.md` is generated from this list (`npm run analyze`); a check makes sure that every
 * `--rnswd-*` used in the sources is documented here or as a widget's own `@cssprop`.
 */
import { unsafeCSS, type CSSResult } from 'lit';

export interface TokenDefinition {
  /** The public custom property. */
  name: `--rnswd-${string}`;
  /** The NL Design System basis token it falls back to. */
  basis?: `--basis-${string}`;
  /** The value when neither is set. */
  fallback: string;
  description: string;
}

export const TOKENS: readonly TokenDefinition[] = [
  {
    name: '--rnswd-font-family',
    basis: '--basis-text-font-family-default',
    fallback: 'inherit',
    description: 'Font family; the host page’s font by default.',
  },
  {
    name: '--rnswd-font-size',
    basis: '--basis-text-font-size-md',
    fallback: '1rem',
    description: 'Base font size.',
  },
  {
    name: '--rnswd-line-height',
    basis: '--basis-text-line-height-md',
    fallback: '1.5',
    description: 'Base line height.',
  },
  {
    name: '--rnswd-heading-font-family',
    basis: '--basis-heading-font-family',
    fallback: 'inherit',
    description: 'Font family of headings.',
  },
  {
    name: '--rnswd-color',
    basis: '--basis-color-default-color-document',
    fallback: 'CanvasText',
    description: 'Text colour.',
  },
  {
    name: '--rnswd-muted-color',
    basis: '--basis-color-default-color-subtle',
    fallback: 'color-mix(in srgb, CanvasText 70%, Canvas)',
    description: 'Secondary text colour (help text, meta data). Keep 4.5:1 contrast.',
  },
  {
    name: '--rnswd-background-color',
    basis: '--basis-color-default-bg-document',
    fallback: 'Canvas',
    description: 'Background of the widget.',
  },
  {
    name: '--rnswd-surface-color',
    basis: '--basis-color-default-bg-subtle',
    fallback: 'color-mix(in srgb, CanvasText 5%, Canvas)',
    description: 'Background of cards, panels and table headers.',
  },
  {
    name: '--rnswd-border-color',
    basis: '--basis-color-default-border-default',
    fallback: 'color-mix(in srgb, CanvasText 45%, Canvas)',
    description: 'Borders of controls and cards (3:1 against the background).',
  },
  {
    name: '--rnswd-accent-color',
    basis: '--basis-color-action-1-bg-default',
    fallback: '#1a5c9e',
    description: 'Primary buttons, selected items and progress.',
  },
  {
    name: '--rnswd-accent-hover-color',
    basis: '--basis-color-action-1-bg-hover',
    fallback: '#0f4478',
    description: 'Primary buttons on hover.',
  },
  {
    name: '--rnswd-on-accent-color',
    basis: '--basis-color-action-1-inverse-color-default',
    fallback: '#ffffff',
    description: 'Text on the accent colour.',
  },
  {
    name: '--rnswd-link-color',
    basis: '--basis-color-action-1-color-default',
    fallback: 'LinkText',
    description: 'Links and text buttons.',
  },
  {
    name: '--rnswd-error-color',
    basis: '--basis-color-negative-color-default',
    fallback: '#b3261e',
    description: 'Errors and invalid fields.',
  },
  {
    name: '--rnswd-error-background-color',
    basis: '--basis-color-negative-bg-subtle',
    fallback: 'color-mix(in srgb, #b3261e 8%, Canvas)',
    description: 'Background of error messages.',
  },
  {
    name: '--rnswd-warning-color',
    basis: '--basis-color-warning-color-default',
    fallback: '#7a4b00',
    description: 'Warnings (for example the privacy check).',
  },
  {
    name: '--rnswd-warning-background-color',
    basis: '--basis-color-warning-bg-subtle',
    fallback: 'color-mix(in srgb, #f0b400 14%, Canvas)',
    description: 'Background of warnings.',
  },
  {
    name: '--rnswd-success-color',
    basis: '--basis-color-positive-color-default',
    fallback: '#1e6b34',
    description: 'Success states (sent, delivered).',
  },
  {
    name: '--rnswd-success-background-color',
    basis: '--basis-color-positive-bg-subtle',
    fallback: 'color-mix(in srgb, #1e6b34 8%, Canvas)',
    description: 'Background of success messages.',
  },
  {
    name: '--rnswd-info-background-color',
    basis: '--basis-color-info-bg-subtle',
    fallback: 'color-mix(in srgb, #1a5c9e 8%, Canvas)',
    description: 'Background of neutral notices.',
  },
  {
    name: '--rnswd-border-radius',
    basis: '--basis-border-radius-md',
    fallback: '0.25rem',
    description: 'Corner radius of controls and cards.',
  },
  {
    name: '--rnswd-border-width',
    basis: '--basis-border-width-sm',
    fallback: '1px',
    description: 'Border width of controls and cards.',
  },
  {
    name: '--rnswd-space',
    basis: '--basis-space-block-md',
    fallback: '1rem',
    description: 'Base spacing unit; gaps and paddings are fractions and multiples of it.',
  },
  {
    name: '--rnswd-target-size',
    basis: '--basis-pointer-target-min-block-size',
    fallback: '2.75rem',
    description: 'Minimum height and width of buttons and other targets (44 px).',
  },
  {
    name: '--rnswd-focus-outline-color',
    basis: '--basis-focus-outline-color',
    fallback: '#0b4f8a',
    description: 'Colour of the focus ring.',
  },
  {
    name: '--rnswd-focus-outline-width',
    basis: '--basis-focus-outline-width',
    fallback: '3px',
    description: 'Width of the focus ring.',
  },
  {
    name: '--rnswd-focus-outline-offset',
    basis: '--basis-focus-outline-offset',
    fallback: '2px',
    description: 'Distance between the focus ring and the element.',
  },
];

/** The full fallback chain of a token: its public name, the basis token, the safe value. */
export function tokenValue(token: TokenDefinition): string {
  return `var(${token.name}, ${token.basis ? `var(${token.basis}, ${token.fallback})` : token.fallback})`;
}

/** The private name of a token: `--rnswd-color` -> `--_rnswd-color`. */
export function privateName(name: string): string {
  return `--_${name.slice(2)}`;
}

/** Sets every private token on the inner wrapper. Static text of our own, never data. */
export const tokenStyles: CSSResult = unsafeCSS(
  `.base{${TOKENS.map((t) => `${privateName(t.name)}:${tokenValue(t)};`).join('')}}`,
);
