// Formatters are made once: making one costs far more than using it, and lists call these for every item.
const dayMonthYear = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const grouped = new Intl.NumberFormat("en-GB");

/** `2025-04-02` → `2 April 2025`; a date-time keeps only its date, read in UTC so no machine's zone shows. */
export function readableDate(value: string): string {
  return dayMonthYear.format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
}

/** A date as Atom and JSON Feed want it (RFC 3339); a bare date is midnight UTC. */
export function rfc3339(value: string): string {
  return value.length === 10 ? `${value}T00:00:00Z` : new Date(value).toISOString().replace(".000Z", "Z");
}

/** What the XML 1.0 Char production leaves out: most C0 controls, lone surrogates, U+FFFE and U+FFFF. */
const notXmlCharacter = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text that an XML 1.0 document can hold. The converter already keeps these characters out of
 * articles; this keeps the feeds and the sitemap well-formed whatever reaches them.
 */
export function xmlText(value: string): string {
  return value.replace(notXmlCharacter, "");
}

/**
 * JSON that is safe inside an HTML `<script>` element as well as in a file: `<`, `>` and `&`
 * (and the JavaScript line separators) are written as escapes, so text cannot close the element.
 */
export function json(value: unknown): string {
  const escapes: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (char) => escapes[char] ?? char);
}

/** "1 article", "2,225 articles". */
export function count(value: number, noun: string, plural = `${noun}s`): string {
  return `${grouped.format(value)} ${value === 1 ? noun : plural}`;
}
