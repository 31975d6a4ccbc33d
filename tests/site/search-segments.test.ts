import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type SearchSegment, segmentLayout } from "../../scripts/stages/search-segments.ts";

const sizesOf = (segments: SearchSegment[]) => segments.map((segment) => segment.size);

describe("segmentLayout", () => {
  const sizes = { largest: 8000, smallest: 1000 };

  it("cuts full segments of the largest size, then the rest as a binary counter of the smallest, then what is left", () => {
    expect(sizesOf(segmentLayout(0, sizes))).toEqual([]);
    expect(sizesOf(segmentLayout(999, sizes))).toEqual([999]);
    expect(sizesOf(segmentLayout(1000, sizes))).toEqual([1000]);
    expect(sizesOf(segmentLayout(7999, sizes))).toEqual([4000, 2000, 1000, 999]);
    expect(sizesOf(segmentLayout(8000, sizes))).toEqual([8000]);
    expect(sizesOf(segmentLayout(21_500, sizes))).toEqual([8000, 8000, 4000, 1000, 500]);
  });

  it("numbers each segment by the place of its first article, from 1, the segments following each other", () => {
    expect(segmentLayout(21_500, sizes)).toEqual([
      { first: 1, size: 8000 },
      { first: 8001, size: 8000 },
      { first: 16_001, size: 4000 },
      { first: 20_001, size: 1000 },
      { first: 21_001, size: 500 },
    ]);
  });

  it("takes a largest size that is no power-of-two multiple of the smallest", () => {
    expect(sizesOf(segmentLayout(29_999, { largest: 10_000, smallest: 1000 }))).toEqual([10_000, 10_000, 8000, 1000, 999]);
    expect(sizesOf(segmentLayout(7, { largest: 3, smallest: 3 }))).toEqual([3, 3, 1]);
  });

  it("refuses sizes it cannot cut by", () => {
    expect(() => segmentLayout(10, { largest: 1, smallest: 2 })).toThrow(RangeError);
    expect(() => segmentLayout(10, { largest: 4, smallest: 0 })).toThrow(RangeError);
    expect(() => segmentLayout(-1, sizes)).toThrow(RangeError);
  });

  const anySizes = fc
    .tuple(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 63 }))
    .map(([smallest, doublings, extra]) => ({ smallest, largest: smallest * 2 ** doublings + Math.min(extra, smallest * 2 ** doublings - 1) }));

  test.prop([fc.integer({ min: 0, max: 5000 }), anySizes])("covers every article once, in order, no segment above the largest size", (count, sizes) => {
    const segments = segmentLayout(count, sizes);
    let next = 1;
    for (const segment of segments) {
      expect(segment.first).toBe(next);
      expect(segment.size).toBeGreaterThan(0);
      expect(segment.size).toBeLessThanOrEqual(sizes.largest);
      next += segment.size;
    }
    expect(next).toBe(count + 1);
    // A search reads at most this many segments.
    expect(segments.length).toBeLessThanOrEqual(Math.floor(count / sizes.largest) + Math.ceil(Math.log2(sizes.largest / sizes.smallest)) + 1);
  });

  test.prop([fc.integer({ min: 0, max: 5000 }), anySizes])("is the same for the same count", (count, sizes) => {
    expect(segmentLayout(count, sizes)).toEqual(segmentLayout(count, sizes));
  });

  test.prop([fc.integer({ min: 0, max: 5000 }), anySizes])(
    "with one article added, keeps every segment but the newest ones, which become one: the segment below the smallest size, unless it fills",
    (count, sizes) => {
      const [before, after] = [segmentLayout(count, sizes), segmentLayout(count + 1, sizes)];
      const same = (a: SearchSegment | undefined, b: SearchSegment | undefined) => a?.first === b?.first && a?.size === b?.size;
      let kept = 0;
      while (kept < after.length && same(before[kept], after[kept])) kept++;
      expect(after.length - kept).toBe(1);
      const rewritten = before.slice(kept).reduce((sum, segment) => sum + segment.size, 0);
      expect(rewritten).toBeLessThan(sizes.largest);
      // The articles past the last full segment of the largest size, counted in the smallest size.
      const fills = ((count + 1) % sizes.largest) % sizes.smallest === 0;
      if (!fills) expect(rewritten).toBeLessThan(sizes.smallest);
    },
  );

  it("over a thousand additions one at a time, rewrites segments below the smallest size far more often than the rest", () => {
    const rewritten = new Map<number, number>();
    for (let count = 20_000; count < 21_000; count++) {
      const before = new Set(segmentLayout(count, sizes).map((segment) => `${segment.first}-${segment.size}`));
      for (const segment of segmentLayout(count + 1, sizes)) {
        if (!before.has(`${segment.first}-${segment.size}`)) rewritten.set(segment.size, (rewritten.get(segment.size) ?? 0) + 1);
      }
    }
    // Each added article rewrites the segment below the smallest size but the one that fills it; that one carries into a segment of 1000.
    expect([...rewritten.entries()].filter(([size]) => size >= sizes.smallest)).toEqual([[1000, 1]]);
  });
});
