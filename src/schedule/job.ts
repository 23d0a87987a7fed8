import { type LocalDay, localDay } from "../domain/calendar.js";
import type { ComposedMessage } from "../messages/intent.js";
import { type IntentOf, Poster } from "../outbox/poster.js";
import type { Cell } from "../store/cell-store.js";
import type { CellYear } from "./cell-year.js";
import type { Composing } from "./composing.js";

const calendarSlots = new Map<string, JobSlot[]>();

/**
 * Slots that follow from the calendar alone (a deadline, the weeks of a year, the posting
 * hour) are the same for every cell with the same settings, and on every beat: they are made
 * once per key and kept, not remade for each of thousands of cells each minute. The key must
 * name everything the slots depend on.
 */
export function sameForEveryCell(key: string, make: () => JobSlot[]): JobSlot[] {
  let slots = calendarSlots.get(key);
  if (!slots) {
    slots = make();
    calendarSlots.set(key, slots);
  }
  return slots;
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
}

/** What a scheduled job does, computed from the plan's calendar and the cell's settings. */
export interface Job {
  name: string;
  /** Whether it sends messages: those wait for the end of quiet hours before they run. */
  sends: boolean;
  slots(year: CellYear): JobSlot[];
  /** Does the work, inside the transaction that records the run; returns messages queued. */
  run(run: JobRun): number;
  /**
   * Writes one of the messages the job queued as an intent, as of when it goes out;
   * undefined when nothing is left to say (everyone registered, the meeting was cancelled).
   */
  compose?(message: Composing): ComposedMessage | undefined;
}

/** One run of a job: where its messages go, written to the outbox in the same transaction. */
export class JobRun extends Poster {
  constructor(
    /** The job whose `compose` writes the messages it queues as intents. */
    readonly job: string,
    readonly calendar: CellYear,
    readonly slot: JobSlot,
    /** The moment the run is as of: now, or the time `job run --at` names. */
    readonly asOf: Date,
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

  /** A message to a member in private, written by the job when it goes out. */
  composeForMember(memberId: number): void {
    this.intendToMember(memberId, this.intent());
  }

  private intent(): IntentOf {
    const { slot } = this;
    return {
      job: this.job,
      year: this.year,
      period: slot.period,
      ...(slot.deadline ? { deadline: slot.deadline } : {}),
      ...(slot.until ? { until: slot.until.toISOString() } : {}),
    };
  }
}

/** The last local day a slot's messages are worth sending: the day before its `until`. */
function lastDayOf(slot: JobSlot, timeZone: string): LocalDay | undefined {
  return slot.until && localDay(new Date(slot.until.getTime() - 1), timeZone);
}
