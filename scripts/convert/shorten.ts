/** Text cut to at most `length` characters at a word boundary, with "…" where it was cut. */
export function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length + 1);
  const boundary = cut.search(/\s\S*$/);
  return `${(boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, length)).replace(/[\s,;:–—-]+$/, "")}…`;
}
