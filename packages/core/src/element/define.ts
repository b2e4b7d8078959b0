import { VERSION } from '../version.js';

const WARNED = Symbol.for('rnswd.define.warned');

type VersionedConstructor = CustomElementConstructor & { version?: string };

/**
 * Defines a custom element once. The same version defined again (the script loaded twice) does nothing;
 * another version already on the page is kept, with one console warning for the whole page that names
 * both versions.
 */
export function defineElement(tag: string, ctor: VersionedConstructor): void {
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  const theirs = existing.version ?? 'unknown';
  const ours = ctor.version ?? VERSION;
  if (theirs === ours) return;
  const g = globalThis as typeof globalThis & { [WARNED]?: Set<string> };
  const warned = (g[WARNED] ??= new Set());
  const key = `${theirs}|${ours}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `rnswd-widgets ${ours} was loaded on a page that already has rnswd-widgets ${theirs}. ` +
      `Keeping ${theirs} for every element; load one version of the script per page.`,
  );
}
