import { atLocalHour, shiftDay } from "../../domain/calendar.js";
import { mustReportResults } from "../../domain/member-rules.js";
import type { ComposedMessage } from "../../messages/intent.js";
import { resultsWindow } from "../../plan/results-window.js";
import type { Member } from "../../store/member-store.js";
import type { Services } from "../../store/services.js";
import type { CellYear } from "../cell-year.js";
import type { Composing } from "../composing.js";
import { type Job, type JobSlot, sameForEveryCell } from "../job.js";
import { slotsBefore } from "./deadline-reminder.js";

/**
 * From the day /ketqua opens to the year-end review: those who must report and have not are
 * reminded in private, on the opening day and then as registration is reminded (the same
 * days before the deadline). The group reads counts only, and the names of those chibo cannot
 * write to in private. Each is written when it goes out: held through the night, it counts
 * only who is still missing.
 */
export const resultsReminder: Job = {
  name: "results-reminder",
  sends: true,
  fromCalendar: true,
  slots(calendar) {
    const { opens, due } = resultsWindow(calendar.plan);
    const { schedule, services } = calendar;
    const before = slotsBefore(calendar, "results", due, schedule.registrationReminderDays);
    const { postHour } = schedule;
    const key = `results-open|${opens}|${due}|${schedule.registrationReminderDays.join(",")}|${postHour}|${services.timeZone}`;
    return sameForEveryCell(key, () => {
      const opening = atLocalHour(opens, postHour, services.timeZone);
      // Reminders the window leaves out (14 days before a deadline 10 days after opening).
      const within = before.filter((slot) => slot.dueAt > opening);
      const over = atLocalHour(shiftDay(due, 1), 0, services.timeZone);
      const first: JobSlot = {
        period: `${due}/results-open`,
        dueAt: opening,
        deadline: due,
        until: within[0]?.dueAt ?? over,
      };
      return opening < over ? [first, ...within] : within;
    });
  },
  run(run) {
    const missing = notReported(run.services, run.calendar, run.year);
    if (missing.length === 0) return 0;
    run.composeForGroups();
    for (const member of missing) run.composeForMember(member.id);
    return run.count;
  },
  compose(message) {
    const { services, calendar, intent } = message;
    const missing = notReported(services, calendar, intent.year);
    if (intent.kind === "member") {
      if (!missing.some((member) => member.id === intent.memberId)) return undefined;
      const args = { ...message.deadlineArgs(), year: String(intent.year) };
      return { parts: [{ key: "job-results-private", args }] };
    }
    if (missing.length === 0) return undefined;
    return groupReminder(message, missing);
  },
};

/** Those who must report (neither exempt nor excused) and have not. */
function notReported(services: Services, calendar: CellYear, year: number): Member[] {
  const reported = services.results.reportedOfCell(calendar.cell.id, year);
  return required(services, calendar).filter((member) => !reported.has(member.id));
}

function required(services: Services, { cell }: CellYear): Member[] {
  return services.members.ofCell(cell.id).filter((member) => mustReportResults(member, cell));
}

/**
 * Counts for the group, never whose results are in or what they say; by name only those
 * chibo cannot remind in private (no private chat with it on any platform).
 */
function groupReminder(message: Composing, missing: Member[]): ComposedMessage {
  const { services, calendar, intent } = message;
  const members = required(services, calendar).length;
  const args = {
    ...message.deadlineArgs(),
    year: String(intent.year),
    reported: members - missing.length,
    members,
  };
  const unreachable = missing.filter(
    (member) =>
      !services.members
        .personIds(member.id)
        .some((personId) => services.conversations.hasPrivateChat(personId)),
  );
  const parts = [{ key: "job-results-group", args }];
  if (unreachable.length === 0) {
    return { parts, privateLink: { label: { key: "go-private-button" }, command: "ketqua" } };
  }
  const names = unreachable.map((member) => member.fullName).join(", ");
  // Where the platform can, each one named is tagged, so that their phone rings.
  const mentions = unreachable.flatMap((member) =>
    services.members.personIds(member.id).map((personId) => ({ personId, name: member.fullName })),
  );
  return {
    parts: [...parts, { key: "job-results-group-names", args: { names } }],
    privateLink: { label: { key: "go-private-button" }, command: "ketqua" },
    mentions,
  };
}
