import { BoundedCache } from "./bounded-cache.js";
import {
  atLocalHour,
  isoWeekdayOf,
  isoWeekOf,
  type LocalDay,
  localDay,
  localTime,
  shiftDay,
} from "./calendar.js";

// Public holidays on fixed solar dates. Tết and the Hùng Kings' day follow the lunar calendar
// and are not counted: a post may land on one of them.
const FIXED_HOLIDAYS = ["01-01", "04-30", "05-01", "09-02"];

export function isWorkingDay(day: LocalDay): boolean {
  const weekday = isoWeekdayOf(day);
  return weekday <= 5 && !FIXED_HOLIDAYS.includes(day.slice(5));
}

/** The first working day of a quarter: when its topic is posted. */
export function firstWorkingDayOfQuarter(year: number, quarter: number): LocalDay {
  let day = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, "0")}-01`;
  while (!isWorkingDay(day)) day = shiftDay(day, 1);
  return day;
}

export function lastDayOfQuarter(year: number, quarter: number): LocalDay {
  const firstOfNext =
    quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(quarter * 3 + 1).padStart(2, "0")}-01`;
  return shiftDay(firstOfNext, -1);
}

// The scheduler asks for the same weeks on every beat; they never change, so they are kept.
const weekdaysCache = new BoundedCache<string, LocalDay[]>(100);
const weekPeriodCache = new BoundedCache<LocalDay, string>(5_000);

/** Every day of a year that falls on an ISO weekday (1 is Monday). */
export function weekdaysOfYear(year: number, isoWeekday: number): LocalDay[] {
  return weekdaysCache.get(`${year}:${isoWeekday}`, () => {
    const days: LocalDay[] = [];
    let day = `${year}-01-01`;
    while (isoWeekdayOf(day) !== isoWeekday) day = shiftDay(day, 1);
    for (; day.startsWith(`${year}-`); day = shiftDay(day, 7)) days.push(day);
    return days;
  });
}

/** "2024-W15": the ISO week a day belongs to. */
export function weekPeriod(day: LocalDay): string {
  return weekPeriodCache.get(day, () => {
    const { year, week } = isoWeekOf(day);
    return `${year}-W${String(week).padStart(2, "0")}`;
  });
}

/** Local hours in which nothing is sent: from `from`:00 until `until`:00 the next morning. */
export interface QuietHours {
  from: number;
  until: number;
}

/** The earliest instant a message may go: now, or the end of the quiet hours it falls in. */
export function afterQuietHours(
  instant: Date,
  timeZone: string,
  quiet: QuietHours | undefined,
): Date {
  if (!quiet) return instant;
  const { hour } = localTime(instant, timeZone);
  if (hour >= quiet.until && hour < quiet.from) return instant;
  const day = localDay(instant, timeZone);
  return atLocalHour(hour >= quiet.from ? shiftDay(day, 1) : day, quiet.until, timeZone);
}
