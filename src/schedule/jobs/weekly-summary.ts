import { atLocalHour, weekdaysOfYear, weekPeriod } from "../../domain/schedule-rules.js";
import { loadCellReport, reportSummary } from "../../reports/load-cell-report.js";
import { nextDeadline } from "../../reports/next-deadline.js";
import { type Job, sameForEveryCell } from "../job.js";

/** Each week, the secretary and deputy get the cell's registration summary in private. */
export const weeklySummary: Job = {
  name: "weekly-summary",
  sends: true,
  slots({ services, schedule, year }) {
    const { weeklySummaryWeekday: weekday, postHour } = schedule;
    return sameForEveryCell(`weekly|${year}|${weekday}|${postHour}|${services.timeZone}`, () =>
      weekdaysOfYear(year, weekday).map((day) => ({
        period: weekPeriod(day),
        dueAt: atLocalHour(day, postHour, services.timeZone),
      })),
    );
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
