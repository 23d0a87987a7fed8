import type { LocalDay } from "../domain/calendar.js";
import { cellRegistrationDeadline } from "../domain/commitment-rules.js";
import {
  effectiveSchedule,
  type ScheduleOverrides,
  type ScheduleSettings,
  scheduleOverrides,
} from "../domain/schedule-settings.js";
import type { Services } from "../engine/services.js";
import { Poster } from "../outbox/poster.js";
import type { Cell } from "../store/cell-store.js";
import type { StoredPlan } from "../store/plan-store.js";

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
}

/** What the cells of one committee share, read once per beat rather than once per cell. */
export class CommitteeCache {
  private readonly plans = new Map<string, StoredPlan>();
  private readonly schedules = new Map<number | null, ScheduleOverrides>();

  constructor(private readonly services: Services) {}

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
}

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
  const schedule = effectiveSchedule(
    scheduleOverrides(cell),
    committees.schedule(cell.committeeId),
  );
  return { services, cell, year, plan, schedule, registrationDeadline };
}

/** One occurrence of a job for a cell: its period key (what makes it run once) and when. */
export interface JobSlot {
  period: string;
  dueAt: Date;
  /** What a reminder is for; once this local day is over, the reminder is dropped. */
  deadline?: LocalDay;
}

/** What a scheduled job does, computed from the plan's calendar and the cell's settings. */
export interface Job {
  name: string;
  /** Whether it sends messages: those wait for the end of quiet hours before they run. */
  sends: boolean;
  /** Runs however late it is (closing a meeting must happen), not only within the grace window. */
  catchUp?: boolean;
  slots(year: CellYear): JobSlot[];
  /** Does the work, inside the transaction that records the run; returns messages queued. */
  run(run: JobRun): number;
}

/** One run of a job: where its messages go, written to the outbox in the same transaction. */
export class JobRun extends Poster {
  constructor(
    readonly calendar: CellYear,
    readonly slot: JobSlot,
    /** The moment the run is as of: now, or the time `job run --at` names. */
    readonly asOf: Date,
  ) {
    super(calendar.services, calendar.cell.id, slot.deadline);
  }

  get cell(): Cell {
    return this.calendar.cell;
  }

  get year(): number {
    return this.calendar.year;
  }
}
