import { HOUR_MS } from "../../domain/durations.js";
import { isCounted } from "../../domain/member-rules.js";
import type { Text } from "../../i18n.js";
import { closeMeeting } from "../../meetings/attendance.js";
import { warnAbsences } from "../../meetings/ledger.js";
import { announcement, answerChoices, meetingDetails } from "../../meetings/meeting-texts.js";
import { closePoll } from "../../meetings/polls.js";
import type { Meeting, ScheduledMeeting } from "../../store/meeting-store.js";
import type { Member } from "../../store/member-store.js";
import type { Services } from "../../store/services.js";
import type { Job, PayloadSlot } from "../job.js";

/**
 * The end of a little past the calendar's year in every time zone, in milliseconds (asked for
 * every cell on every beat); slots are then sorted by local year.
 */
function yearWindowEnd(year: number): number {
  return Date.UTC(year + 1, 0, 2);
}

/**
 * Reminders before a meeting (by default the day before and an hour before): in the group
 * with the count and the buttons, and in private to those who have not answered and those
 * who said they would come. Each is written when it goes out, with the hours left and the
 * answers then; none for a meeting changed, cancelled or already started.
 */
export const meetingReminder: Job<PayloadSlot<Reminder>> = {
  name: "meeting-reminder",
  sends: true,
  slots(calendar) {
    const { cell, year, schedule, shared } = calendar;
    return reminderSlots(shared.scheduledIn(cell.id, year), schedule.meetingReminderHours);
  },
  run(run) {
    const { services, slot } = run;
    const meeting = remindable(services, slot.payload, services.clock.now());
    if (!meeting) return 0;
    run.composeForGroups();
    const answered = answersTo(services, meeting);
    for (const member of services.members.ofCell(meeting.cellId, "active")) {
      if (isReminded(member) && answered.get(member.id) !== "excused") {
        run.composeForMember(member.id);
      }
    }
    return run.count;
  },
  compose({ services, calendar, intent, now }) {
    // Queued with its meeting and start; one queued before intents kept their slot's payload
    // is found by its period among the reminders still to come.
    const { cell, schedule } = calendar;
    const reminder =
      (intent.payload as Reminder | undefined) ??
      reminderSlots(services.meetings.upcoming(cell.id, now), schedule.meetingReminderHours).find(
        (candidate) => candidate.period === intent.period,
      )?.payload;
    const meeting = reminder && remindable(services, reminder, now);
    if (!meeting) return undefined;
    const hours = Math.max(1, Math.round((meeting.startsAt.getTime() - now.getTime()) / HOUR_MS));
    const soon: Text = { key: "meeting-reminder-soon", args: { hours } };
    const details = meetingDetails(meeting, services.timeZone);
    if (intent.kind === "group") {
      const responses = services.meetings.responses(meeting.id);
      const counts = announcement(meeting, responses, services.timeZone).parts.at(-1);
      return {
        parts: [soon, details, ...(counts ? [counts] : [])],
        choices: answerChoices(meeting.id),
      };
    }
    const member = services.members.byId(intent.memberId ?? 0);
    if (!member || member.cellId !== meeting.cellId || !isReminded(member)) return undefined;
    const answer = answersTo(services, meeting).get(member.id);
    if (answer === "excused") return undefined;
    if (answer === "attend") return { parts: [soon, details, { key: "meeting-reminder-coming" }] };
    return {
      parts: [soon, details, { key: "meeting-reminder-unanswered" }],
      choices: answerChoices(meeting.id),
    };
  },
};

/** Who is reminded of a meeting: the members counted in the cell, not the exempt. */
function isReminded(member: Member): boolean {
  return member.roster === "active" && isCounted(member) && member.status !== "exempt";
}

function answersTo(services: Services, meeting: Meeting): Map<number, string> {
  return new Map(services.meetings.responses(meeting.id).map((r) => [r.memberId, r.answer]));
}

/** What a reminder is about: a meeting, at the start it had, so many hours before it. */
interface Reminder {
  meetingId: number;
  startsAt: number;
  hours: number;
}

// The hours are a cell's settings, most often shared by its committee's cells: sorted once,
// not for every cell on every beat.
const sortedHours = new WeakMap<readonly number[], readonly number[]>();

function descending(hours: readonly number[]): readonly number[] {
  let sorted = sortedHours.get(hours);
  if (!sorted) {
    sorted = [...hours].sort((a, b) => b - a);
    sortedHours.set(hours, sorted);
  }
  return sorted;
}

/** A reminder for each of the hours a cell set, for each meeting. */
function reminderSlots(
  meetings: readonly ScheduledMeeting[],
  reminderHours: readonly number[],
): PayloadSlot<Reminder>[] {
  // Asked for every cell on every beat: most have no meeting ahead.
  if (meetings.length === 0) return [];
  const hours = descending(reminderHours);
  const slots: PayloadSlot<Reminder>[] = [];
  for (const meeting of meetings) {
    const startsAt = meeting.startsAt.getTime();
    const announced = meeting.createdAt.getTime();
    hours.forEach((before, index) => {
      const dueAt = startsAt - before * HOUR_MS;
      // Nothing is reminded of before the meeting was announced.
      if (dueAt < announced) return;
      slots.push({
        // The start is in the period: a meeting moved to another time is reminded anew.
        period: `m${meeting.id}/${startsAt}/${before}h`,
        payload: { meetingId: meeting.id, startsAt, hours: before },
        dueAt: new Date(dueAt),
        // Worth it until the next reminder is due (two held at once make one: the later,
        // with the hours really left), the last one until the meeting starts.
        until: new Date(startsAt - (hours[index + 1] ?? 0) * HOUR_MS),
      });
    });
  }
  return slots;
}

/**
 * The meeting a reminder is about, if it still needs one now: scheduled at the time it was
 * reminded of (one moved has reminders of its own), and not started.
 */
function remindable(services: Services, reminder: Reminder, now: Date): Meeting | undefined {
  const meeting = services.meetings.byId(reminder.meetingId);
  if (meeting?.state !== "scheduled" || now >= meeting.startsAt) return undefined;
  return meeting.startsAt.getTime() === reminder.startsAt ? meeting : undefined;
}

/**
 * At the end of a meeting: check-in closes, the counts and the poll go out, and the secretary
 * hears of a member who reached a threshold of the attendance ledger.
 */
export const meetingClose: Job<PayloadSlot<{ meetingId: number }>> = {
  name: "meeting-close",
  sends: false,
  // Always worth doing: a meeting left open while the bot was down is closed on return.
  slots({ cell, year, shared }) {
    const to = yearWindowEnd(year);
    return shared
      .scheduledMeetings(cell.id)
      .filter((meeting) => meeting.endsAt.getTime() < to)
      .map((meeting) => ({
        period: `m${meeting.id}/${meeting.endsAt.getTime()}/close`,
        payload: { meetingId: meeting.id },
        dueAt: meeting.endsAt,
      }));
  },
  run(run) {
    const meeting = run.services.meetings.byId(run.slot.payload.meetingId);
    if (meeting?.state !== "scheduled") return 0;
    const now = run.services.clock.now();
    const closed = closeMeeting(run.services, run, meeting, now);
    // Its attendance may bring a member to two, or three, months absent without reason.
    warnAbsences(run.services, run, closed, now);
    return run.count;
  },
};

/** A poll closes at its time: the result goes to the groups. */
export const pollClose: Job<PayloadSlot<{ pollId: number }>> = {
  name: "poll-close",
  // The result is counted when it can be posted: votes cast at night still count.
  sends: true,
  // Always worth doing: a poll left open while the bot was down is closed on return.
  slots({ cell, year, shared }) {
    const to = yearWindowEnd(year);
    return shared
      .polls(cell.id)
      .filter((poll) => poll.closesAt.getTime() < to)
      .map((poll) => ({
        period: `p${poll.id}/close`,
        payload: { pollId: poll.id },
        dueAt: poll.closesAt,
      }));
  },
  run(run) {
    const poll = run.services.polls.byId(run.slot.payload.pollId);
    if (poll?.state !== "open") return 0;
    closePoll(run.services, run, poll, run.services.clock.now());
    return run.count;
  },
};
