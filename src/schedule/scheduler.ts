import type { Logger } from "pino";
import { localYear } from "../domain/calendar.js";
import { sendableFrom } from "../outbox/sendable-from.js";
import type { Cell } from "../store/cell-store.js";
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
    // Most slot lists are shared by every cell with the same settings (sameForEveryCell): what
    // of each list is due is worked out once a beat, not once a cell.
    const dueLists = { sends: new WeakMap<JobSlot[], JobSlot[]>(), silent: new WeakMap() };
    const dueOf = (job: Job, slots: JobSlot[]): JobSlot[] => {
      const kind = job.sends ? "sends" : "silent";
      let due = dueLists[kind].get(slots);
      if (!due) {
        due = slots.filter((slot) => isDue(slot, since[kind], now));
        dueLists[kind].set(slots, due);
      }
      return due;
    };
    const years = this.years(quiet ? since.silent : earliest(since.sends, since.silent), now);
    for (const cell of services.cells.all()) {
      // What already ran is read only for a cell with something due: most beats, none has.
      let done: Set<string> | undefined;
      for (const year of years) {
        const calendar = cellYear(services, cell, year, committees);
        for (const job of this.jobs) {
          if (quiet && job.sends) continue;
          for (const slot of dueOf(job, job.slots(calendar))) {
            if (slot.dueAt < cell.createdAt) continue;
            done ??= services.jobRuns.periodsOf(cell.id);
            const key = `${job.name}|${slot.period}`;
            if (done.has(key)) continue;
            results.push(this.runSlot(job, calendar, slot, now));
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
      const run = new JobRun(job.name, calendar, slot, asOf);
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

/** Due on this beat: fallen due since the last look (or ever, on a first), and still worth it. */
function isDue(slot: JobSlot, since: Date | undefined, now: Date): boolean {
  if (slot.dueAt > now || (since && slot.dueAt <= since)) return false;
  return slot.until === undefined || now < slot.until;
}

function earliest(a: Date | undefined, b: Date | undefined): Date | undefined {
  return a && b ? (a < b ? a : b) : undefined;
}
