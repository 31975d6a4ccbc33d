import { describe, expect, it } from "vitest";
import { descriptorOf } from "../../scripts/convert/topics/descriptor.ts";
import { lexicon } from "../../scripts/convert/topics/lexicon.ts";

const said = (body: string, name: string) => descriptorOf(body, name, lexicon);

describe("descriptorOf", () => {
  it("takes the role written before a name, with the words that belong to it", () => {
    expect(said("Arsenal manager Arsene Wenger has admitted he is at a loss.", "Arsene Wenger")).toEqual({ text: "Arsenal manager", paragraph: 1 });
    expect(said("Chancellor of the Exchequer Gordon Brown said.", "Gordon Brown")?.text).toBe("Chancellor of the Exchequer");
    expect(said("Tory MP Boris Johnson has apologised.", "Boris Johnson")?.text).toBe("Tory MP");
    expect(said("The NATO Secretary General Mark Rutte spoke.", "Mark Rutte")?.text).toBe("NATO Secretary General");
  });

  it("takes a short phrase after a comma that ends in a role", () => {
    expect(said("Gordon Brown, the chancellor, said growth would rise.", "Gordon Brown")?.text).toBe("the chancellor");
    expect(said("Gordon Brown, who spoke first, said growth would rise.", "Gordon Brown")).toBeUndefined();
  });

  it("leaves out the words a sentence starts with, and an honorific alone", () => {
    expect(said("And Chancellor Gordon Brown said.", "Gordon Brown")?.text).toBe("Chancellor");
    expect(said("Meanwhile Lib Dem leader Charles Kennedy spoke.", "Charles Kennedy")?.text).toBe("Lib Dem leader");
    expect(said("Mr Gordon Brown said.", "Gordon Brown")).toBeUndefined();
    expect(said("Spain beat Gordon Brown.", "Gordon Brown")).toBeUndefined();
  });

  it("says which paragraph says it: the first mention that gives a role", () => {
    expect(said("Gordon Brown arrived.\n\nLater, Chancellor Gordon Brown spoke.", "Gordon Brown")).toEqual({ text: "Chancellor", paragraph: 2 });
  });
});
