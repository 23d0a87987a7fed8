import type { Logger } from "pino";
import { localDay, localYear } from "../domain/calendar.js";
import type { Services } from "../engine/services.js";
import type { Cell } from "../store/cell-store.js";
import { type Job, JobRun, type JobSlot } from "./job.js";

/** How late a missed run may still be made up at start-up (the bot was down at 08:00). */
export const GRACE_MS = 24 * 60 * 60 * 1000;

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
    private readonly graceMs = GRACE_MS,
  ) {}

  /** Every slot due in the grace window that has not run yet; older ones are let go. */
  runDue(now: Date): RunResult[] {
    const from = new Date(now.getTime() - this.graceMs);
    const results: RunResult[] = [];
    for (const cell of this.services.cells.all()) {
      for (const year of this.years(from, now)) {
        for (const job of this.jobs) {
          for (const slot of job.slots(this.services, cell, year)) {
            if (slot.dueAt > now || slot.dueAt <= from) continue;
            if (this.services.jobRuns.has(job.name, cell.id, slot.period)) continue;
            results.push(this.runSlot(job, cell, year, slot, now));
          }
        }
      }
    }
    return results;
  }

  /** `job run NAME --at …`: the latest slot due at that moment, whatever the grace window. */
  runAt(job: Job, cell: Cell, at: Date): RunResult | undefined {
    const year = localYear(at, this.services.timeZone);
    const slots = [year - 1, year]
      .flatMap((y) => job.slots(this.services, cell, y).map((slot) => ({ slot, year: y })))
      .filter(({ slot }) => slot.dueAt <= at)
      .sort((a, b) => a.slot.dueAt.getTime() - b.slot.dueAt.getTime());
    const latest = slots.at(-1);
    return latest && this.runSlot(job, cell, latest.year, latest.slot, at);
  }

  /** The next time each job falls due for a cell. */
  nextRuns(cell: Cell, now: Date): { job: string; period: string; dueAt: Date }[] {
    const year = localYear(now, this.services.timeZone);
    return this.jobs.flatMap((job) => {
      const next = [year, year + 1]
        .flatMap((y) => job.slots(this.services, cell, y))
        .filter((slot) => slot.dueAt > now)
        .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
      return next ? [{ job: job.name, period: next.period, dueAt: next.dueAt }] : [];
    });
  }

  /** Records the run and does its work in one transaction: both happen, or neither. */
  private runSlot(job: Job, cell: Cell, year: number, slot: JobSlot, now: Date): RunResult {
    const { jobRuns, timeZone } = this.services;
    const passed = slot.until !== undefined && localDay(now, timeZone) > slot.until;
    const result = this.services.transaction((): RunResult => {
      const base = { job: job.name, cell: cell.code, period: slot.period, messages: 0 };
      if (!jobRuns.claim(job.name, cell.id, slot.period, passed ? "skipped" : "done", now)) {
        return { ...base, outcome: "already" };
      }
      if (passed) return { ...base, outcome: "skipped" };
      return {
        ...base,
        outcome: "done",
        messages: job.run(new JobRun(this.services, cell, year, slot, now)),
      };
    });
    if (result.outcome !== "already") this.log.info(result, "job ran");
    return result;
  }

  private years(from: Date, to: Date): number[] {
    const first = localYear(from, this.services.timeZone);
    const last = localYear(to, this.services.timeZone);
    return first === last ? [last] : [first, last];
  }
}
