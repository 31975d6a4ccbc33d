import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import chardet from "chardet";
import iconv from "iconv-lite";
import type { Article } from "./article.ts";
import { placeAt, report } from "./diagnostics.ts";

const byteOrderMarks: Array<[encoding: string, bom: number[]]> = [
  ["utf-8", [0xef, 0xbb, 0xbf]],
  ["utf-16le", [0xff, 0xfe]],
  ["utf-16be", [0xfe, 0xff]],
];

/** Below this confidence (0–100) a detected legacy encoding is not trusted over Windows-1252. */
const trustedConfidence = 50;

/** Latin-1 text is read as Windows-1252, its superset for every printable character. */
const westernEncodings = new Set(["ISO-8859-1", "ISO-8859-15", "windows-1252", "ASCII"]);

/** Share of control characters above which decoded text is taken to be binary data. */
const binaryControlShare = 0.05;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: text in Latin, Greek or Cyrillic
 * script has a zero high byte in most characters, always on the same side of each pair.
 */
function unmarkedUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < bytes.length; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = bytes.length / 2;
  if (oddZeros >= pairs * 0.4 && evenZeros === 0) return "utf-16le";
  if (evenZeros >= pairs * 0.4 && oddZeros === 0) return "utf-16be";
  return undefined;
}

function chooseEncoding(bytes: Uint8Array): { encoding: string; detected: boolean } {
  for (const [encoding, bom] of byteOrderMarks) if (startsWith(bytes, bom)) return { encoding, detected: false };
  // NUL bytes are valid UTF-8, so UTF-16 text without a byte-order mark must be caught first.
  const wide = unmarkedUtf16(bytes);
  if (wide) return { encoding: wide, detected: true };
  if (isUtf8(bytes)) return { encoding: "utf-8", detected: false };
  const best = chardet.analyse(bytes)[0];
  if (best && best.confidence >= trustedConfidence && !westernEncodings.has(best.name) && iconv.encodingExists(best.name)) {
    return { encoding: best.name, detected: true };
  }
  return { encoding: "windows-1252", detected: true };
}

function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the point (a binary file has many)
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  return controls > text.length * binaryControlShare;
}

/** Bytes → text: byte-order marks first, then strict UTF-8, then a detected legacy encoding. */
export function decode(article: Article): Article {
  const bytes = article.seed.bytes;
  if (!(bytes instanceof Uint8Array)) {
    report(article, "error", "unreadable", `cannot read the seed: ${bytes.unreadable}`);
    return article;
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (bytes.length === 0) {
    report(article, "error", "empty", "the seed is empty (0 bytes); add the article's text or delete the file");
    return { ...article, sha256 };
  }
  const { encoding, detected } = chooseEncoding(bytes);
  // iconv-lite drops a byte-order mark by default, so it never reaches the text.
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  if (looksBinary(text)) {
    report(article, "error", "binary", "the seed looks like binary data, not text; seeds must be plain-text files");
    return { ...article, sha256, encoding };
  }
  if (detected) {
    report(article, "warning", "encoding", `the seed is not UTF-8; decoded it as ${encoding} (detected). Save it as UTF-8 to be sure of every character`);
  }
  const damaged = text.indexOf("\uFFFD");
  if (damaged >= 0) {
    const reason = "the seed contains U+FFFD replacement characters: its text was damaged before it got here";
    report(article, "warning", "replacement-character", reason, placeAt(text, damaged));
  }
  return { ...article, sha256, encoding, text };
}
