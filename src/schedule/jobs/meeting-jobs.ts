import { type LocalDay, localDay, localYearBounds } from "../../domain/calendar.js";
import { isCounted } from "../../domain/member-rules.js";
import type { Text } from "../../i18n.js";
import { closeMeeting } from "../../meetings/attendance.js";
import { announcement, answerChoices, meetingDetails } from "../../meetings/meeting-texts.js";
import { closePoll } from "../../meetings/polls.js";
import type { Meeting, ScheduledMeeting } from "../../store/meeting-store.js";
import type { CellYear, Job, JobRun } from "../job.js";

const HOUR = 3600_000;

/** A little past the calendar's year in every time zone; slots are then sorted by local year. */
function yearWindow(year: number): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(year - 1, 11, 31)), to: new Date(Date.UTC(year + 1, 0, 2)) };
}

const boundsCache = new Map<string, { from: Date; to: Date }>();

function yearBounds(year: number, timeZone: string): { from: Date; to: Date } {
  const key = `${year}|${timeZone}`;
  let bounds = boundsCache.get(key);
  if (!bounds) {
    bounds = localYearBounds(year, timeZone);
    boundsCache.set(key, bounds);
  }
  return bounds;
}

// The local day of a meeting's start, kept: every scheduled meeting's reminders are listed on
// every beat, and the day of an instant is slow to compute.
const startDays = new Map<string, LocalDay>();

function startDay(meeting: ScheduledMeeting, timeZone: string): LocalDay {
  const key = `${meeting.startsAt.getTime()}|${timeZone}`;
  let day = startDays.get(key);
  if (day === undefined) {
    if (startDays.size >= 100_000) startDays.clear();
    day = localDay(meeting.startsAt, timeZone);
    startDays.set(key, day);
  }
  return day;
}

/** The cell's scheduled meetings that start in the calendar's year (read once a beat). */
function scheduledOfYear({ services, cell, year, shared }: CellYear): ScheduledMeeting[] {
  // The year's bounds as instants: the same as the local year of each start, without
  // computing it for every meeting on every beat.
  const { from, to } = yearBounds(year, services.timeZone);
  return shared
    .scheduledMeetings(cell.id)
    .filter((meeting) => meeting.startsAt >= from && meeting.startsAt < to);
}

/** The meeting a slot is about: its id is the period's first part ("m12/…"). */
function meetingOf(run: JobRun): Meeting | undefined {
  const id = Number(/^m(\d+)/.exec(run.slot.period)?.[1]);
  return run.services.meetings.byId(id);
}

/**
 * Reminders before a meeting (by default the day before and an hour before): in the group
 * with the count and the buttons, and in private to those who have not answered and those
 * who said they would come. Not for a meeting changed, cancelled or already started.
 */
export const meetingReminder: Job = {
  name: "meeting-reminder",
  sends: true,
  slots(calendar) {
    const { services, schedule } = calendar;
    return scheduledOfYear(calendar).flatMap((meeting) => {
      const deadline = startDay(meeting, services.timeZone);
      return (
        schedule.meetingReminderHours
          .map((hours) => ({
            // The start is in the period: a meeting moved to another time is reminded anew.
            period: `m${meeting.id}/${meeting.startsAt.getTime()}/${hours}h`,
            dueAt: new Date(meeting.startsAt.getTime() - hours * HOUR),
            deadline,
          }))
          // Nothing is reminded of before the meeting was announced.
          .filter((slot) => slot.dueAt >= meeting.createdAt)
      );
    });
  },
  run(run) {
    const meeting = meetingOf(run);
    const now = run.services.clock.now();
    if (meeting?.state !== "scheduled" || now >= meeting.startsAt) return 0;
    if (laterReminderDue(run, meeting, now)) return 0;
    const { services } = run;
    const responses = services.meetings.responses(meeting.id);
    const answered = new Map(responses.map((r) => [r.memberId, r.answer]));
    const hours = Math.max(1, Math.round((meeting.startsAt.getTime() - now.getTime()) / HOUR));
    const details = meetingDetails(meeting, services.timeZone);
    const counts = announcement(meeting, responses, services.timeZone).parts.at(-1);
    const soon: Text = { key: "meeting-reminder-soon", args: { hours } };
    run.toGroups([soon, details, ...(counts ? [counts] : [])], {
      choices: answerChoices(meeting.id),
    });
    for (const member of services.members.ofCell(meeting.cellId, "active")) {
      if (!isCounted(member) || member.status === "exempt") continue;
      const answer = answered.get(member.id);
      if (answer === "excused") continue;
      if (answer === "attend") {
        run.toMember(member.id, [soon, details, { key: "meeting-reminder-coming" }]);
      } else {
        run.toMember(member.id, [soon, details, { key: "meeting-reminder-unanswered" }], {
          choices: answerChoices(meeting.id),
        });
      }
    }
    return run.count;
  },
};

/**
 * Two reminders due at once (the night held both, or the bot was down) make one: the later
 * one, with the hours really left.
 */
function laterReminderDue(run: JobRun, meeting: Meeting, now: Date): boolean {
  const hours = Number(/\/(\d+)h$/.exec(run.slot.period)?.[1]);
  return run.calendar.schedule.meetingReminderHours.some(
    (later) => later < hours && now.getTime() >= meeting.startsAt.getTime() - later * HOUR,
  );
}

/** At the end of a meeting: check-in closes, the counts and the poll go out. */
export const meetingClose: Job = {
  name: "meeting-close",
  sends: false,
  catchUp: true,
  // However long ago it ended: a meeting left open while the bot was down is closed on return.
  slots({ cell, year, shared }) {
    const { to } = yearWindow(year);
    return shared
      .scheduledMeetings(cell.id)
      .filter((meeting) => meeting.endsAt < to)
      .map((meeting) => ({
        period: `m${meeting.id}/${meeting.endsAt.getTime()}/close`,
        dueAt: meeting.endsAt,
      }));
  },
  run(run) {
    const meeting = meetingOf(run);
    if (meeting?.state !== "scheduled") return 0;
    closeMeeting(run.services, run, meeting, run.services.clock.now());
    return run.count;
  },
};

/** A poll closes at its time: the result goes to the groups. */
export const pollClose: Job = {
  name: "poll-close",
  // The result is counted when it can be posted: votes cast at night still count.
  sends: true,
  catchUp: true,
  slots({ cell, year, shared }) {
    const { to } = yearWindow(year);
    return shared
      .polls(cell.id)
      .filter((poll) => poll.closesAt < to)
      .map((poll) => ({ period: `p${poll.id}/close`, dueAt: poll.closesAt }));
  },
  run(run) {
    const id = Number(/^p(\d+)/.exec(run.slot.period)?.[1]);
    const poll = run.services.polls.byId(id);
    if (poll?.state !== "open") return 0;
    closePoll(run.services, run, poll, run.services.clock.now());
    return run.count;
  },
};
