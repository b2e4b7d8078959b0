import type { Lang, Text } from './contract.js';

/**
 * The text in `lang`; else the text in the other language; else `''`. A plain string is the same in
 * every language.
 */
export function textOf(t: Text | undefined, lang: Lang): string {
  if (t === undefined || t === null) return '';
  if (typeof t === 'string') return t;
  return t[lang] || t[lang === 'nl' ? 'en' : 'nl'] || '';
}
