import type { Theme } from '@rnswd/core';

export interface ThemeSelectDetail {
  theme: Theme;
}

/** The user selected a theme (its title button). */
export class ThemeSelectEvent extends CustomEvent<ThemeSelectDetail> {
  static readonly eventName = 'rnswd-theme-select';
  constructor(theme: Theme) {
    super(ThemeSelectEvent.eventName, { bubbles: true, composed: true, detail: { theme } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rnswd-theme-select': ThemeSelectEvent;
  }
}
