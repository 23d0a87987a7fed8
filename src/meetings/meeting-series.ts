import { atLocalTime, type LocalDay, localDay, localTime, shiftDay } from "../domain/calendar.js";
import { loadHolidays } from "../domain/holidays.js";
import { meetingOn } from "../domain/meeting-recurrence.js";
import { endOf, meetingMinutes, overlapping } from "../domain/meeting-rules.js";
import type { MeetingSeries } from "../store/meeting-series-store.js";
import type { Meeting } from "../store/meeting-store.js";
import type { Services } from "../store/services.js";

/** How far ahead a rule's next meeting is looked for, past months that overlap another. */
const MONTHS_AHEAD = 12;

/** A month of a rule, as its meetings are keyed: "2026-05". */
export type Occurrence = string;

export function occurrenceOf(year: number, month: number): Occurrence {
  return `${year}-${String(month).padStart(2, "0")}`;
}

export function monthOf(occurrence: Occurrence): { year: number; month: number } {
  const [year = 0, month = 1] = occurrence.split("-").map(Number);
  return { year, month };
}

export function nextOccurrence(occurrence: Occurrence): Occurrence {
  const { year, month } = monthOf(occurrence);
  return month === 12 ? occurrenceOf(year + 1, 1) : occurrenceOf(year, month + 1);
}

export function previousOccurrence(occurrence: Occurrence): Occurrence {
  const { year, month } = monthOf(occurrence);
  return month === 1 ? occurrenceOf(year - 1, 12) : occurrenceOf(year, month - 1);
}

/** "6/2026": a rule's month as the messages name it. */
export function monthName(occurrence: Occurrence): string {
  const { year, month } = monthOf(occurrence);
  return `${month}/${year}`;
}

/** A month of the rule passed over: its meeting would overlap another of the cell. */
export interface SkippedOccurrence {
  occurrence: Occurrence;
  startsAt: Date;
  other: Meeting;
}

export type NextMeeting =
  | {
      outcome: "created";
      meeting: Meeting;
      occurrence: Occurrence;
      /** The rule's day was a holiday: the meeting moved as the cell chose. */
      shiftedFrom?: { day: LocalDay; holiday: string };
      /** The year has no holiday table: the rule's day is kept, holiday or not. */
      noTable?: true;
      skipped: SkippedOccurrence[];
    }
  | { outcome: "none"; skipped: SkippedOccurrence[] };

/**
 * Creates a rule's next meeting: the first month after the last one created (so one moved or
 * cancelled is never made again), not before this month, whose meeting starts after `now` and
 * overlaps no other meeting of the cell (those are passed over, in `skipped`). Its length is
 * the cell's setting. Tells nobody: the caller says what it needs to.
 */
export function createNextMeeting(
  services: Services,
  series: MeetingSeries,
  now: Date,
): NextMeeting {
  const skipped: SkippedOccurrence[] = [];
  if (series.state !== "active") return { outcome: "none", skipped };
  const { timeZone } = services;
  const { year, month } = localTime(now, timeZone);
  const thisMonth = occurrenceOf(year, month);
  const last = services.meetingSeries.lastOccurrence(series.id);
  let occurrence = last && last >= thisMonth ? nextOccurrence(last) : thisMonth;
  const minutes = meetingMinutes(series.kind, services.cells.scheduleOf(series.cellId));
  const others = services.meetings.upcoming(series.cellId, now);
  const holidays = loadHolidays();
  for (let i = 0; i < MONTHS_AHEAD; i += 1, occurrence = nextOccurrence(occurrence)) {
    const at = monthOf(occurrence);
    const placed = meetingOn(series.rule, series.holidayShift, at.year, at.month, holidays);
    const startsAt = atLocalTime(placed.day, placed.hour, placed.minute, timeZone);
    // This month's meeting may be over already: the month has not passed, its day has.
    if (startsAt <= now) continue;
    const endsAt = endOf(startsAt, minutes);
    const other = overlapping(startsAt, endsAt, others);
    if (other) {
      skipped.push({ occurrence, startsAt, other });
      continue;
    }
    const meeting = services.meetingSeries.createOccurrence(
      {
        cellId: series.cellId,
        kind: series.kind,
        startsAt,
        endsAt,
        place: series.place,
        topic: series.topic,
        remoteAllowed: series.remoteAllowed,
        createdBy: series.createdBy,
        seriesId: series.id,
        occurrence,
      },
      now,
    );
    return {
      outcome: "created",
      meeting,
      occurrence,
      ...(placed.shiftedFrom ? { shiftedFrom: placed.shiftedFrom } : {}),
      ...(placed.noTable ? { noTable: true as const } : {}),
      skipped,
    };
  }
  return { outcome: "none", skipped };
}

/**
 * The local day a meeting's notice goes out: the cell's `meetingNoticeDays` before it, or
 * today when that day has passed (the meeting was made later than that).
 */
export function noticeDay(services: Services, meeting: Meeting, now: Date): LocalDay {
  const { timeZone } = services;
  const days = services.cells.scheduleOf(meeting.cellId).meetingNoticeDays;
  const day = shiftDay(localDay(meeting.startsAt, timeZone), -days);
  const today = localDay(now, timeZone);
  return day < today ? today : day;
}
