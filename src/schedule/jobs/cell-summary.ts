import { atLocalHour } from "../../domain/calendar.js";
import { buildCellReport } from "../../domain/cell-report.js";
import { lastDayOfQuarter, weekdaysOfYear, weekPeriod } from "../../domain/schedule-rules.js";
import { type Job, type JobRun, sameForEveryCell } from "../job.js";

const COMPILE_HOUR = 23;

/** The cell's registration counts saved at the end of each week (Sunday, 23:00). */
export const weekSummary: Job = {
  name: "week-summary",
  sends: false,
  fromCalendar: true,
  // A record: however late (the bot was down), it is compiled for the week it describes.
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
  fromCalendar: true,
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

/**
 * Counts kept as history for trends and reports; sends nothing. They are the counts as of the
 * period's end, also when compiled late: plans saved and members who joined after it are left
 * out (roles and statuses are read as they are now; they keep no history).
 */
function compile(run: JobRun, kind: "week" | "quarter"): number {
  const { services, cell, year, slot } = run;
  const asOf = slot.dueAt;
  const roster = services.members.ofCell(cell.id).filter((member) => member.createdAt <= asOf);
  const commitments = services.commitments
    .ofMembers(
      roster.map((member) => member.id),
      year,
    )
    .filter((commitment) => commitment.submittedAt <= asOf);
  const report = buildCellReport(roster, commitments, cell);
  services.cellSummaries.save({
    cellId: cell.id,
    period: slot.period,
    kind,
    year,
    members: report.members.length,
    registered: report.registered.length,
    missing: report.missing.length,
    exempt: report.exempt.length,
    pending: report.pending.length,
    compiledAt: services.clock.now(),
  });
  return 0;
}
