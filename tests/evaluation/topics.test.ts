import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Seed, Topics } from "../../scripts/convert/article.ts";
import { convert } from "../../scripts/convert/pipeline.ts";
import { corpora, corpusTimeout, present } from "../corpus/corpora.ts";
import { projectRoot } from "../site/build-site.ts";
import { evaluationSeeds, precision, readLabels, recall, scoreLines, scoreTopics } from "./topics-labels.ts";

/**
 * Below these the tagger has got worse than it is (0.910 and 0.766 when they were set): the
 * floors rise as it improves, towards the targets of 0.95 and 0.90.
 */
const floors = { precision: 0.89, recall: 0.75 };

describe("the labelled evaluation set", () => {
  const labels = readLabels();

  it("labels at least 150 articles, each once, with names only", () => {
    expect(labels.length).toBeGreaterThanOrEqual(150);
    expect(new Set(labels.map((label) => label.article)).size).toBe(labels.length);
    for (const label of labels) for (const entity of [...label.people, ...label.organizations, ...label.places]) expect(entity.name.length).toBeLessThan(80);
  });

  describe.skipIf(!present)("scored against the tagger", { timeout: corpusTimeout }, () => {
    it(`finds the labelled topics: typed precision at least ${floors.precision}, salient recall at least ${floors.recall}`, async () => {
      const seeds: Seed[] = evaluationSeeds(labels, corpora, projectRoot).map(({ folder, relativePath }) => ({
        path: join(folder, relativePath),
        relativePath,
        bytes: readFileSync(join(folder, relativePath)),
      }));
      const articles = await convert(seeds);
      // A byte-identical copy is published once: its topics are its original's.
      const byPath = new Map(articles.map((article) => [article.seed.path, article]));
      const found = new Map<string, Topics | undefined>(
        articles.map((article) => [article.seed.relativePath, (article.duplicateOf ? byPath.get(article.duplicateOf) : article)?.topics]),
      );
      const score = scoreTopics(labels, (article) => found.get(article));
      console.log(["Topics against the labelled set:", ...scoreLines(score)].join("\n"));
      expect(precision(score.all)).toBeGreaterThanOrEqual(floors.precision);
      expect(recall(score.all)).toBeGreaterThanOrEqual(floors.recall);
    });
  });
});
