import { BoundedCache } from "../domain/bounded-cache.js";
import { atLocalHour, localDay, shiftDay } from "../domain/calendar.js";

// A province's rules put thousands of meetings at the same start (every cell at 19:30 on the
// 15th): the local day is worked out once for them all, not once a meeting (some 30 µs each
// with Intl; 5,000 meetings on the first beat after a start).
const instants = new BoundedCache<string, number>(10_000);

/** The instant `days` local days before the day of `startsAt`, at `hour` local time. */
export function daysBeforeAt(startsAt: Date, days: number, hour: number, timeZone: string): Date {
  const at = instants.get(`${startsAt.getTime()}|${days}|${hour}|${timeZone}`, () =>
    atLocalHour(shiftDay(localDay(startsAt, timeZone), -days), hour, timeZone).getTime(),
  );
  return new Date(at);
}
