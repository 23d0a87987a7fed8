import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkPollOptions,
  checkPollQuestion,
  MAX_POLL_OPTION,
  MAX_POLL_OPTIONS,
  MAX_POLL_QUESTION,
  MIN_POLL_OPTIONS,
  tally,
} from "../../src/domain/poll-rules.js";

const options = (count: number) => Array.from({ length: count }, (_, i) => `Phương án ${i + 1}`);

describe("checkPollQuestion", () => {
  it("returns the question tidied to one line", () => {
    expect(checkPollQuestion("  Chọn   ngày họp\ntháng 4? ")).toEqual({
      ok: true,
      question: "Chọn ngày họp tháng 4?",
    });
  });

  it("refuses an empty question, or one of punctuation and emoji only", () => {
    expect(checkPollQuestion("")).toEqual({ ok: false, problem: "question-empty" });
    expect(checkPollQuestion("  \n ")).toEqual({ ok: false, problem: "question-empty" });
    expect(checkPollQuestion("???")).toEqual({ ok: false, problem: "question-empty" });
    expect(checkPollQuestion("… !? 🗳")).toEqual({ ok: false, problem: "question-empty" });
  });

  it("allows exactly the maximum and refuses one more", () => {
    expect(MAX_POLL_QUESTION).toBe(300);
    expect(checkPollQuestion("ư".repeat(300))).toEqual({ ok: true, question: "ư".repeat(300) });
    expect(checkPollQuestion("ư".repeat(301))).toEqual({
      ok: false,
      problem: "question-too-long",
      length: 301,
    });
  });

  it("stores a decomposed question composed and counts it in visible characters", () => {
    expect(checkPollQuestion("Đánh giá buổi sinh hoạt".normalize("NFD"))).toEqual({
      ok: true,
      question: "Đánh giá buổi sinh hoạt",
    });
    // 300 decomposed letters with two marks each: 900 UTF-16 units, 300 characters.
    expect(checkPollQuestion("ệ".normalize("NFD").repeat(300))).toEqual({
      ok: true,
      question: "ệ".repeat(300),
    });
  });
});

describe("checkPollOptions", () => {
  it("splits options by line, by ';' and by '|', tidied", () => {
    expect(checkPollOptions("Thứ Hai\n  Thứ   Ba ;Thứ Tư|Thứ Năm")).toEqual({
      ok: true,
      options: ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm"],
    });
    expect(checkPollOptions("Có\r\nKhông")).toEqual({ ok: true, options: ["Có", "Không"] });
  });

  it("drops blank options", () => {
    expect(checkPollOptions("\n\nCó;;  ; |\n\u200b\nKhông\n|")).toEqual({
      ok: true,
      options: ["Có", "Không"],
    });
  });

  it("wants at least two options", () => {
    expect(MIN_POLL_OPTIONS).toBe(2);
    expect(checkPollOptions("")).toEqual({ ok: false, problem: "too-few-options", count: 0 });
    expect(checkPollOptions("Có")).toEqual({ ok: false, problem: "too-few-options", count: 1 });
    expect(checkPollOptions("Có;\n|  ")).toEqual({
      ok: false,
      problem: "too-few-options",
      count: 1,
    });
    expect(checkPollOptions("Có;Không")).toEqual({ ok: true, options: ["Có", "Không"] });
  });

  it("takes at most ten options", () => {
    expect(MAX_POLL_OPTIONS).toBe(10);
    expect(checkPollOptions(options(10).join("\n"))).toEqual({ ok: true, options: options(10) });
    expect(checkPollOptions(options(11).join("\n"))).toEqual({
      ok: false,
      problem: "too-many-options",
      count: 11,
    });
    expect(checkPollOptions(options(13).join(";"))).toEqual({
      ok: false,
      problem: "too-many-options",
      count: 13,
    });
  });

  it("refuses an option repeated, ignoring case and diacritics", () => {
    expect(checkPollOptions("Đồng ý\nKhông\ndong Y")).toEqual({
      ok: false,
      problem: "option-repeated",
      option: "dong Y",
    });
    expect(checkPollOptions("Có|có")).toEqual({
      ok: false,
      problem: "option-repeated",
      option: "có",
    });
    // Composed and decomposed spellings are the same option.
    expect(checkPollOptions(`Tốt\n${"Tốt".normalize("NFD")}`)).toMatchObject({
      ok: false,
      problem: "option-repeated",
    });
  });

  it("refuses an option of punctuation only", () => {
    expect(checkPollOptions("Có\n???")).toEqual({ ok: false, problem: "option-empty" });
  });

  it("refuses an option longer than the maximum", () => {
    expect(MAX_POLL_OPTION).toBe(100);
    expect(checkPollOptions(`${"a".repeat(100)}\nb`)).toEqual({
      ok: true,
      options: ["a".repeat(100), "b"],
    });
    expect(checkPollOptions(`Có\n${"a".repeat(101)}`)).toEqual({
      ok: false,
      problem: "option-too-long",
      option: "a".repeat(101),
    });
    expect(checkPollOptions(`Có\n${"ệ".normalize("NFD").repeat(100)}`).ok).toBe(true);
  });
});

describe("tally", () => {
  it("counts each named vote for its option", () => {
    const votes = [{ optionIds: [0] }, { optionIds: [2] }, { optionIds: [0] }];
    expect(tally(3, votes)).toEqual([2, 0, 1]);
  });

  it("ignores option ids out of range", () => {
    const votes = [{ optionIds: [-1] }, { optionIds: [2] }, { optionIds: [7, 0] }];
    expect(tally(2, votes)).toEqual([1, 0]);
  });

  it("counts every option of a vote for several", () => {
    expect(tally(3, [{ optionIds: [0, 2] }])).toEqual([1, 0, 1]);
  });

  it("gives zero for every option of a poll nobody answered", () => {
    expect(tally(4, [])).toEqual([0, 0, 0, 0]);
    expect(tally(2, [{ optionIds: [] }])).toEqual([0, 0]);
  });

  it("always adds up to the single-option votes", () => {
    const poll = fc.integer({ min: MIN_POLL_OPTIONS, max: MAX_POLL_OPTIONS }).chain((optionCount) =>
      fc.record({
        optionCount: fc.constant(optionCount),
        votes: fc.array(
          fc.record({
            optionIds: fc.tuple(fc.integer({ min: 0, max: optionCount - 1 })),
          }),
          { maxLength: 60 },
        ),
      }),
    );
    fc.assert(
      fc.property(poll, ({ optionCount, votes }) => {
        const counts = tally(optionCount, votes);
        expect(counts).toHaveLength(optionCount);
        expect(counts.every((count) => Number.isInteger(count) && count >= 0)).toBe(true);
        expect(counts.reduce((sum, count) => sum + count, 0)).toBe(votes.length);
      }),
    );
  });
});
