import { formatDay, formatDayAndMonth, localDay, localTime } from "../domain/calendar.js";
import {
  type AttendanceSheet,
  answerCounts,
  countsOf,
  type MeetingResponse,
} from "../domain/meeting-rules.js";
import type { Text } from "../i18n.js";
import { lichhopChoices } from "../messages/choice-values.js";
import type { Choice, ReplyExtras } from "../messages/reply.js";
import type { Meeting } from "../store/meeting-store.js";

export const meetingAnchor = (meetingId: number) => `meeting:${meetingId}`;
export const checkinAnchor = (meetingId: number) => `checkin:${meetingId}`;

/** "19 giờ 30, thứ Hai, ngày 20/05/2024": a time read back in words, so a slip shows. */
export function when(instant: Date, timeZone: string): Text {
  return {
    key: "meeting-when",
    args: {
      time: clockTime(instant, timeZone),
      weekday: { key: `weekday-${localTime(instant, timeZone).isoWeekday}` },
      date: formatDay(localDay(instant, timeZone)),
    },
  };
}

/** "19 giờ 30", "14 giờ". */
export function clockTime(instant: Date, timeZone: string): Text {
  const { hour, minute } = localTime(instant, timeZone);
  return minute === 0
    ? { key: "time-hour", args: { hour } }
    : { key: "time-hour-minute", args: { hour, minute: String(minute).padStart(2, "0") } };
}

/** A meeting's short name in lists and buttons: "Sinh hoạt chuyên đề 20/05". */
export function shortName(meeting: Meeting, timeZone: string): Text {
  const day = formatDayAndMonth(localDay(meeting.startsAt, timeZone));
  return { key: `meeting-short-${meeting.kind}`, args: { day } };
}

/** Kind, time in words, place and topic; a regular meeting without one is "of May 2024". */
export function meetingDetails(
  meeting: Pick<Meeting, "kind" | "startsAt" | "place" | "topic">,
  timeZone: string,
): Text {
  return {
    key: "meeting-details",
    args: {
      kind: { key: `meeting-kind-${meeting.kind}` },
      when: when(meeting.startsAt, timeZone),
      place: meeting.place,
      topic: topicOf(meeting, timeZone),
    },
  };
}

/** The topic as typed, or for a regular meeting without one "the regular meeting of 5/2024". */
export function topicOf(
  meeting: Pick<Meeting, "startsAt" | "topic">,
  timeZone: string,
): string | Text {
  if (meeting.topic) return meeting.topic;
  const { month, year } = localTime(meeting.startsAt, timeZone);
  return { key: "meeting-topic-regular", args: { month: `${month}/${year}` } };
}

export function answerChoices(meetingId: number): Choice[] {
  return [
    {
      label: { key: "meeting-choice-attend" },
      value: lichhopChoices.encode("yes", { meeting: meetingId }),
    },
    {
      label: { key: "meeting-choice-excused" },
      value: lichhopChoices.encode("no", { meeting: meetingId }),
    },
  ];
}

/**
 * The announcement in the group, with the count of answers so far: posted once, then
 * brought up to date as people answer. A cancelled meeting's keeps no buttons.
 */
export function announcement(
  meeting: Meeting,
  responses: readonly MeetingResponse[],
  timeZone: string,
): { parts: Text[]; extras: ReplyExtras } {
  const anchor = meetingAnchor(meeting.id);
  if (meeting.state === "cancelled") {
    return {
      parts: [{ key: "meeting-cancelled-header" }, meetingDetails(meeting, timeZone)],
      extras: { anchor },
    };
  }
  const counts = answerCounts(responses);
  return {
    parts: [
      { key: "meeting-announcement-header" },
      meetingDetails(meeting, timeZone),
      { key: "meeting-answer-count", args: counts },
    ],
    extras: {
      anchor,
      choices: meeting.state === "scheduled" ? answerChoices(meeting.id) : undefined,
    },
  };
}

/**
 * The count while check-in is open: who is here, who said they would be absent, and who has
 * not checked in yet. Nobody is "absent without a reason" before the meeting ends.
 */
export function checkinCount(sheet: AttendanceSheet<{ id: number }>): Text {
  const { presentCount, countedCount } = countsOf(sheet);
  return {
    key: "checkin-count",
    args: {
      present: presentCount,
      counted: countedCount,
      excused: sheet.absentWithReason.length,
      notYet: sheet.absentWithoutReason.length,
    },
  };
}

type Changeable = Pick<Meeting, "kind" | "startsAt" | "place" | "topic">;

/**
 * What a change moved, a line each: "Giờ: 14 giờ → 19 giờ 30", "Địa điểm: A → B". The time
 * says the day too when the day changed.
 */
export function meetingChanges(before: Changeable, after: Changeable, timeZone: string): Text[] {
  const lines: Text[] = [];
  if (before.startsAt.getTime() !== after.startsAt.getTime()) {
    const sameDay = localDay(before.startsAt, timeZone) === localDay(after.startsAt, timeZone);
    const time = (instant: Date) =>
      sameDay ? clockTime(instant, timeZone) : when(instant, timeZone);
    lines.push({
      key: "meeting-changed-time",
      args: { before: time(before.startsAt), after: time(after.startsAt) },
    });
  }
  if (before.place !== after.place) {
    lines.push({
      key: "meeting-changed-place",
      args: { before: before.place, after: after.place },
    });
  }
  const topic = (meeting: Changeable) => topicOf(meeting, timeZone);
  if (before.topic !== after.topic || before.startsAt.getTime() !== after.startsAt.getTime()) {
    const was = topic(before);
    const now = topic(after);
    if (JSON.stringify(was) !== JSON.stringify(now)) {
      lines.push({ key: "meeting-changed-topic", args: { before: was, after: now } });
    }
  }
  return lines;
}
