import { type LocalDay, localDay } from "./calendar.js";

/** The registration reminders a cell already had, as far as one local day is concerned. */
export interface RemindersGiven {
  /** When the scheduled reminder last went out, if it ever did. */
  scheduledAt?: Date | undefined;
  /** Whether the secretary's /nhacnho already reminded on the day. */
  byHand?: boolean;
}

/**
 * Those who have not registered are reminded once a day at most, counting both reminders: the
 * scheduled one is skipped on a day /nhacnho reminded, and /nhacnho is refused on a day either
 * went. `day` is the local day the reminder would go out on (typed at night, the next one).
 */
export function mayRemindToday(day: LocalDay, given: RemindersGiven, timeZone: string): boolean {
  if (given.byHand) return false;
  return given.scheduledAt === undefined || localDay(given.scheduledAt, timeZone) < day;
}
