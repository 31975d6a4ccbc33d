/** What a citation needs to know about an article. */
export interface Citable {
  title: string;
  /** The publication; the archive's own name stands in when the seed states none. */
  container: string;
  author?: string;
  /** `2025-04-02` or a date-time; none for an undated article. */
  published?: string;
  url: string;
  /** BibTeX key. */
  key: string;
}

export interface Citations {
  apa: string;
  mla: string;
  chicago: string;
  bibtex: string;
}

const undated = "n.d.";
const dateParts = (published: string) => new Date(`${published.slice(0, 10)}T00:00:00Z`);
/** One formatter per set of options, made once: making one costs far more than using it, on every article page. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function format(published: string, options: Intl.DateTimeFormatOptions): string {
  const key = JSON.stringify(options);
  const formatter = formatters.get(key) ?? new Intl.DateTimeFormat("en-US", { ...options, timeZone: "UTC" });
  formatters.set(key, formatter);
  return formatter.format(dateParts(published));
}

/** A sentence-closing full stop, unless the text already ends in one (or in ? or !). */
const closed = (text: string) => (/[.?!]["”’]?$/.test(text) ? text : `${text}.`);

/** `Jo Bloggs` → [`Bloggs`, `Jo`]: the last word is the family name. */
function nameParts(author: string): [family: string, given: string] {
  const words = author.trim().split(/\s+/);
  return words.length < 2 ? [author.trim(), ""] : [words.at(-1) ?? "", words.slice(0, -1).join(" ")];
}

const inverted = (author: string) => nameParts(author).filter(Boolean).join(", ");
/** `Mary-Jane Ann` → `M.-J. A.` (APA keeps the hyphen of a hyphenated name). */
const initials = (given: string) =>
  given
    .split(/\s+/)
    .filter(Boolean)
    .map((name) =>
      name
        .split("-")
        .map((part) => `${part[0]?.toUpperCase()}.`)
        .join("-"),
    )
    .join(" ");

/** APA 7, a web page on a news site. With no person as author, the publication takes that place. */
function apa({ title, container, author, published, url }: Citable): string {
  const date = published ? `(${format(published, { year: "numeric" })}, ${format(published, { month: "long", day: "numeric" })})` : `(${undated})`;
  if (!author) return `${closed(container)} ${date}. ${closed(title)} ${url}`;
  const [family, given] = nameParts(author);
  return `${given ? `${family}, ${initials(given)}` : closed(family)} ${date}. ${closed(title)} ${closed(container)} ${url}`;
}

/** MLA 9: months of more than four letters abbreviated; a missing date is left out, as MLA 9 has it (no "n.d."). */
function mla({ title, container, author, published, url }: Citable): string {
  const month = published ? format(published, { month: "long" }) : "";
  const shortMonth = month.length > 4 ? `${month.slice(0, month === "September" ? 4 : 3)}.` : month;
  const date = published ? ` ${format(published, { day: "numeric" })} ${shortMonth} ${format(published, { year: "numeric" })},` : "";
  return `${author ? `${closed(inverted(author))} ` : ""}“${closed(title)}” ${container},${date} ${url}.`;
}

/** Chicago 17, bibliography entry; an unsigned news article goes under the publication's name (14.207). */
function chicago({ title, container, author, published, url }: Citable): string {
  const date = published ? format(published, { month: "long", day: "numeric", year: "numeric" }) : undated;
  if (!author) return `${closed(container)} “${closed(title)}” ${closed(date)} ${url}.`;
  return `${closed(inverted(author))} “${closed(title)}” ${closed(`${container}, ${date}`)} ${url}.`;
}

/** TeX's special characters, escaped so the entry compiles and shows the same text. */
function tex(text: string): string {
  const escapes: Record<string, string> = { "\\": "\\textbackslash{}", "~": "\\textasciitilde{}", "^": "\\textasciicircum{}" };
  return text.replace(/[\\~^{}&%$#_]/g, (char) => escapes[char] ?? `\\${char}`);
}

function bibtex({ title, container, author, published, url, key }: Citable): string {
  const fields = [
    ["title", `{${tex(title)}}`],
    ...(author ? [["author", tex(inverted(author))]] : []),
    ["organization", tex(container)],
    published ? ["date", published.slice(0, 10)] : ["year", undated],
    ["url", url],
  ];
  return `@online{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(",\n")}\n}`;
}

/** The styles an article page offers, in order, with the rows each one's box needs to show it whole. */
export const citationStyles: ReadonlyArray<{ id: keyof Citations; name: string; rows: number }> = [
  { id: "apa", name: "APA", rows: 3 },
  { id: "mla", name: "MLA", rows: 3 },
  { id: "chicago", name: "Chicago", rows: 3 },
  { id: "bibtex", name: "BibTeX", rows: 6 },
];

/** The article cited in the four styles readers ask for; an undated article is "n.d." (MLA 9 leaves the date out). */
export function citations(article: Citable): Citations {
  return { apa: apa(article), mla: mla(article), chicago: chicago(article), bibtex: bibtex(article) };
}
