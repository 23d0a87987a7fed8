import { type LocalDay, localDay } from "../domain/calendar.js";
import { cellRegistrationDeadline } from "../domain/commitment-rules.js";
import {
  DEFAULT_SCHEDULE,
  effectiveSchedule,
  type ScheduleOverrides,
  type ScheduleSettings,
  scheduleOverrides,
} from "../domain/schedule-settings.js";
import type { Services } from "../engine/services.js";
import { groupBy } from "../group-by.js";
import type { ComposedMessage } from "../outbox/intent.js";
import { type IntentOf, Poster } from "../outbox/poster.js";
import type { Cell } from "../store/cell-store.js";
import type { ScheduledMeeting } from "../store/meeting-store.js";
import type { StoredPlan } from "../store/plan-store.js";
import type { Poll } from "../store/poll-store.js";
import type { Composing } from "./composing.js";

/** What a cell's schedule for a year is computed from: its settings and that year's plan. */
export interface CellYear {
  services: Services;
  cell: Cell;
  year: number;
  plan: StoredPlan;
  /** The cell's own settings, else its committee's, else the defaults. */
  schedule: ScheduleSettings;
  /** The plan's, or later for a cell that started late (see cellRegistrationDeadline). */
  registrationDeadline: LocalDay;
  /** What is read once a beat for every cell, rather than once per cell. */
  shared: CommitteeCache;
}

/**
 * What the cells of one committee share, and every cell's meetings and polls still open: read
 * once per beat rather than once per cell. With 5,000 cells, three queries a cell for the
 * meeting jobs made a beat take seconds (docs/performance.md).
 */
export class CommitteeCache {
  private readonly plans = new Map<string, StoredPlan>();
  private readonly schedules = new Map<number | null, ScheduleOverrides>();
  private readonly committeeSettings = new Map<number | null, ScheduleSettings>();
  private scheduled: Map<number, ScheduledMeeting[]> | undefined;
  private openPolls: Map<number, Poll[]> | undefined;

  constructor(private readonly services: Services) {}

  /** A cell's meetings still "scheduled", soonest first. */
  scheduledMeetings(cellId: number): ScheduledMeeting[] {
    this.scheduled ??= groupBy(this.services.meetings.scheduled(), (meeting) => meeting.cellId);
    return this.scheduled.get(cellId) ?? [];
  }

  /** A cell's polls still open. */
  polls(cellId: number): Poll[] {
    this.openPolls ??= groupBy(this.services.polls.allOpen(), (poll) => poll.cellId);
    return this.openPolls.get(cellId) ?? [];
  }

  plan(committeeId: number | null, year: number): StoredPlan {
    const key = `${committeeId}:${year}`;
    let plan = this.plans.get(key);
    if (!plan) {
      plan = this.services.plans.forCell(committeeId, year);
      this.plans.set(key, plan);
    }
    return plan;
  }

  schedule(committeeId: number | null): ScheduleOverrides {
    let schedule = this.schedules.get(committeeId);
    if (!schedule) {
      schedule = committeeId === null ? {} : this.services.cells.committeeSchedule(committeeId);
      this.schedules.set(committeeId, schedule);
    }
    return schedule;
  }

  /** The settings in force for a cell; worked out once for the cells that set none of their own. */
  settings(cell: Cell): ScheduleSettings {
    const own = SETTINGS.some((key) => cell[key] !== null && cell[key] !== undefined);
    if (own) return effectiveSchedule(scheduleOverrides(cell), this.schedule(cell.committeeId));
    let settings = this.committeeSettings.get(cell.committeeId);
    if (!settings) {
      settings = effectiveSchedule(this.schedule(cell.committeeId));
      this.committeeSettings.set(cell.committeeId, settings);
    }
    return settings;
  }
}

const SETTINGS = Object.keys(DEFAULT_SCHEDULE) as (keyof ScheduleSettings)[];

/** A cell's plan, deadlines and settings for a year. */
export function cellYear(
  services: Services,
  cell: Cell,
  year: number,
  committees = new CommitteeCache(services),
): CellYear {
  const plan = committees.plan(cell.committeeId, year);
  const registrationDeadline = cellRegistrationDeadline(
    plan.deadlines.registration,
    cell.createdAt,
    services.timeZone,
  );
  const schedule = committees.settings(cell);
  return { services, cell, year, plan, schedule, registrationDeadline, shared: committees };
}

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
