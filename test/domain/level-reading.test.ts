import { describe, expect, it } from "vitest";
import { levelForText } from "../../src/domain/grading-rules.js";

const LABELS = {
  excellent: "Hoàn thành xuất sắc nhiệm vụ",
  good: "Hoàn thành tốt nhiệm vụ",
  done: "Hoàn thành nhiệm vụ",
  notDone: "Không hoàn thành nhiệm vụ",
};

/** /ketqua and /danhgia read a typed level alike: these are the forms they once disagreed on. */
describe("one reading of a typed level", () => {
  it("reads the initials of a name with or without its 'nhiệm vụ'", () => {
    expect(levelForText("ht", LABELS)).toBe("done");
    expect(levelForText("HTT", LABELS)).toBe("good");
    expect(levelForText("htxs", LABELS)).toBe("excellent");
    expect(levelForText("KHT", LABELS)).toBe("notDone");
  });

  it("reads the short forms no name gives", () => {
    expect(levelForText("xs", LABELS)).toBe("excellent");
    expect(levelForText("Không đạt", LABELS)).toBe("notDone");
  });

  it("reads a name without 'nhiệm vụ' once 'mức' or 'xếp loại' says a level follows", () => {
    expect(levelForText("mức hoàn thành ạ", LABELS)).toBe("done");
    expect(levelForText("Xếp loại: hoàn thành", LABELS)).toBe("done");
    expect(levelForText("tôi đề xuất mức tốt nhé", LABELS)).toBe("good");
  });

  it("reads nothing from 'hoàn thành' alone: every level's words, and a part's outcome", () => {
    expect(levelForText("hoàn thành", LABELS)).toBeUndefined();
    expect(levelForText("Hoàn thành ạ", LABELS)).toBeUndefined();
    expect(levelForText("mức", LABELS)).toBeUndefined();
    expect(levelForText("loại A", LABELS)).toBeUndefined();
  });

  it("follows the plan's names: a level it words otherwise is read by its own words", () => {
    const other = { ...LABELS, excellent: "Tiêu biểu", good: "Khá" };
    expect(levelForText("tiêu biểu", other)).toBe("excellent");
    expect(levelForText("TB", other)).toBe("excellent");
    expect(levelForText("khá", other)).toBe("good");
    expect(levelForText("tốt", other)).toBeUndefined();
  });
});
