import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns/addDays";
import { format } from "date-fns/format";
import { getISODay } from "date-fns/getISODay";
import { getISOWeek } from "date-fns/getISOWeek";
import { getISOWeekYear } from "date-fns/getISOWeekYear";
import { parseISO } from "date-fns/parseISO";
import type { LocalDay } from "./calendar.js";

const instantCache = new Map<string, number>();

/** The instant of `hour`:00 on a local day in the bot's time zone. */
export function atLocalHour(day: LocalDay, hour: number, timeZone: string): Date {
  const key = `${day}T${hour}@${timeZone}`;
  let instant = instantCache.get(key);
  if (instant === undefined) {
    const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
    instant = new TZDate(year, month - 1, date, hour, 0, 0, timeZone).getTime();
    instantCache.set(key, instant);
  }
  return new Date(instant);
}

/** Calendar arithmetic on local days, independent of the server's time zone. */
export function shiftDay(day: LocalDay, days: number): LocalDay {
  return format(addDays(parseISO(day), days), "yyyy-MM-dd");
}

// Public holidays on fixed solar dates. Tết and the Hùng Kings' day follow the lunar calendar
// and are not counted: a post may land on one of them.
const FIXED_HOLIDAYS = ["01-01", "04-30", "05-01", "09-02"];

export function isWorkingDay(day: LocalDay): boolean {
  const weekday = getISODay(parseISO(day));
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
const weekdaysCache = new Map<string, LocalDay[]>();
const weekPeriodCache = new Map<LocalDay, string>();

/** Every day of a year that falls on an ISO weekday (1 is Monday). */
export function weekdaysOfYear(year: number, isoWeekday: number): LocalDay[] {
  const key = `${year}:${isoWeekday}`;
  let days = weekdaysCache.get(key);
  if (!days) {
    days = [];
    let day = `${year}-01-01`;
    while (getISODay(parseISO(day)) !== isoWeekday) day = shiftDay(day, 1);
    for (; day.startsWith(`${year}-`); day = shiftDay(day, 7)) days.push(day);
    weekdaysCache.set(key, days);
  }
  return days;
}

/** "2024-W15": the ISO week a day belongs to. */
export function weekPeriod(day: LocalDay): string {
  let period = weekPeriodCache.get(day);
  if (!period) {
    const date = parseISO(day);
    period = `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, "0")}`;
    weekPeriodCache.set(day, period);
  }
  return period;
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
  const local = new TZDate(instant, timeZone);
  const hour = local.getHours();
  if (hour >= quiet.until && hour < quiet.from) return instant;
  const day = format(local, "yyyy-MM-dd");
  return atLocalHour(hour >= quiet.from ? shiftDay(day, 1) : day, quiet.until, timeZone);
}
