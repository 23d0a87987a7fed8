import type { LocalDay } from "../domain/calendar.js";
import { registrationDeadline } from "../domain/commitment-rules.js";
import {
  DEFAULT_SCHEDULE,
  effectiveSchedule,
  type ScheduleOverrides,
  type ScheduleSettings,
  scheduleOverrides,
} from "../domain/schedule-settings.js";
import { groupBy } from "../group-by.js";
import type { StoredPlan } from "../plan/stored-plan.js";
import type { Cell } from "../store/cell-store.js";
import type { ScheduledMeeting } from "../store/meeting-store.js";
import type { Poll } from "../store/poll-store.js";
import type { Services } from "../store/services.js";

/** What a cell's schedule for a year is computed from: its settings and that year's plan. */
export interface CellYear {
  services: Services;
  cell: Cell;
  year: number;
  plan: StoredPlan;
  /** The cell's own settings, else its committee's, else the defaults. */
  schedule: ScheduleSettings;
  /** The plan's, or later for a cell that started late (see registrationDeadline). */
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
  const deadline = registrationDeadline(plan, cell, services.timeZone);
  const schedule = committees.settings(cell);
  return {
    services,
    cell,
    year,
    plan,
    schedule,
    registrationDeadline: deadline,
    shared: committees,
  };
}
