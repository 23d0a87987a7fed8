import { formatDay, localDay } from "./calendar.js";
import { HOUR_MS, MINUTE_MS } from "./durations.js";
import { type MeetingTimeProblem, parseMeetingTime } from "./meeting-time.js";
import { normalizeLine, visibleLength } from "./text.js";

/*
 * The real end of a meeting already held, for its minutes: given by the secretary, else the
 * scheduled one. Typed the way a meeting's time is ("21:15", "21h15", "9 giờ 15 tối"); a time
 * without a date is on the meeting's day.
 */

/** The longest a meeting may have lasted: an end later than this after the start is a slip. */
export const MAX_MEETING_HOURS = 12;
/** A time is a few words: anything longer is not one, whatever it holds. */
export const MAX_END_TEXT = 60;

export type MeetingEndProblem =
  | "empty"
  | "unreadable"
  | "no-time"
  | "impossible"
  | "ambiguous"
  | "before-start"
  | "too-long"
  | "future";

export type MeetingEnd = { ok: true; endedAt: Date } | { ok: false; problem: MeetingEndProblem };

/** What a refusal of the time read as a meeting's start means for an end read as of the start. */
const AS_END: Record<MeetingTimeProblem, MeetingEndProblem> = {
  empty: "empty",
  unreadable: "unreadable",
  // Never left: a time without a date is read again on the meeting's day.
  "no-date": "unreadable",
  "no-time": "no-time",
  impossible: "impossible",
  ambiguous: "ambiguous",
  past: "before-start",
  "too-far": "too-long",
};

/** An end is after the start, within MAX_MEETING_HOURS of it, and not still to come. */
export function checkMeetingEnd(endedAt: Date, startsAt: Date, now: Date): MeetingEnd {
  if (endedAt.getTime() <= startsAt.getTime()) return { ok: false, problem: "before-start" };
  if (endedAt.getTime() - startsAt.getTime() > MAX_MEETING_HOURS * HOUR_MS) {
    return { ok: false, problem: "too-long" };
  }
  if (endedAt.getTime() > now.getTime()) return { ok: false, problem: "future" };
  return { ok: true, endedAt };
}

/** The end a secretary typed for a meeting that started at `startsAt`, checked. */
export function readMeetingEnd(
  text: string,
  startsAt: Date,
  now: Date,
  timeZone: string,
): MeetingEnd {
  if (visibleLength(normalizeLine(text)) > MAX_END_TEXT)
    return { ok: false, problem: "unreadable" };
  // Read as a meeting time as of the start: what is not after it is refused as past.
  let parsed = parseMeetingTime(text, startsAt, timeZone);
  if (!parsed.ok && parsed.problem === "no-date") {
    const day = formatDay(localDay(startsAt, timeZone));
    parsed = parseMeetingTime(`${text} ${day}`, startsAt, timeZone);
  }
  if (!parsed.ok) return { ok: false, problem: AS_END[parsed.problem] };
  return checkMeetingEnd(parsed.startsAt, startsAt, now);
}

/**
 * When the secretary closed a meeting by hand before its scheduled end, to the minute: likely
 * its real end, offered as one. Undefined for a meeting closed at or after the scheduled end
 * (the job closes it then) or in its first minute.
 */
export function closeTimeAsEnd(meeting: {
  startsAt: Date;
  endsAt: Date;
  closedAt: Date | null;
}): Date | undefined {
  if (!meeting.closedAt) return undefined;
  const closed = Math.floor(meeting.closedAt.getTime() / MINUTE_MS) * MINUTE_MS;
  const within = closed > meeting.startsAt.getTime() && closed < meeting.endsAt.getTime();
  return within ? new Date(closed) : undefined;
}
