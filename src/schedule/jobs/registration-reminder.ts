import { localDay } from "../../domain/calendar.js";
import { mayRemindToday } from "../../domain/reminder-rules.js";
import type { ComposedMessage } from "../../messages/intent.js";
import { loadCellReport } from "../../reports/load-cell-report.js";
import type { Composing } from "../composing.js";
import type { Job, JobRun } from "../job.js";
import { slotsBefore } from "./deadline-reminder.js";

/**
 * Before the registration deadline: the group is told who has not registered (names only),
 * and each of them who can be reached gets a private reminder. Both are written when they go
 * out: held through the night, they name only who is still missing and count the days left.
 */
export const registrationReminder: Job = {
  name: "registration-reminder",
  sends: true,
  fromCalendar: true,
  slots(calendar) {
    const { schedule, registrationDeadline } = calendar;
    return slotsBefore(calendar, "reg", registrationDeadline, schedule.registrationReminderDays);
  },
  run(run) {
    const { jobRuns, clock, timeZone } = run.services;
    const today = localDay(clock.now(), timeZone);
    const byHand = jobRuns.periodsOf(run.cell.id).has(`${MANUAL_REMINDER}|${today}`);
    if (!mayRemindToday(today, { byHand }, timeZone)) return 0;
    remindUnregistered(run);
    return run.count;
  },
  compose(message) {
    const { services, cell, calendar, intent } = message;
    const { missing } = loadCellReport(services, cell, calendar.year);
    if (intent.kind === "member") {
      if (!missing.some((member) => member.id === intent.memberId)) return undefined;
      return { parts: [{ key: "job-registration-private", args: message.deadlineArgs() }] };
    }
    return missing.length > 0 ? groupReminder(message, missing) : undefined;
  },
};

/** The job /nhacnho records its runs under, one period per local day. */
export const MANUAL_REMINDER = "registration-reminder-now";

/**
 * Also what /nhacnho queues: the group's reminder and each missing member's, written when
 * they go out. Returns how many are missing now (0: nobody to remind, nothing queued).
 */
export function remindUnregistered(run: JobRun): number {
  const { missing } = loadCellReport(run.services, run.cell, run.year);
  if (missing.length === 0) return 0;
  run.composeForGroups();
  for (const member of missing) run.composeForMember(member.id);
  return missing.length;
}

function groupReminder(
  message: Composing,
  missing: { id: number; fullName: string }[],
): ComposedMessage {
  const names = missing.map((m) => m.fullName).join(", ");
  // Where the platform can, each one named is tagged, so that their phone rings.
  const mentions = missing.flatMap((member) =>
    message.services.members
      .personIds(member.id)
      .map((personId) => ({ personId, name: member.fullName })),
  );
  const args = { ...message.deadlineArgs(), count: missing.length, names };
  return {
    parts: [{ key: "job-registration-group", args }],
    privateLink: { label: { key: "go-private-button" }, command: "dangky" },
    mentions,
  };
}
