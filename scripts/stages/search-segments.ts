// How the search index is cut into segments, after Lucene's: the places in the order articles
// entered the archive (never reused), cut where the newest place alone says. A new article joins
// the last segments and leaves the others as they were, so their files keep their bytes (and their
// places in readers' caches), and a fresh build cuts the same archive the same way.

/** A run of articles in the order they entered the archive, indexed as one Pagefind bundle. */
export interface SearchSegment {
  /** The place of its first article in that order, from 1. */
  first: number;
  size: number;
}

export interface SegmentSizes {
  /** The most articles in one segment: Pagefind holds a segment's whole index in memory while it writes it. */
  largest: number;
  /** Below this, the newest articles make one segment of whatever size they come to. */
  smallest: number;
}

/**
 * The segments of an index of `count` articles: as many of the largest size as fit, then the rest
 * as a binary counter of the smallest size (its largest power-of-two multiple below the largest
 * size, …, twice it, itself, each there or not), then what is left below the smallest size. An
 * added article changes only the segment below the smallest size, until that fills, and then,
 * like a carry, only the segments it joins with; a search reads at most
 * count / largest + log2(largest / smallest) + 1 of them.
 */
export function segmentLayout(count: number, { largest, smallest }: SegmentSizes): SearchSegment[] {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`segmentLayout() needs a count of articles, not ${count}`);
  if (!Number.isSafeInteger(smallest) || smallest < 1 || !Number.isSafeInteger(largest) || largest < smallest) {
    throw new RangeError(`segmentLayout() needs whole sizes with 1 ≤ smallest ≤ largest, not ${smallest} and ${largest}`);
  }
  const segments: SearchSegment[] = [];
  let placed = 0;
  const add = (size: number) => {
    segments.push({ first: placed + 1, size });
    placed += size;
  };
  for (let full = Math.floor(count / largest); full > 0; full--) add(largest);
  let size = smallest;
  while (size * 2 < largest) size *= 2;
  for (; size >= smallest; size /= 2) if (count - placed >= size) add(size);
  if (count > placed) add(count - placed);
  return segments;
}
