import { formatDay, localDay } from "../../domain/calendar.js";
import { atLocalHour, weekdaysOfYear, weekPeriod } from "../../domain/schedule-rules.js";
import type { Text } from "../../i18n.js";
import { loadCellReport, reportSummary } from "../../reports/load-cell-report.js";
import type { Job, JobRun } from "../job.js";

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
    const parts = [...reportSummary(report), nextDeadline(run)];
    for (const manager of run.services.members.managers(run.cell.id)) {
      run.toMember(manager.id, parts);
    }
    return run.count;
  },
};

/** What falls due next this year, so that the secretary sees it coming. */
function nextDeadline(run: JobRun): Text {
  const { plan, registrationDeadline, services } = run.calendar;
  const today = localDay(run.asOf, services.timeZone);
  const upcoming = [
    { what: "deadline-study", day: plan.deadlines.study },
    { what: "deadline-registration", day: registrationDeadline },
    { what: "deadline-midterm-review", day: plan.deadlines.midtermReview },
    { what: "deadline-year-end-review", day: plan.deadlines.yearEndReview },
  ]
    .filter((d): d is { what: string; day: string } => d.day !== undefined && d.day >= today)
    .sort((a, b) => a.day.localeCompare(b.day));
  const next = upcoming[0];
  return next
    ? { key: "job-weekly-next", args: { what: { key: next.what }, date: formatDay(next.day) } }
    : { key: "job-weekly-nothing-next" };
}
