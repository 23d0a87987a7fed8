import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { shiftDay } from "../../src/domain/calendar.js";
import { loadHolidays, parseHolidays } from "../../src/domain/holidays.js";

const holidays = loadHolidays();
const YEARS = [2024, 2025, 2026, 2027, 2028];

/** Every day of a year the table names, with its holiday. */
function daysOff(year: number): Map<string, string> {
  const found = new Map<string, string>();
  for (let day = `${year}-01-01`; day.startsWith(`${year}`); day = shiftDay(day, 1)) {
    const name = holidays.holidayOn(day);
    if (name) found.set(day, name);
  }
  return found;
}

describe("plans/calendar/holidays.yaml", () => {
  it("covers 2024 to 2028 and no other year", () => {
    for (const year of YEARS) expect(holidays.covers(year)).toBe(true);
    expect(holidays.covers(2023)).toBe(false);
    expect(holidays.covers(2029)).toBe(false);
  });

  it("has every holiday of the Labour Code on its day, each year", () => {
    for (const year of YEARS) {
      expect(holidays.holidayOn(`${year}-01-01`)).toBe("Tết Dương lịch");
      expect(holidays.holidayOn(`${year}-04-30`)).toBe("Ngày Chiến thắng và Quốc tế Lao động");
      expect(holidays.holidayOn(`${year}-05-01`)).toBe("Ngày Chiến thắng và Quốc tế Lao động");
      expect(holidays.holidayOn(`${year}-09-02`)).toBe("Quốc khánh");
      // Quốc khánh is two days: 2/9 and the one before or after it.
      const nextTo = [`${year}-09-01`, `${year}-09-03`].map((day) => holidays.holidayOn(day));
      expect(nextTo).toContain("Quốc khánh");
      // Điều 112: 11 days a year at least.
      expect(daysOff(year).size).toBeGreaterThanOrEqual(11);
    }
  });

  it("has Tết and Giỗ Tổ on the solar days of their lunar dates", () => {
    const tet = ["2024-02-10", "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26"];
    for (const day of tet) {
      expect(holidays.holidayOn(day)).toBe("Tết Nguyên đán");
      // The last day of the old year is off too.
      expect(holidays.holidayOn(shiftDay(day, -1))).toBe("Tết Nguyên đán");
    }
    const gioTo = ["2024-04-18", "2025-04-07", "2026-04-26", "2027-04-16", "2028-04-04"];
    for (const day of gioTo) expect(holidays.holidayOn(day)).toBe("Giỗ Tổ Hùng Vương");
  });

  it("has Tết's days off as the government decided: 25/1–2/2/2025, 14/2–22/2/2026", () => {
    const tet = (year: number) =>
      [...daysOff(year)].filter(([, name]) => name === "Tết Nguyên đán").map(([day]) => day);
    expect(tet(2025)).toEqual([
      "2025-01-25",
      "2025-01-26",
      "2025-01-27",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-02-01",
      "2025-02-02",
    ]);
    expect(tet(2026)).toEqual([
      "2026-02-14",
      "2026-02-15",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-02-21",
      "2026-02-22",
    ]);
  });

  it("makes up a holiday on a weekend on the next working day where nothing is decided", () => {
    // Giỗ Tổ 2026 is a Sunday; 1/1/2028 a Saturday.
    expect(holidays.holidayOn("2026-04-27")).toBe("Giỗ Tổ Hùng Vương");
    expect(holidays.holidayOn("2028-01-03")).toBe("Tết Dương lịch");
  });

  it("says which days are working days: Monday to Friday, not a holiday", () => {
    expect(holidays.isWorkingDay("2026-02-13")).toBe(true); // Friday before Tết
    expect(holidays.isWorkingDay("2026-02-16")).toBe(false); // Monday in Tết
    expect(holidays.isWorkingDay("2026-03-07")).toBe(false); // a Saturday
    expect(holidays.isWorkingDay("2026-03-08")).toBe(false); // a Sunday
    expect(holidays.isWorkingDay("2026-03-09")).toBe(true);
    expect(holidays.holidayOn("2026-03-09")).toBeUndefined();
    // A year without a table knows no holiday.
    expect(holidays.isWorkingDay("2035-01-01")).toBe(true);
    expect(holidays.holidayOn("2035-01-01")).toBeUndefined();
  });

  it("is read once", () => {
    expect(loadHolidays()).toBe(holidays);
  });

  it("says where its days come from", () => {
    const text = readFileSync(
      new URL("../../plans/calendar/holidays.yaml", import.meta.url),
      "utf8",
    );
    expect(text).toContain("Bộ luật Lao động 2019");
    expect(text).toContain("Điều 112");
    expect(Object.keys(parseYaml(text))).toEqual(YEARS.map(String));
  });
});

describe("parseHolidays refuses a table it cannot trust", () => {
  it.each([
    ["2026:\n  - name: Tết\n    days: ['2026-02-30']", "2026.0.days.0 no such day"],
    ["2026:\n  - name: Tết\n    days: ['2026-02-22/2026-02-14']", "days running backwards"],
    ["2026:\n  - name: Tết\n    days: ['2025-02-14']", "2026.0.days.0 a day outside 2026"],
    ["2026:\n  - name: Tết\n    days: ['2026-01-01/2026-03-01']", "more than 31"],
    ["2026:\n  - name: Tết\n    days: ['14/2/2026']", "a day is YYYY-MM-DD"],
    ["2026:\n  - name: ''\n    days: ['2026-02-14']", "2026.0.name"],
    ["2026:\n  - name: Tết", "2026.0.days"],
    ["2026: []", "2026"],
    // zod words the rest in the language the process set (the CLI sets Vietnamese).
    ["năm 2026:\n  - name: Tết\n    days: ['2026-02-14']", "holidays.yaml: năm 2026 "],
    ["- <script>alert(1)</script>", "holidays.yaml"],
    ["", "holidays.yaml"],
  ])("%j", (text, problem) => {
    expect(() => parseHolidays(text, "holidays.yaml")).toThrow(problem);
  });

  it("reads a good one", () => {
    const table = parseHolidays(
      "2030:\n  - name: Tết\n    days: ['2030-02-02/2030-02-04', '2030-02-06']",
      "holidays.yaml",
    );
    expect(table.covers(2030)).toBe(true);
    expect(["2030-02-02", "2030-02-04", "2030-02-05", "2030-02-06"].map(table.holidayOn)).toEqual([
      "Tết",
      "Tết",
      undefined,
      "Tết",
    ]);
  });
});
