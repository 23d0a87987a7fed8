import { localDay } from "../../domain/calendar.js";
import { loadCellReport } from "../../reports/load-cell-report.js";
import type { Job, JobRun } from "../job.js";
import { deadlineArgs, slotsBefore } from "./deadline-reminder.js";

/**
 * Before the registration deadline: the group is told who has not registered (names only),
 * and each of them who can be reached gets a private reminder.
 */
export const registrationReminder: Job = {
  name: "registration-reminder",
  sends: true,
  slots(calendar) {
    const { schedule, registrationDeadline } = calendar;
    return slotsBefore(calendar, "reg", registrationDeadline, schedule.registrationReminderDays);
  },
  run(run) {
    // The secretary's /nhacnho already reminded everyone today: once a day is enough.
    if (remindedToday(run)) return 0;
    remindUnregistered(run, deadlineArgs(run));
    return run.count;
  },
};

/** The job /nhacnho records its runs under, one period per local day. */
export const MANUAL_REMINDER = "registration-reminder-now";

function remindedToday(run: JobRun): boolean {
  const { jobRuns, timeZone } = run.services;
  const today = localDay(run.services.clock.now(), timeZone);
  return jobRuns.periodsOf(run.cell.id).has(`${MANUAL_REMINDER}|${today}`);
}

/** Also what /nhacnho sends: returns how many members were reminded (0: nobody is missing). */
export function remindUnregistered(run: JobRun, when: { deadline: string; days: number }): number {
  const report = loadCellReport(run.services, run.cell, run.year);
  if (report.missing.length === 0) return 0;
  const names = report.missing.map((m) => m.fullName).join(", ");
  // Where the platform can, each one named is tagged, so that their phone rings.
  const mentions = report.missing.flatMap((member) =>
    run.services.members
      .personIds(member.id)
      .map((personId) => ({ personId, name: member.fullName })),
  );
  run.toGroups(
    [{ key: "job-registration-group", args: { ...when, count: report.missing.length, names } }],
    { privateLink: { label: { key: "go-private-button" }, payload: "dangky" }, mentions },
  );
  for (const member of report.missing) {
    run.toMember(member.id, [{ key: "job-registration-private", args: when }]);
  }
  return report.missing.length;
}
