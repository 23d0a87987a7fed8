import { atLocalHour, weekdaysOfYear, weekPeriod } from "../../domain/schedule-rules.js";
import { loadCellReport, reportSummary } from "../../reports/load-cell-report.js";
import { nextDeadline } from "../../reports/next-deadline.js";
import type { Job } from "../job.js";

/** Each week, the secretary and deputy get the cell's registration summary in private. */
export const weeklySummary: Job = {
  name: "weekly-summary",
  sends: true,
  slots({ services, schedule, year }) {
    return weekdaysOfYear(year, schedule.weeklySummaryWeekday).map((day) => ({
      period: weekPeriod(day),
      dueAt: atLocalHour(day, schedule.postHour, services.timeZone),
    }));
  },
  run(run) {
    const report = loadCellReport(run.services, run.cell, run.year);
    const parts = [...reportSummary(report), nextDeadline(run.calendar, run.asOf)];
    for (const manager of run.services.members.managers(run.cell.id)) {
      run.toMember(manager.id, parts);
    }
    return run.count;
  },
};
