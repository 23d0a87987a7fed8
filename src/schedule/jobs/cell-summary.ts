import {
  atLocalHour,
  lastDayOfQuarter,
  weekdaysOfYear,
  weekPeriod,
} from "../../domain/schedule-rules.js";
import { loadCellReport } from "../../reports/load-cell-report.js";
import { type Job, type JobRun, sameForEveryCell } from "../job.js";

const COMPILE_HOUR = 23;

/** The cell's registration counts saved at the end of each week (Sunday, 23:00). */
export const weekSummary: Job = {
  name: "week-summary",
  sends: false,
  slots({ services, year }) {
    return sameForEveryCell(`week-summary|${year}|${services.timeZone}`, () =>
      weekdaysOfYear(year, 7).map((day) => ({
        period: weekPeriod(day),
        dueAt: atLocalHour(day, COMPILE_HOUR, services.timeZone),
      })),
    );
  },
  run: (run) => compile(run, "week"),
};

/** The same at the end of each quarter, for the reports. */
export const quarterSummary: Job = {
  name: "quarter-summary",
  sends: false,
  slots({ services, year }) {
    return sameForEveryCell(`quarter-summary|${year}|${services.timeZone}`, () =>
      [1, 2, 3, 4].map((quarter) => ({
        period: `${year}-Q${quarter}`,
        dueAt: atLocalHour(lastDayOfQuarter(year, quarter), COMPILE_HOUR, services.timeZone),
      })),
    );
  },
  run: (run) => compile(run, "quarter"),
};

/** Counts kept as history for trends and reports; sends nothing. */
function compile(run: JobRun, kind: "week" | "quarter"): number {
  const report = loadCellReport(run.services, run.cell, run.year);
  run.services.cellSummaries.save({
    cellId: run.cell.id,
    period: run.slot.period,
    kind,
    year: run.year,
    members: report.members.length,
    registered: report.registered.length,
    missing: report.missing.length,
    exempt: report.exempt.length,
    pending: report.pending.length,
    compiledAt: run.services.clock.now(),
  });
  return 0;
}
