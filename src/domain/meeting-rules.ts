import { MINUTE_MS } from "./durations.js";
import { isCounted, type MemberStatus, type RosterState } from "./member-rules.js";
import { hasWords, normalizeLine, visibleLength } from "./text.js";

/** "combined": a thematic meeting held together with the regular one (HD 42-HD/BTCTW). */
export const MEETING_KINDS = ["regular", "thematic", "combined"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Who marked a member: themselves in the group, themselves from elsewhere, or the secretary. */
export const MARKED_BY = ["self", "remote", "secretary"] as const;
export type MarkedBy = (typeof MARKED_BY)[number];

/** What the secretary attaches before a meeting; a file is kept on disk until the meeting ends. */
export interface MeetingMaterials {
  agenda?: string;
  link?: string;
  file?: { name: string; path: string };
}
/** Check-in may open this long before the start, for those who arrive early. */
export const CHECKIN_EARLY_MINUTES = 30;
/** The place and topic of a meeting, as typed. */
export const MAX_MEETING_FIELD = 200;

export interface MeetingTimes {
  id: number;
  startsAt: Date;
  endsAt: Date;
  state: "scheduled" | "cancelled" | "closed";
  checkinOpenedAt: Date | null;
}

/** A meeting's length in minutes, from the cell's settings: a combined meeting takes longer. */
export function meetingMinutes(
  kind: MeetingKind,
  settings: { meetingMinutes: number; combinedMeetingMinutes: number },
): number {
  return kind === "combined" ? settings.combinedMeetingMinutes : settings.meetingMinutes;
}

/** Check-in closes at the end, unless the secretary closes the meeting earlier. */
export function endOf(startsAt: Date, minutes: number): Date {
  return new Date(startsAt.getTime() + minutes * MINUTE_MS);
}

/** Another scheduled meeting of the cell whose time overlaps this one, if any. */
export function overlapping<T extends MeetingTimes>(
  startsAt: Date,
  endsAt: Date,
  others: readonly T[],
  except?: number,
): T | undefined {
  return others.find(
    (other) =>
      other.id !== except &&
      other.state === "scheduled" &&
      other.startsAt < endsAt &&
      startsAt < other.endsAt,
  );
}

/** Members answer the announcement, and change their answer, until the meeting starts. */
export function answersOpen(meeting: MeetingTimes, now: Date): boolean {
  return meeting.state === "scheduled" && now < meeting.startsAt;
}

export type CheckinState = "too-early" | "may-open" | "open" | "over";

/**
 * Check-in is opened by the secretary from half an hour before the start and closes by itself
 * at the end of the meeting, or when the secretary closes the meeting.
 */
export function checkinState(meeting: MeetingTimes, now: Date): CheckinState {
  if (meeting.state !== "scheduled" || now >= meeting.endsAt) return "over";
  if (meeting.checkinOpenedAt) return "open";
  const opens = meeting.startsAt.getTime() - CHECKIN_EARLY_MINUTES * MINUTE_MS;
  return now.getTime() < opens ? "too-early" : "may-open";
}

export interface AttendeeRecord {
  id: number;
  fullName: string;
  status: MemberStatus;
  roster: RosterState;
  createdAt: Date;
}

/** A member as a meeting's minutes keep them, frozen when it closes. */
export interface MinutesEntry {
  id: number;
  fullName: string;
  nameKey: string;
  status: MemberStatus;
}

/** Who is on a meeting's sheet: its frozen roster once closed, else the current one. */
export type SheetMember = MinutesEntry & AttendeeRecord;

/** The frozen roster as sheet members: all were on the roster when the meeting closed. */
export function fromMinutes(entries: readonly MinutesEntry[]): SheetMember[] {
  // Field by field: spreading an object parsed from JSON took some 2 µs an entry, and a
  // roll-up reads 150,000 of them (docs/performance.md).
  return entries.map(({ id, fullName, nameKey, status }) => ({
    id,
    fullName,
    nameKey,
    status,
    roster: "active",
    createdAt: new Date(0),
  }));
}

export interface MeetingResponse {
  memberId: number;
  answer: "attend" | "excused";
  reason: string | null;
}

export interface AttendanceMark {
  memberId: number;
  present: boolean;
  reason: string | null;
  /** Left out where only the counts matter (the ledger): no one is then shown as remote. */
  markedBy?: MarkedBy;
}

/** The attendance of one meeting as the minutes record it. */
export interface AttendanceSheet<M> {
  present: M[];
  /** Those present who checked in from elsewhere, in private (a subset of `present`). */
  remote: M[];
  /** Reason null: the member said they would be absent but never said why. */
  absentWithReason: { member: M; reason: string | null }[];
  absentWithoutReason: M[];
  /** Exempt from Party work: listed, not counted. */
  exempt: M[];
}

/**
 * Who was there, from check-in and the secretary's marks; the absent are excused by a reason
 * the secretary wrote, else by the one they gave when they answered the announcement.
 * Members who joined after the meeting ended are not on its sheet.
 */
export function attendanceSheet<M extends AttendeeRecord>(
  meeting: { endsAt: Date },
  roster: readonly M[],
  responses: readonly MeetingResponse[],
  marks: readonly AttendanceMark[],
): AttendanceSheet<M> {
  const sheet: AttendanceSheet<M> = {
    present: [],
    remote: [],
    absentWithReason: [],
    absentWithoutReason: [],
    exempt: [],
  };
  const responseOf = new Map(responses.map((r) => [r.memberId, r]));
  const markOf = new Map(marks.map((m) => [m.memberId, m]));
  for (const member of roster) {
    if (!isCounted(member) || member.createdAt > meeting.endsAt) continue;
    const mark = markOf.get(member.id);
    const response = responseOf.get(member.id);
    if (member.status === "exempt") sheet.exempt.push(member);
    else if (mark?.present) {
      sheet.present.push(member);
      if (mark.markedBy === "remote") sheet.remote.push(member);
    } else if (mark?.reason) sheet.absentWithReason.push({ member, reason: mark.reason });
    else if (response?.answer === "excused") {
      sheet.absentWithReason.push({ member, reason: response.reason });
    } else sheet.absentWithoutReason.push(member);
  }
  return sheet;
}

/** Counts of the answers to an announcement, for its live count. */
export function answerCounts(responses: readonly MeetingResponse[]): {
  attend: number;
  excused: number;
} {
  return {
    attend: responses.filter((r) => r.answer === "attend").length,
    excused: responses.filter((r) => r.answer === "excused").length,
  };
}

/** A place, a topic or a reason, as typed: one line, with letters, not too long. */
export function checkMeetingText(
  input: string,
  max = MAX_MEETING_FIELD,
): { ok: true; text: string } | { ok: false; problem: "empty" | "too-long"; length: number } {
  const text = normalizeLine(input);
  const length = visibleLength(text);
  if (!hasWords(text)) return { ok: false, problem: "empty", length };
  if (length > max) return { ok: false, problem: "too-long", length };
  return { ok: true, text };
}

/** Who was present, and who was counted: present or absent, the exempt left out. */
export function countsOf(sheet: AttendanceSheet<{ id: number }>): {
  presentCount: number;
  countedCount: number;
  /** Who was absent without reason: the roll-up finds the members at the removal rule by it. */
  unexcusedIds: number[];
} {
  return {
    presentCount: sheet.present.length,
    countedCount:
      sheet.present.length + sheet.absentWithReason.length + sheet.absentWithoutReason.length,
    unexcusedIds: sheet.absentWithoutReason.map((member) => member.id),
  };
}
