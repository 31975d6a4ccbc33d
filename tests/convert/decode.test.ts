import { describe, expect, it } from "vitest";
import { decode } from "../../scripts/convert/decode.ts";
import { before, diagnostics, reasons } from "./make.ts";

const decoded = (bytes: Uint8Array) => decode(before("decode", bytes));
const bytesOf = (...parts: Array<number[] | Buffer>) => Uint8Array.from(Buffer.concat(parts.map((part) => Buffer.from(part))));
const sample = "Café “quoted” – €5";

describe("decode", () => {
  it("reads UTF-8 as is, with no diagnostics", () => {
    const article = decoded(bytesOf(Buffer.from(sample, "utf8")));
    expect(article.text).toBe(sample);
    expect(article.encoding).toBe("utf-8");
    expect(diagnostics(article)).toEqual([]);
  });

  it("drops a UTF-8 byte-order mark", () => {
    const article = decoded(bytesOf([0xef, 0xbb, 0xbf], Buffer.from(sample, "utf8")));
    expect(article.text).toBe(sample);
    expect(article.encoding).toBe("utf-8");
  });

  it("reads UTF-16 LE with its byte-order mark", () => {
    const article = decoded(bytesOf([0xff, 0xfe], Buffer.from(`${sample}\r\nline 2`, "utf16le")));
    expect(article.text).toBe(`${sample}\r\nline 2`);
    expect(article.encoding).toBe("utf-16le");
    expect(diagnostics(article)).toEqual([]);
  });

  it("reads UTF-16 BE with its byte-order mark", () => {
    const bigEndian = Buffer.from(`${sample}\nline 2`, "utf16le").swap16();
    const article = decoded(bytesOf([0xfe, 0xff], bigEndian));
    expect(article.text).toBe(`${sample}\nline 2`);
    expect(article.encoding).toBe("utf-16be");
  });

  it("reads Windows-1252 quotes, euro and pound as those characters, with a warning", () => {
    // 0x93/0x94 are curly quotes, 0x80 the euro sign and 0xA3 the pound sign in Windows-1252.
    const article = decoded(bytesOf([0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x20, 0xa3, 0x36, 0x20, 0x63, 0x61, 0x66, 0xe9]));
    expect(article.text).toBe("“Hi” €5 £6 café");
    expect(article.text).not.toContain("\uFFFD");
    expect(article.encoding).toBe("windows-1252");
    expect(diagnostics(article)).toEqual([{ severity: "warning", rule: "encoding", line: 1 }]);
    expect(reasons(article)).toEqual(["the seed is not UTF-8; decoded it as windows-1252 (detected). Save it as UTF-8 to be sure of every character"]);
  });

  it("reads Latin-1 text as Windows-1252", () => {
    const article = decoded(bytesOf(Buffer.from("Der B\xe4r l\xe4uft \xfcber die Stra\xdfe, \xa3 und \xa5.", "latin1")));
    expect(article.text).toBe("Der Bär läuft über die Straße, £ und ¥.");
    expect(article.encoding).toBe("windows-1252");
  });

  it("warns where UTF-8 text already holds replacement characters", () => {
    const article = decoded(bytesOf(Buffer.from("fine\nbroken \uFFFD here", "utf8")));
    expect(diagnostics(article)).toEqual([{ severity: "warning", rule: "replacement-character", line: 2 }]);
  });

  it("sets the SHA-256 of the bytes", () => {
    expect(decoded(bytesOf(Buffer.from("abc"))).sha256).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("makes an empty seed an error", () => {
    const article = decoded(new Uint8Array());
    expect(article.text).toBe("");
    expect(article.sha256).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(diagnostics(article)).toEqual([{ severity: "error", rule: "empty", line: 1 }]);
  });

  it("reads UTF-16 LE without a byte-order mark, with a warning", () => {
    const article = decoded(bytesOf(Buffer.from("A headline in UTF-16\n\nIts body is plain English text, saved without a byte-order mark.", "utf16le")));
    expect(article.text).toBe("A headline in UTF-16\n\nIts body is plain English text, saved without a byte-order mark.");
    expect(diagnostics(article)).toEqual([{ severity: "warning", rule: "encoding", line: 1 }]);
  });

  it("reads UTF-16 BE without a byte-order mark", () => {
    const article = decoded(bytesOf(Buffer.from("Zürich talks end\n\nDelegates left on Friday.", "utf16le").swap16()));
    expect(article.text).toBe("Zürich talks end\n\nDelegates left on Friday.");
    expect(article.encoding).toBe("utf-16be");
  });

  it("makes binary data (NUL bytes, no UTF-16 mark) an error", () => {
    const article = decoded(bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expect(article.text).toBe("");
    expect(diagnostics(article)).toEqual([{ severity: "error", rule: "binary", line: 1 }]);
  });

  it("makes an unreadable seed an error that says why", () => {
    const article = decode(before("decode", { unreadable: "permission denied" }));
    expect(diagnostics(article)).toEqual([{ severity: "error", rule: "unreadable", line: 1 }]);
    expect(reasons(article)).toEqual(["cannot read the seed: permission denied"]);
  });
});
