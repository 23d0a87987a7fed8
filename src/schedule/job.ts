import type { Logger } from "pino";
import { BoundedCache } from "../domain/bounded-cache.js";
import { type LocalDay, localDay } from "../domain/calendar.js";
import type { ComposedMessage } from "../messages/intent.js";
import { type IntentOf, Poster } from "../outbox/poster.js";
import type { CalendarCell, Cell } from "../store/cell-store.js";
import type { CellYear } from "./cell-year.js";
import type { Composing } from "./composing.js";

// Keys differ by year, settings and deadline (a cell that started late has its own): a bound
// well above what one province's cells need in a year.
const calendarSlots = new BoundedCache<string, JobSlot[]>(20_000);

/**
 * Slots that follow from the calendar alone (a deadline, the weeks of a year, the posting
 * hour) are the same for every cell with the same settings, and on every beat: they are made
 * once per key and kept, not remade for each of thousands of cells each minute. The key must
 * name everything the slots depend on.
 */
export function sameForEveryCell<S extends JobSlot>(key: string, make: () => S[]): S[] {
  // The key names the job, so what is kept under it is of the slots that job makes.
  return calendarSlots.get(key, make) as S[];
}

/** One occurrence of a job for a cell: its period key (what makes it run once) and when. */
export interface JobSlot {
  period: string;
  dueAt: Date;
  /** What a reminder counts down to. */
  deadline?: LocalDay;
  /**
   * How long the slot stays worth doing, however late (the bot was down, the night held it):
   * from this instant on it is let go, and what it queued is not sent. Unset: always.
   */
  until?: Date;
  /**
   * What the run is about (a meeting's id), where a slot is about something: a job reads it
   * here, typed (see PayloadSlot), and never out of the period, which is only a key.
   */
  payload?: unknown;
}

/** A slot that carries what it is about. */
export interface PayloadSlot<P> extends JobSlot {
  payload: P;
}

/** What a scheduled job does, computed from the plan's calendar and the cell's settings. */
export interface Job<S extends JobSlot = JobSlot> {
  name: string;
  /** Whether it sends messages: those wait for the end of quiet hours before they run. */
  sends: boolean;
  /**
   * The slots follow from the calendar alone (the year, the plan, the settings in force and the
   * registration deadline), never from the cell's own meetings or polls: the scheduler then
   * works out what of them is due once a beat for all the cells that share a calendar.
   */
  fromCalendar?: boolean;
  /** Every slot of the year; asked for each cell on every beat, with its calendar only. */
  slots(year: CellYear<CalendarCell>): S[];
  /** Does the work, inside the transaction that records the run; returns messages queued. */
  run(run: JobRun<S>): number;
  /**
   * Writes one of the messages the job queued as an intent, as of when it goes out;
   * undefined when nothing is left to say (everyone registered, the meeting was cancelled).
   */
  compose?(message: Composing): ComposedMessage | undefined;
}

/** One run of a job: where its messages go, written to the outbox in the same transaction. */
export class JobRun<S extends JobSlot = JobSlot> extends Poster {
  constructor(
    /** The job whose `compose` writes the messages it queues as intents. */
    readonly job: string,
    readonly calendar: CellYear,
    readonly slot: S,
    /** The moment the run is as of: now, or the time `job run --at` names. */
    readonly asOf: Date,
    /**
     * The scheduler's log, for a job that reports what it did without sending anything; none
     * where a command runs a job's reminder itself (/nhacnho).
     */
    readonly log?: Logger,
  ) {
    super(calendar.services, calendar.cell.id, lastDayOf(slot, calendar.services.timeZone));
  }

  get cell(): Cell {
    return this.calendar.cell;
  }

  get year(): number {
    return this.calendar.year;
  }

  /** A message to the cell's groups, written by the job when it goes out. */
  composeForGroups(): void {
    this.intendToGroups(this.intent());
  }

  /**
   * A message to a member in private, written by the job when it goes out (none to a member who
   * said no to what chibo keeps: Poster).
   */
  composeForMember(memberId: number): void {
    this.intendToMember(memberId, this.intent());
  }

  private intent(): IntentOf {
    const { slot } = this;
    return {
      job: this.job,
      year: this.year,
      period: slot.period,
      ...(slot.payload === undefined ? {} : { payload: slot.payload }),
      ...(slot.deadline ? { deadline: slot.deadline } : {}),
      ...(slot.until ? { until: slot.until.toISOString() } : {}),
    };
  }
}

/** The last local day a slot's messages are worth sending: the day before its `until`. */
function lastDayOf(slot: JobSlot, timeZone: string): LocalDay | undefined {
  return slot.until && localDay(new Date(slot.until.getTime() - 1), timeZone);
}
