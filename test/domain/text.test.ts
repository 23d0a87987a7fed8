import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  foldKey,
  hasWords,
  normalizeLine,
  normalizeText,
  visibleLength,
} from "../../src/domain/text.js";

const isNfc = (s: string) => s === s.normalize("NFC");

// Vietnamese letters, lower and upper case, written composed; the tests decompose them.
const VIETNAMESE_LETTERS = [
  ..."aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ",
];
const letters = [...VIETNAMESE_LETTERS, ...VIETNAMESE_LETTERS.map((c) => c.toUpperCase())];

/** One letter as someone's keyboard or PDF sends it: composed, decomposed, or with "ƣ". */
const letter = fc
  .tuple(fc.constantFrom(...letters), fc.constantFrom("NFC", "NFD", "broken"))
  .map(([c, form]) => {
    if (form === "NFD") return c.normalize("NFD");
    if (form === "broken") {
      return c.normalize("NFD").replace("u\u031b", "\u01a3").replace("U\u031b", "\u01a2");
    }
    return c;
  });

/** Text pasted from anywhere: letters, words' separators, line breaks and invisible noise. */
const noise = fc.constantFrom(
  " ",
  "  ",
  "\t",
  "\n",
  "\n\n\n",
  "\r\n",
  "\u00a0",
  "\u200b",
  "\u200d",
  "\ufeff",
  "\u0007",
  ",",
  ".",
  "😀",
  "1",
);
const pastedText = fc
  .array(fc.oneof({ weight: 3, arbitrary: letter }, { weight: 1, arbitrary: noise }), {
    maxLength: 60,
  })
  .map((parts) => parts.join(""));

describe("normalizeText", () => {
  it("composes decomposed (NFD) Vietnamese", () => {
    const decomposedHoc = "ho\u0323c"; // "học" typed as o + combining dot below
    expect(normalizeText(decomposedHoc)).toBe("học");
    expect(normalizeText(decomposedHoc).length).toBe(3);

    const decomposedNguyen = "Nguye\u0302\u0303n"; // "Nguyễn" as e + circumflex + tilde
    expect(normalizeText(decomposedNguyen)).toBe("Nguyễn");
    expect(normalizeText("Nguyê\u0303n")).toBe("Nguyễn");
    expect(normalizeText("Nguyê\u0303n")).toBe("Nguy\u1ec5n");
  });

  it("restores the broken-font ƣ and Ƣ of PDF extracts", () => {
    expect(normalizeText("tƣ tƣởng")).toBe("tư tưởng");
    expect(normalizeText("TƢ TƢỞNG")).toBe("TƯ TƯỞNG");
    expect(normalizeText("Bình Dƣơng")).toBe("Bình Dương");
  });

  it("makes a broken ƣ followed by a combining mark into one composed letter", () => {
    expect(normalizeText("tƣ\u0309ng")).toBe("tửng");
  });

  it("removes zero-width, bidi and control characters", () => {
    expect(normalizeText("Chi\u200b bộ\u200d\ufeff")).toBe("Chi bộ");
    expect(normalizeText("\u202eHọc\u202c tập")).toBe("Học tập");
    expect(normalizeText("a\u0000b\u0007c\u007fd")).toBe("abcd");
  });

  it("collapses runs of spaces and tabs and trims each line", () => {
    expect(normalizeText("  Học   tập \t và\u00a0\u00a0làm theo  ")).toBe("Học tập và làm theo");
    expect(normalizeText("  dòng một  \n   dòng hai ")).toBe("dòng một\ndòng hai");
  });

  it("keeps line breaks but at most one blank line between paragraphs", () => {
    expect(normalizeText("Một\n\n\n\n\nHai")).toBe("Một\n\nHai");
    expect(normalizeText("Một\n  \n \t \n\nHai")).toBe("Một\n\nHai");
    expect(normalizeText("Một\r\nHai\r\n\r\n\r\nBa")).toBe("Một\nHai\n\nBa");
    expect(normalizeText("\n\nMột\n\n")).toBe("Một");
  });

  it("gives the empty string for nothing but blanks and invisible characters", () => {
    expect(normalizeText(" \n\t\u200b\ufeff ")).toBe("");
  });

  it("is idempotent on pasted Vietnamese text", () => {
    fc.assert(
      fc.property(pastedText, (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });

  it("leaves no character of the Latin ranges it lets through unchanged that it would change", () => {
    const ranges = [
      [0x20, 0x2ff],
      [0x1e00, 0x1eff],
    ] as const;
    for (const [from, to] of ranges) {
      for (let point = from; point <= to; point++) {
        const out = normalizeText(`a${String.fromCodePoint(point)}b`);
        expect(isNfc(out), point.toString(16)).toBe(true);
        expect(out, point.toString(16)).not.toMatch(
          /[\u00a0\u01a2\u01a3\p{Default_Ignorable_Code_Point}\p{Cc}]|\s{2}/u,
        );
      }
    }
    expect(normalizeText("Nguyễn  Văn Ánh")).toBe("Nguyễn Văn Ánh");
    expect(normalizeText(" Nguyễn Văn Ánh")).toBe("Nguyễn Văn Ánh");
    expect(normalizeText("Nguy\u00a0ễn")).toBe("Nguy ễn");
    expect(normalizeText("Trần Thị Hƣơng")).toBe("Trần Thị Hương");
  });

  it("always returns NFC with no ƣ and no surrounding blanks", () => {
    fc.assert(
      fc.property(pastedText, (s) => {
        const out = normalizeText(s);
        expect(isNfc(out)).toBe(true);
        for (const gone of ["\u01a2", "\u01a3", "\u200b", "\u200d", "\ufeff", "\u0007", "\r"]) {
          expect(out).not.toContain(gone);
        }
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/ {2}|\n{3}/);
      }),
    );
  });
});

describe("normalizeText with stray characters inside words", () => {
  it("keeps a lone carriage return as a line break", () => {
    expect(normalizeText("Một\r\nHai\rBa")).toBe("Một\nHai\nBa");
  });

  it("composes a letter and its mark that an invisible character stood between", () => {
    expect(normalizeText("e\u200b\u0301")).toBe("\u00e9");
    expect(normalizeText("Nguye\u0000\u0302\u0303n")).toBe("Nguyễn");
  });
});

describe("normalizeLine", () => {
  it("folds line breaks into single spaces", () => {
    expect(normalizeLine("Nguyễn\nVăn\n\n\nAn")).toBe("Nguyễn Văn An");
  });
});

describe("foldKey", () => {
  it("matches a name with and without diacritics and case", () => {
    expect(foldKey("Nguyễn Văn Ánh")).toBe(foldKey("nguyen van anh"));
    expect(foldKey("NGUYỄN VĂN ÁNH")).toBe(foldKey("nguyen van anh"));
  });

  it("treats Đ and đ as d", () => {
    expect(foldKey("Đặng Đình Đức")).toBe("dang dinh duc");
    expect(foldKey("đảng")).toBe(foldKey("DANG"));
  });

  it("matches decomposed and composed forms, and the broken ƣ", () => {
    const composed = "Trương Thị Hường";
    expect(foldKey(composed.normalize("NFD"))).toBe(foldKey(composed));
    expect(foldKey("Trƣơng Thị Hƣờng")).toBe(foldKey(composed));
  });

  it("ignores extra spaces and invisible characters", () => {
    expect(foldKey("  Lê\u200b   Văn\nTám ")).toBe(foldKey("le van tam"));
  });

  it("still tells different names apart", () => {
    expect(foldKey("Nguyễn Văn An")).not.toBe(foldKey("Nguyễn Văn Anh"));
    expect(foldKey("Lê Thị Hoa")).not.toBe(foldKey("Lê Thị Hòa Bình"));
  });

  it("gives the same key for the NFD and NFC forms of any Vietnamese text", () => {
    fc.assert(
      fc.property(pastedText, (s) => {
        expect(foldKey(s.normalize("NFD"))).toBe(foldKey(s.normalize("NFC")));
      }),
    );
  });

  it("produces keys without marks or upper case letters", () => {
    fc.assert(
      fc.property(pastedText, (s) => {
        const key = foldKey(s);
        expect(key).not.toMatch(/\p{M}|\p{Lu}|đ/u);
      }),
    );
  });
});

describe("hasWords", () => {
  it("is false for emoji only", () => {
    expect(hasWords("😀🎉")).toBe(false);
    expect(hasWords("👍🏽 ❤️")).toBe(false);
  });

  it("is false for punctuation and blanks only", () => {
    expect(hasWords("...!!! ???")).toBe(false);
    expect(hasWords("- — …")).toBe(false);
    expect(hasWords("")).toBe(false);
    expect(hasWords("   \n")).toBe(false);
  });

  it("is true for Vietnamese words and numbers", () => {
    expect(hasWords("Học tập")).toBe(true);
    expect(hasWords("đ")).toBe(true);
    expect(hasWords("😀 ừ")).toBe(true);
    expect(hasWords("100%")).toBe(true);
  });
});

describe("visibleLength", () => {
  it("counts an emoji with a skin tone as one character", () => {
    expect(visibleLength("👍🏽")).toBe(1);
    expect(visibleLength("👍🏽👍🏽")).toBe(2);
  });

  it("counts a family emoji joined by zero-width joiners as one character", () => {
    expect(visibleLength("👨‍👩‍👧")).toBe(1);
  });

  it("counts a decomposed letter with its combining marks as one character", () => {
    expect(visibleLength("e\u0302\u0303")).toBe(1);
    expect(visibleLength("Nguye\u0302\u0303n")).toBe(6);
  });

  it("counts as Unicode's grapheme clusters do, whatever the mix of characters", () => {
    const pieces = [
      ...VIETNAMESE_LETTERS,
      ..."AĐƠƯ 09.,;:!?\"'()-–…«»",
      "\t",
      "\n",
      "\r",
      "\r\n",
      "\u00ad",
      "\u0301",
      "\u0323",
      "\u200d",
      "👍🏽",
      "👨‍👩‍👧",
      "ƣ",
      "漢",
    ];
    const graphemes = new Intl.Segmenter("vi", { granularity: "grapheme" });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(visibleLength(text)).toBe([...graphemes.segment(text)].length);
      }),
      { numRuns: 2000 },
    );
  });

  it("counts Vietnamese text the same composed or decomposed", () => {
    const text = "Học tập và làm theo";
    expect(visibleLength(text)).toBe(19);
    expect(visibleLength(text.normalize("NFD"))).toBe(19);
  });
});
