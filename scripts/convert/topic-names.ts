// The archive settles what each name an article gives stands for: its full name, its one
// spelling, its kind. Each decision is a vote of the articles that give the name.
import type { Article, Topic, TopicInText, Topics } from "./article.ts";
import { slugWords } from "./slug.ts";
import { byMentions, mostArticles, namesByKey, variantKey } from "./topics/archive-votes.ts";
import { initials, isAcronym } from "./topics/in-text.ts";
import { type Lexicon, lexicon as projectLexicon, separateKey, type TopicKind, topicKinds } from "./topics/lexicon.ts";
import { isFirstName } from "./topics/names.ts";

/** A surname stands for the full name that most articles using it have, if that is most of them. */
const dominantShare = 0.75;

/** What the archive says of its names: how they are spelt, what kind they are, whose surname is whose. */
interface ArchiveNames {
  /** Each spelling → the spelling most articles use ("TimeWarner" → "Time Warner"). */
  spelling: Map<string, string>;
  /** Each name → the kind its sure articles give it most (`none`: no topic), else the kind the model gives it most. */
  kind: Map<string, TopicKind | "none">;
  /** A single word → the one full name it is the surname of, where one has most of the articles. */
  fullName: Map<string, string>;
  /** Surnames of full names, none of which has most of the articles: a bare one could be any of them. */
  ambiguous: Set<string>;
  /** An acronym → the one name it abbreviates where articles spell it out ("FA" → "Football Association"). */
  expansion: Map<string, string>;
}

/** What the archive says of its names, from every article's names. */
export function archiveNames(articles: readonly TopicInText[][], lexicon: Lexicon = projectLexicon): ArchiveNames {
  const spelling = new Map<string, string>();
  for (const variants of namesByKey(articles, variantKey).values()) {
    const best = mostArticles(variants);
    for (const variant of variants.keys()) if (!lexicon.separate.has(separateKey([variant, best]))) spelling.set(variant, best);
  }
  const spelt = articles.map((names) => names.map((name) => ({ ...name, name: spelling.get(name.name) ?? name.name })));

  const sureVotes = new Map<string, Map<TopicKind | "none", number>>();
  const guessVotes = new Map<string, Map<TopicKind | "none", number>>();
  for (const names of spelt) {
    for (const { name, kind, sure } of names) {
      if (!kind && !sure) continue;
      const votes = sure ? sureVotes : guessVotes;
      const tally = votes.get(name) ?? new Map<TopicKind | "none", number>();
      tally.set(kind ?? "none", (tally.get(kind ?? "none") ?? 0) + 1);
      votes.set(name, tally);
    }
  }
  const kind = new Map<string, TopicKind | "none">();
  for (const name of new Set([...sureVotes.keys(), ...guessVotes.keys()])) {
    const tally = sureVotes.get(name) ?? (guessVotes.get(name) as Map<TopicKind | "none", number>);
    kind.set(name, mostArticles(tally));
  }

  const bySurname = new Map<string, Map<string, number>>();
  for (const names of spelt) {
    for (const { name } of names) {
      const words = name.split(" ");
      if (words.length < 2 || kind.get(name) !== "people") continue;
      const surname = words.at(-1) as string;
      const owners = bySurname.get(surname) ?? new Map<string, number>();
      owners.set(name, (owners.get(name) ?? 0) + 1);
      bySurname.set(surname, owners);
    }
  }
  const fullName = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [surname, owners] of bySurname) {
    const total = [...owners.values()].reduce((sum, count) => sum + count, 0);
    const best = mostArticles(owners);
    if ((owners.get(best) ?? 0) / total >= dominantShare) fullName.set(surname, best);
    else ambiguous.add(surname);
  }

  const spelledOutAs = new Map<string, Map<string, number>>();
  for (const names of spelt) {
    for (const { name, forms } of names) {
      for (const short of forms.filter((form) => isAcronym(form) && initials(name) === form)) {
        const tally = spelledOutAs.get(short) ?? new Map<string, number>();
        tally.set(name, (tally.get(name) ?? 0) + 1);
        spelledOutAs.set(short, tally);
      }
    }
  }
  const expansion = new Map<string, string>();
  for (const [short, longs] of spelledOutAs) {
    const best = mostArticles(longs);
    // "BSA" spelt out as two different bodies stands for neither.
    if (longs.size === 1 && !lexicon.separate.has(separateKey([short, best]))) expansion.set(short, best);
  }
  return { spelling, kind, fullName, ambiguous, expansion };
}

/**
 * One article's topics, as the archive settles its names: one spelling each, an acronym by the
 * name other articles spell it out as, a bare surname by the full name it stands for (dropped when
 * it could stand for several, or is a first name, or only the model calls it a person: no topic
 * is better than a wrong one; "Mr Chidambaram" alone stays), and each name's kind as the article's own
 * words say, else as the archive's articles vote. A name of no kind is left out.
 */
export function settledTopics(names: TopicInText[], archive: ArchiveNames, lexicon: Lexicon = projectLexicon): Topics {
  const spelt = names.map((name) => ({ ...name, name: archive.spelling.get(name.name) ?? name.name }));
  const settled = new Map<string, Topic & { kind: TopicKind }>();
  for (const found of spelt) {
    let name = archive.expansion.get(found.name) ?? found.name;
    let kind: TopicKind | "none" | undefined = found.sure ? (found.kind ?? "none") : (archive.kind.get(name) ?? found.kind);
    const known = lexicon.byForm.get(name);
    if (known) [name, kind] = [known.name, known.kind];
    if (kind === "people" && !name.includes(" ") && !known) {
      const full = archive.fullName.get(name);
      if (full) name = full;
      else if (!found.sure || archive.ambiguous.has(name) || isFirstName(name)) continue;
    }
    if (!kind || kind === "none") continue;
    const key = `${kind}/${name}`;
    const slug = slugWords(name);
    if (slug === "") continue;
    const before = settled.get(key);
    const descriptor = kind === "people" ? (before?.descriptor ?? found.descriptor) : undefined;
    // The other ways the article writes it: its own forms, and its spelling where the archive settled another.
    const written = [...new Set([...(before?.written ?? []), ...[found.name, ...found.forms].filter((form) => form !== name)])].sort();
    settled.set(key, {
      name,
      slug,
      kind,
      mentions: (before?.mentions ?? 0) + found.mentions,
      ...(written.length > 0 ? { written } : {}),
      ...(descriptor ? { descriptor } : {}),
    });
  }
  const topics: Topics = { people: [], organizations: [], places: [] };
  for (const { kind, ...topic } of settled.values()) topics[kind].push(topic);
  for (const kind of topicKinds) topics[kind].sort(byMentions);
  return topics;
}

/** Every article's topics, settled by what the whole archive says of its names. */
export function topicNames(articles: Article[]): Article[] {
  const archive = archiveNames(articles.map((article) => article.topicsInText ?? []));
  return articles.map((article) => (article.topicsInText ? { ...article, topics: settledTopics(article.topicsInText, archive) } : article));
}
