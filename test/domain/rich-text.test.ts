import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  escapeMarkup,
  parseMarkup,
  plainText,
  type RichText,
  richLines,
} from "../../src/domain/rich-text.js";

/** Text made of what markup is made of, so that tags and entities turn up by chance. */
const markupLike = (minLength = 0) =>
  fc
    .array(fc.constantFrom("<b>", "</b>", "<i>", "</i>", "&amp;", "&lt;", "&", "<", ">", "x"), {
      minLength,
    })
    .map((pieces) => pieces.join(""));
describe("the locales' markup", () => {
  it("reads <b> and <i> as styles and the entities as the characters they stand for", () => {
    expect(parseMarkup("Hello <b>Lan</b>, <i>a &lt;b&gt; &amp; c</i>.")).toEqual([
      { text: "Hello " },
      { text: "Lan", bold: true },
      { text: ", " },
      { text: "a <b> & c", italic: true },
      { text: "." },
    ]);
  });

  it("keeps any other tag or ampersand as text", () => {
    expect(parseMarkup("npm run cli -- <lệnh> & <a href='x'>")).toEqual([
      { text: "npm run cli -- <lệnh> & <a href='x'>" },
    ]);
  });

  it("refuses a tag left open or closed twice: a typo in a locale shows in its test", () => {
    expect(() => parseMarkup("<b>Lan")).toThrow(/left open/);
    expect(() => parseMarkup("Lan</i>")).toThrow(/closes no <i>/);
  });

  it("reads back what a person typed, escaped, as exactly that text and nothing else", () => {
    fc.assert(
      fc.property(markupLike(), (typed) => {
        const parsed = parseMarkup(`<b>${escapeMarkup(typed)}</b>`);
        expect(plainText(parsed)).toBe(typed);
        expect(parsed.every((s) => s.bold && !s.italic)).toBe(true);
      }),
    );
  });
});

describe("rich text", () => {
  it("splits at line breaks, each line keeping its styles", () => {
    const text: RichText = [{ text: "Part 1\nStudy", bold: true }, { text: ":\n\nread" }];
    expect(richLines(text)).toEqual([
      [{ text: "Part 1", bold: true }],
      [{ text: "Study", bold: true }, { text: ":" }],
      [],
      [{ text: "read" }],
    ]);
  });
});
