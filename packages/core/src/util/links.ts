const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The URL as a link target if its scheme is `http:`, `https:`, `mailto:` or `tel:`; null otherwise
 * (`javascript:`, `data:`, relative or malformed URLs are shown as text, never linked).
 */
export function safeHref(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  return SAFE_SCHEMES.has(url.protocol) ? url.href : null;
}

/** A `mailto:` link for an e-mail address, or null when it does not look like one. */
export function mailHref(email: string | null | undefined): string | null {
  if (!email) return null;
  const trimmed = email.trim();
  if (trimmed.toLowerCase().startsWith('mailto:')) return safeHref(trimmed);
  return /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/.test(trimmed)
    ? `mailto:${encodeURIComponent(trimmed).replace('%40', '@')}`
    : null;
}

/** A `tel:` link for a phone number, or null when it has no digits. */
export function telHref(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const trimmed = phone.trim();
  if (trimmed.toLowerCase().startsWith('tel:')) return safeHref(trimmed);
  const digits = trimmed.replace(/[^\d+]/g, '');
  return /\d{3,}/.test(digits) && /^\+?\d+$/.test(digits) ? `tel:${digits}` : null;
}

/** Attributes for a link that leaves the page. */
export const EXTERNAL_REL = 'noopener noreferrer';
