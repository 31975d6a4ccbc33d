import { topicKindList, topicKindNames, topicKinds } from "../convert/topics/kinds.ts";
import type { TopicKind } from "../convert/topics/lexicon.ts";
import type { ArticleItem } from "./collections.ts";
import { topicUrl } from "./urls.ts";

export { topicKindNames, topicKinds };

export interface TopicLink {
  name: string;
  url: string;
  /** Articles the two topics share, for a companion; else the topic's own articles. */
  count: number;
}

/** A person, organisation or place, with every article about it. */
export interface TopicPage<Item> {
  kind: TopicKind;
  name: string;
  slug: string;
  /** `/topics/people/mark-rutte/` */
  url: string;
  /** In the order given: newest first. */
  items: Item[];
  /** The dates of the earliest and latest dated article about it. */
  first?: string;
  latest?: string;
  /** The topics its articles most often name too, most shared first. */
  companions: TopicLink[];
  /** For a person: who the archive's articles most often say they are, and the paragraph of the newest that says it. */
  descriptor?: TopicDescriptor;
  /** The other ways its articles write it, most written first. */
  written: string[];
}

export interface TopicDescriptor {
  text: string;
  /** The paragraph that says it: `/articles/…/#p3`. */
  url: string;
  headline: string;
}

/** What a topic's front page says of it besides its articles. */
export type TopicFacts = Pick<TopicPage<unknown>, "first" | "latest" | "companions" | "descriptor" | "written">;

/** The most other names a topic's page lists. */
export const writtenCount = 6;

export const companionCount = 8;

const byName = (a: { name: string; url: string }, b: { name: string; url: string }) =>
  a.name.localeCompare(b.name, "en") || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

/** Topics named in the same articles: in most of them first, then most named in them, then A–Z. */
function companionsOf<Item extends ArticleItem>(url: string, items: Item[], pages: Map<string, TopicPage<Item>>): TopicLink[] {
  const shared = new Map<string, { count: number; mentions: number }>();
  for (const item of items) {
    for (const kind of topicKinds) {
      for (const topic of item.data[kind]) {
        const other = topicUrl(kind, topic.slug);
        if (other === url) continue;
        const tally = shared.get(other) ?? { count: 0, mentions: 0 };
        shared.set(other, { count: tally.count + 1, mentions: tally.mentions + topic.mentions });
      }
    }
  }
  return [...shared]
    .flatMap(([other, { count, mentions }]) => {
      const page = pages.get(other);
      return page ? [{ name: page.name, url: other, count, mentions }] : [];
    })
    .sort((a, b) => b.count - a.count || b.mentions - a.mentions || byName(a, b))
    .slice(0, companionCount)
    .map(({ name, url: link, count }) => ({ name, url: link, count }));
}

/**
 * Every topic the listed articles (newest first) name, by kind and A–Z. A near-copy is not listed
 * (see also-published.ts): what it names is credited to the article it repeats, so each story is
 * listed once and every topic an article page links to has its page. The work is one pass over
 * the articles' topics and one over each topic's articles, so it grows with the archive, not its square.
 */
export function topicPages<Item extends ArticleItem>(articles: Item[], copies: Item[] = []): Record<TopicKind, TopicPage<Item>[]> {
  const copiesOf = new Map<string, Item[]>();
  for (const copy of copies) {
    if (copy.data.repeatOf === undefined) continue;
    const known = copiesOf.get(copy.data.repeatOf) ?? [];
    known.push(copy);
    copiesOf.set(copy.data.repeatOf, known);
  }
  const pages = new Map<string, TopicPage<Item>>();
  // Per topic, each descriptor (case aside) with how many articles give it and the newest that does.
  const descriptors = new Map<string, Map<string, { count: number; newest: TopicDescriptor }>>();
  // Per topic, each other way of writing it with how many articles use it.
  const writtenAs = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const named = new Set<string>();
    for (const source of [article, ...(copiesOf.get(article.url) ?? [])]) {
      for (const kind of topicKinds) {
        for (const { name, slug, descriptor, written = [] } of source.data[kind]) {
          const url = topicUrl(kind, slug);
          if (named.has(url)) continue;
          named.add(url);
          const forms = writtenAs.get(url) ?? new Map<string, number>();
          for (const form of written) forms.set(form, (forms.get(form) ?? 0) + 1);
          writtenAs.set(url, forms);
          if (descriptor) {
            const said = descriptors.get(url) ?? new Map();
            const key = descriptor.text.toLowerCase();
            const newest = { text: descriptor.text, url: `${source.url}#p${descriptor.paragraph}`, headline: source.data.title };
            said.set(key, { count: (said.get(key)?.count ?? 0) + 1, newest: said.get(key)?.newest ?? newest });
            descriptors.set(url, said);
          }
          const page = pages.get(url) ?? { kind, name, slug, url, items: [], companions: [], written: [] };
          page.items.push(article);
          pages.set(url, page);
        }
      }
    }
  }
  const result: Record<TopicKind, TopicPage<Item>[]> = { people: [], organizations: [], places: [] };
  for (const page of pages.values()) {
    const dates = page.items.flatMap((item) => (item.data.published === undefined ? [] : [item.data.published]));
    page.latest = dates[0];
    page.first = dates.at(-1);
    page.companions = companionsOf(page.url, page.items, pages);
    const said = [...(descriptors.get(page.url) ?? [])].sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : a > b ? 1 : 0));
    if (said[0]) page.descriptor = said[0][1].newest;
    page.written = [...(writtenAs.get(page.url) ?? [])]
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, writtenCount)
      .map(([form]) => form);
    result[page.kind].push(page);
  }
  for (const kind of topicKinds) result[kind].sort(byName);
  return result;
}

/** The topics with the most articles, A–Z among equals. */
export function mostCovered<Item>(pages: TopicPage<Item>[], count: number): TopicPage<Item>[] {
  return [...pages].sort((a, b) => b.items.length - a.items.length || byName(a, b)).slice(0, count);
}

/**
 * An article's topics as its page lists them: each kind that has any, in order, with what readers
 * call it, the search facet its topics fill, and each topic's address.
 */
export function articleTopics(topics: Partial<Record<TopicKind, Array<{ name: string; slug: string }>>>) {
  return topicKindList.flatMap(({ kind, name, facet }) => {
    const found = topics[kind] ?? [];
    return found.length === 0 ? [] : [{ kind, name, facet, topics: found.map((topic) => ({ name: topic.name, url: topicUrl(kind, topic.slug) })) }];
  });
}
