import type { App } from "../app.js";
import { formatInstant } from "../domain/calendar.js";
import type { Text } from "../i18n.js";
import type { RunResult } from "../schedule/scheduler.js";
import type { Cell } from "../store/cell-store.js";

/** `job list`: every job's next run for each cell (or one cell). */
export function listJobs(app: App, cells: Cell[], now: Date): { json: unknown; text: Text[] } {
  const rows = cells.flatMap((cell) =>
    app.scheduler.nextRuns(cell, now).map((next) => ({
      cell: cell.code,
      job: next.job,
      period: next.period,
      dueAt: next.dueAt.toISOString(),
      dueLocal: formatInstant(next.dueAt, app.services.timeZone),
    })),
  );
  return {
    json: rows,
    text: rows.map((row) => ({
      key: "cli-job-line",
      args: { cell: row.cell, job: row.job, period: row.period, dueAt: row.dueLocal },
    })),
  };
}

/** `job run NAME`: each cell's latest period of the job as of `at`; a second run does nothing. */
export function runJob(app: App, jobName: string, cells: Cell[], at: Date): RunResult[] | Text {
  const job = app.scheduler.jobs.find((j) => j.name === jobName);
  if (!job) {
    const jobs = app.scheduler.jobs.map((j) => j.name).join(", ");
    return { key: "cli-unknown-job", args: { job: jobName, jobs } };
  }
  return cells.map(
    (cell) =>
      app.scheduler.runAt(job, cell, at) ?? {
        job: job.name,
        cell: cell.code,
        period: "",
        outcome: "none",
        messages: 0,
      },
  );
}

export function describeRun(result: RunResult): Text {
  const key = {
    done: "cli-job-ran",
    already: "cli-job-already",
    skipped: "cli-job-skipped",
    none: "cli-job-no-slot",
  }[result.outcome];
  return { key, args: { ...result } };
}
