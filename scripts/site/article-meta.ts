// What an article page's meta line says: source, section, date and reading time, each with what search makes of it.
import type { FrontMatter } from "../convert/schema.ts";
import { readableDate } from "./filters.ts";
import { groupUrlOf } from "./groups.ts";
import { notStated } from "./wording.ts";

export interface ArticleMeta {
  /** The source's list, which the unstated source has too; `stated` decides whether search offers it as a filter. */
  source: { name: string; url: string; stated: boolean };
  section?: { name: string; url: string };
  /** `iso` and `year` only for a stated date. */
  date: { text: string; iso?: string; year?: string };
  readingMinutes: number;
}

export function articleMeta({
  source,
  section,
  published,
  readingMinutes,
}: Pick<FrontMatter, "source" | "section" | "published" | "readingMinutes">): ArticleMeta {
  return {
    source: { name: source ?? notStated.source, url: groupUrlOf(source, "source"), stated: source !== undefined },
    ...(section === undefined ? {} : { section: { name: section, url: groupUrlOf(section, "section") } }),
    date: published === undefined ? { text: notStated.date } : { text: readableDate(published), iso: published, year: published.slice(0, 4) },
    readingMinutes,
  };
}
