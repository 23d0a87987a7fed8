import {
  atLocalHour,
  lastDayOfQuarter,
  weekdaysOfYear,
  weekPeriod,
} from "../../domain/schedule-rules.js";
import { loadCellReport } from "../../reports/load-cell-report.js";
import type { Job } from "../job.js";

const COMPILE_HOUR = 23;

/**
 * Compiles the cell's registration counts into the database at the end of each week (Sunday)
 * and of each quarter, kept as history for trends and for the reports. Sends nothing.
 */
export const cellSummary: Job = {
  name: "cell-summary",
  slots(services, _cell, year) {
    const at = (day: string) => atLocalHour(day, COMPILE_HOUR, services.timeZone);
    return [
      ...weekdaysOfYear(year, 7).map((day) => ({ period: weekPeriod(day), dueAt: at(day) })),
      ...[1, 2, 3, 4].map((q) => ({
        period: `${year}-Q${q}`,
        dueAt: at(lastDayOfQuarter(year, q)),
      })),
    ];
  },
  run(run) {
    const report = loadCellReport(run.services, run.cell, run.year);
    run.services.cellSummaries.save({
      cellId: run.cell.id,
      period: run.slot.period,
      kind: run.slot.period.includes("-W") ? "week" : "quarter",
      year: run.year,
      members: report.members.length,
      registered: report.registered.length,
      missing: report.missing.length,
      exempt: report.exempt.length,
      pending: report.pending.length,
      compiledAt: run.now,
    });
    return 0;
  },
};
