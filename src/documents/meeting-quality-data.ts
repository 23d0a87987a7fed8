/**
 * What the minutes and the quarter report say of meetings' quality, loaded from the database:
 * the facts of each meeting (attendance, length, agenda, the poll after it) scored by the plan
 * of its year. Plain data for the builders, which do no I/O.
 */
import { localYear, quarterOf } from "../domain/calendar.js";
import { MINUTE_MS, WEEK_MS } from "../domain/durations.js";
import {
  type MeetingQuality,
  meetingQuality,
  type PeriodQuality,
  POLL_ANSWERS,
  periodQuality,
} from "../domain/meeting-quality.js";
import {
  type AttendanceSheet,
  countsOf,
  meetingMinutes,
  type SheetMember,
} from "../domain/meeting-rules.js";
import { sheetOf } from "../meetings/attendance.js";
import { type PollResult, pollResult } from "../meetings/polls.js";
import { loadMeetingReport } from "../reports/meeting-report.js";
import type { Cell } from "../store/cell-store.js";
import type { Meeting } from "../store/meeting-store.js";
import type { Poll } from "../store/poll-store.js";
import type { Services } from "../store/services.js";

/** The quality section of a meeting's minutes. */
export interface MinutesQuality {
  quality: MeetingQuality;
  /**
   * For each one present, in the sheet's order (the minutes list those present from the same
   * sheet), whether they checked in from elsewhere: told by member, so that of two members of
   * one name only the one who was elsewhere is marked.
   */
  presentFromElsewhere: boolean[];
}

/** The quality of a period's meetings: each one's, in order, and their averages. */
export interface ResultsQuality {
  period: PeriodQuality;
  meetings: { startsAt: Date; quality: MeetingQuality }[];
}

/** The poll asked after a meeting: chibo's own, with the answers the plan scores. */
function isMeetingPoll(poll: Poll, meeting: Meeting): boolean {
  return (
    poll.meetingId === meeting.id &&
    poll.options.length === POLL_ANSWERS.length &&
    poll.options.every((option, i) => option.key === `meeting-poll-option-${i + 1}`)
  );
}

function scored(
  services: Services,
  cell: Cell,
  meeting: Meeting,
  sheet: AttendanceSheet<SheetMember>,
  poll: PollResult | undefined,
): MeetingQuality {
  const year = localYear(meeting.startsAt, services.timeZone);
  const rules = services.plans.forCell(cell.committeeId, year).meetingQuality;
  const { presentCount, countedCount } = countsOf(sheet);
  const end = meeting.endedAt ?? meeting.endsAt;
  return meetingQuality(rules, {
    present: presentCount,
    counted: countedCount,
    // An end typed before the start is no length at all.
    minutes: Math.max(0, Math.round((end.getTime() - meeting.startsAt.getTime()) / MINUTE_MS)),
    minimumMinutes: meetingMinutes(meeting.kind, services.cells.scheduleOf(cell.id)),
    agenda: meeting.materials?.agenda,
    poll: poll ? { counts: poll.counts, open: poll.poll.state === "open" } : null,
  });
}

/** The quality of one meeting, for its minutes. */
export function minutesQuality(services: Services, cell: Cell, meeting: Meeting): MinutesQuality {
  const sheet = sheetOf(services, meeting);
  // The poll goes out when the meeting closes: within a week of its end, as the minutes look.
  const poll = services.polls
    .ofCell(cell.id, meeting.startsAt, new Date(meeting.endsAt.getTime() + WEEK_MS))
    .find((candidate) => isMeetingPoll(candidate, meeting));
  const remote = new Set(sheet.remote.map((member) => member.id));
  return {
    quality: scored(services, cell, meeting, sheet, poll && pollResult(services, poll)),
    presentFromElsewhere: sheet.present.map((member) => remote.has(member.id)),
  };
}

/** The quality of the meetings a quarter (null: the year) held, for its report. */
export function resultsQuality(
  services: Services,
  cell: Cell,
  year: number,
  quarter: number | null,
): ResultsQuality {
  const report = loadMeetingReport(services, cell, year);
  const inPeriod = (instant: Date) =>
    quarter === null || quarterOf(instant, services.timeZone) === quarter;
  const meetings = report.meetings
    .filter(({ meeting }) => inPeriod(meeting.startsAt))
    .sort((a, b) => a.meeting.startsAt.getTime() - b.meeting.startsAt.getTime())
    .map(({ meeting, sheet }) => {
      const poll = report.polls.find((result) => isMeetingPoll(result.poll, meeting));
      return {
        startsAt: meeting.startsAt,
        quality: scored(services, cell, meeting, sheet, poll),
      };
    });
  const rules = services.plans.forCell(cell.committeeId, year).meetingQuality;
  return {
    period: periodQuality(
      rules,
      meetings.map((m) => m.quality),
    ),
    meetings,
  };
}
