import { TZDate, tzOffset } from "@date-fns/tz";
// date-fns function by function, here and everywhere: its index loads some 300 modules, half
// a second and 20 MB at start under tsx (docs/performance.md).
import { addDays } from "date-fns/addDays";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { format } from "date-fns/format";
import { getISODay } from "date-fns/getISODay";
import { getISOWeek } from "date-fns/getISOWeek";
import { getISOWeekYear } from "date-fns/getISOWeekYear";
import { parseISO } from "date-fns/parseISO";
import { BoundedCache } from "./bounded-cache.js";
import { SECOND_MS } from "./durations.js";

/*
 * Local days and the instants they begin at, in the bot's time zone: every conversion between
 * an instant and what a calendar and a clock on the wall read there is made here.
 */

/** A calendar day in the bot's time zone, as "YYYY-MM-DD" (the form plans keep deadlines in). */
export type LocalDay = string;

export function localDay(instant: Date, timeZone: string): LocalDay {
  const { year, month, day } = localTime(instant, timeZone);
  return `${String(year).padStart(4, "0")}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** What a calendar and a clock on the wall read at an instant, in a time zone. */
export interface LocalTime {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 1 for Monday to 7 for Sunday (ISO). */
  isoWeekday: number;
}

export function localTime(instant: Date, timeZone: string): LocalTime {
  const local = wallClock(instant, timeZone);
  if (Number.isNaN(local.getTime())) throw new RangeError("Invalid time value");
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    isoWeekday: local.getUTCDay() || 7,
  };
}

const twoDigits = (value: number) => String(value).padStart(2, "0");

export function localYear(instant: Date, timeZone: string): number {
  return localTime(instant, timeZone).year;
}

export function quarterOf(instant: Date, timeZone: string): 1 | 2 | 3 | 4 {
  return (Math.floor((localTime(instant, timeZone).month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/**
 * The instant moved by its zone's offset, so that its UTC fields read as the local clock: what
 * a TZDate keeps inside, without building one (it looks the offset up several times, and these
 * run on every update: docs/performance.md).
 */
function wallClock(instant: Date, timeZone: string): Date {
  return new Date(instant.getTime() + Math.round(tzOffset(timeZone, instant) * 60) * SECOND_MS);
}

const ROMAN_QUARTERS = ["I", "II", "III", "IV"] as const;

/** "II" for the second quarter: the locales write "Quý II/2024". */
export function romanQuarter(quarter: number): string {
  return ROMAN_QUARTERS[quarter - 1] ?? String(quarter);
}

/** The instants a local year runs between: [1 January 00:00, next 1 January 00:00). */
export function localYearBounds(year: number, timeZone: string): { from: Date; to: Date } {
  return {
    from: new Date(new TZDate(year, 0, 1, timeZone).getTime()),
    to: new Date(new TZDate(year + 1, 0, 1, timeZone).getTime()),
  };
}

/** Calendar arithmetic on local days, independent of the server's time zone. */
export function shiftDay(day: LocalDay, days: number): LocalDay {
  return format(addDays(parseISO(day), days), "yyyy-MM-dd");
}

/** How many days `to` comes after `from`: 1 from one day to the next, negative before. */
export function daysBetween(from: LocalDay, to: LocalDay): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** 1 for Monday to 7 for Sunday (ISO). */
export function isoWeekdayOf(day: LocalDay): number {
  return getISODay(parseISO(day));
}

/** The ISO week a day belongs to, and that week's year (30/12/2024 is in week 1 of 2025). */
export function isoWeekOf(day: LocalDay): { year: number; week: number } {
  const date = parseISO(day);
  return { year: getISOWeekYear(date), week: getISOWeek(date) };
}

/** The day of a year, month (1 to 12) and day of the month; undefined if there is none (31/2). */
export function calendarDay(year: number, month: number, day: number): LocalDay | undefined {
  const text = `${String(year).padStart(4, "0")}-${twoDigits(month)}-${twoDigits(day)}`;
  return isValidDay(text) ? text : undefined;
}

/** The instant the clock on the wall reads `hour`:`minute` on a local day. */
export function atLocalTime(day: LocalDay, hour: number, minute: number, timeZone: string): Date {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return new Date(new TZDate(year, month - 1, date, hour, minute, 0, timeZone).getTime());
}

// The scheduler asks for the same hours of the same days on every beat: kept, a few years' worth.
const hourStarts = new BoundedCache<string, number>(50_000);

/** The instant of `hour`:00 on a local day in the bot's time zone. */
export function atLocalHour(day: LocalDay, hour: number, timeZone: string): Date {
  const key = `${day}T${hour}@${timeZone}`;
  return new Date(hourStarts.get(key, () => atLocalTime(day, hour, 0, timeZone).getTime()));
}

/** "30/04/2024" */
export function formatDay(day: LocalDay): string {
  const [year, month, date] = dayParts(day);
  return `${date}/${month}/${year}`;
}

/** The year, month and day of a local day, as written. */
/** A day's year, month and day as written: "2024", "04", "09". */
export function dayParts(day: LocalDay): [string, string, string] {
  const [, year, month, date] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) ?? [];
  if (!year || !month || !date) throw new RangeError(`Not a day: "${day}"`);
  return [year, month, date];
}

/** "30/04/2024 08:05" in the bot's time zone. */
export function formatInstant(instant: Date, timeZone: string): string {
  const { year, month, day, hour, minute } = localTime(instant, timeZone);
  return `${twoDigits(day)}/${twoDigits(month)}/${year} ${twoDigits(hour)}:${twoDigits(minute)}`;
}

/** "20/05": the day and month, in lists, buttons and on a chart's axis. */
export function formatDayAndMonth(day: LocalDay): string {
  const [, month, date] = dayParts(day);
  return `${date}/${month}`;
}

/** "08:05": the time on the clock, in the bot's time zone. */
export function formatTimeOfDay(instant: Date, timeZone: string): string {
  const { hour, minute } = localTime(instant, timeZone);
  return `${twoDigits(hour)}:${twoDigits(minute)}`;
}

/** A deadline holds through the whole of its day, local time. */
export function isOnOrBefore(instant: Date, deadline: LocalDay, timeZone: string): boolean {
  return localDay(instant, timeZone) <= deadline;
}

export function isValidDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const parsed = parseISO(day);
  return !Number.isNaN(parsed.getTime()) && format(parsed, "yyyy-MM-dd") === day;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * An instant typed by an operator: with an offset or "Z" as written; without one, in the
 * bot's time zone ("2024-04-16T08:00" is 08:00 in Vietnam). Undefined if it is not a time.
 */
export function parseInstant(text: string, timeZone: string): Date | undefined {
  const local = LOCAL_DATE_TIME.exec(text.trim());
  if (local) {
    const [year, month, day, hour = 0, minute = 0, second = 0] = local
      .slice(1)
      .map((p) => Number(p ?? 0));
    const instant = new TZDate(
      year ?? 0,
      (month ?? 1) - 1,
      day ?? 1,
      hour,
      minute,
      second,
      timeZone,
    );
    const valid =
      isValidDay(`${local[1]}-${local[2]}-${local[3]}`) && hour < 24 && minute < 60 && second < 60;
    return valid ? new Date(instant.getTime()) : undefined;
  }
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(text.trim())) return undefined;
  const instant = new Date(text.trim());
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}
