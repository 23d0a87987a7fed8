import { atLocalHour } from "../../domain/calendar.js";
import { WEEK_MS } from "../../domain/durations.js";
import { weekdaysOfYear, weekPeriod } from "../../domain/schedule-rules.js";
import { loadCellReport, reportSummary } from "../../reports/load-cell-report.js";
import { nextDeadline } from "../../reports/next-deadline.js";
import { type Job, sameForEveryCell } from "../job.js";

/**
 * Each week, the secretary and deputy get the cell's registration summary in private, with
 * the counts as they are when it goes out. A missed one is worth sending until the next.
 */
export const weeklySummary: Job = {
  name: "weekly-summary",
  sends: true,
  fromCalendar: true,
  slots({ services, schedule, year }) {
    const { weeklySummaryWeekday: weekday, postHour } = schedule;
    return sameForEveryCell(`weekly|${year}|${weekday}|${postHour}|${services.timeZone}`, () => {
      const dues = weekdaysOfYear(year, weekday).map((day) => ({
        period: weekPeriod(day),
        dueAt: atLocalHour(day, postHour, services.timeZone),
      }));
      return dues.map((slot, index) => ({
        ...slot,
        until: dues[index + 1]?.dueAt ?? new Date(slot.dueAt.getTime() + WEEK_MS),
      }));
    });
  },
  run(run) {
    for (const manager of run.services.members.managers(run.cell.id)) {
      run.composeForMember(manager.id);
    }
    return run.count;
  },
  compose({ services, cell, calendar, intent, now }) {
    // Someone who is no longer secretary or deputy does not get the cell's summary.
    const managers = services.members.managers(cell.id);
    if (!managers.some((manager) => manager.id === intent.memberId)) return undefined;
    const report = loadCellReport(services, cell, calendar.year);
    return { parts: [...reportSummary(report), nextDeadline(calendar, now)] };
  },
};
