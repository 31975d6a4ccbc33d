import { afterEach, describe, expect, it } from "vitest";
import { count, json, readableDate, rfc3339, xmlText } from "../../scripts/site/filters.ts";

const machineZone = process.env.TZ;

describe("readableDate", () => {
  afterEach(() => {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  it("writes a date as day, month and year", () => {
    expect(readableDate("2025-04-02")).toBe("2 April 2025");
    expect(readableDate("2024-12-31")).toBe("31 December 2024");
  });

  it("keeps the day a date-time states, whatever its offset", () => {
    expect(readableDate("2025-04-02T09:30:00+01:00")).toBe("2 April 2025");
    expect(readableDate("2025-04-02T23:30:00-05:00")).toBe("2 April 2025");
    expect(readableDate("2025-04-02T00:30:00+05:00")).toBe("2 April 2025");
  });

  it("shows the same day on machines far east and far west of UTC", () => {
    for (const zone of ["Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
      process.env.TZ = zone;
      expect(readableDate("2025-01-01")).toBe("1 January 2025");
      expect(readableDate("2025-04-02T23:30:00-05:00")).toBe("2 April 2025");
    }
  });
});

describe("rfc3339", () => {
  it("makes a bare date midnight UTC", () => {
    expect(rfc3339("2025-04-02")).toBe("2025-04-02T00:00:00Z");
  });

  it("writes a date-time as the same instant in UTC, without zero milliseconds", () => {
    expect(rfc3339("2025-04-02T09:30:00+01:00")).toBe("2025-04-02T08:30:00Z");
    expect(rfc3339("2025-04-02T23:30:00-05:00")).toBe("2025-04-03T04:30:00Z");
    expect(rfc3339("2025-04-02T09:30:00Z")).toBe("2025-04-02T09:30:00Z");
    expect(rfc3339("2025-04-02T09:30:00.250+01:00")).toBe("2025-04-02T08:30:00.250Z");
  });

  it("keeps a four-digit year at the ends of the years a seed's date may fall in", () => {
    expect(rfc3339("0001-01-01")).toBe("0001-01-01T00:00:00Z");
    expect(rfc3339("0001-01-01T00:30:00+00:30")).toBe("0001-01-01T00:00:00Z");
    expect(rfc3339("9999-12-31T23:59:59Z")).toBe("9999-12-31T23:59:59Z");
    expect(rfc3339("9999-12-31T23:59:59+23:59")).toBe("9999-12-31T00:00:59Z");
  });
});

describe("xmlText", () => {
  it("removes every character the XML 1.0 Char production forbids", () => {
    const forbidden = ["\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u000E", "\u001F", "\uDFFF", "\uD800", "\uFFFE", "\uFFFF"];
    expect(xmlText(`A${forbidden.join("")} headline`)).toBe("A headline");
  });

  it("keeps tab, line feed, carriage return and every other character XML allows, astral ones whole", () => {
    const allowed = "\t\n\r \u007F\u0085\uD7FF\uE000\uFDD0\uFFFD\u{10000}\u{1F600}\u{10FFFF}";
    expect(xmlText(allowed)).toBe(allowed);
  });
});

describe("json", () => {
  const value = {
    title: "Tags </script><script>alert(1)</script> & <!-- comments -->",
    separators: "line\u2028paragraph\u2029end",
    nested: [1, null, true, { quote: '“x” "y"' }],
  };

  it("round-trips through JSON.parse", () => {
    expect(JSON.parse(json(value))).toStrictEqual(value);
  });

  it("writes <, >, & and the JavaScript line separators as escapes", () => {
    const text = json(value);
    expect(text).not.toContain("</script");
    expect(text).not.toContain("<!--");
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain(String.raw`"Tags \u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e \u0026 \u003c!-- comments --\u003e"`);
    expect(text).toContain(String.raw`"line\u2028paragraph\u2029end"`);
  });

  it("indents by two spaces", () => {
    expect(json({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}');
  });
});

describe("count", () => {
  it("uses the singular for one and the plural otherwise", () => {
    expect(count(1, "article")).toBe("1 article");
    expect(count(0, "article")).toBe("0 articles");
    expect(count(2, "article")).toBe("2 articles");
  });

  it("groups thousands with commas", () => {
    expect(count(2225, "article")).toBe("2,225 articles");
    expect(count(1234567, "byte")).toBe("1,234,567 bytes");
  });

  it("takes a plural that is not the noun plus s", () => {
    expect(count(1, "entry", "entries")).toBe("1 entry");
    expect(count(3, "entry", "entries")).toBe("3 entries");
  });
});
