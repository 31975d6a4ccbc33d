import { describe, expect, it } from "vitest";
import { type BuildReport, reportMarkdown } from "../../scripts/stages/report.ts";

const message = (text: string) => ({ line: 3, column: 1, severity: "warning" as const, message: text, rule: "furniture" });

const report = (messages: ReturnType<typeof message>[]): BuildReport => ({
  seeds: [{ seed: "seeds/a.txt", status: messages.length ? "warning" : "ok", url: "/articles/a/", title: "A", repeatOf: null, messages }],
  totals: { seeds: 1, articles: 1, ok: messages.length ? 0 : 1, warning: messages.length ? 1 : 0, duplicate: 0, error: 0, warnings: messages.length },
  published: true,
});

describe("the build report as a job summary", () => {
  it("shows the totals as a table and no problems section when there are none", () => {
    expect(reportMarkdown(report([]))).toBe(
      [
        "### Build report",
        "",
        "| | |",
        "| --- | ---: |",
        "| Seeds | 1 |",
        "| Articles | 1 |",
        "| Articles with warnings | 0 |",
        "| Duplicates | 0 |",
        "| Errors | 0 |",
        "",
      ].join("\n"),
    );
  });

  it("quotes seed text in a code block whose fence the text cannot close", () => {
    const markdown = reportMarkdown(report([message('removed site furniture "```<img src=x onerror=alert(1)>" [x](javascript:alert(1))')]));
    expect(markdown.split("\n").slice(9)).toEqual([
      "",
      "#### Errors and warnings",
      "",
      "````text",
      'seeds/a.txt:3:1: warning: removed site furniture "```<img src=x onerror=alert(1)>" [x](javascript:alert(1)) [furniture]',
      "````",
      "",
    ]);
  });

  it("lists at most the limit and says how many more the report holds", () => {
    const markdown = reportMarkdown(report([message("one"), message("two"), message("three")]), 2);
    expect(markdown).toContain("warning: two [furniture]\n```\n… and 1 more in build-report.json\n");
    expect(markdown).not.toContain("three");
  });

  it("shows the lines the build changed in the archive's record, in a code block their headlines cannot close", () => {
    const changes = ['-{"url":"/articles/a/","headline":"A"}', '+{"url":"/articles/a/","headline":"```A``` [x](javascript:alert(1))"}'];
    const markdown = reportMarkdown({ ...report([]), record: { file: "content/addresses.jsonl", changes } });
    expect(markdown.split("\n").slice(9)).toEqual(["", "#### 2 line(s) of `content/addresses.jsonl` to commit", "", "````diff", ...changes, "````", ""]);
  });
});
