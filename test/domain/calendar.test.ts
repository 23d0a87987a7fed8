import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { getISODay } from "date-fns/getISODay";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  atLocalHour,
  atLocalTime,
  calendarDay,
  daysBetween,
  formatDay,
  formatDayAndMonth,
  formatInstant,
  formatTimeOfDay,
  isOnOrBefore,
  isoWeekdayOf,
  isoWeekOf,
  isValidDay,
  localDay,
  localTime,
  localYear,
  quarterOf,
  romanQuarter,
  shiftDay,
} from "../../src/domain/calendar.js";

const VN = "Asia/Ho_Chi_Minh"; // UTC+7 all year

describe("localDay", () => {
  it("is already the next day in Vietnam from 17:00 UTC", () => {
    expect(localDay(new Date("2024-04-30T16:59:59Z"), VN)).toBe("2024-04-30");
    expect(localDay(new Date("2024-04-30T17:00:00Z"), VN)).toBe("2024-05-01");
  });

  it("is the same day in UTC and in Vietnam before 17:00 UTC", () => {
    expect(localDay(new Date("2024-04-30T00:00:00Z"), VN)).toBe("2024-04-30");
  });

  it("follows the time zone it is given", () => {
    const instant = new Date("2024-03-31T17:30:00Z");
    expect(localDay(instant, VN)).toBe("2024-04-01");
    expect(localDay(instant, "UTC")).toBe("2024-03-31");
  });

  it("handles the leap day", () => {
    expect(localDay(new Date("2024-02-28T17:00:00Z"), VN)).toBe("2024-02-29");
  });
});

describe("localYear", () => {
  it("turns the year at midnight Vietnam time, not UTC", () => {
    expect(localYear(new Date("2023-12-31T16:59:59Z"), VN)).toBe(2023);
    expect(localYear(new Date("2023-12-31T17:00:00Z"), VN)).toBe(2024);
    expect(localYear(new Date("2023-12-31T17:00:00Z"), "UTC")).toBe(2023);
  });
});

describe("quarterOf", () => {
  it("is Quý II in Vietnam at 2024-03-31T17:30Z, while still Q1 in UTC", () => {
    const instant = new Date("2024-03-31T17:30:00Z");
    expect(quarterOf(instant, VN)).toBe(2);
    expect(quarterOf(instant, "UTC")).toBe(1);
  });

  it("gives each quarter its months", () => {
    expect(quarterOf(new Date("2024-01-01T00:00:00+07:00"), VN)).toBe(1);
    expect(quarterOf(new Date("2024-03-31T23:59:59+07:00"), VN)).toBe(1);
    expect(quarterOf(new Date("2024-04-01T00:00:00+07:00"), VN)).toBe(2);
    expect(quarterOf(new Date("2024-06-30T23:59:59+07:00"), VN)).toBe(2);
    expect(quarterOf(new Date("2024-07-01T00:00:00+07:00"), VN)).toBe(3);
    expect(quarterOf(new Date("2024-09-30T12:00:00+07:00"), VN)).toBe(3);
    expect(quarterOf(new Date("2024-10-01T00:00:00+07:00"), VN)).toBe(4);
    expect(quarterOf(new Date("2024-12-31T23:59:59+07:00"), VN)).toBe(4);
  });

  it("is Q1 of the new year from local midnight on 1 January", () => {
    const instant = new Date("2024-12-31T17:00:00Z");
    expect(quarterOf(instant, VN)).toBe(1);
    expect(localYear(instant, VN)).toBe(2025);
  });
});

describe("romanQuarter", () => {
  it("writes the quarters in Roman numerals", () => {
    expect([1, 2, 3, 4].map(romanQuarter)).toEqual(["I", "II", "III", "IV"]);
  });
});

describe("formatDay and formatInstant", () => {
  it("writes a day the Vietnamese way", () => {
    expect(formatDay("2024-04-30")).toBe("30/04/2024");
    expect(formatDay("2024-01-05")).toBe("05/01/2024");
  });

  it("writes an instant in local time", () => {
    expect(formatInstant(new Date("2024-04-30T01:05:00Z"), VN)).toBe("30/04/2024 08:05");
    expect(formatInstant(new Date("2024-04-30T17:30:00Z"), VN)).toBe("01/05/2024 00:30");
  });
});

describe("formatDayAndMonth and formatTimeOfDay", () => {
  it("writes a day without its year, and the time on the clock", () => {
    expect(formatDayAndMonth("2024-05-20")).toBe("20/05");
    expect(formatTimeOfDay(new Date("2024-05-20T12:30:00Z"), VN)).toBe("19:30");
    expect(formatTimeOfDay(new Date("2024-05-20T17:05:00Z"), VN)).toBe("00:05");
  });
});

describe("day arithmetic", () => {
  it("moves a day across months, leap days and years", () => {
    expect(shiftDay("2024-04-30", 1)).toBe("2024-05-01");
    expect(shiftDay("2024-02-28", 1)).toBe("2024-02-29");
    expect(shiftDay("2023-02-28", 1)).toBe("2023-03-01");
    expect(shiftDay("2024-01-01", -1)).toBe("2023-12-31");
    expect(shiftDay("2024-04-10", 30)).toBe("2024-05-10");
  });

  it("counts the days from one day to another, negative backwards", () => {
    expect(daysBetween("2024-04-29", "2024-04-30")).toBe(1);
    expect(daysBetween("2024-04-30", "2024-04-30")).toBe(0);
    expect(daysBetween("2024-05-01", "2024-04-30")).toBe(-1);
    expect(daysBetween("2023-12-31", "2024-12-31")).toBe(366);
  });

  it("names the ISO weekday of a day", () => {
    expect(isoWeekdayOf("2024-05-20")).toBe(1);
    expect(isoWeekdayOf("2024-05-26")).toBe(7);
  });

  it("names the ISO week of a day, in the week's own year", () => {
    expect(isoWeekOf("2024-04-10")).toEqual({ year: 2024, week: 15 });
    expect(isoWeekOf("2024-12-30")).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf("2021-01-03")).toEqual({ year: 2020, week: 53 });
  });

  it("gives the day of a year, month and day only if the calendar has it", () => {
    expect(calendarDay(2024, 5, 2)).toBe("2024-05-02");
    expect(calendarDay(2024, 2, 29)).toBe("2024-02-29");
    expect(calendarDay(2023, 2, 29)).toBeUndefined();
    expect(calendarDay(2024, 13, 1)).toBeUndefined();
  });

  it("finds the instant a local day's clock reads a time", () => {
    expect(atLocalTime("2024-05-20", 19, 30, VN).toISOString()).toBe("2024-05-20T12:30:00.000Z");
    expect(atLocalTime("2024-05-20", 0, 0, VN).toISOString()).toBe("2024-05-19T17:00:00.000Z");
    expect(atLocalHour("2024-05-20", 8, VN).toISOString()).toBe("2024-05-20T01:00:00.000Z");
    // Asked again, the kept answer is the same instant, in a Date of its own.
    const again = atLocalHour("2024-05-20", 8, VN);
    expect(again.toISOString()).toBe("2024-05-20T01:00:00.000Z");
    expect(again).not.toBe(atLocalHour("2024-05-20", 8, VN));
  });

  it("follows summer time where the zone keeps it", () => {
    // New York moved its clocks forward on 10 March 2024: 8:00 is an hour earlier in UTC.
    expect(atLocalHour("2024-03-09", 8, "America/New_York").toISOString()).toBe(
      "2024-03-09T13:00:00.000Z",
    );
    expect(atLocalHour("2024-03-11", 8, "America/New_York").toISOString()).toBe(
      "2024-03-11T12:00:00.000Z",
    );
  });
});

describe("isOnOrBefore", () => {
  const deadline = "2024-04-30";

  it("holds through the whole deadline day, local time", () => {
    expect(isOnOrBefore(new Date("2024-04-29T17:00:00Z"), deadline, VN)).toBe(true);
    expect(isOnOrBefore(new Date("2024-04-30T12:00:00Z"), deadline, VN)).toBe(true);
    expect(isOnOrBefore(new Date("2024-04-30T16:59:59Z"), deadline, VN)).toBe(true);
  });

  it("has passed from local midnight after the deadline day", () => {
    expect(isOnOrBefore(new Date("2024-04-30T17:00:00Z"), deadline, VN)).toBe(false);
    expect(isOnOrBefore(new Date("2024-06-01T00:00:00Z"), deadline, VN)).toBe(false);
  });

  it("holds long before the deadline, including in an earlier year", () => {
    expect(isOnOrBefore(new Date("2024-01-01T00:00:00Z"), deadline, VN)).toBe(true);
    expect(isOnOrBefore(new Date("2023-12-31T00:00:00Z"), deadline, VN)).toBe(true);
  });

  it("does not hold in a later year, even earlier in the calendar", () => {
    expect(isOnOrBefore(new Date("2025-01-10T00:00:00Z"), deadline, VN)).toBe(false);
  });
});

describe("isValidDay", () => {
  it("accepts real days written YYYY-MM-DD", () => {
    expect(isValidDay("2024-04-30")).toBe(true);
    expect(isValidDay("2024-02-29")).toBe(true);
    expect(isValidDay("2024-12-31")).toBe(true);
  });

  it("refuses days that do not exist", () => {
    expect(isValidDay("2024-02-30")).toBe(false);
    expect(isValidDay("2023-02-29")).toBe(false);
    expect(isValidDay("2024-04-31")).toBe(false);
    expect(isValidDay("2024-13-01")).toBe(false);
    expect(isValidDay("2024-00-10")).toBe(false);
  });

  it("refuses other ways of writing a day", () => {
    expect(isValidDay("30/04/2024")).toBe(false);
    expect(isValidDay("2024-4-30")).toBe(false);
    expect(isValidDay("2024-04-30T00:00:00")).toBe(false);
    expect(isValidDay("20240430")).toBe(false);
    expect(isValidDay(" 2024-04-30")).toBe(false);
    expect(isValidDay("")).toBe(false);
  });
});

describe("the local clock, worked out from the zone's offset", () => {
  // Zones with half and three-quarter hour offsets, daylight saving either side of the
  // equator, a half-hour shift (Lord Howe) and Vietnam's own history (UTC+8 until 1975).
  const zones = [
    VN,
    "Asia/Kathmandu",
    "Asia/Kolkata",
    "America/New_York",
    "America/St_Johns",
    "Europe/London",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
  ];
  const instants = fc.date({
    min: new Date("1950-01-01T00:00:00Z"),
    max: new Date("2100-12-31T23:59:59Z"),
    noInvalidDate: true,
  });

  it("reads as date-fns's TZDate reads, in any zone, at any instant", () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), (instant, zone) => {
        const local = new TZDate(instant, zone);
        expect(localTime(instant, zone)).toEqual({
          year: local.getFullYear(),
          month: local.getMonth() + 1,
          day: local.getDate(),
          hour: local.getHours(),
          minute: local.getMinutes(),
          isoWeekday: getISODay(local),
        });
        expect(localDay(instant, zone)).toBe(format(local, "yyyy-MM-dd"));
        expect(formatInstant(instant, zone)).toBe(format(local, "dd/MM/yyyy HH:mm"));
        expect(formatDayAndMonth(localDay(instant, zone))).toBe(format(local, "dd/MM"));
        expect(formatTimeOfDay(instant, zone)).toBe(format(local, "HH:mm"));
        expect(localYear(instant, zone)).toBe(local.getFullYear());
      }),
      { numRuns: 5000 },
    );
  });

  it("refuses an invalid date rather than printing NaN", () => {
    expect(() => formatInstant(new Date(Number.NaN), VN)).toThrow(RangeError);
    expect(() => formatDay("30/04/2024")).toThrow(RangeError);
  });
});
