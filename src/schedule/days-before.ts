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

/** What a slot of a meeting "so many days before, at the posting hour" follows from. */
interface DaysBefore {
  days: number;
  postHour: number;
  timeZone: string;
}

/**
 * The slots of a job due some days before each meeting, kept by meeting id with what they
 * follow from: the scheduler asks for them on every beat, for thousands of meetings, and a key
 * string built for each cost more than the slot's own work. Forgotten all at once past a bound
 * far above the meetings of a year.
 */
export class SlotsBeforeMeetings<S> {
  private readonly kept = new Map<
    number,
    DaysBefore & { startsAt: number; createdAt: number; slot: S | undefined }
  >();

  constructor(private readonly bound = 50_000) {}

  get(
    meeting: { id: number; startsAt: Date; createdAt: Date },
    at: DaysBefore,
    make: () => S | undefined,
  ): S | undefined {
    const startsAt = meeting.startsAt.getTime();
    const createdAt = meeting.createdAt.getTime();
    const kept = this.kept.get(meeting.id);
    if (
      kept?.startsAt === startsAt &&
      kept.createdAt === createdAt &&
      kept.days === at.days &&
      kept.postHour === at.postHour &&
      kept.timeZone === at.timeZone
    ) {
      return kept.slot;
    }
    const slot = make();
    if (this.kept.size >= this.bound) this.kept.clear();
    this.kept.set(meeting.id, { ...at, startsAt, createdAt, slot });
    return slot;
  }
}
