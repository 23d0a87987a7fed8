import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkFullName, nameFromProfile, profileFullName } from "../../src/domain/names.js";
import { clip, normalizeLine, normalizeText, visibleLength } from "../../src/domain/text.js";

describe("piles of marks", () => {
  it("a thousand acute accents on one letter leave one accented letter", () => {
    expect(normalizeText(`a${"\u0301".repeat(1000)}`)).toBe("á");
    expect(checkFullName(`Lan${"\u0301".repeat(1000)}`)).toEqual({ ok: true, name: "Lań" });
  });

  it("keeps a Vietnamese letter's two marks, however many are piled on it", () => {
    expect(normalizeText(`e\u0323\u0302${"\u0301\u0300".repeat(500)}`)).toBe("ệ");
    expect(normalizeText(`a${"\u0302\u0301".repeat(500)}`)).toBe("ấ");
  });

  it("is not fooled by invisible characters between the marks", () => {
    for (const between of ["\u2066", "\u034f", "\u00ad", "\ufe0f", "\u{e0020}"]) {
      const piled = `o${`\u0301${between}`.repeat(500)}`;
      expect(normalizeText(piled), between.codePointAt(0)?.toString(16)).toBe("ó");
    }
  });

  it("never leaves more than three characters drawn as one", () => {
    const mark = fc.integer({ min: 0x300, max: 0x36f }).map((c) => String.fromCodePoint(c));
    fc.assert(
      fc.property(
        fc.constantFrom("a", "ư", "Đ", "e"),
        fc.array(mark, { maxLength: 50 }),
        (l, ms) => {
          const text = normalizeText(l + ms.join(""));
          expect(visibleLength(text)).toBe(1);
          expect(text.normalize("NFD").length).toBeLessThanOrEqual(3);
        },
      ),
    );
  });
});

describe("names from profiles", () => {
  it("drops bidi overrides, isolates and zero-width characters", () => {
    const name = "\u202eNguyễn\u200b Thị\u2066 Lan\u2069\u200d";
    expect(normalizeLine(name)).toBe("Nguyễn Thị Lan");
    expect(nameFromProfile(name)).toBe("Nguyễn Thị Lan");
    expect(nameFromProfile("\u3164\u3164")).toBe("");
  });

  it("puts the family name first, as Vietnamese write a name", () => {
    // Telegram's "Tên" (first name) and "Họ" (last name), shown first + last.
    expect(profileFullName("Lan", "Nguyễn Thị")).toBe("Nguyễn Thị Lan");
    expect(profileFullName("Hùng", "Trần Văn")).toBe("Trần Văn Hùng");
    // Written in Vietnamese order across the two fields already.
    expect(profileFullName("Nguyễn", "Thị Lan")).toBe("Nguyễn Thị Lan");
    expect(profileFullName("Mai", "Lê Thị")).toBe("Lê Thị Mai");
    // One field only.
    expect(profileFullName("Nguyễn Thị Lan")).toBe("Nguyễn Thị Lan");
    expect(profileFullName("Nguyễn Thị Lan", "")).toBe("Nguyễn Thị Lan");
  });
});

describe("what is said back", () => {
  it("clips long text to what a person can take in, with a mark where it was cut", () => {
    expect(clip("dangky", 30)).toBe("dangky");
    expect(clip("a".repeat(10_000), 30)).toBe(`${"a".repeat(30)}…`);
    // Letters, not UTF-16 units: a decomposed Vietnamese letter is not cut in two.
    expect(clip("e\u0323\u0302".repeat(40), 3)).toBe(`${"e\u0323\u0302".repeat(3)}…`);
  });
});
