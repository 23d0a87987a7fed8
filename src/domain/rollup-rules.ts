import { daysBetween, type LocalDay } from "./calendar.js";

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
