import { describe, expect, it } from "vitest";
import { nameStretches } from "../../scripts/convert/topics/names.ts";

describe("nameStretches: what the language model reads", () => {
  it("keeps each capitalised word with one word either side, a line to each stretch", () => {
    expect(nameStretches("the prime minister said on Tuesday that Tony Blair would go to the talks in Paris next week")).toBe(
      "on Tuesday that Tony Blair would\nin Paris next",
    );
  });

  it("reads stretches that meet as one, so a name through “of the” stays whole", () => {
    expect(nameStretches("a fine from the International Federation of the Phonographic Industry was paid")).toBe(
      "the International Federation of the Phonographic Industry was",
    );
  });

  it("starts no stretch at a word that only begins a sentence, and keeps the lines apart", () => {
    expect(nameStretches("The talks ended. But they will resume.\nHe said so.")).toBe("");
    expect(nameStretches("They met in Iran\nKerry left")).toBe("in Iran\nKerry left");
  });
});
