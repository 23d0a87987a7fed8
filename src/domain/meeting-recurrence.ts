import type { Text } from "../i18n.js";
import { calendarDay, isoWeekdayOf, type LocalDay } from "./calendar.js";
import type { HolidayCalendar } from "./holidays.js";
import { parseTimeOfDay } from "./meeting-time.js";
import { foldKey, hasWords, normalizeLine, visibleLength } from "./text.js";

/*
 * A cell's rule for its regular meetings, as the secretary types it ("ngày 5 hằng tháng 19h30",
 * "thứ Bảy đầu tiên của tháng 8h", "ngày làm việc cuối cùng của tháng 14h"), and the meetings it
 * gives month by month, moved off holidays as the cell chose. Like meeting-time.ts, it refuses
 * rather than guesses: every word must be understood, and a day that is not in every month,
 * two days, or a weekday without saying which one of the month are named as problems.
 */

/** Where a meeting that falls on a holiday goes: kept, the working day before, or after. */
export const HOLIDAY_SHIFTS = ["keep", "before", "after"] as const;
export type HolidayShift = (typeof HOLIDAY_SHIFTS)[number];

/** The local time of day a rule's meetings start. */
interface RuleTime {
  hour: number;
  minute: number;
}

/** Which day of each month a rule names. */
type RuleDay =
  | { kind: "day-of-month"; day: number }
  /** ISO weekday (1 Monday … 7 Sunday); nth 1–4, or -1 for the last of the month. */
  | { kind: "weekday-of-month"; weekday: number; nth: number }
  | { kind: "last-working-day" };

export type MeetingRule = RuleTime & RuleDay;

type RuleProblem =
  | "empty"
  | "unreadable"
  | "no-time"
  /** A day of the month not in every month: the 29th to the 31st. */
  | "never-day"
  /** A fifth weekday: not in every month. */
  | "never-weekday"
  /** Two days, two ordinals, or a weekday without which one of the month. */
  | "ambiguous-day"
  /** The time could be morning or afternoon ("2h"), or two times. */
  | "ambiguous-time"
  | "too-long";

type ParsedMeetingRule = { ok: true; rule: MeetingRule } | { ok: false; problem: RuleProblem };

/** Longer than any rule said in words: what is longer is pasted by mistake. */
const MAX_RULE_LENGTH = 160;
/** Every month has 28 days. */
const DAYS_IN_EVERY_MONTH = 28;
const LAST = -1;

type Part =
  | { kind: "day"; day: number }
  | { kind: "weekday"; weekday: number }
  | { kind: "nth"; nth: number }
  | { kind: "working-day" }
  | { kind: "filler" };

interface Pattern {
  pattern: RegExp;
  read: (match: RegExpExecArray) => Part;
  /** Read only right after a weekday: "thứ Bảy thứ hai" is the second Saturday. */
  afterWeekday?: true;
}

// Patterns read the folded words (no case, no marks) joined by single spaces, from the start of
// a word, and must end where a word ends.
function pattern(source: string, read: Pattern["read"], afterWeekday?: true): Pattern {
  return { pattern: new RegExp(`(?:${source})(?= |$)`, "uy"), read, afterWeekday };
}

const WEEKDAY_NAMES: Record<string, number> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };
const ORDINAL_NAMES: Record<string, number> = { nhat: 1, hai: 2, ba: 3, tu: 4, nam: 5 };
const FIRST_OR_LAST: Record<string, number> = {
  "dau tien": 1,
  dau: 1,
  "thu nhat": 1,
  "cuoi cung": LAST,
  cuoi: LAST,
};

/**
 * "tháng" and what comes with it ("hằng tháng", "hàng tháng", "mỗi tháng", "của tháng"), but not
 * "tháng 6": a month named is a date, not a rule. "tháng 8 giờ sáng" is the month, then 8:00.
 */
const MONTH_WORDS = String.raw`(?:(?:cua|trong) )?(?:(?:hang|moi|cac) )?thang(?! \d+(?![\p{L}\p{N}:])(?! (?:gio|g|h)(?= |$)))`;

// Tried in order at each word; the first that matches takes the words it matched.
const PATTERNS: Pattern[] = [
  pattern("ngay lam viec", () => ({ kind: "working-day" })),
  // ngày 5, ngày mùng 5, mồng 5
  pattern(String.raw`(?:ngay(?: mung| mong)?|mung|mong) (\d+)`, (m) => ({
    kind: "day",
    day: Number(m[1]),
  })),
  pattern(
    "thu (nhat|hai|ba|tu|nam|[1-5])",
    (m) => ({ kind: "nth", nth: ORDINAL_NAMES[m[1] ?? ""] ?? Number(m[1]) }),
    true,
  ),
  // thứ 7, thứ7, T7, thứ Bảy, chủ nhật, CN
  pattern("thu ?([2-7])|t([2-7])|thu (hai|ba|tu|nam|sau|bay)|chu nhat|cn", (m) => ({
    kind: "weekday",
    weekday: m[1] || m[2] ? Number(m[1] || m[2]) - 1 : (WEEKDAY_NAMES[m[3] ?? ""] ?? 7),
  })),
  pattern(Object.keys(FIRST_OR_LAST).join("|"), (m) => ({
    kind: "nth",
    nth: FIRST_OR_LAST[m[0]] ?? 1,
  })),
  pattern(`${MONTH_WORDS}|lich|hop|sinh hoat|chi bo|dinh ky|va|hoac`, () => ({ kind: "filler" })),
];

// Between words: spaces, commas, brackets, dashes, a full stop not inside a number. Kept (the
// group) to tell words only a space apart.
const WORD_SEPARATORS = /((?:[\s,;()–—-]|\.(?!\d))+)/u;

export function parseMeetingRule(text: string): ParsedMeetingRule {
  const line = normalizeLine(text);
  if (!hasWords(line)) return { ok: false, problem: "empty" };
  if (visibleLength(line) > MAX_RULE_LENGTH) return { ok: false, problem: "too-long" };
  const { parts, rest } = readParts(line);
  const day = dayOf(parts);
  if (!day.ok) return day;
  const time = parseTimeOfDay(rest);
  if (time.ok) return { ok: true, rule: { ...day.day, hour: time.hour, minute: time.minute } };
  switch (time.problem) {
    case "empty":
    case "no-time":
      return { ok: false, problem: "no-time" };
    case "ambiguous":
      return { ok: false, problem: "ambiguous-time" };
    default:
      return { ok: false, problem: "unreadable" };
  }
}

/**
 * The words that say the day, and the rest as typed (for the time of day): runs of it apart
 * joined by a comma, so that "19h, ngày 5 hằng tháng, 30" does not make 19:30.
 */
function readParts(line: string): { parts: Part[]; rest: string } {
  const words: { typed: string; key: string; afterSpace: boolean }[] = [];
  // Pieces alternate: a word, the separator after it, the next word…
  let spaceOnly = true;
  line.split(WORD_SEPARATORS).forEach((piece, index) => {
    if (index % 2 === 1) {
      spaceOnly &&= /^\s+$/u.test(piece);
      return;
    }
    const key = foldKey(piece);
    if (key === "") {
      spaceOnly = false;
      return;
    }
    words.push({ typed: piece, key, afterSpace: spaceOnly });
    spaceOnly = true;
  });
  const folded = words.map(({ key }) => key).join(" ");
  let offset = 0;
  const starts = words.map(({ key }) => {
    const start = offset;
    offset += key.length + 1;
    return start;
  });
  const parts: Part[] = [];
  const runs: string[][] = [];
  let afterWeekday = false;
  let index = 0;
  while (index < words.length) {
    // "thứ Bảy thứ năm" is the fifth Saturday; "thứ Bảy, thứ Năm" two weekdays.
    const found = readPart(folded, starts[index] ?? 0, afterWeekday && !!words[index]?.afterSpace);
    if (found) {
      parts.push(found.part);
      afterWeekday = found.part.kind === "weekday";
      while (index < words.length && (starts[index] ?? 0) < found.end) index += 1;
      runs.push([]);
    } else {
      if (runs.length === 0) runs.push([]);
      runs.at(-1)?.push(words[index]?.typed ?? "");
      afterWeekday = false;
      index += 1;
    }
  }
  const rest = runs
    .filter((run) => run.length > 0)
    .map((run) => run.join(" "))
    .join(", ");
  return { parts, rest };
}

function readPart(
  folded: string,
  at: number,
  afterWeekday: boolean,
): { part: Part; end: number } | undefined {
  for (const { pattern, read, afterWeekday: onlyAfterWeekday } of PATTERNS) {
    if (onlyAfterWeekday && !afterWeekday) continue;
    pattern.lastIndex = at;
    const match = pattern.exec(folded);
    if (match) return { part: read(match), end: pattern.lastIndex };
  }
  return undefined;
}

type DayReading = { ok: true; day: RuleDay } | { ok: false; problem: RuleProblem };

function ofKind<K extends Part["kind"]>(parts: Part[], kind: K): Extract<Part, { kind: K }>[] {
  return parts.filter((part): part is Extract<Part, { kind: K }> => part.kind === kind);
}

/** The one day of the month the parts say, or why they say none. */
function dayOf(parts: Part[]): DayReading {
  const days = ofKind(parts, "day");
  const weekdays = ofKind(parts, "weekday");
  const workingDays = ofKind(parts, "working-day");
  const nths = ofKind(parts, "nth");
  const said = days.length + weekdays.length + workingDays.length;
  if (said === 0) return { ok: false, problem: "unreadable" };
  // "ngày 5 và ngày 20", "thứ Bảy đầu tiên và cuối cùng": which one?
  if (said > 1 || nths.length > 1) return { ok: false, problem: "ambiguous-day" };
  const [day] = days;
  const [weekday] = weekdays;
  const nth = nths[0]?.nth;
  if (day) {
    if (nth !== undefined || day.day < 1 || day.day > 31)
      return { ok: false, problem: "unreadable" };
    if (day.day > DAYS_IN_EVERY_MONTH) return { ok: false, problem: "never-day" };
    return { ok: true, day: { kind: "day-of-month", day: day.day } };
  }
  if (weekday) {
    // "thứ Bảy hằng tháng": every Saturday, or which one?
    if (nth === undefined) return { ok: false, problem: "ambiguous-day" };
    if (nth > 4) return { ok: false, problem: "never-weekday" };
    return { ok: true, day: { kind: "weekday-of-month", weekday: weekday.weekday, nth } };
  }
  // "ngày làm việc đầu tiên" is not a rule chibo keeps; only the last working day is.
  if (nth !== LAST) return { ok: false, problem: "unreadable" };
  return { ok: true, day: { kind: "last-working-day" } };
}

/** One month's meeting of a rule: its day and time, and the holiday it was moved off. */
interface RuleMeeting {
  day: LocalDay;
  hour: number;
  minute: number;
  shiftedFrom?: { day: LocalDay; holiday: string };
  /** The year has no holiday table: the rule's day is kept unshifted. */
  noTable?: true;
}

/**
 * The meeting a rule gives in a month (1 to 12). Only a holiday moves it: a rule's own weekend
 * day (the first Saturday) stays, and "ngày 5" on a Sunday stays, as the cell set it.
 *
 * "before" and "after" go to the nearest working day (Monday to Friday, not a holiday) earlier
 * or later; for a weekday rule, to the same weekday a week earlier or later that is no holiday,
 * since a cell that meets on Saturdays does so because its members work on weekdays. The
 * meeting stays in its month: where the way asked for leaves it (the first Saturday, moved a
 * week before), it goes the other way; in a month with no such day at all it is kept.
 */
export function meetingOn(
  rule: MeetingRule,
  shift: HolidayShift,
  year: number,
  month: number,
  holidays: HolidayCalendar,
): RuleMeeting {
  const time = { hour: rule.hour, minute: rule.minute };
  const date = dateOf(rule, year, month, holidays);
  const day = at(year, month, date);
  if (!holidays.covers(year)) return { day, ...time, noTable: true };
  const holiday = holidays.holidayOn(day);
  if (shift === "keep" || holiday === undefined) return { day, ...time };
  const weekly = rule.kind === "weekday-of-month";
  const step = weekly ? 7 : 1;
  const fits = (candidate: LocalDay) =>
    weekly ? holidays.holidayOn(candidate) === undefined : holidays.isWorkingDay(candidate);
  const ways = shift === "before" ? [-step, step] : [step, -step];
  for (const way of ways) {
    for (let other = date + way; other >= 1 && other <= daysIn(year, month); other += way) {
      const candidate = at(year, month, other);
      if (fits(candidate)) return { day: candidate, ...time, shiftedFrom: { day, holiday } };
    }
  }
  return { day, ...time };
}

/** The day of the month (1 to 31) a rule names, before any holiday moves it. */
function dateOf(rule: MeetingRule, year: number, month: number, holidays: HolidayCalendar): number {
  const last = daysIn(year, month);
  switch (rule.kind) {
    case "day-of-month":
      // Days 29 to 31 never pass parseMeetingRule; `at` refuses them where they do not exist.
      return rule.day;
    case "weekday-of-month": {
      if (rule.nth === LAST) {
        return last - ((isoWeekdayOf(at(year, month, last)) - rule.weekday + 7) % 7);
      }
      const first = 1 + ((rule.weekday - isoWeekdayOf(at(year, month, 1)) + 7) % 7);
      return first + 7 * (rule.nth - 1);
    }
    case "last-working-day": {
      let date = last;
      while (date > 1 && !holidays.isWorkingDay(at(year, month, date))) date -= 1;
      return date;
    }
  }
}

function at(year: number, month: number, date: number): LocalDay {
  const day = calendarDay(year, month, date);
  if (!day) throw new RangeError(`No day ${date} in ${year}-${month}`);
  return day;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether two rules give the same meetings. */
export function sameRule(a: MeetingRule, b: MeetingRule): boolean {
  if (a.hour !== b.hour || a.minute !== b.minute || a.kind !== b.kind) return false;
  if (a.kind === "day-of-month" && b.kind === "day-of-month") return a.day === b.day;
  if (a.kind === "weekday-of-month" && b.kind === "weekday-of-month") {
    return a.weekday === b.weekday && a.nth === b.nth;
  }
  return true;
}

/** How the rule reads back: "ngày 5 hằng tháng, 19 giờ 30". */
export function ruleText(rule: MeetingRule): Text {
  const time: Text =
    rule.minute === 0
      ? { key: "time-hour", args: { hour: rule.hour } }
      : { key: "time-hour-minute", args: { hour: rule.hour, minute: twoDigits(rule.minute) } };
  switch (rule.kind) {
    case "day-of-month":
      return { key: "recurrence-day-of-month", args: { day: rule.day, time } };
    case "weekday-of-month": {
      const nth = rule.nth === LAST ? "recurrence-nth-last" : `recurrence-nth-${rule.nth}`;
      return {
        key: "recurrence-weekday-of-month",
        args: { weekday: { key: `weekday-${rule.weekday}` }, nth: { key: nth }, time },
      };
    }
    case "last-working-day":
      return { key: "recurrence-last-working-day", args: { time } };
  }
}

const twoDigits = (value: number) => String(value).padStart(2, "0");
