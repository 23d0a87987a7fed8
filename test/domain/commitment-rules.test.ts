import { describe, expect, it } from "vitest";
import {
  checkAnswer,
  MAX_PART_LENGTH,
  registrationDeadline,
  registrationOpen,
} from "../../src/domain/commitment-rules.js";

const VN = "Asia/Ho_Chi_Minh";

describe("checkAnswer", () => {
  it("accepts a short answer and returns it tidied", () => {
    expect(checkAnswer("  Đọc   hết tài liệu chuyên đề.  ")).toEqual({
      ok: true,
      text: "Đọc hết tài liệu chuyên đề.",
    });
  });

  it("keeps the lines of a longer answer", () => {
    expect(checkAnswer("- Việc một\n- Việc hai\n\n\n\n- Việc ba")).toEqual({
      ok: true,
      text: "- Việc một\n- Việc hai\n\n- Việc ba",
    });
  });

  it("stores a decomposed answer composed, with ƣ restored", () => {
    const result = checkAnswer("Học tập tư tưởng".normalize("NFD"));
    expect(result).toEqual({ ok: true, text: "Học tập tư tưởng" });
    expect(checkAnswer("tƣ tƣởng")).toEqual({ ok: true, text: "tư tưởng" });
  });

  it("refuses an empty or blank answer", () => {
    expect(checkAnswer("")).toEqual({ ok: false, problem: "empty" });
    expect(checkAnswer("   \n\t  ")).toEqual({ ok: false, problem: "empty" });
    expect(checkAnswer("\u200b")).toEqual({ ok: false, problem: "empty" });
  });

  it("refuses emoji or punctuation without words", () => {
    expect(checkAnswer("👍")).toEqual({ ok: false, problem: "no-words" });
    expect(checkAnswer("😀🎉 !!!")).toEqual({ ok: false, problem: "no-words" });
  });

  it("refuses 10,000 characters and says how long it was", () => {
    expect(checkAnswer("a".repeat(10_000))).toEqual({
      ok: false,
      problem: "too-long",
      length: 10_000,
    });
  });

  it("allows exactly the maximum and refuses one more", () => {
    expect(MAX_PART_LENGTH).toBe(800);
    expect(checkAnswer("ư".repeat(800)).ok).toBe(true);
    expect(checkAnswer("ư".repeat(801))).toEqual({ ok: false, problem: "too-long", length: 801 });
  });

  it("measures length in visible characters, not code units", () => {
    // 800 decomposed letters are 2400 UTF-16 units but 800 characters.
    expect(checkAnswer("ệ".normalize("NFD").repeat(800)).ok).toBe(true);
    // 400 emoji with skin tone are 1600 UTF-16 units but 400 characters.
    expect(checkAnswer(`Giúp bà con ${"👍🏽".repeat(400)}`).ok).toBe(true);
  });

  it("measures the tidied text, not the spaces around it", () => {
    expect(checkAnswer(`${" ".repeat(500)}${"a".repeat(800)}${" ".repeat(500)}`).ok).toBe(true);
  });
});

describe("registrationOpen", () => {
  it("is open through the whole deadline day in Vietnam", () => {
    expect(registrationOpen(new Date("2024-04-30T16:59:59Z"), "2024-04-30", VN)).toBe(true);
    expect(registrationOpen(new Date("2024-04-30T17:00:00Z"), "2024-04-30", VN)).toBe(false);
  });

  it("is open before the deadline and closed after it", () => {
    expect(registrationOpen(new Date("2024-02-01T03:00:00Z"), "2024-04-30", VN)).toBe(true);
    expect(registrationOpen(new Date("2024-07-01T03:00:00Z"), "2024-04-30", VN)).toBe(false);
  });
});

describe("registrationDeadline", () => {
  /** The deadline of a cell created at `createdAt`, under a plan whose deadline is `planDeadline`. */
  const cellDeadline = (planDeadline: string, createdAt: string) =>
    registrationDeadline(
      { deadlines: { registration: planDeadline } },
      { createdAt: new Date(createdAt) },
      VN,
    );

  it("is the plan's without a cell", () => {
    expect(registrationDeadline({ deadlines: { registration: "2024-04-30" } }, undefined, VN)).toBe(
      "2024-04-30",
    );
  });

  it("gives a cell created just before the deadline a month from its creation", () => {
    expect(cellDeadline("2024-04-30", "2024-04-10T03:00:00Z")).toBe("2024-05-10");
  });

  it("counts the month in Vietnam's calendar days, whatever the server's time zone", () => {
    // 20/10 23:30 in Vietnam; a month of calendar days later is 19/11.
    expect(cellDeadline("2024-04-30", "2024-10-20T16:30:00Z")).toBe("2024-11-19");
  });

  const planDeadline = "2024-04-30";

  it("keeps the plan's deadline for a cell created well before it", () => {
    expect(cellDeadline(planDeadline, "2024-01-15T03:00:00Z")).toBe("2024-04-30");
    expect(cellDeadline(planDeadline, "2024-03-01T03:00:00Z")).toBe("2024-04-30");
  });

  it("gives a cell created after the deadline a month from its creation", () => {
    expect(cellDeadline(planDeadline, "2024-06-10T03:00:00Z")).toBe("2024-07-10");
  });

  it("counts the month from the local day of creation", () => {
    // 2024-06-10 20:00 UTC is already 11 June in Vietnam.
    expect(cellDeadline(planDeadline, "2024-06-10T20:00:00Z")).toBe("2024-07-11");
  });

  it("never goes past the end of the plan's year", () => {
    expect(cellDeadline(planDeadline, "2024-12-20T03:00:00Z")).toBe("2024-12-31");
    expect(cellDeadline(planDeadline, "2024-12-01T03:00:00Z")).toBe("2024-12-31");
  });

  it("keeps the plan's deadline for a cell created in an earlier year", () => {
    expect(cellDeadline(planDeadline, "2023-12-20T03:00:00Z")).toBe("2024-04-30");
    expect(cellDeadline(planDeadline, "2023-05-01T03:00:00Z")).toBe("2024-04-30");
  });
});
