import { isCounted } from "../../domain/member-rules.js";
import type { Text } from "../../i18n.js";
import { type Job, type JobRun, sameForEveryCell } from "../job.js";
import { weeklySummary } from "./weekly-summary.js";

/**
 * The one period of this job: each cell's entries older than consent are asked once, ever. A
 * member unreachable then is not asked later by the job; /dongy asks them whenever they type it.
 */
const ONCE = "older-entries";

/**
 * Members on the roster from before chibo asked consent (no answer stored, migration 0020)
 * are asked once, in private, where chibo can write to them: the message points to /dongy,
 * which shows the same consent text and version as /thamgia and takes the answer. The
 * secretary and deputy hear how many were asked and how many chibo could not write to.
 *
 * It falls due on the weekly summary's day and hour: the beat then reads each cell's past runs
 * once for both. Every week's slot has the same period, so only the first one runs; the rest
 * cost nothing but that shared read.
 */
export const consentAsk: Job = {
  name: "consent-ask",
  sends: true,
  fromCalendar: true,
  slots(calendar) {
    const { services, schedule, year } = calendar;
    const { weeklySummaryWeekday: weekday, postHour } = schedule;
    return sameForEveryCell(`consent-ask|${year}|${weekday}|${postHour}|${services.timeZone}`, () =>
      weeklySummary.slots(calendar).map((slot) => ({ ...slot, period: ONCE })),
    );
  },
  run(run) {
    let asked = 0;
    let unreachable = 0;
    for (const member of run.services.consents.unanswered(run.cell.id)) {
      const before = run.count;
      run.composeForMember(member.id);
      if (run.count > before) asked += 1;
      else unreachable += 1;
    }
    tellManagers(run, asked, unreachable);
    return run.count;
  },
  compose({ services, cell, intent }) {
    const member = services.members.byId(intent.memberId ?? 0);
    // Gone from the roster, or answered (/dongy) since the question was queued: nothing to ask.
    if (!member || member.cellId !== cell.id || !isCounted(member)) return undefined;
    if (services.consents.latestAnswer(member.id) !== undefined) return undefined;
    return {
      parts: [{ key: "consent-ask-older", args: { name: member.fullName, cell: cell.name } }],
    };
  },
};

/** Counts only: who has not answered is the secretary's to read in private (/dongy). */
function tellManagers(run: JobRun, asked: number, unreachable: number): void {
  if (asked + unreachable === 0) return;
  const parts: Text[] = [
    ...(asked > 0 ? [{ key: "consent-ask-managers", args: { count: asked } }] : []),
    ...(unreachable > 0
      ? [{ key: "consent-ask-managers-unreachable", args: { count: unreachable } }]
      : []),
    { key: "consent-ask-managers-close" },
  ];
  for (const manager of run.services.members.managers(run.cell.id)) run.toMember(manager.id, parts);
}
