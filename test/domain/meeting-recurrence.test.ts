import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type HolidayCalendar, loadHolidays } from "../../src/domain/holidays.js";
import {
  type HolidayShift,
  type MeetingRule,
  meetingOn,
  parseMeetingRule,
  ruleText,
} from "../../src/domain/meeting-recurrence.js";
import { plainText } from "../../src/domain/rich-text.js";
import { Translator } from "../../src/i18n.js";

const vi = new Translator("vi");
const en = new Translator("en");
const holidays = loadHolidays();

/** The rule read, as the secretary sees it read back, or the problem found. */
function read(text: string): string {
  const parsed = parseMeetingRule(text);
  return parsed.ok ? plainText(vi.text(ruleText(parsed.rule))) : parsed.problem;
}

function rule(text: string): MeetingRule {
  const parsed = parseMeetingRule(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.problem}`);
  return parsed.rule;
}

/** The meeting days of a rule, month by month through a year. */
function year(text: string, shift: HolidayShift, inYear = 2026): string[] {
  return Array.from(
    { length: 12 },
    (_, index) => meetingOn(rule(text), shift, inYear, index + 1, holidays).day,
  );
}

describe("parseMeetingRule: rules as secretaries type them", () => {
  it.each([
    ["ngày 5 hằng tháng 19h30", "ngày 5 hằng tháng, 19 giờ 30"],
    ["ngay 5 hang thang 19h30", "ngày 5 hằng tháng, 19 giờ 30"],
    ["Ngày 5 hàng tháng, 19:30", "ngày 5 hằng tháng, 19 giờ 30"],
    ["ngày 05 mỗi tháng lúc 7 giờ tối", "ngày 5 hằng tháng, 19 giờ"],
    ["mùng 5 hằng tháng 7 giờ rưỡi tối", "ngày 5 hằng tháng, 19 giờ 30"],
    ["19h30 ngày 5 hằng tháng", "ngày 5 hằng tháng, 19 giờ 30"],
    ["hằng tháng vào ngày 28, 2h chiều", "ngày 28 hằng tháng, 14 giờ"],
    ["Họp chi bộ định kỳ ngày 1 hằng tháng 8h", "ngày 1 hằng tháng, 8 giờ"],
    ["thứ Bảy đầu tiên của tháng 8h", "thứ Bảy đầu tiên của tháng, 8 giờ"],
    ["thu 7 dau tien hang thang 8h", "thứ Bảy đầu tiên của tháng, 8 giờ"],
    ["T7 đầu tháng 8 giờ sáng", "thứ Bảy đầu tiên của tháng, 8 giờ"],
    ["thứ7 thứ nhất hằng tháng 8h", "thứ Bảy đầu tiên của tháng, 8 giờ"],
    ["thứ Bảy thứ hai của tháng 2h chiều", "thứ Bảy thứ hai của tháng, 14 giờ"],
    ["thứ 2 thứ 3 của tháng 14h", "thứ Hai thứ ba của tháng, 14 giờ"],
    ["thứ Hai thứ tư hằng tháng 14h", "thứ Hai thứ tư của tháng, 14 giờ"],
    ["thứ Sáu cuối cùng của tháng 16h30", "thứ Sáu cuối cùng của tháng, 16 giờ 30"],
    ["chủ nhật cuối tháng 8 giờ sáng", "Chủ nhật cuối cùng của tháng, 8 giờ"],
    ["CN cuối tháng 8h", "Chủ nhật cuối cùng của tháng, 8 giờ"],
    ["ngày làm việc cuối cùng của tháng 14h", "ngày làm việc cuối cùng của tháng, 14 giờ"],
    ["ngày làm việc cuối tháng 14 giờ", "ngày làm việc cuối cùng của tháng, 14 giờ"],
    ["NGAY LAM VIEC CUOI THANG 14H30", "ngày làm việc cuối cùng của tháng, 14 giờ 30"],
    [
      "Họp chi bộ vào ngày làm việc cuối cùng của tháng, lúc 14 giờ 30 phút chiều.",
      "ngày làm việc cuối cùng của tháng, 14 giờ 30",
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it("reads the rule's parts, not only its words", () => {
    expect(parseMeetingRule("thứ Bảy đầu tiên của tháng 8h")).toEqual({
      ok: true,
      rule: { kind: "weekday-of-month", weekday: 6, nth: 1, hour: 8, minute: 0 },
    });
    expect(parseMeetingRule("chủ nhật cuối tháng 8 giờ sáng")).toEqual({
      ok: true,
      rule: { kind: "weekday-of-month", weekday: 7, nth: -1, hour: 8, minute: 0 },
    });
    expect(parseMeetingRule("ngày làm việc cuối tháng 14 giờ")).toEqual({
      ok: true,
      rule: { kind: "last-working-day", hour: 14, minute: 0 },
    });
  });

  it("reads composed, decomposed and broken-font text alike", () => {
    const composed = "thứ Bảy thứ tư của tháng, 7 giờ rưỡi tối";
    const expected = "thứ Bảy thứ tư của tháng, 19 giờ 30";
    expect(read(composed)).toBe(expected);
    expect(read(composed.normalize("NFD"))).toBe(expected);
    expect(read(composed.replace(/ư/g, "ƣ"))).toBe(expected);
    expect(read(composed.normalize("NFD").replace(/ư/g, "ƣ"))).toBe(expected);
    expect(read("ngày\u200b 5 hằng\u00a0tháng 19h30")).toBe("ngày 5 hằng tháng, 19 giờ 30");
  });

  it("reads back what it wrote: every rule's Vietnamese reading gives the rule again", () => {
    const rules: MeetingRule[] = [
      { kind: "day-of-month", day: 1, hour: 6, minute: 0 },
      { kind: "day-of-month", day: 28, hour: 23, minute: 59 },
      { kind: "last-working-day", hour: 14, minute: 5 },
      ...[1, 2, 3, 4, 5, 6, 7].flatMap((weekday) =>
        [1, 2, 3, 4, -1].map((nth) => ({
          kind: "weekday-of-month" as const,
          weekday,
          nth,
          hour: 19,
          minute: 30,
        })),
      ),
    ];
    for (const each of rules) {
      expect(parseMeetingRule(plainText(vi.text(ruleText(each))))).toEqual({
        ok: true,
        rule: each,
      });
    }
  });
});

describe("parseMeetingRule refuses rather than guesses", () => {
  it.each([
    ["", "empty"],
    ["   \n\t ", "empty"],
    ["🎉🎉🎉", "empty"],
    ["\u200b\u200b", "empty"],
    ["ngày 31 hằng tháng", "never-day"],
    ["ngày 30 hằng tháng 19h", "never-day"],
    ["ngày 29 hằng tháng 19h", "never-day"],
    ["thứ Bảy thứ năm của tháng 8h", "never-weekday"],
    ["ngày 5 và ngày 20", "ambiguous-day"],
    ["ngày 5 và ngày 20 hằng tháng 19h", "ambiguous-day"],
    ["ngày 5 hoặc thứ Bảy đầu tiên 8h", "ambiguous-day"],
    ["thứ Bảy đầu tiên và cuối cùng của tháng 8h", "ambiguous-day"],
    // A comma between: two weekdays, not the fifth Saturday.
    ["thứ Bảy, thứ Năm 8h", "ambiguous-day"],
    ["thứ Bảy hằng tháng 8h", "ambiguous-day"],
    ["ngày 5 hằng tháng 2h", "ambiguous-time"],
    ["ngày 5 hằng tháng 19h và 20h", "ambiguous-time"],
    ["ngày 5 hằng tháng", "no-time"],
    ["thứ Bảy đầu tiên của tháng", "no-time"],
    ["19h30", "unreadable"],
    ["hằng tháng 19h30", "unreadable"],
    ["ngày 0 hằng tháng 19h", "unreadable"],
    ["ngày 32 hằng tháng 19h", "unreadable"],
    ["ngày 5 tháng 6 19h", "unreadable"],
    ["ngày 5/6 19h", "unreadable"],
    ["ngày 5 cuối tháng 19h", "unreadable"],
    ["ngày làm việc đầu tiên của tháng 8h", "unreadable"],
    ["ngày cuối tháng 8h", "unreadable"],
    ["ngày 5 hằng tháng 25h", "unreadable"],
    ["ngày 5 hằng tháng tôi họp 19h", "unreadable"],
    ["19h, ngày 5 hằng tháng, 30", "unreadable"],
    ["<script>alert(1)</script>", "unreadable"],
    ["ngày 5 hằng tháng 19h30 <script>alert(1)</script>", "unreadable"],
    ["ngày 5 hằng tháng 19h30 🎉", "unreadable"],
    ["'; DROP TABLE meeting_series; --", "unreadable"],
  ])("%j: %s", (text, problem) => {
    expect(read(text)).toBe(problem);
  });

  it("refuses a pasted page at once", () => {
    const started = performance.now();
    expect(read("ngày 5 hằng tháng 19h30 ".repeat(420).slice(0, 10_000))).toBe("too-long");
    expect(read("a".repeat(10_000))).toBe("too-long");
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("answers anything typed with a rule or a known problem, never an error", () => {
    const problems = [
      "empty",
      "unreadable",
      "no-time",
      "never-day",
      "never-weekday",
      "ambiguous-day",
      "ambiguous-time",
      "too-long",
    ];
    const words = fc.constantFrom(
      "ngày",
      "5",
      "31",
      "hằng",
      "tháng",
      "thứ",
      "Bảy",
      "đầu",
      "tiên",
      "cuối",
      "làm",
      "việc",
      "19h30",
      "tối",
      "và",
      "<b>",
      "🎉",
      "\u0301",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(words).map((w) => w.join(" ")),
        ),
        (text) => {
          const parsed = parseMeetingRule(text);
          if (!parsed.ok) return problems.includes(parsed.problem);
          const { hour, minute } = parsed.rule;
          return hour >= 6 && hour <= 23 && minute >= 0 && minute <= 59;
        },
      ),
    );
  });
});

describe("ruleText", () => {
  it.each([
    ["ngày 5 hằng tháng 19h30", "day 5 of every month, 19:30"],
    ["thứ Bảy đầu tiên của tháng 8h", "the first Saturday of the month, 8:00"],
    ["chủ nhật cuối tháng 8 giờ sáng", "the last Sunday of the month, 8:00"],
    ["ngày làm việc cuối cùng của tháng 14h05", "the last working day of the month, 14:05"],
  ])("reads %s back in English as %s", (text, english) => {
    expect(plainText(en.text(ruleText(rule(text))))).toBe(english);
  });
});

describe("meetingOn: twelve months of 2026", () => {
  it("the 1st: kept on holidays, or moved to the next working day in the month", () => {
    const kept = year("ngày 1 hằng tháng 8h", "keep");
    expect(kept).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${pad(i + 1)}-01`));
    // 1/1, 1/5 and 1/9 are holidays; "before" would leave the month, so they go after.
    // Sunday 1/2 and Saturday 1/8 are no holidays: the rule's day stays.
    const moved = [
      "2026-01-05",
      "2026-02-01",
      "2026-03-01",
      "2026-04-01",
      "2026-05-04",
      "2026-06-01",
      "2026-07-01",
      "2026-08-01",
      "2026-09-03",
      "2026-10-01",
      "2026-11-01",
      "2026-12-01",
    ];
    expect(year("ngày 1 hằng tháng 8h", "after")).toEqual(moved);
    expect(year("ngày 1 hằng tháng 8h", "before")).toEqual(moved);
  });

  it("the first Saturday: a week later when it is a holiday", () => {
    const firstSaturdays = [
      "2026-01-03",
      "2026-02-07",
      "2026-03-07",
      "2026-04-04",
      "2026-05-02",
      "2026-06-06",
      "2026-07-04",
      "2026-08-01",
      "2026-09-05",
      "2026-10-03",
      "2026-11-07",
      "2026-12-05",
    ];
    expect(year("thứ Bảy đầu tiên của tháng 8h", "keep")).toEqual(firstSaturdays);
    // 3/1 (Tết Dương lịch) and 2/5 (30/4–1/5): a week before leaves the month, so a week after.
    const moved = firstSaturdays.map((day) =>
      day === "2026-01-03" ? "2026-01-10" : day === "2026-05-02" ? "2026-05-09" : day,
    );
    expect(year("thứ Bảy đầu tiên của tháng 8h", "before")).toEqual(moved);
    expect(year("thứ Bảy đầu tiên của tháng 8h", "after")).toEqual(moved);
  });

  it("the last Sunday: a week earlier when it is a holiday", () => {
    const lastSundays = [
      "2026-01-25",
      "2026-02-22",
      "2026-03-29",
      "2026-04-26",
      "2026-05-31",
      "2026-06-28",
      "2026-07-26",
      "2026-08-30",
      "2026-09-27",
      "2026-10-25",
      "2026-11-29",
      "2026-12-27",
    ];
    expect(year("chủ nhật cuối tháng 8 giờ sáng", "keep")).toEqual(lastSundays);
    // 22/2 and 15/2 are in Tết: 8/2. Giỗ Tổ 26/4: 19/4. Quốc khánh from 29/8: 23/8.
    // "after" would leave the month each time, so it goes before too.
    const moved = lastSundays.map(
      (day) =>
        ({ "2026-02-22": "2026-02-08", "2026-04-26": "2026-04-19", "2026-08-30": "2026-08-23" })[
          day
        ] ?? day,
    );
    expect(year("chủ nhật cuối tháng 8 giờ sáng", "before")).toEqual(moved);
    expect(year("chủ nhật cuối tháng 8 giờ sáng", "after")).toEqual(moved);
  });

  it("the last working day: before the weekend and the holidays, whatever the shift", () => {
    const lastWorkingDays = [
      "2026-01-30",
      "2026-02-27",
      "2026-03-31",
      "2026-04-29",
      "2026-05-29",
      "2026-06-30",
      "2026-07-31",
      "2026-08-28",
      "2026-09-30",
      "2026-10-30",
      "2026-11-30",
      "2026-12-31",
    ];
    for (const shift of ["keep", "before", "after"] as const) {
      expect(year("ngày làm việc cuối cùng của tháng 14h", shift)).toEqual(lastWorkingDays);
    }
    const april = meetingOn(rule("ngày làm việc cuối tháng 14h"), "after", 2026, 4, holidays);
    expect(april).toEqual({ day: "2026-04-29", hour: 14, minute: 0 });
  });

  it("keeps the rule's time on every meeting", () => {
    for (let month = 1; month <= 12; month += 1) {
      const meeting = meetingOn(rule("ngày 17 hằng tháng 19h30"), "after", 2026, month, holidays);
      expect([meeting.hour, meeting.minute]).toEqual([19, 30]);
    }
  });
});

describe("meetingOn: Tết 2026 (14/2 to 22/2)", () => {
  const on17th = rule("ngày 17 hằng tháng 19h30");

  it("keeps the meeting on Tết when the cell says so", () => {
    expect(meetingOn(on17th, "keep", 2026, 2, holidays)).toEqual({
      day: "2026-02-17",
      hour: 19,
      minute: 30,
    });
  });

  it("moves it to the working day before Tết", () => {
    expect(meetingOn(on17th, "before", 2026, 2, holidays)).toEqual({
      day: "2026-02-13",
      hour: 19,
      minute: 30,
      shiftedFrom: { day: "2026-02-17", holiday: "Tết Nguyên đán" },
    });
  });

  it("moves it to the working day after Tết", () => {
    expect(meetingOn(on17th, "after", 2026, 2, holidays)).toEqual({
      day: "2026-02-23",
      hour: 19,
      minute: 30,
      shiftedFrom: { day: "2026-02-17", holiday: "Tết Nguyên đán" },
    });
  });

  it("moves a Saturday meeting to a Saturday out of Tết", () => {
    const third = rule("thứ Bảy thứ ba của tháng 8h");
    expect(meetingOn(third, "keep", 2026, 2, holidays).day).toBe("2026-02-21");
    // 14/2 is in Tết too.
    expect(meetingOn(third, "before", 2026, 2, holidays).day).toBe("2026-02-07");
    expect(meetingOn(third, "after", 2026, 2, holidays)).toEqual({
      day: "2026-02-28",
      hour: 8,
      minute: 0,
      shiftedFrom: { day: "2026-02-21", holiday: "Tết Nguyên đán" },
    });
  });

  it("leaves a weekend meeting that is no holiday where it is", () => {
    // Saturday 7/2/2026.
    expect(meetingOn(rule("ngày 7 hằng tháng 8h"), "after", 2026, 2, holidays)).toEqual({
      day: "2026-02-07",
      hour: 8,
      minute: 0,
    });
  });
});

describe("meetingOn without a holiday table", () => {
  it("keeps the rule's day in a year the table does not cover, and says so", () => {
    expect(holidays.covers(2035)).toBe(false);
    expect(meetingOn(rule("ngày 1 hằng tháng 8h"), "after", 2035, 1, holidays)).toEqual({
      day: "2035-01-01",
      hour: 8,
      minute: 0,
      noTable: true,
    });
    // Without a table the last working day is the last Monday to Friday: Saturday 31/3/2035
    // is skipped, and Monday 30/4/2035 counts, though 30/4 is a holiday every year.
    const lastWorkingDay = rule("ngày làm việc cuối tháng 14h");
    expect(meetingOn(lastWorkingDay, "before", 2035, 3, holidays)).toEqual({
      day: "2035-03-30",
      hour: 14,
      minute: 0,
      noTable: true,
    });
    expect(meetingOn(lastWorkingDay, "before", 2035, 4, holidays).day).toBe("2035-04-30");
    expect(meetingOn(rule("thứ Bảy đầu tiên của tháng 8h"), "keep", 2035, 9, holidays)).toEqual({
      day: "2035-09-01",
      hour: 8,
      minute: 0,
      noTable: true,
    });
  });
});

describe("meetingOn in a month with no day to move to", () => {
  it("keeps the day when the whole month is holidays", () => {
    const allHolidays: HolidayCalendar = {
      covers: () => true,
      holidayOn: () => "Nghỉ",
      isWorkingDay: () => false,
    };
    const meeting = meetingOn(rule("ngày 10 hằng tháng 8h"), "before", 2026, 3, allHolidays);
    expect(meeting).toEqual({ day: "2026-03-10", hour: 8, minute: 0 });
  });

  it("refuses a day the month does not have, which no typed rule gives", () => {
    const on31st: MeetingRule = { kind: "day-of-month", day: 31, hour: 8, minute: 0 };
    expect(() => meetingOn(on31st, "keep", 2026, 4, holidays)).toThrow(RangeError);
  });
});

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
