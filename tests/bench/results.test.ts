import { describe, expect, it } from "vitest";
import { type ResultRow, resultsPage, resultsTables, rowsIn, withRow } from "../../scripts/bench/results.ts";
import { machineLines, mainTable, stageTable } from "../../scripts/bench/results-tables.ts";
import { targetsTable } from "../../scripts/bench/targets.ts";

const figures = (seconds: number, cpuSeconds: number, megabytes: number) => ({
  wallMs: seconds * 1000,
  cpuMs: cpuSeconds * 1000,
  peakRssBytes: megabytes * 1e6,
});
const machine = { cores: 2, memoryBytes: 24 * 2 ** 30, cpu: "Test CPU @ 2.0GHz", node: "v20.20.2", hugo: "v0.111.3" };

/** Rebuilds: none changed, one changed, one added (changing `changedFiles`), then added, corrected and deleted. */
const warm = (changedFiles: number, sameAsFresh: boolean): ResultRow["warm"] => ({
  unchanged: figures(1.5, 1.75, 150),
  oneChanged: figures(5, 6, 600),
  oneAdded: { changedFiles },
  changes: { added: figures(4, 4, 500), corrected: figures(5, 5, 500), deleted: figures(7, 7, 500) },
  sameAsFresh,
});

function row(label: string, seeds: number, changes: Partial<ResultRow> = {}): ResultRow {
  return {
    label,
    input: { kind: "generated", seeds },
    articles: seeds,
    date: "2026-01-31",
    runs: 3,
    machine,
    ours: { convert: figures(4, 6, 300), render: figures(10, 11, 900), index: figures(2, 3, 400), total: figures(16.5, 20.25, 950) },
    hugo: figures(3, 5, 120),
    peer: figures(30, 50, 1200),
    plainEleventy: figures(6, 7, 500),
    floor: figures(0.5, 0.25, 5),
    warm: warm(42, true),
    search: null,
    ...changes,
  };
}

describe("mainTable", () => {
  it("gives each input one line: our stages, their times, the ratios and the rebuilds against Hugo", () => {
    expect(mainTable([row("1,000 generated", 1000)])).toBe(
      [
        "| input | articles | convert s | render s | index s | total s | CPU s | peak RSS | articles/s | Hugo s | peer s | plain Eleventy s | floor s | ours/Hugo | ours/plain Eleventy | rebuild, none changed s | rebuild, one changed s | files changed, one added | add / correct / delete s | = fresh | search |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        "| 1,000 generated | 1,000 | 4.00 | 10.0 | 2.00 | 16.5 | 20.3 | 950 MB | 61 | 3.00 | 30.0 | 6.00 | 0.50 | 5.50× | 2.75× | 1.50 (0.50× Hugo) | 5.00 (1.67× Hugo) | 42 | 4.00 / 5.00 / 7.00 (0.13× / 0.17× / 0.23× peer) | yes | — |",
      ].join("\n"),
    );
  });

  it("leaves Hugo's cells empty when Hugo was not installed, and shows the search transfer when measured", () => {
    const line = mainTable([
      row("seeds (14 seeds)", 14, {
        input: { kind: "seeds", seeds: 14 },
        hugo: null,
        peer: null,
        ours: { convert: null, render: null, index: null, total: figures(2, 2, 2500) },
        search: { query: "economy", bytes: 43_008 },
      }),
    ]).split("\n")[2];
    expect(line).toBe(
      "| seeds (14 seeds) | 14 | — | — | — | 2.00 | 2.00 | 2.50 GB | 7.0 | — | — | 6.00 | 0.50 | — | 0.33× | 1.50 | 5.00 | 42 | 4.00 / 5.00 / 7.00 | yes | 42.0 KB |",
    );
  });
});

describe("a --cold-only row", () => {
  it("leaves plain Eleventy and the rebuilds empty, and checks no rebuild target", () => {
    const coldOnly = row("100,000 generated", 100_000, { plainEleventy: null, warm: null });
    expect(mainTable([coldOnly]).split("\n")[2]).toBe(
      "| 100,000 generated | 100,000 | 4.00 | 10.0 | 2.00 | 16.5 | 20.3 | 950 MB | 6,061 | 3.00 | 30.0 | — | 0.50 | 5.50× | — | — | — | — | — | — | — |",
    );
    expect(
      targetsTable([coldOnly])
        .split("\n")
        .slice(2)
        .map((line) => line.split(" | ")[0]),
    ).toEqual(["| cold build ≤ 6× Hugo", "| peak RSS < 6 GB"]);
  });
});

describe("stageTable", () => {
  it("lists wall time, CPU time and peak memory of everything measured, skipping what was not, and the build's time outside its stages", () => {
    expect(
      stageTable([
        row("1,000 generated", 1000, { hugo: null, ours: { convert: figures(4, 6, 300), render: null, index: null, total: figures(16.5, 20.25, 950) } }),
      ]),
    ).toBe(
      [
        "| input | measured | wall s | CPU s | peak RSS |",
        "| --- | --- | --- | --- | --- |",
        "| 1,000 generated | convert | 4.00 | 6.00 | 300 MB |",
        "| 1,000 generated | outside the stages (start-up, reading seeds) | 12.5 | 14.3 | — |",
        "| 1,000 generated | whole build | 16.5 | 20.3 | 950 MB |",
        "| 1,000 generated | peer: Hugo with taxonomies + Pagefind | 30.0 | 50.0 | 1.20 GB |",
        "| 1,000 generated | plain Eleventy | 6.00 | 7.00 | 500 MB |",
        "| 1,000 generated | floor | 0.50 | 0.25 | 5 MB |",
        "| 1,000 generated | rebuild, none changed | 1.50 | 1.75 | 150 MB |",
        "| 1,000 generated | rebuild, one changed | 5.00 | 6.00 | 600 MB |",
        "| 1,000 generated | rebuild, one added | 4.00 | 4.00 | 500 MB |",
        "| 1,000 generated | rebuild, one headline corrected | 5.00 | 5.00 | 500 MB |",
        "| 1,000 generated | rebuild, one deleted | 7.00 | 7.00 | 500 MB |",
      ].join("\n"),
    );
  });
});

describe("machineLines", () => {
  it("states the machine once when every row shares it, with each row's date and runs", () => {
    expect(machineLines([row("1,000 generated", 1000), row("10,000 generated", 10_000, { runs: 1 })])).toEqual([
      "Machine: 2 cores, 24.0 GiB memory, Test CPU @ 2.0GHz, Node v20.20.2, Hugo v0.111.3. Measured: 1,000 generated on 2026-01-31 (3 runs); 10,000 generated on 2026-01-31 (1 run).",
    ]);
  });
  it("states each row's machine when they differ", () => {
    expect(machineLines([row("1,000 generated", 1000), row("10,000 generated", 10_000, { machine: { ...machine, cores: 8, hugo: null } })])).toEqual([
      "Rows were measured on different machines:",
      "",
      "- 1,000 generated, on 2026-01-31 (3 runs): 2 cores, 24.0 GiB memory, Test CPU @ 2.0GHz, Node v20.20.2, Hugo v0.111.3",
      "- 10,000 generated, on 2026-01-31 (3 runs): 8 cores, 24.0 GiB memory, Test CPU @ 2.0GHz, Node v20.20.2, Hugo not installed",
    ]);
  });
});

describe("targetsTable", () => {
  it("checks each row against Hugo, the peer and a fresh build, and the 100,000 row for memory, scaling from 10,000 and search transfer", () => {
    const medium = row("10,000 generated", 10_000, {
      ours: { convert: null, render: null, index: null, total: figures(100, 150, 2000) },
      warm: warm(75, false),
    });
    const large = row("100,000 generated", 100_000, {
      hugo: null,
      warm: null,
      ours: { convert: null, render: null, index: null, total: figures(1400, 2000, 6500) },
      search: { query: "economy", bytes: 300 * 1024 },
    });
    expect(targetsTable([medium, large])).toBe(
      [
        "| target | input | measured | met |",
        "| --- | --- | --- | --- |",
        "| cold build ≤ 6× Hugo | 10,000 generated | 33.33× Hugo | **no** |",
        "| rebuild, none changed ≤ 1.5× Hugo | 10,000 generated | 0.50× Hugo | yes |",
        "| rebuild, one changed ≤ 2× Hugo | 10,000 generated | 1.67× Hugo | yes |",
        "| adding one seed changes ≤ 60 files | 10,000 generated | 75 files | **no** |",
        "| adding one seed ≤ 0.2× the peer's full build | 10,000 generated | 0.13× peer | yes |",
        "| correcting one headline ≤ 0.2× the peer's full build | 10,000 generated | 0.17× peer | yes |",
        "| deleting one seed ≤ 0.2× the peer's full build | 10,000 generated | 0.23× peer | **no** |",
        "| rebuilt site = fresh build, byte for byte | 10,000 generated | differs | **no** |",
        "| peak RSS < 6 GB | 100,000 generated | 6.50 GB | **no** |",
        "| time per article ≤ 1.3× that at 10,000 | 100,000 generated | 1.40× | **no** |",
        "| one search transfers < 400 KB | 100,000 generated | 300.0 KB (`economy`) | yes |",
      ].join("\n"),
    );
  });
});

describe("the results page", () => {
  it("replaces the row with the run's label and keeps the others, smallest input first", () => {
    const rows = [row("1,000 generated", 1000), row("100,000 generated", 100_000)];
    const again = row("1,000 generated", 1000, { date: "2026-02-01" });
    const merged = withRow(withRow(rows, again), row("10,000 generated", 10_000));
    expect(merged.map((each) => `${each.label} ${each.date}`)).toEqual([
      "1,000 generated 2026-02-01",
      "10,000 generated 2026-01-31",
      "100,000 generated 2026-01-31",
    ]);
  });

  it("reads back the rows it was written from, whatever their labels hold", () => {
    const rows = [row("seeds --> (14 seeds)", 14), row("1,000 generated", 1000)];
    const page = resultsPage(rows);
    expect(page.startsWith(resultsTables(rows))).toBe(true);
    expect(rowsIn(page)).toEqual(rows);
  });

  it("starts afresh from a page without rows, and refuses rows it cannot read", () => {
    expect(rowsIn("# Benchmark\n\nWritten by hand.\n")).toEqual([]);
    expect(() => rowsIn('<!-- bench-data\n[{"label": "old"}]\n-->')).toThrow("move it aside to start afresh");
  });
});
