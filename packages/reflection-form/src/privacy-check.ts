/**
 * A check as you type for details that can identify a person. It warns; it never blocks, and it is no
 * guarantee: names and descriptions are not found by a pattern.
 */

/** What the check can find. */
export type PersonalDataKind = 'email' | 'phone' | 'bsn' | 'postcode';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** The text found, as written. */
  text: string;
  /** Where it starts in the checked text. */
  index: number;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/**
 * Dutch phone numbers: ten digits starting with 0 (`06-12345678`, `078 123 45 67`, `(0180) 123456`), or
 * `+31`/`0031` and nine digits (`+31 6 12345678`, `+31 (0)78 1234567`); spaces, dots, hyphens and
 * brackets between the digits.
 */
const PHONE =
  /(?<![\p{L}\p{N}+])(?:(?:\+|00)31[ .-]?(?:\(0\)[ .-]?)?|\(?0)[1-9](?:[ .)-]{0,2}\d){8}(?!\d)/gu;

/** Nine digits, together or grouped as `123 456 782`, `123.456.782` or `1234.56.782`. */
const NINE_DIGITS =
  /(?<![\d.,-])(?:\d{9}|\d{3}([ .])\d{3}\1\d{3}|\d{4}\.\d{2}\.\d{3})(?!\d|[.,]\d)/g;

/**
 * A postcode with a house number: `3311 AB 12`, `3311AB 12a`, `3311 AB, nr. 12`, or the number first as
 * in an address (`Voorstraat 12, 3311 AB`). Letters in capitals when a space separates them, so that
 * "2020 en 3" is no postcode.
 */
const POSTCODE =
  /(?<![\p{L}\p{N}])(?:[1-9]\d{3}(?: ?[A-Z]{2}|[a-z]{2})[ ,]+(?:(?:nr|huisnummer)\.? ?)?\d{1,5}[a-zA-Z]?|\d{1,5}[a-zA-Z]?,? [1-9]\d{3} ?[A-Z]{2})(?![\p{L}\p{N}])/gu;

/**
 * The eleven-test ("elfproef") of a burgerservicenummer: with the digits d1..d9,
 * 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9 is divisible by 11 (and not 0).
 * Spaces and dots are ignored; anything but nine digits fails.
 */
export function isBsn(value: string): boolean {
  const digits = value.replace(/[ .]/g, '');
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum !== 0 && sum % 11 === 0;
}

/** Every e-mail address, Dutch phone number, BSN and postcode with house number in the text, in order. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  const scan = (kind: PersonalDataKind, re: RegExp, test?: (s: string) => boolean) => {
    for (const m of text.matchAll(re))
      if (!test || test(m[0])) found.push({ kind, text: m[0], index: m.index ?? 0 });
  };
  scan('email', EMAIL);
  scan('phone', PHONE);
  scan('bsn', NINE_DIGITS, isBsn);
  scan('postcode', POSTCODE);
  return found.sort((a, b) => a.index - b.index);
}

/** The kinds of personal data in the text, each once, in a fixed order. */
export function personalDataKinds(text: string): PersonalDataKind[] {
  const kinds = new Set(findPersonalData(text).map((m) => m.kind));
  return (['email', 'phone', 'bsn', 'postcode'] as const).filter((k) => kinds.has(k));
}
