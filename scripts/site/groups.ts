import { createHash } from "node:crypto";
import { slugWords } from "../convert/slug.ts";
import type { ArticleItem } from "./collections.ts";
import { type GroupField, groupUrl } from "./urls.ts";
import { notStated } from "./wording.ts";

/** A source or section and its articles, newest first. */
export interface Group<Item> {
  name: string;
  slug: string;
  /** `/sources/live-mint/` */
  url: string;
  /** True for the group of articles that do not state this field. */
  unstated: boolean;
  items: Item[];
}

export const unstatedName = { source: notStated.source, section: notStated.section } as const;
const unstatedSlug = "not-stated";

/**
 * Slug of a source or section name; the unstated group has its own. A name with no letters or
 * digits (an emoji), or one that would take the unstated group's slug, gets a suffix from its hash.
 */
export function groupSlug(name: string | undefined): string {
  if (name === undefined) return unstatedSlug;
  const words = slugWords(name);
  if (words !== "" && words !== unstatedSlug) return words;
  return `${words || "named"}-${createHash("sha256").update(name).digest("hex").slice(0, 6)}`;
}

/** The address of the list of a source or section, by its name (the unstated group's when there is none). */
export const groupUrlOf = (name: string | undefined, field: GroupField) => groupUrl(field, groupSlug(name));

/** Articles grouped by source or section, A–Z, with the group that states none last. */
export function groupsBy<Item extends ArticleItem>(items: Item[], field: GroupField): Group<Item>[] {
  const groups = new Map<string, Group<Item>>();
  for (const item of items) {
    const name = item.data[field];
    const slug = groupSlug(name);
    const group = groups.get(slug) ?? { name: name ?? unstatedName[field], slug, url: groupUrl(field, slug), unstated: name === undefined, items: [] };
    group.items.push(item);
    groups.set(slug, group);
  }
  return [...groups.values()].sort((a, b) => Number(a.unstated) - Number(b.unstated) || a.name.localeCompare(b.name, "en"));
}
