import { describe, expect, it } from "vitest";
import { readPlanDay } from "../../src/plan/plan-day.js";
import {
  checkPlanLine,
  readExamples,
  readPartLabels,
  readYear,
  typedWordFor,
} from "../../src/plan/plan-input.js";
import { PLAN_LIMITS } from "../../src/plan/plan-schema.js";
import { shippedPlans } from "../../src/plan/shipped-plans.js";

describe("readPlanDay", () => {
  it.each([
    ["30/4", "2024-04-30"],
    ["30/04/2024", "2024-04-30"],
    ["30-4-2024", "2024-04-30"],
    ["30.4.24", "2024-04-30"],
    ["ngày 30/4", "2024-04-30"],
    ["Ngày 30 tháng 4 năm 2024", "2024-04-30"],
    ["ngay 30 thang 4", "2024-04-30"],
    ["2024-04-30", "2024-04-30"],
    [" 1/5. ", "2024-05-01"],
    ["29/2", "2024-02-29"],
  ])("reads %s as %s in a plan for 2024", (typed, day) => {
    expect(readPlanDay(typed, 2024)).toEqual({ ok: true, day });
  });

  it.each([
    ["ngày mai", "unreadable"],
    ["30/4/2024 8h", "unreadable"],
    ["30/4-2024", "unreadable"],
    ["", "unreadable"],
    ["31/2", "impossible"],
    ["29/2/2023", "impossible"],
    ["30/4/2023", "other-year"],
    ["30/13", "impossible"],
  ])("refuses %s: %s", (typed, problem) => {
    expect(readPlanDay(typed, 2024)).toEqual({ ok: false, problem });
  });

  it("refuses 29/2 in a year without it", () => {
    expect(readPlanDay("29/2", 2025)).toEqual({ ok: false, problem: "impossible" });
  });
});

describe("checkPlanLine", () => {
  it("keeps text composed, with ư restored and spaces tidied", () => {
    expect(checkPlanLine("  Tƣ  tƣởng\nHồ Chí Minh ".normalize("NFD"), 100)).toEqual({
      ok: true,
      value: "Tư tưởng Hồ Chí Minh",
    });
  });

  it("refuses empty, wordless and too long text, saying how long", () => {
    expect(checkPlanLine(" \u200b ", 100)).toEqual({ ok: false, problem: "empty" });
    expect(checkPlanLine("🎉 …", 100)).toEqual({ ok: false, problem: "no-words" });
    expect(checkPlanLine("a".repeat(2000), PLAN_LIMITS.quarterTopic)).toEqual({
      ok: false,
      problem: "too-long",
      length: 2000,
    });
  });
});

describe("readPartLabels", () => {
  it("reads three names split by / ; | a line break, or commas", () => {
    const expected = { study: "Học tập", follow: "Thực hành", example: "Nêu gương" };
    for (const typed of [
      "Học tập / Thực hành / Nêu gương",
      "Học tập; Thực hành; Nêu gương",
      "Học tập\nThực hành\nNêu gương",
      "Học tập, Thực hành, Nêu gương",
      "Học tập / Thực hành / Nêu gương".normalize("NFD"),
    ]) {
      expect(readPartLabels(typed)).toEqual({ ok: true, value: expected });
    }
  });

  it("refuses two names, names alike once folded, and a name too long", () => {
    expect(readPartLabels("Học tập / Làm theo")).toMatchObject({ problem: "labels-count" });
    expect(readPartLabels("Học tập / HOC TAP / Nêu gương")).toMatchObject({
      problem: "labels-alike",
    });
    const long = "x".repeat(PLAN_LIMITS.partLabel + 1);
    expect(readPartLabels(`Học tập / ${long} / Nêu gương`)).toMatchObject({
      problem: "too-long",
    });
    expect(readPartLabels("")).toMatchObject({ problem: "empty" });
  });
});

describe("readExamples", () => {
  it("takes one example a line, without the bullets or numbers before them", () => {
    expect(readExamples("- Một việc\n• Hai việc\n\n3. Ba việc")).toEqual({
      ok: true,
      value: ["Một việc", "Hai việc", "Ba việc"],
    });
  });

  it("refuses more than the plan's limit and a line too long", () => {
    const seven = Array.from({ length: PLAN_LIMITS.examples + 1 }, (_, i) => `Việc ${i}`);
    expect(readExamples(seven.join("\n"))).toMatchObject({ problem: "examples-count" });
    expect(readExamples("x".repeat(PLAN_LIMITS.example + 1))).toMatchObject({
      problem: "too-long",
    });
  });
});

describe("typed words and years", () => {
  it("reads none and keep, and nothing else", () => {
    expect(typedWordFor("Không có.")).toBe("none");
    expect(typedWordFor("khong co")).toBe("none");
    expect(typedWordFor("Giữ nguyên")).toBe("keep");
    expect(typedWordFor("15/4")).toBeUndefined();
    expect(typedWordFor("không có chủ điểm riêng")).toBeUndefined();
  });

  it("reads a year of four digits", () => {
    expect(readYear("2025")).toBe(2025);
    expect(readYear("Năm 2025")).toBe(2025);
    expect(readYear("25")).toBeUndefined();
    expect(readYear("hai nghìn")).toBeUndefined();
  });
});

describe("shippedPlans", () => {
  it("lists the plans chibo comes with for a year, not the default", () => {
    expect(shippedPlans(2024).map((p) => p.name)).toEqual(["2024-binh-duong"]);
    expect(shippedPlans(2023).map((p) => p.name)).toEqual(["2023-duc-pho"]);
    expect(shippedPlans(2026)).toEqual([]);
  });
});
