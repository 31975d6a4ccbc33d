import slugify from "@sindresorhus/slugify";

/** Text → URL words: transliterated to ASCII where it can be, else kept in its own script. */
export function slugWords(text: string): string {
  const ascii = slugify(text, { decamelize: false });
  if (ascii !== "") return ascii;
  return text
    .normalize("NFC")
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
