import { hasMaterials } from "../../meetings/meeting-materials.js";
import { shortName, when } from "../../meetings/meeting-texts.js";
import type { Meeting, ScheduledMeeting } from "../../store/meeting-store.js";
import type { Services } from "../../store/services.js";
import { daysBeforeAt, SlotsBeforeMeetings } from "../days-before.js";
import type { Job, PayloadSlot } from "../job.js";

/** What the reminder is about: a meeting, at the start it had. */
interface Due {
  meetingId: number;
  startsAt: number;
}

const reminders = new SlotsBeforeMeetings<PayloadSlot<Due>>();

/**
 * `meetingMaterialsDays` before a meeting (at the posting hour), the secretary (or, without
 * one, the deputies) is told in private if nothing is attached to it yet: HD 42-HD/BTCTW has
 * the documents reach the members a day before. Once per meeting and start; written when it
 * goes out, so that materials sent meanwhile, or a meeting cancelled or moved, stop it.
 */
export const materialsReminder: Job<PayloadSlot<Due>> = {
  name: "materials-reminder",
  sends: true,
  slots({ services, cell, year, schedule, shared }) {
    const meetings = shared.scheduledIn(cell.id, year);
    // Asked for every cell on every beat: most have no meeting ahead.
    if (meetings.length === 0) return [];
    const { meetingMaterialsDays: days, postHour } = schedule;
    const slots: PayloadSlot<Due>[] = [];
    for (const meeting of meetings) {
      const slot = reminders.get(meeting, { days, postHour, timeZone: services.timeZone }, () =>
        slotFor(meeting, days, postHour, services.timeZone),
      );
      if (slot) slots.push(slot);
    }
    return slots;
  },
  run(run) {
    const { services, slot } = run;
    const meeting = owed(services, slot.payload, services.clock.now());
    if (!meeting) return 0;
    for (const member of services.members.secretaryOrDeputies(meeting.cellId)) {
      run.composeForMember(member.id);
    }
    return run.count;
  },
  compose({ services, intent, now }) {
    const due = intent.payload as Due | undefined;
    const meeting = due && owed(services, due, now);
    if (!meeting || intent.kind !== "member") return undefined;
    const asked = services.members.secretaryOrDeputies(meeting.cellId);
    if (!asked.some((member) => member.id === intent.memberId)) return undefined;
    return {
      parts: [
        {
          key: "materials-reminder",
          args: {
            meeting: shortName(meeting, services.timeZone),
            when: when(meeting.startsAt, services.timeZone),
          },
        },
      ],
    };
  },
};

/** The reminder of a meeting, if it falls after the meeting was set and before it starts. */
function slotFor(
  meeting: ScheduledMeeting,
  days: number,
  postHour: number,
  timeZone: string,
): PayloadSlot<Due> | undefined {
  const startsAt = meeting.startsAt.getTime();
  const dueAt = daysBeforeAt(meeting.startsAt, days, postHour, timeZone);
  // Not for a meeting set after that hour (the secretary is at it), nor once it has begun.
  if (dueAt <= meeting.createdAt || dueAt.getTime() >= startsAt) return undefined;
  return {
    // The start is in the period: a meeting moved to another day is reminded of anew.
    period: `m${meeting.id}/${startsAt}/materials`,
    payload: { meetingId: meeting.id, startsAt },
    dueAt,
    until: meeting.startsAt,
  };
}

/** The meeting, if it still has nothing attached, is still to be held, and at that start. */
function owed(services: Services, due: Due, now: Date): Meeting | undefined {
  const meeting = services.meetings.byId(due.meetingId);
  if (meeting?.state !== "scheduled" || now >= meeting.startsAt) return undefined;
  if (meeting.startsAt.getTime() !== due.startsAt || hasMaterials(meeting)) return undefined;
  return meeting;
}
