// The topics evaluation set (tests/evaluation/topics/*.yaml) and how the tagger is scored against it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import type { Topics } from "../../scripts/convert/article.ts";
import { type TopicKind, topicKinds } from "../../scripts/convert/topics/kinds.ts";

export const labelsFolder = join(import.meta.dirname, "topics");

const entity = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  salient: z.boolean(),
});
const labelled = z.strictObject({
  article: z.string().regex(/^(?:seeds\/|bbc-greene2006\/|reuters21578-apte-nltk\/|perez-rosas2018-fakenews\/)/),
  people: z.array(entity).default([]),
  organizations: z.array(entity).default([]),
  places: z.array(entity).default([]),
});

export type LabelledEntity = z.infer<typeof entity>;
export type LabelledArticle = z.infer<typeof labelled>;

/** Every labelled article, from every file of the set; a mistake in a file throws, naming it. */
export function readLabels(folder = labelsFolder): LabelledArticle[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .flatMap((name) => {
      const checked = z.array(labelled).safeParse(parse(readFileSync(join(folder, name), "utf8")));
      if (!checked.success) throw new Error(`${name}: ${checked.error.issues[0]?.path.join(".")}: ${checked.error.issues[0]?.message}`);
      return checked.data;
    });
}

/** Names compared as a reader would: case, accents and spacing aside ("Arsène"/"Arsene"). */
export const sameName = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’']/g, "'").replace(/\s+/g, " ").trim().toLowerCase();

const formsOf = (entity: LabelledEntity) => new Set([entity.name, ...entity.aliases].map(sameName));

export interface Tally {
  /** Topics found that name a labelled entity of their kind. */
  right: number;
  /** Topics found. */
  found: number;
  /** Salient labelled entities found under their kind. */
  salientFound: number;
  salient: number;
}

export interface Miss {
  article: string;
  kind: TopicKind;
  name: string;
}

export interface Score {
  byKind: Record<TopicKind, Tally>;
  all: Tally;
  /** Topics found that are not labelled, or not of that kind. */
  wrong: Miss[];
  /** Salient entities not found under their kind. */
  missed: Miss[];
}

export const precision = (tally: Tally) => (tally.found === 0 ? 1 : tally.right / tally.found);
export const recall = (tally: Tally) => (tally.salient === 0 ? 1 : tally.salientFound / tally.salient);

const emptyTally = (): Tally => ({ right: 0, found: 0, salientFound: 0, salient: 0 });

/**
 * Typed precision (a topic is right when it names, by its name or an alias, an entity labelled
 * with its kind) and recall of salient entities (each found under its kind), over the labelled
 * articles; `topicsOf` gives what the tagger found for an article, by its path in the set.
 */
export function scoreTopics(labels: LabelledArticle[], topicsOf: (article: string) => Topics | undefined): Score {
  const score: Score = { byKind: { people: emptyTally(), organizations: emptyTally(), places: emptyTally() }, all: emptyTally(), wrong: [], missed: [] };
  for (const article of labels) {
    const found = topicsOf(article.article) ?? { people: [], organizations: [], places: [] };
    for (const kind of topicKinds) {
      const tally = score.byKind[kind];
      const names = new Set(found[kind].map((topic) => sameName(topic.name)));
      const entities = article[kind].map(formsOf);
      for (const topic of found[kind]) {
        tally.found++;
        if (entities.some((forms) => forms.has(sameName(topic.name)))) tally.right++;
        else score.wrong.push({ article: article.article, kind, name: topic.name });
      }
      article[kind].forEach((entity, index) => {
        if (!entity.salient) return;
        tally.salient++;
        if ([...(entities[index] as Set<string>)].some((form) => names.has(form))) tally.salientFound++;
        else score.missed.push({ article: article.article, kind, name: entity.name });
      });
    }
  }
  for (const tally of Object.values(score.byKind)) for (const key of Object.keys(tally) as (keyof Tally)[]) score.all[key] += tally[key];
  return score;
}

/** One line per kind and one for all: what the test prints and the README quotes. */
export function scoreLines(score: Score): string[] {
  const line = (label: string, tally: Tally) =>
    `${label.padEnd(14)} precision ${precision(tally).toFixed(3)} (${tally.right}/${tally.found})  salient recall ${recall(tally).toFixed(3)} (${tally.salientFound}/${tally.salient})`;
  return [...topicKinds.map((kind) => line(kind, score.byKind[kind])), line("all", score.all)];
}

/**
 * The archive the labelled articles are tagged in, as the build would tag them: the whole BBC
 * corpus (so that names are resolved and typed across an archive, as they are in a real one)
 * with the labelled Reuters and Pérez-Rosas articles and this repository's seed beside it.
 */
export function evaluationSeeds(labels: LabelledArticle[], corpora: string, project: string): { folder: string; relativePath: string }[] {
  const bbc = "bbc-greene2006/bbc";
  const whole = readdirSync(join(corpora, bbc), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((section) =>
      readdirSync(join(corpora, bbc, section.name))
        .filter((name) => name.endsWith(".txt"))
        .map((name) => `${bbc}/${section.name}/${name}`),
    );
  const others = labels.map((label) => label.article).filter((article) => !article.startsWith(`${bbc}/`));
  return [...whole.sort(), ...others].map((article) => ({ folder: article.startsWith("seeds/") ? project : corpora, relativePath: article }));
}
