import {
  atLocalHour,
  atLocalTime,
  type LocalDay,
  localDay,
  localTime,
  shiftDay,
} from "../domain/calendar.js";
import { loadHolidays } from "../domain/holidays.js";
import { meetingOn } from "../domain/meeting-recurrence.js";
import { endOf, meetingMinutes, overlapping } from "../domain/meeting-rules.js";
import type { MeetingSeries } from "../store/meeting-series-store.js";
import type { Meeting } from "../store/meeting-store.js";
import type { Services } from "../store/services.js";

/**
 * How far ahead a rule's meetings are looked for (past months passed over), and shown before it
 * is saved: a rule that gives none in a year gives none.
 */
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

/**
 * A month of the rule passed over: its meeting would overlap another of the cell ("overlap"),
 * or the cell has its regular meeting of that month already ("month-taken": one a month).
 */
interface SkippedOccurrence {
  occurrence: Occurrence;
  startsAt: Date;
  other: Meeting;
  reason: "overlap" | "month-taken";
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

/** One month's meeting of a rule, placed in time, before it is checked against the cell's. */
export interface RuleDate {
  occurrence: Occurrence;
  startsAt: Date;
  endsAt: Date;
  /** The rule's day was a holiday: the meeting moved as the cell chose. */
  shiftedFrom?: { day: LocalDay; holiday: string };
  /** The holiday it falls on, kept there as the cell chose. */
  onHoliday?: string;
  /** The year has no holiday table: the rule's day is kept, holiday or not. */
  noTable?: true;
}

/** What a rule's dates follow from: a saved rule, or one being written in /hop. */
export type RuleShape = Pick<MeetingSeries, "cellId" | "kind" | "rule" | "holidayShift">;

/**
 * A rule's meetings from the month `from` on, those that start after `now`, for MONTHS_AHEAD
 * months: what /hop shows before a rule is saved and what creates its meetings, the same.
 */
export function* ruleDates(
  services: Services,
  rule: RuleShape,
  from: Occurrence,
  now: Date,
): Generator<RuleDate> {
  const { timeZone } = services;
  const minutes = meetingMinutes(rule.kind, services.cells.scheduleOf(rule.cellId));
  const holidays = loadHolidays();
  let occurrence = from;
  for (let i = 0; i < MONTHS_AHEAD; i += 1, occurrence = nextOccurrence(occurrence)) {
    const at = monthOf(occurrence);
    const placed = meetingOn(rule.rule, rule.holidayShift, at.year, at.month, holidays);
    const startsAt = atLocalTime(placed.day, placed.hour, placed.minute, timeZone);
    // This month's meeting may be over already: the month has not passed, its day has.
    if (startsAt <= now) continue;
    const onHoliday = placed.shiftedFrom ? undefined : holidays.holidayOn(placed.day);
    yield {
      occurrence,
      startsAt,
      endsAt: endOf(startsAt, minutes),
      ...(placed.shiftedFrom ? { shiftedFrom: placed.shiftedFrom } : {}),
      ...(onHoliday ? { onHoliday } : {}),
      ...(placed.noTable ? { noTable: true as const } : {}),
    };
  }
}

/** The month a rule's meetings are looked for from: this one, or after the last created. */
export function firstOpenMonth(services: Services, seriesId: number | undefined, now: Date) {
  const { year, month } = localTime(now, services.timeZone);
  const thisMonth = occurrenceOf(year, month);
  const last = seriesId === undefined ? undefined : services.meetingSeries.lastOccurrence(seriesId);
  return last && last >= thisMonth ? nextOccurrence(last) : thisMonth;
}

/**
 * Why a rule's meeting of a month would not be made: it overlaps a meeting of the cell, or
 * the cell has a regular (or combined) meeting that month already, cancelled ones aside.
 * Undefined: it can be made.
 */
export function clashOf(
  services: Services,
  rule: { cellId: number; id?: number },
  date: RuleDate,
  upcoming: readonly Meeting[],
): Pick<SkippedOccurrence, "other" | "reason"> | undefined {
  const other = overlapping(date.startsAt, date.endsAt, upcoming);
  if (other) return { other, reason: "overlap" };
  const { timeZone } = services;
  const from = atLocalHour(`${date.occurrence}-01`, 0, timeZone);
  const to = atLocalHour(`${nextOccurrence(date.occurrence)}-01`, 0, timeZone);
  const taken = services.meetings
    .ofCell(rule.cellId, from, to)
    .find(
      (meeting) =>
        meeting.state !== "cancelled" &&
        REGULAR_KINDS.has(meeting.kind) &&
        (rule.id === undefined || meeting.seriesId !== rule.id),
    );
  return taken ? { other: taken, reason: "month-taken" } : undefined;
}

/** The kinds that are a month's regular meeting (HD 42: one a month). */
const REGULAR_KINDS: ReadonlySet<string> = new Set(["regular", "combined"]);

/**
 * Creates a rule's next meeting: the first month after the last one created (so one moved or
 * cancelled is never made again), not before this month, whose meeting starts after `now`,
 * overlaps no other meeting of the cell and is not in a month that has its regular meeting
 * already (those are passed over, in `skipped`). Its length is the cell's setting. Tells
 * nobody: the caller says what it needs to.
 */
export function createNextMeeting(
  services: Services,
  series: MeetingSeries,
  now: Date,
): NextMeeting {
  const skipped: SkippedOccurrence[] = [];
  if (series.state !== "active") return { outcome: "none", skipped };
  const upcoming = services.meetings.upcoming(series.cellId, now);
  const from = firstOpenMonth(services, series.id, now);
  for (const date of ruleDates(services, series, from, now)) {
    const clash = clashOf(services, series, date, upcoming);
    if (clash) {
      skipped.push({ occurrence: date.occurrence, startsAt: date.startsAt, ...clash });
      continue;
    }
    const { occurrence, startsAt, endsAt } = date;
    const meeting = services.meetings.create(
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
      ...(date.shiftedFrom ? { shiftedFrom: date.shiftedFrom } : {}),
      ...(date.noTable ? { noTable: true as const } : {}),
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
