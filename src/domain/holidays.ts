import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { projectFile } from "../project-files.js";
import { isoWeekdayOf, isValidDay, type LocalDay, shiftDay } from "./calendar.js";

/*
 * Việt Nam's public holidays, from a table written per year (plans/calendar/holidays.yaml): Tết and Giỗ
 * Tổ follow the lunar calendar, and the government sets the days off each year, so they are
 * data rather than a rule.
 */

/** The public holidays of the years a table covers. */
export interface HolidayCalendar {
  /** Whether the table has the year: outside it no day is known to be a holiday. */
  covers(year: number): boolean;
  /** The holiday's name, or undefined on an ordinary day. */
  holidayOn(day: LocalDay): string | undefined;
  /** Monday to Friday, not a holiday. */
  isWorkingDay(day: LocalDay): boolean;
}

const HOLIDAYS_FILE = projectFile("plans/calendar/holidays.yaml");

/** "2026-02-14", or "2026-02-14/2026-02-22" for the days from one to the other. */
const DAYS = /^(\d{4}-\d{2}-\d{2})(?:\/(\d{4}-\d{2}-\d{2}))?$/;
/** One span of days (from/to) longer than a month is a slip (two years' dates swapped, say). */
const MAX_SPAN_DAYS = 31;

const holidaySchema = z.object({
  name: z.string().trim().min(1),
  days: z
    .array(
      z
        .string()
        .regex(DAYS, "a day is YYYY-MM-DD, or YYYY-MM-DD/YYYY-MM-DD for several")
        .refine(
          (days) => spanOf(days) !== undefined,
          "no such day, days running backwards, or more than 31 of them",
        ),
    )
    .min(1),
});

const tableSchema = z
  .record(z.string().regex(/^\d{4}$/), z.array(holidaySchema).min(1))
  .superRefine((table, context) => {
    for (const [year, holidays] of Object.entries(table)) {
      holidays.forEach((holiday, index) => {
        holiday.days.forEach((days, at) => {
          if ((spanOf(days) ?? []).some((day) => !day.startsWith(`${year}-`))) {
            context.addIssue({
              code: "custom",
              path: [year, index, "days", at],
              message: `a day outside ${year}`,
            });
          }
        });
      });
    }
  });

/** Every day of "from/to" (or the one day); undefined if one is not a day or they run backwards. */
function spanOf(days: string): LocalDay[] | undefined {
  const [, from = "", to = from] = DAYS.exec(days) ?? [];
  if (!isValidDay(from) || !isValidDay(to) || to < from) return undefined;
  const all = [from];
  let day = from;
  while (day < to && all.length <= MAX_SPAN_DAYS) {
    day = shiftDay(day, 1);
    all.push(day);
  }
  return all.length > MAX_SPAN_DAYS ? undefined : all;
}

/** A table read from YAML text; throws, naming every problem, if it is not one. */
export function parseHolidays(text: string, file: string): HolidayCalendar {
  const result = tableSchema.safeParse(parseYaml(text));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`);
    throw new Error(`${file}: ${problems.join("; ")}`);
  }
  const names = new Map<LocalDay, string>();
  for (const holidays of Object.values(result.data)) {
    for (const { name, days } of holidays) {
      for (const day of days.flatMap((span) => spanOf(span) ?? [])) names.set(day, name);
    }
  }
  const years = new Set(Object.keys(result.data).map(Number));
  return {
    covers: (year) => years.has(year),
    holidayOn: (day) => names.get(day),
    isWorkingDay: (day) => isoWeekdayOf(day) <= 5 && !names.has(day),
  };
}

let calendar: HolidayCalendar | undefined;

/** plans/calendar/holidays.yaml, read and checked once. */
export function loadHolidays(): HolidayCalendar {
  calendar ??= parseHolidays(readFileSync(HOLIDAYS_FILE, "utf8"), fileURLToPath(HOLIDAYS_FILE));
  return calendar;
}
