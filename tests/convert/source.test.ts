import { describe, expect, it } from "vitest";
import { source } from "../../scripts/convert/source.ts";
import { before } from "./make.ts";

const pick = (text: string) => source(before("source", text)).profile?.name;
const catchAll = "Catch all the Business News on Live Mint. Download The Mint News App to get Daily Market Updates.";

describe("source", () => {
  it("recognises a Live Mint seed by its download prompt", () => {
    expect(pick(`Headline\n\nBody.\n\n${catchAll}`)).toBe("Live Mint");
  });

  it("takes the source named in front matter", () => {
    expect(pick("---\nsource: Live Mint\n---\nHeadline\n\nBody.")).toBe("Live Mint");
  });

  it("leaves a seed from an unknown site without a profile", () => {
    expect(pick("Headline\n\nBody that mentions Mint and Live but no app.")).toBe(undefined);
  });

  it("does not guess a profile when front matter names an unknown source", () => {
    expect(pick(`---\nsource: Example Wire\n---\nHeadline\n\nBody.\n\n${catchAll}`)).toBe(undefined);
  });
});
