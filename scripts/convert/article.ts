import type { VFile } from "vfile";
import { articleUrl as urlOfArticle } from "../site/urls.ts";
import type { FrontMatter, SuppliedMetadata } from "./schema.ts";
import type { SourceProfile } from "./sources/profile.ts";
import type { TopicKind } from "./topics/lexicon.ts";

/** A seed file as read from disk: the only input of the converter. */
export interface Seed {
  /** The path as the maintainer gave it (used in messages and the build report). */
  path: string;
  /** The path below the seeds folder, with `/` separators (stable across machines). */
  relativePath: string;
  /** The file's bytes, or why they could not be read. */
  bytes: Uint8Array | { unreadable: string };
}

/** One line of the decoded seed, numbered as in the file (1-based). */
export interface Line {
  number: number;
  text: string;
}

/** One paragraph of body text, with the seed line it starts on. */
export interface Paragraph {
  line: number;
  text: string;
  /** Column-aligned text (wire tables) whose line breaks and spacing carry meaning. */
  preformatted?: boolean;
}

/** A line the converter took out of the text, kept so nothing is lost silently. */
export interface RemovedLine {
  line: number;
  text: string;
  rule: string;
}

export interface Headline {
  text: string;
  line: number;
  /** Readable form of an ALL-CAPS headline. */
  display?: string;
  /** True when the seed had no headline line and one was taken from the first sentence. */
  derived: boolean;
}

/** What the furniture step learned from the lines it removed. */
export interface Facts {
  section?: string;
  agencyFeed?: boolean;
}

/** Metadata shown to readers and written to front matter. */
export interface Metadata {
  title: string;
  displayTitle?: string;
  description: string;
  source?: string;
  section?: string;
  published?: string;
  author?: string;
  originalUrl?: string;
  keywords: string[];
  language?: string;
  wordCount: number;
  readingMinutes: number;
  agencyFeed: boolean;
}

/** Who a person is, as an article says it ("Arsenal manager"), and the paragraph that says it (1 for the first). */
export interface Descriptor {
  text: string;
  paragraph: number;
}

/** A person, organisation or place an article is about. */
export interface Topic {
  name: string;
  slug: string;
  /** How often the headline and body name it, by any of its forms. */
  mentions: number;
  /** The other ways the article writes it, A–Z ("Wenger", "TimeWarner"). */
  written?: string[];
  /** For a person: who the article says they are. */
  descriptor?: Descriptor;
}

export type Topics = Record<TopicKind, Topic[]>;

/** A name as one article's text gives it, before the archive settles what it names (topic-names.ts). */
export interface TopicInText {
  name: string;
  /** The kind the article suggests; none when nothing in it does. */
  kind?: TopicKind;
  /**
   * The kind is the lexicon's or the words around the name say it ("Mr Blair", "in Liverpool"),
   * not a guess of the model's; sure and of no kind, the words say it is no topic ("the film Vera Drake").
   */
  sure: boolean;
  /** How often the headline and body name it, by any of its forms. */
  mentions: number;
  /** The other forms the text names it by: a surname, an acronym ("Rutte", "FA"). */
  forms: string[];
  /** For a person: who the article says they are. */
  descriptor?: Descriptor;
}

/** What a reader is told of a correction: the headline the article had before, if that changed. */
export interface Correction {
  previousHeadline?: string;
}

/** The article being built: each step of the pipeline returns the next version of it. */
export interface Article {
  seed: Seed;
  /** Diagnostics for this seed, positioned by line and column. */
  file: VFile;
  sha256: string;
  encoding?: string;
  text: string;
  lines: Line[];
  supplied: SuppliedMetadata;
  profile?: SourceProfile;
  headline?: Headline;
  paragraphs: Paragraph[];
  furniture: RemovedLine[];
  facts: Facts;
  metadata?: Metadata;
  /** The names the article's text gives, as the topics step found them. */
  topicsInText?: TopicInText[];
  /** What the article is about, once the archive has settled each name and kind. */
  topics?: Topics;
  /** URLs of the articles most like this one, best first. */
  related?: string[];
  /** URLs of near-copies of this article from other seeds. */
  alsoPublishedAs?: string[];
  /** On a near-copy: the URL of the copy that lists show in its place. */
  repeatOf?: string;
  /** The escaped Markdown body. */
  markdown?: string;
  slug?: string;
  /** Its place in the order articles entered the archive (1 is the first), from the archive's record. */
  entered?: number;
  /** Set when the seed changed after the article entered the archive. */
  corrected?: Correction;
  /** The whole Markdown file: front matter and body. */
  document?: string;
  /** The front matter of `document`, as checked against the schema. */
  frontMatter?: FrontMatter;
  /** Set for a byte-identical copy of another seed: the path (as given) of the seed published in its place. */
  duplicateOf?: string;
}

/** The article's body as plain text: its paragraphs, a blank line apart. */
export const bodyText = (article: Pick<Article, "paragraphs">) => article.paragraphs.map((paragraph) => paragraph.text).join("\n\n");

/** Everything a reader reads: headline, then body. */
export const articleText = (article: Pick<Article, "headline" | "paragraphs">) => `${article.headline?.text ?? ""}\n\n${bodyText(article)}`;

/** Where the article will be published; known once the permalink step has named it. */
export const articleUrl = (article: Pick<Article, "slug">) => urlOfArticle(article.slug ?? "");

export type ArticleStep = (article: Article) => Article;
export type CorpusStep = (articles: Article[]) => Article[];
