import { describe, expect, it } from "vitest";
import { formatDiagnostic, printable } from "../../scripts/convert/diagnostics.ts";
import { convertSync } from "../../scripts/convert/pipeline.ts";
import { seed } from "./make.ts";

const warning = { line: 2, column: 1, severity: "warning", rule: "front-matter" } as const;

describe("printing seed text", () => {
  it("writes newlines, escape codes, bells and direction overrides visibly", () => {
    expect(printable("a\nb\r\tc\u001b[31md\u0007e\u202ef\u2028g\u0085h")).toBe("a\\nb\\r\\tc\\x1b[31md\\x07e\\u202ef\\u2028g\\x85h");
    expect(printable("Ordinary text, “quoted” — and Hindi: नाटो")).toBe("Ordinary text, “quoted” — and Hindi: नाटो");
  });

  it("keeps a message on one line that cannot start a workflow command, whatever the file's name", () => {
    const line = formatDiagnostic("::warning title=x::pwned\n::error::.txt", { ...warning, message: 'ignored key "a\n::warning::b"' });
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toBe('./::warning title=x::pwned\\n::error::.txt:2:1: warning: ignored key "a\\n::warning::b" [front-matter]');
  });

  it("prints a front-matter key that holds a workflow command on the seed's own line", () => {
    const [article] = convertSync([seed('---\nsource: Wire\n"x\\n::warning title=owned::\\u001b]0;title\\u0007": 1\n---\nHeadline\n\nBody.\n')]);
    const lines = article!.file.messages.map((message) =>
      formatDiagnostic(article!.seed.path, { ...warning, line: message.line ?? 1, message: message.reason }),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^seeds\/example\.txt:3:1: warning: ignored front-matter key "x\\n::warning title=owned::\\x1b\]0;title\\x07": a seed may set only /,
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the line
    expect(lines[0]).not.toMatch(/[\u0000-\u001f]/);
  });
});
