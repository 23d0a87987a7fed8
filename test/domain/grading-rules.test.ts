import { describe, expect, it } from "vitest";
import {
  countAgreed,
  levelForText,
  levelInitials,
  topLevelCap,
} from "../../src/domain/grading-rules.js";

const LABELS = {
  excellent: "Hoàn thành xuất sắc nhiệm vụ",
  good: "Hoàn thành tốt nhiệm vụ",
  done: "Hoàn thành nhiệm vụ",
  notDone: "Không hoàn thành nhiệm vụ",
};

describe("the levels the cell agreed, counted", () => {
  const active = { status: "full", roster: "active" } as const;
  it("counts graded members by level, and none without a level", () => {
    const counts = countAgreed([
      { member: active, level: "excellent" },
      { member: active, level: "good" },
      { member: active, level: "good" },
      { member: { status: "retired", roster: "active" }, level: "done" },
      { member: active, level: null },
      { member: active, level: undefined },
    ]);
    expect(counts).toEqual({ excellent: 1, good: 2, done: 1, notDone: 0 });
  });

  it("leaves out a level kept for a member exempt, moved away, or off the roster", () => {
    const counts = countAgreed([
      { member: { status: "exempt", roster: "active" }, level: "excellent" },
      { member: { status: "transferred", roster: "active" }, level: "good" },
      { member: { status: "full", roster: "moved" }, level: "done" },
    ]);
    expect(counts).toEqual({ excellent: 0, good: 0, done: 0, notDone: 0 });
  });
});

describe("the cap on the top level", () => {
  it("allows a share of those rated good, rounded down: 20% of 7 allows 1", () => {
    expect(topLevelCap({ excellent: 1, good: 7 }, 0.2)).toEqual({ allowed: 1, over: 0 });
    expect(topLevelCap({ excellent: 2, good: 7 }, 0.2)).toEqual({ allowed: 1, over: 1 });
    expect(topLevelCap({ excellent: 2, good: 10 }, 0.2)).toEqual({ allowed: 2, over: 0 });
    expect(topLevelCap({ excellent: 5, good: 10 }, 0.2)).toEqual({ allowed: 2, over: 3 });
  });

  it("keeps a whole share whole despite floating point (29% of 100 is 29)", () => {
    expect(topLevelCap({ excellent: 29, good: 100 }, 0.29)).toEqual({ allowed: 29, over: 0 });
    expect(topLevelCap({ excellent: 30, good: 100 }, 0.29)).toEqual({ allowed: 29, over: 1 });
  });

  it("allows none at the top while nobody is rated good", () => {
    expect(topLevelCap({ excellent: 0, good: 0 }, 0.2)).toEqual({ allowed: 0, over: 0 });
    expect(topLevelCap({ excellent: 1, good: 0 }, 0.2)).toEqual({ allowed: 0, over: 1 });
  });

  it("allows none at the top with a share of 0, all with a share of 1", () => {
    expect(topLevelCap({ excellent: 1, good: 9 }, 0)).toEqual({ allowed: 0, over: 1 });
    expect(topLevelCap({ excellent: 9, good: 9 }, 1)).toEqual({ allowed: 9, over: 0 });
  });

  it("says nothing where the plan sets no cap", () => {
    expect(topLevelCap({ excellent: 50, good: 0 }, undefined)).toBeUndefined();
  });
});

describe("a level typed by the secretary", () => {
  it("reads the whole name, with or without diacritics, in any case", () => {
    expect(levelForText("Hoàn thành tốt nhiệm vụ", LABELS)).toBe("good");
    expect(levelForText("hoan thanh nhiem vu", LABELS)).toBe("done");
    expect(levelForText("KHÔNG HOÀN THÀNH NHIỆM VỤ.", LABELS)).toBe("notDone");
    expect(levelForText("Xếp loại: hoàn thành xuất sắc nhiệm vụ", LABELS)).toBe("excellent");
  });

  it("reads the initials papers use", () => {
    expect(levelInitials(LABELS.excellent)).toBe("HTXSNV");
    expect(levelForText("HTXSNV", LABELS)).toBe("excellent");
    expect(levelForText("httnv", LABELS)).toBe("good");
    expect(levelForText("HTNV", LABELS)).toBe("done");
    expect(levelForText("khtnv", LABELS)).toBe("notDone");
  });

  it("reads words only one name has", () => {
    expect(levelForText("tốt", LABELS)).toBe("good");
    expect(levelForText("xuat sac", LABELS)).toBe("excellent");
    expect(levelForText("không hoàn thành", LABELS)).toBe("notDone");
  });

  it("reads decomposed (NFD) and broken-font text as typed normally", () => {
    expect(levelForText("Hoàn thành tốt nhiệm vụ".normalize("NFD"), LABELS)).toBe("good");
    expect(levelForText("xuất sắc".normalize("NFD"), LABELS)).toBe("excellent");
  });

  it("reads nothing from words several names share, from other words, or from nothing", () => {
    expect(levelForText("hoàn thành", LABELS)).toBeUndefined();
    expect(levelForText("nhiệm vụ", LABELS)).toBeUndefined();
    expect(levelForText("khá", LABELS)).toBeUndefined();
    expect(levelForText("to", LABELS)).toBeUndefined();
    expect(levelForText("", LABELS)).toBeUndefined();
    expect(levelForText("   😀 ", LABELS)).toBeUndefined();
    expect(levelForText(`tốt ${"a".repeat(10_000)}`, LABELS)).toBeUndefined();
    expect(levelForText("<b>tốt</b>", LABELS)).toBeUndefined();
  });

  it("follows the plan's own names of the levels", () => {
    const other = { ...LABELS, good: "Hoàn thành tốt" };
    expect(levelForText("hoàn thành tốt", other)).toBe("good");
    expect(levelForText("httnv", other)).toBeUndefined();
    expect(levelForText("htt", other)).toBe("good");
  });
});
