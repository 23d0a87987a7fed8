import type { App } from "../app.js";
import { formatInstant, parseInstant } from "../domain/calendar.js";
import type { Text } from "../i18n.js";
import type { RunResult } from "../schedule/scheduler.js";
import type { Cell } from "../store/cell-store.js";
import { CliError, defineCommand } from "./cli-command.js";
import { CELL_OPTION, PRINT_OPTIONS } from "./common-options.js";
import { selectCells } from "./lookups.js";

/** `job list [--cell CODE]`: every scheduled job with its next run per cell. */
export const jobList = defineCommand({
  path: "job list",
  options: { cell: CELL_OPTION, ...PRINT_OPTIONS },
  needsDatabase: true,
  run(call, app) {
    const listed = listJobs(app, selectCells(app, call.options.cell), call.clock.now());
    call.print(listed.json, () => listed.text);
    return 0;
  },
});

/** `job run NAME [--at TIME] [--cell CODE]`: runs a job as of a time, once a period. */
export const jobRun = defineCommand({
  path: "job run",
  arguments: [{ name: "job", word: "cli-word-job" }],
  options: { at: { value: { example: "2024-04-16T08:00" } }, cell: CELL_OPTION, ...PRINT_OPTIONS },
  needsDatabase: true,
  run(call, app) {
    const cells = selectCells(app, call.options.cell);
    const { at: typed } = call.options;
    const at = typed === undefined ? call.clock.now() : parseInstant(typed, app.services.timeZone);
    if (!at) throw new CliError({ key: "cli-bad-date", args: { at: typed ?? "" } });
    const results = runJob(app, call.args.job, cells, at);
    if (!Array.isArray(results)) throw new CliError(results);
    call.print(results, () => results.map(describeRun));
    return 0;
  },
});

/** `job list`: every job's next run for each cell (or one cell). */
function listJobs(app: App, cells: Cell[], now: Date): { json: unknown; text: Text[] } {
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
function runJob(app: App, jobName: string, cells: Cell[], at: Date): RunResult[] | Text {
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

function describeRun(result: RunResult): Text {
  const key = {
    done: "cli-job-ran",
    already: "cli-job-already",
    skipped: "cli-job-skipped",
    none: "cli-job-no-slot",
  }[result.outcome];
  return { key, args: { ...result } };
}
