import { describe, expect, it } from "vitest";
import { indexTemplateMap } from "../../scripts/stages/template-map-index.ts";

/** Eleventy's lookup, as written in its TemplateMap: the first entry whose path matches either form. */
class FakeTemplateMap {
  map: { inputPath: string; name: string }[] = [];
  getMapEntryForInputPath(inputPath: string) {
    const absolute = inputPath.replace(/^\.\//, "/project/");
    return this.map.find((entry) => entry.inputPath === inputPath || entry.inputPath === absolute);
  }
}
indexTemplateMap(FakeTemplateMap.prototype);

describe("the template map's index", () => {
  it("finds the first entry of a path, and an entry added after the first lookup", () => {
    const templates = new FakeTemplateMap();
    templates.map.push({ inputPath: "./a.md", name: "a" }, { inputPath: "./b.md", name: "b" }, { inputPath: "./a.md", name: "a again" });
    expect(templates.getMapEntryForInputPath("./a.md")?.name).toBe("a");
    expect(templates.getMapEntryForInputPath("./c.md")).toBeUndefined();
    templates.map.push({ inputPath: "./c.md", name: "c" });
    expect(templates.getMapEntryForInputPath("./c.md")?.name).toBe("c");
  });

  it("falls back to Eleventy's own scan for a path in another form", () => {
    const templates = new FakeTemplateMap();
    templates.map.push({ inputPath: "/project/a.md", name: "a" });
    expect(templates.getMapEntryForInputPath("./a.md")?.name).toBe("a");
  });

  it("keeps each map's index to itself", () => {
    const [one, two] = [new FakeTemplateMap(), new FakeTemplateMap()];
    one.map.push({ inputPath: "./a.md", name: "one" });
    two.map.push({ inputPath: "./a.md", name: "two" });
    expect([one.getMapEntryForInputPath("./a.md")?.name, two.getMapEntryForInputPath("./a.md")?.name]).toEqual(["one", "two"]);
  });
});
