import { type LocalDay, localYearBounds } from "../domain/calendar.js";
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
import type { CalendarCell, Cell } from "../store/cell-store.js";
import type { ScheduledMeeting } from "../store/meeting-store.js";
import type { Poll } from "../store/poll-store.js";
import type { Services } from "../store/services.js";

/**
 * What a cell's schedule for a year is computed from: its settings and that year's plan. The
 * scheduler works out slots from only what the calendar follows from (CalendarCell); a job
 * runs, and its messages are written, with the whole cell.
 */
export interface CellYear<C extends CalendarCell = Cell> {
  services: Services;
  cell: C;
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
  private readonly plans = new Map<number, Map<number | null, StoredPlan>>();
  private readonly deadlines = new Map<StoredPlan, Map<number, LocalDay>>();
  private readonly schedules = new Map<number | null, ScheduleOverrides>();
  private readonly committeeSettings = new Map<number | null, ScheduleSettings>();
  private scheduled: Map<number, ScheduledMeeting[]> | undefined;
  private readonly scheduledByYear = new Map<number, Map<number, ScheduledMeeting[]>>();
  private openPolls: Map<number, Poll[]> | undefined;

  constructor(private readonly services: Services) {}

  /** A cell's meetings still "scheduled", soonest first. */
  scheduledMeetings(cellId: number): readonly ScheduledMeeting[] {
    return this.allScheduled().get(cellId) ?? NONE;
  }

  /** Those of them that start in a local year: sorted out once for every cell. */
  scheduledIn(cellId: number, year: number): readonly ScheduledMeeting[] {
    let byCell = this.scheduledByYear.get(year);
    if (!byCell) {
      // The year's bounds as instants: the same as the local year of each start, without
      // computing it for every meeting.
      const bounds = localYearBounds(year, this.services.timeZone);
      const [from, to] = [bounds.from.getTime(), bounds.to.getTime()];
      byCell = new Map();
      for (const [id, meetings] of this.allScheduled()) {
        const inYear = meetings.filter((meeting) => {
          const startsAt = meeting.startsAt.getTime();
          return startsAt >= from && startsAt < to;
        });
        if (inYear.length > 0) byCell.set(id, inYear);
      }
      this.scheduledByYear.set(year, byCell);
    }
    return byCell.get(cellId) ?? NONE;
  }

  private allScheduled(): Map<number, ScheduledMeeting[]> {
    this.scheduled ??= groupBy(this.services.meetings.scheduled(), (meeting) => meeting.cellId);
    return this.scheduled;
  }

  /** A cell's polls still open. */
  polls(cellId: number): readonly Poll[] {
    this.openPolls ??= groupBy(this.services.polls.allOpen(), (poll) => poll.cellId);
    return this.openPolls.get(cellId) ?? NONE;
  }

  plan(committeeId: number | null, year: number): StoredPlan {
    let ofYear = this.plans.get(year);
    if (!ofYear) {
      ofYear = new Map();
      this.plans.set(year, ofYear);
    }
    let plan = ofYear.get(committeeId);
    if (!plan) {
      plan = this.services.plans.forCell(committeeId, year);
      ofYear.set(committeeId, plan);
    }
    return plan;
  }

  /** registrationDeadline, kept by plan and start: most cells of a committee share it. */
  registrationDeadline(plan: StoredPlan, cell: CalendarCell): LocalDay {
    let byStart = this.deadlines.get(plan);
    if (!byStart) {
      byStart = new Map();
      this.deadlines.set(plan, byStart);
    }
    const start = cell.createdAt.getTime();
    let deadline = byStart.get(start);
    if (!deadline) {
      deadline = registrationDeadline(plan, cell, this.services.timeZone);
      byStart.set(start, deadline);
    }
    return deadline;
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
  settings(cell: CalendarCell): ScheduleSettings {
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

const NONE: readonly never[] = [];

const SETTINGS = Object.keys(DEFAULT_SCHEDULE) as (keyof ScheduleSettings)[];

/** A cell's plan, deadlines and settings for a year. */
export function cellYear<C extends CalendarCell>(
  services: Services,
  cell: C,
  year: number,
  committees = new CommitteeCache(services),
): CellYear<C> {
  const plan = committees.plan(cell.committeeId, year);
  const deadline = committees.registrationDeadline(plan, cell);
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
