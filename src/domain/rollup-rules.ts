import { atLocalHour, daysBetween, type LocalDay } from "./calendar.js";

/** A cell that has held no meeting for this long is behind: cells meet every month. */
export const MEETING_GAP_DAYS = 45;

/**
 * Whether a cell is behind, for the committee's roll-up: someone still unregistered after the
 * deadline, or no meeting for a month and a half (once the cell has been going that long).
 */
export function isBehind(cell: {
  today: LocalDay;
  deadline: LocalDay;
  missing: number;
  /** The local day of its last closed meeting, if any. */
  lastMeeting: LocalDay | null;
  /** The local day the cell started with chibo. */
  since: LocalDay;
}): boolean {
  const late = cell.today > cell.deadline && cell.missing > 0;
  const from = cell.lastMeeting ?? cell.since;
  const quiet = daysBetween(from, cell.today) > MEETING_GAP_DAYS;
  return late || quiet;
}

/** When each month of a year starts where the bot is, in epoch ms: January to December, then the next January. */
export function monthStarts(year: number, timeZone: string): number[] {
  return Array.from({ length: 13 }, (_, index) => {
    const month = String((index % 12) + 1).padStart(2, "0");
    return atLocalHour(`${year + Math.floor(index / 12)}-${month}-01`, 0, timeZone).getTime();
  });
}

/**
 * The month (1 to 12) of an instant within the year whose monthStarts are given: the roll-up
 * places thousands of meetings, and twelve comparisons cost less than a time zone's rules.
 */
export function monthIn(instant: Date, starts: readonly number[]): number {
  const at = instant.getTime();
  let month = 1;
  while (month < 12 && at >= (starts[month] ?? Number.POSITIVE_INFINITY)) month += 1;
  return month;
}

/**
 * The months of a year that are over on `today`: all twelve of a past year, none of a year to
 * come. A cell has missed a month's meeting only once the month is over.
 */
export function monthsOver(year: number, today: LocalDay): number {
  const [thisYear = 0, thisMonth = 1] = today.split("-").map(Number);
  if (year < thisYear) return 12;
  if (year > thisYear) return 0;
  return thisMonth - 1;
}

/** The months (1 to 12) over on `today` in which a cell held no meeting. */
export function monthsWithoutMeeting(
  meetingsByMonth: readonly number[],
  year: number,
  today: LocalDay,
): number[] {
  return meetingsByMonth
    .slice(0, monthsOver(year, today))
    .flatMap((count, index) => (count === 0 ? [index + 1] : []));
}
