/** What changed in a selection, and who changed it. */
export interface SelectionChange {
  partnerId: string | null;
  themeId: string | null;
  /** Which parts changed. */
  changed: Array<'partner' | 'theme'>;
  /** The object that made the change (an element), so it can ignore its own echo. */
  origin: unknown;
}

/**
 * The shared selection of a provider: the selected partner and theme. Widgets in the same provider follow
 * it (the map centres on the partner selected in the directory; the reflection form presets the theme
 * selected in the theme tracker). Fires `change` (a CustomEvent with a SelectionChange detail).
 */
export class SelectionService extends EventTarget {
  partnerId: string | null = null;
  themeId: string | null = null;

  select(next: { partnerId?: string | null; themeId?: string | null }, origin?: unknown): void {
    const changed: SelectionChange['changed'] = [];
    if (next.partnerId !== undefined && next.partnerId !== this.partnerId) {
      this.partnerId = next.partnerId;
      changed.push('partner');
    }
    if (next.themeId !== undefined && next.themeId !== this.themeId) {
      this.themeId = next.themeId;
      changed.push('theme');
    }
    if (!changed.length) return;
    this.dispatchEvent(
      new CustomEvent<SelectionChange>('change', {
        detail: { partnerId: this.partnerId, themeId: this.themeId, changed, origin },
      }),
    );
  }
}
