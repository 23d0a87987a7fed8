import { atLocalHour, localYearBounds } from "../../domain/calendar.js";
import { resultsWindow } from "../../plan/results-window.js";
import { loadCellReport } from "../../reports/load-cell-report.js";
import { type Job, sameForEveryCell } from "../job.js";

/**
 * On each of the plan's progress days (after a quarter's meeting), at the cell's posting hour,
 * each member who registered a plan is asked in private how it is going; those chibo cannot
 * write to are named in the group, with nothing but their names and the way to /tiendo. A day
 * missed (the bot was down) is made up until the next one is due, the last until results are
 * taken (/ketqua shows the notes so far): never two rounds at once, never one after the year's.
 * Exempt members, and retired ones the cell does not ask, registered nothing to report on.
 */
export const progressAsk: Job = {
  name: "progress-ask",
  sends: true,
  fromCalendar: true,
  slots({ services, plan, schedule, year }) {
    const { postHour } = schedule;
    const days = plan.progress.days.filter((day) => day.startsWith(`${year}-`)).sort();
    const resultsOpen = resultsWindow(plan).opens;
    const key = `progress|${year}|${days.join(",")}|${resultsOpen}|${postHour}|${services.timeZone}`;
    return sameForEveryCell(key, () => {
      const dues = days.map((day) => ({
        period: `${day}/progress`,
        dueAt: atLocalHour(day, postHour, services.timeZone),
      }));
      const yearOver = localYearBounds(year, services.timeZone).to;
      const results = atLocalHour(resultsOpen, 0, services.timeZone);
      const last = (dueAt: Date) => (results > dueAt ? results : yearOver);
      return dues.map((slot, index) => ({
        ...slot,
        until: dues[index + 1]?.dueAt ?? last(slot.dueAt),
      }));
    });
  },
  run(run) {
    const { registered } = loadCellReport(run.services, run.cell, run.year);
    let unreachable = 0;
    for (const member of registered) {
      const before = run.count;
      run.composeForMember(member.id);
      if (run.count === before) unreachable += 1;
    }
    if (unreachable > 0) run.composeForGroups();
    return run.count;
  },
  compose(message) {
    const { services, cell, calendar, intent } = message;
    const { registered } = loadCellReport(services, cell, calendar.year);
    const year = String(calendar.year);
    if (intent.kind === "member") {
      // Left the cell, or became exempt, since the round was queued: nothing to ask.
      if (!registered.some((member) => member.id === intent.memberId)) return undefined;
      return { parts: [{ key: "job-progress-private", args: { year } }] };
    }
    // As of now: whoever has opened a private chat since is no longer named before the group.
    const unreachable = registered.filter(
      (member) =>
        !services.members
          .personIds(member.id)
          .some((personId) => services.conversations.hasPrivateChat(personId)),
    );
    if (unreachable.length === 0) return undefined;
    const names = unreachable.map((member) => member.fullName).join(", ");
    const mentions = unreachable.flatMap((member) =>
      services.members
        .personIds(member.id)
        .map((personId) => ({ personId, name: member.fullName })),
    );
    return {
      parts: [{ key: "job-progress-group", args: { year, count: unreachable.length, names } }],
      mentions,
    };
  },
};
