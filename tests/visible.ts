const standIns: Record<string, string> = {
  "␍": "\r",
  "⍽": "\u00A0",
  "␉": "\t",
  "␀": "\u0000",
  "∅": "\u200B",
};

/** Fixture text with invisible characters written visibly: `␍` CR, `⍽` NBSP, `␉` tab, `␀` NUL, `∅` zero-width space. */
export function visible(text: string): string {
  return text.replace(/[␍⍽␉␀∅]/g, (char) => standIns[char] ?? char);
}
