import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { inBatches } from "../../scripts/dev/watch.ts";

describe("changes in batches", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("hands over changes that arrive close together as one batch, each path once", async () => {
    const batches: string[][] = [];
    const add = inBatches(async (changed) => void batches.push(changed), 100);
    add("a.txt");
    await vi.advanceTimersByTimeAsync(50);
    add("b.txt");
    add("a.txt");
    await vi.advanceTimersByTimeAsync(99);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([["a.txt", "b.txt"]]);
  });

  it("holds a change that arrives while a batch is handled for the next batch", async () => {
    const batches: string[][] = [];
    let finish = () => {};
    const add = inBatches(async (changed) => {
      batches.push(changed);
      if (batches.length === 1) await new Promise<void>((done) => (finish = done));
    }, 100);
    add("a.txt");
    await vi.advanceTimersByTimeAsync(100);
    add("b.txt");
    await vi.advanceTimersByTimeAsync(500);
    expect(batches).toEqual([["a.txt"]]);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toEqual([["a.txt"], ["b.txt"]]);
  });
});
