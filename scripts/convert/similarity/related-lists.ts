/**
 * Each article's best `count` others among those offered, best first: by score, and equal scores
 * by id, so that a list never depends on the order its articles were offered in. A list is the
 * best of what it was offered, so offering one more article either puts that article in it or
 * leaves it as it was.
 */
export class RelatedLists {
  private readonly others: Int32Array;
  private readonly scores: Float64Array;
  private readonly sizes: Int32Array;
  /** By article, the score below which nothing enters its list: its last entry's once it is full. */
  private readonly lowest: Float64Array;
  private readonly count: number;

  constructor(
    private readonly ids: readonly string[],
    count: number,
  ) {
    this.count = Math.max(0, Math.floor(count));
    this.others = new Int32Array(ids.length * this.count);
    this.scores = new Float64Array(ids.length * this.count);
    this.sizes = new Int32Array(ids.length);
    this.lowest = new Float64Array(ids.length).fill(this.count === 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY);
  }

  /** Whether `other` with `score` ranks above the entry at `at`. */
  private ranksAbove(score: number, other: number, at: number): boolean {
    const theirs = this.scores[at]!;
    return score > theirs || (score === theirs && this.ids[other]! < this.ids[this.others[at]!]!);
  }

  offer(article: number, other: number, score: number): void {
    // Most offers fall short: this one comparison turns them away.
    if (score < this.lowest[article]!) return;
    const first = article * this.count;
    let size = this.sizes[article]!;
    if (size === this.count && !this.ranksAbove(score, other, first + size - 1)) return;
    if (size < this.count) this.sizes[article] = ++size;
    let at = first + size - 1;
    for (; at > first && this.ranksAbove(score, other, at - 1); at--) {
      this.others[at] = this.others[at - 1]!;
      this.scores[at] = this.scores[at - 1]!;
    }
    this.others[at] = other;
    this.scores[at] = score;
    if (size === this.count) this.lowest[article] = this.scores[first + size - 1]!;
  }

  /** An article's list, best first: each other article (by number) with its score. */
  entriesOf(article: number): Array<[other: number, score: number]> {
    const first = article * this.count;
    return Array.from({ length: this.sizes[article]! }, (_, at) => [this.others[first + at]!, this.scores[first + at]!]);
  }

  /** The ids of an article's list, best first. */
  idsOf(article: number): string[] {
    const first = article * this.count;
    return Array.from(this.others.subarray(first, first + this.sizes[article]!), (other) => this.ids[other]!);
  }
}
