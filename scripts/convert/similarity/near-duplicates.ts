import { jaccard, mix32, permutationSeeds, shingles, signature } from "./minhash.ts";
import { words } from "./words.ts";

export interface Shingled {
  id: string;
  text: string;
  language?: string;
}

/*
 * Defaults, measured on the BBC corpus (2,225 stories of ~400 words) and Reuters-21578 (7,769 wire
 * items, many under 60 words), with digits kept as words:
 * - Five-word shingles. Three words changed, a sentence added or a headline rewritten leave a BBC
 *   story at Jaccard 0.80 or more (1st percentile over the corpus), and two words changed leave a
 *   100-word item at 0.82. Shorter shingles let templated wire items about different things score
 *   too high ("Franklin Insured Tax-Free sets payout" against "Franklin High-Yield ...": 0.72 with
 *   three-word shingles, 0.53 with five); longer ones drop short edited items below the threshold.
 * - Threshold 0.7. Every BBC pair at 0.7 or above is one story republished with small edits; below
 *   it are follow-ups and much longer versions ("Talks aim to avert pension strike" against
 *   "Stalemate in pension strike talks", 0.62; a 250-word story with a 150-word quote added, 0.62).
 *   Different BBC stories given the same 39-word footer reach 0.13 at most.
 * - Figures must agree as well; see `figureAgreement`.
 */
const SHINGLE_SIZE = 5;
const DEFAULT_THRESHOLD = 0.7;
// Among Reuters pairs at Jaccard 0.7 or above, the Fed's daily repurchase notices share 1 of 2
// figures, and every story re-sent or corrected shares 15 of 17 or more.
const FIGURE_AGREEMENT = 0.75;
// 32 bands of 4 rows: a pair at Jaccard 0.7 shares a band with probability 1 - (1 - 0.7^4)^32 > 0.9998,
// one at 0.5 with 0.87, one at 0.1 with 0.003, so the exact check below sees few pairs yet misses none.
const BANDS = 32;
const ROWS = 4;

/** What the grouping needs of one article before it meets the others: its MinHash signature, none when it has no shingles. */
export type Fingerprint = Uint32Array | null;

const seeds = permutationSeeds(BANDS * ROWS);
const shingleSet = (article: Shingled) => shingles(words(article.text, article.language), SHINGLE_SIZE);

/** An article's MinHash signature over its shingles; null when it has none. */
export function fingerprint(article: Shingled): Fingerprint {
  const set = shingleSet(article);
  return set.length === 0 ? null : signature(set, seeds);
}

/**
 * Groups of near-duplicate articles (each of 2 or more ids), in a deterministic order: ids inside a
 * group in input order, groups ordered by their first member's input position. An article is in at
 * most one group (if A~B and B~C, A, B and C are one group). `fingerprintOf` may give each
 * article's fingerprint from elsewhere (a cache); only the pairs that share a band are compared
 * on their shingles and figures, worked out then.
 */
export function nearDuplicateGroups(articles: Shingled[], threshold = DEFAULT_THRESHOLD, fingerprintOf = fingerprint): string[][] {
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1], not ${threshold}`);
  const signatures = articles.map(fingerprintOf);
  const sets = new Map<number, Uint32Array>();
  const numbers = new Map<number, Set<string>>();
  const setOf = (index: number) => sets.get(index) ?? sets.set(index, shingleSet(articles[index]!)).get(index)!;
  const figuresOf = (index: number) => numbers.get(index) ?? numbers.set(index, figures(articles[index]!.text)).get(index)!;
  const components = new Components(articles.length);
  const rejected = new Set<number>();
  for (let band = 0; band < BANDS; band++) {
    for (const members of buckets(signatures, band).values()) {
      for (let later = 1; later < members.length; later++) {
        for (let earlier = 0; earlier < later; earlier++) {
          const [a, b] = [members[earlier]!, members[later]!];
          const pair = a * articles.length + b;
          if (components.joined(a, b) || rejected.has(pair)) continue;
          const alike = jaccard(setOf(a), setOf(b)) >= threshold && figureAgreement(figuresOf(a), figuresOf(b)) >= FIGURE_AGREEMENT;
          if (alike) components.join(a, b);
          else rejected.add(pair);
        }
      }
    }
  }
  return components.groups().map((group) => group.map((index) => articles[index]!.id));
}

/** Articles whose signatures agree on every row of one band, keyed by the hash of those rows. */
function buckets(signatures: Fingerprint[], band: number): Map<number, number[]> {
  const found = new Map<number, number[]>();
  signatures.forEach((rows, index) => {
    // Without shingles there is no signature: every empty text would share every bucket, to be compared pairwise for nothing.
    if (rows === null) return;
    let key = 0;
    for (let row = band * ROWS; row < (band + 1) * ROWS; row++) key = mix32(key ^ rows[row]!);
    const bucket = found.get(key);
    if (bucket) bucket.push(index);
    else found.set(key, [index]);
  });
  return found;
}

// Digits with the separators that hold one figure together (1,000  5.93  6-3/8  1987/88  12:30), and
// the numbers wire style spells out ("arranged two billion dlrs", "trading at six pct"), in English,
// the language of the wire copy where templates repeat.
const FIGURE =
  /\p{Nd}+(?:[.,/:-]\p{Nd}+)*|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/giu;

function figures(text: string): Set<string> {
  return new Set((text.normalize("NFC").match(FIGURE) ?? []).map((figure) => figure.toLowerCase()));
}

/**
 * The share of the figures of the text with fewer of them that the other text has too. A wire
 * template re-run with the day's numbers ("the Fed arranged two billion dlrs of repurchase agreements
 * ... Federal funds were trading at 6-3/8 pct") keeps its wording, so on shingles it looks republished;
 * its figures are replaced, where a republished story keeps them. Counting against the smaller set
 * lets a story gain a sentence with new figures; a text with no figures has nothing to contradict.
 */
function figureAgreement(a: Set<string>, b: Set<string>): number {
  const [fewer, more] = a.size <= b.size ? [a, b] : [b, a];
  if (fewer.size === 0) return 1;
  let shared = 0;
  for (const figure of fewer) if (more.has(figure)) shared++;
  return shared / fewer.size;
}

/** Union-find over article indexes: which articles are joined, directly or through others. */
class Components {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, index) => index);
  }

  private root(index: number): number {
    let at = index;
    while (this.parent[at]! !== at) {
      this.parent[at] = this.parent[this.parent[at]!]!;
      at = this.parent[at]!;
    }
    return at;
  }

  joined(a: number, b: number): boolean {
    return this.root(a) === this.root(b);
  }

  join(a: number, b: number): void {
    this.parent[this.root(b)] = this.root(a);
  }

  /**
   * Components of two or more, each in index order, ordered by their smallest index: walking the
   * indexes in order meets each component first at its smallest, and a Map keeps that order.
   */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let index = 0; index < this.parent.length; index++) {
      const root = this.root(index);
      const group = byRoot.get(root);
      if (group) group.push(index);
      else byRoot.set(root, [index]);
    }
    return [...byRoot.values()].filter((group) => group.length > 1);
  }
}
