import type { Logger } from "pino";
import { localYear } from "../domain/calendar.js";
import type { ScheduleSettings } from "../domain/schedule-settings.js";
import { sendableFrom } from "../outbox/sendable-from.js";
import type { CalendarCell, Cell } from "../store/cell-store.js";
import type { Services } from "../store/services.js";
import { type CellYear, CommitteeCache, cellYear } from "./cell-year.js";
import { type Job, JobRun, type JobSlot } from "./job.js";

/** "none": nothing of this job had fallen due yet at the time asked. */
export type RunOutcome = "done" | "skipped" | "already" | "none";

export interface RunResult {
  job: string;
  cell: string;
  period: string;
  outcome: RunOutcome;
  messages: number;
}

/**
 * Runs whatever has fallen due. What is due comes from each job's calendar for each cell;
 * the job_runs table is the record that makes every (job, cell, period) run exactly once.
 * node-cron only wakes this up; it never decides what runs.
 */
export class Scheduler {
  constructor(
    private readonly services: Services,
    readonly jobs: readonly Job[],
    private readonly log: Logger,
  ) {}

  /**
   * Runs every slot that fell due since the scheduler last looked (on this database, by this
   * process or another) and is still worth doing (JobSlot.until); the rest is let go. The
   * first beat after a start so catches up, once, what fell due while the bot was down: the
   * quarter's topic all quarter, a record always. On a database never looked at, it looks back
   * to last year. A slot that fell before its cell existed is never due. During quiet hours
   * the jobs that send wait: they run at the end of them, with fresh names.
   */
  runDue(now: Date): RunResult[] {
    const { services } = this;
    const quiet = sendableFrom(services, now) > now;
    const since = services.jobRuns.lookedAt();
    const committees = new CommitteeCache(services);
    const results: RunResult[] = [];
    const at = now.getTime();
    const dueOf = (job: Job, slots: readonly JobSlot[]): readonly JobSlot[] => {
      const looked = since[job.sends ? "sends" : "silent"]?.getTime();
      // Most cells have nothing due on most beats: no list is made for them.
      if (!slots.some((slot) => isDue(slot, looked, at))) return NONE;
      return slots.filter((slot) => isDue(slot, looked, at));
    };
    // The jobs whose slots come from the calendar alone are not asked for them cell by cell:
    // what of them is due is worked out once a beat for each calendar, not for each of
    // thousands of cells. A settings object is shared only by the cells of one committee that
    // set none of their own (CommitteeCache.settings), so with the year it also names the
    // plan; the deadline differs for a cell that started late.
    const byCalendar = new WeakMap<ScheduleSettings, Map<string, Step[]>>();
    const stepsOf = (calendar: CellYear<CalendarCell>): Step[] => {
      let bySettings = byCalendar.get(calendar.schedule);
      if (!bySettings) {
        bySettings = new Map();
        byCalendar.set(calendar.schedule, bySettings);
      }
      const key = `${calendar.year}|${calendar.registrationDeadline}`;
      let steps = bySettings.get(key);
      if (!steps) {
        steps = this.jobs.map((job) =>
          job.fromCalendar ? { job, due: dueOf(job, job.slots(calendar)) } : { job },
        );
        bySettings.set(key, steps);
      }
      return steps;
    };
    const years = this.years(quiet ? since.silent : earliest(since.sends, since.silent), now);
    for (const cell of services.cells.calendarCells()) {
      // What already ran, and the whole cell, are read only for a cell with something due:
      // most beats, none has.
      let done: Set<string> | undefined;
      let whole: Cell | undefined;
      for (const year of years) {
        const calendar = cellYear(services, cell, year, committees);
        for (const { job, due } of stepsOf(calendar)) {
          if (quiet && job.sends) continue;
          for (const slot of due ?? dueOf(job, job.slots(calendar))) {
            if (slot.dueAt < cell.createdAt) continue;
            done ??= services.jobRuns.periodsOf(cell.id);
            const key = `${job.name}|${slot.period}`;
            if (done.has(key)) continue;
            whole ??= services.cells.byId(cell.id);
            if (!whole) continue;
            const running = cellYear(services, whole, year, committees);
            results.push(this.runSlot(job, running, slot, now));
            // The beat's list of open meetings and polls is read once: a slot of two years'
            // windows (a meeting closed at the turn of the year) is run in the first.
            done.add(key);
          }
        }
      }
    }
    // Only once the beat went through: one that failed half-way is looked at again.
    services.jobRuns.lookedUntil(quiet ? ["silent"] : ["sends", "silent"], now);
    return results;
  }

  /** `job run NAME --at …`: the latest slot due at that moment, however late. */
  runAt(job: Job, cell: Cell, at: Date): RunResult | undefined {
    const year = localYear(at, this.services.timeZone);
    const latest = [year - 1, year, year + 1]
      .map((y) => cellYear(this.services, cell, y))
      .flatMap((calendar) => job.slots(calendar).map((slot) => ({ slot, calendar })))
      // Nothing is due for a cell before it existed.
      .filter(({ slot }) => slot.dueAt <= at && slot.dueAt >= cell.createdAt)
      .sort((a, b) => a.slot.dueAt.getTime() - b.slot.dueAt.getTime())
      .at(-1);
    return latest && this.runSlot(job, latest.calendar, latest.slot, at);
  }

  /** The next time each job falls due for a cell. */
  nextRuns(cell: Cell, now: Date): { job: string; period: string; dueAt: Date }[] {
    const year = localYear(now, this.services.timeZone);
    const calendars = [year, year + 1].map((y) => cellYear(this.services, cell, y));
    return this.jobs.flatMap((job) => {
      const next = calendars
        .flatMap((calendar) => job.slots(calendar))
        .filter((slot) => slot.dueAt > now)
        .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
      return next ? [{ job: job.name, period: next.period, dueAt: next.dueAt }] : [];
    });
  }

  /**
   * Records the run and does its work in one transaction: both happen, or neither. A slot
   * no longer worth doing (by now, or by the time `job run --at` names) is recorded as
   * skipped and sends nothing.
   */
  private runSlot(job: Job, calendar: CellYear, slot: JobSlot, asOf: Date): RunResult {
    const { jobRuns, clock } = this.services;
    const now = clock.now();
    const later = asOf > now ? asOf : now;
    const passed = slot.until !== undefined && later >= slot.until;
    const { cell } = calendar;
    const result = this.services.transaction((): RunResult => {
      const base = { job: job.name, cell: cell.code, period: slot.period, messages: 0 };
      if (!jobRuns.claim(job.name, cell.id, slot.period, passed ? "skipped" : "done", now)) {
        return { ...base, outcome: "already" };
      }
      if (passed) return { ...base, outcome: "skipped" };
      const run = new JobRun(job.name, calendar, slot, asOf, this.log);
      return { ...base, outcome: "done", messages: job.run(run) };
    });
    if (result.outcome !== "already") this.log.info(result, "job ran");
    return result;
  }

  /**
   * The years whose slots can be due: since the last look, or last year and this one on a
   * database never looked at; next year's early deadlines reach back.
   */
  private years(since: Date | undefined, to: Date): number[] {
    const first = since
      ? localYear(since, this.services.timeZone)
      : localYear(to, this.services.timeZone) - 1;
    const last = localYear(to, this.services.timeZone);
    return Array.from({ length: last - first + 2 }, (_, i) => first + i);
  }
}

/** A job in a beat, with its due slots where they come from the calendar alone. */
interface Step {
  job: Job;
  due?: readonly JobSlot[];
}

const NONE: readonly JobSlot[] = [];

/**
 * Due on this beat: fallen due since the last look (or ever, on a first), and still worth it.
 * Instants in milliseconds.
 */
function isDue(slot: JobSlot, since: number | undefined, now: number): boolean {
  // In milliseconds: compared as objects, Dates are converted on every comparison, and
  // tens of thousands of slots are looked at on every beat.
  const due = slot.dueAt.getTime();
  if (due > now || (since !== undefined && due <= since)) return false;
  return slot.until === undefined || now < slot.until.getTime();
}

function earliest(a: Date | undefined, b: Date | undefined): Date | undefined {
  return a && b ? (a < b ? a : b) : undefined;
}
