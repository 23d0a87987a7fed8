import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCellName, checkFullName, MAX_NAME_LENGTH } from "../../src/domain/names.js";

describe("checkFullName", () => {
  it("capitalizes each word the way names are written on Party forms", () => {
    expect(checkFullName("nguyễn văn an")).toEqual({ ok: true, name: "Nguyễn Văn An" });
    expect(checkFullName("đặng thị ánh")).toEqual({ ok: true, name: "Đặng Thị Ánh" });
  });

  it("keeps a name already written properly", () => {
    expect(checkFullName("Trần Thị Thu Hà")).toEqual({ ok: true, name: "Trần Thị Thu Hà" });
  });

  it("tidies spaces, line breaks and invisible characters", () => {
    expect(checkFullName("  Lê \u200b  Văn\n Tám  ")).toEqual({ ok: true, name: "Lê Văn Tám" });
  });

  it("stores a decomposed (NFD) name composed", () => {
    const result = checkFullName("Nguyễn Văn Ánh".normalize("NFD"));
    expect(result).toEqual({ ok: true, name: "Nguyễn Văn Ánh" });
    if (result.ok) expect(result.name).toBe(result.name.normalize("NFC"));
  });

  it("restores the broken-font ƣ", () => {
    expect(checkFullName("Trƣơng Thị Hƣờng")).toEqual({ ok: true, name: "Trương Thị Hường" });
    expect(checkFullName("ƣng")).toEqual({ ok: true, name: "Ưng" });
  });

  it("accepts the signs some names carry", () => {
    expect(checkFullName("H'Hen Niê")).toEqual({ ok: true, name: "H'Hen Niê" });
    expect(checkFullName("Y-Moan Ênuôl")).toEqual({ ok: true, name: "Y-Moan Ênuôl" });
  });

  it("refuses an empty or blank name", () => {
    expect(checkFullName("")).toEqual({ ok: false, problem: "empty" });
    expect(checkFullName("   \n\t ")).toEqual({ ok: false, problem: "empty" });
    expect(checkFullName("\u200b\ufeff")).toEqual({ ok: false, problem: "empty" });
  });

  it("refuses emoji or punctuation instead of a name", () => {
    expect(checkFullName("😀🎉")).toEqual({ ok: false, problem: "empty" });
    expect(checkFullName("...")).toEqual({ ok: false, problem: "empty" });
  });

  it("refuses digits", () => {
    expect(checkFullName("12345")).toEqual({ ok: false, problem: "characters" });
    expect(checkFullName("Nguyễn Văn An 2")).toEqual({ ok: false, problem: "characters" });
  });

  it("refuses markup and signs that are not in names", () => {
    expect(checkFullName("<script>")).toEqual({ ok: false, problem: "characters" });
    expect(checkFullName("<b>Nguyễn</b>")).toEqual({ ok: false, problem: "characters" });
    expect(checkFullName("A & B")).toEqual({ ok: false, problem: "characters" });
    expect(checkFullName("Nguyễn Văn An 😀")).toEqual({ ok: false, problem: "characters" });
  });

  it("accepts 80 characters and refuses 81", () => {
    expect(MAX_NAME_LENGTH).toBe(80);
    const eighty = `Nguyễn ${"a".repeat(73)}`;
    expect([...eighty].length).toBe(80);
    expect(checkFullName(eighty).ok).toBe(true);
    expect(checkFullName(`${eighty}a`)).toEqual({ ok: false, problem: "too-long" });
    expect(checkFullName("Nguyễn Văn An ".repeat(20))).toEqual({ ok: false, problem: "too-long" });
  });

  it("counts a decomposed name by its visible letters, not its code units", () => {
    const eighty = "ễ".repeat(80);
    expect(checkFullName(eighty.normalize("NFD")).ok).toBe(true);
  });

  it("accepts only letters, marks, spaces and .'- and always returns NFC", () => {
    const pieces = fc.constantFrom(
      ..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ",
      ..."àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
      "e\u0302\u0303",
      "o\u031b\u0301",
      "\u01a3",
      " ",
      "  ",
      "\n",
      "\u200b",
      ".",
      "'",
      "-",
      "0",
      "&",
      "<",
      "😀",
      "_",
      "/",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const result = checkFullName(parts.join(""));
        if (!result.ok) return;
        expect(result.name).toMatch(/^[\p{L}\p{M} .'-]+$/u);
        expect(result.name).toMatch(/\p{L}/u);
        expect(result.name).toBe(result.name.normalize("NFC"));
        expect(result.name).toBe(result.name.trim());
        expect(result.name).not.toMatch(/ {2}/);
      }),
    );
  });
});

describe("checkCellName", () => {
  it("accepts numbers and signs a cell's name often carries", () => {
    expect(checkCellName("  Chi bộ  Khu phố 3/2 ")).toEqual({
      ok: true,
      name: "Chi bộ Khu phố 3/2",
    });
  });

  it("refuses an empty, emoji-only or overlong name", () => {
    expect(checkCellName("  ")).toEqual({ ok: false });
    expect(checkCellName("🎉🎉")).toEqual({ ok: false });
    expect(checkCellName("a".repeat(121))).toEqual({ ok: false });
    expect(checkCellName("a".repeat(120)).ok).toBe(true);
  });
});
