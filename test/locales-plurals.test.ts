import { describe, expect, it } from "vitest";
import { plainText } from "../src/domain/rich-text.js";
import { Translator } from "../src/i18n.js";

/** English counts its nouns; each branch of a plural still says the number. */
describe("plurals in English", () => {
  const en = new Translator("en");
  const say = (key: string, args: Record<string, string | number>) => plainText(en.t(key, args));

  it("names one cell and several cells", () => {
    const scope = (cells: number) => say("kehoach-scope-committee", { committee: "X", cells });
    expect(scope(1)).toBe("the cells of X (1 cell)");
    expect(scope(2)).toBe("the cells of X (2 cells)");
    expect(scope(21)).toBe("the cells of X (21 cells)");
  });
});
