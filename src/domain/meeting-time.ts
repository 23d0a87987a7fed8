import {
  atLocalTime,
  calendarDay,
  isoWeekdayOf,
  type LocalDay,
  localDay,
  localYear,
  shiftDay,
} from "./calendar.js";
import { DAY_MS } from "./durations.js";
import { foldKey, normalizeLine } from "./text.js";

/*
 * The date and time a secretary types when scheduling a meeting, read the way Vietnamese people
 * write them: "19h30 ngày 20/5", "7 giờ tối thứ Hai", "T2 14h", "thứ Sáu tuần sau 14h".
 * Hand-written because no date library reads Vietnamese phrases (day before month, "chiều" for
 * the afternoon, "thứ 2" for Monday). It refuses rather than guesses: every word must be
 * understood, and a doubt (two dates, "2h" without "chiều") is named so the bot can ask.
 */

export type MeetingTimeProblem =
  | "empty"
  | "unreadable"
  | "no-date"
  | "no-time"
  | "impossible"
  | "ambiguous"
  | "past"
  | "too-far";

export type ParsedMeetingTime =
  | {
      ok: true;
      startsAt: Date;
      day: LocalDay;
      hour: number;
      minute: number;
      /** ISO weekday: 1 is Monday, 7 is Sunday. */
      weekday: number;
    }
  | { ok: false; problem: MeetingTimeProblem };

type Period = "sang" | "trua" | "chieu" | "toi" | "dem";

/**
 * "tối" (evening), "tới" (coming) and "tôi" (I) all fold to "toi"; the word as typed tells them
 * apart, except plain "toi", typed without marks.
 */
type ToiSense = "evening" | "coming" | "unsure" | "other";

type Token =
  | { kind: "date"; day: number; month: number; year: number | undefined }
  | { kind: "relative"; days: number }
  | { kind: "weekday"; weekday: number }
  | { kind: "upcoming" }
  | { kind: "week"; weeks: number }
  | { kind: "time"; hour: number; minute: number }
  | { kind: "period"; period: Period }
  | { kind: "toi"; sense: ToiSense }
  | { kind: "filler" };

interface Clock {
  hour: number;
  minute: number;
}

interface Rule {
  pattern: RegExp;
  read: (match: RegExpExecArray) => Token;
}

/** A date without a year may mean next year, if that is no more than half a year away. */
const NEXT_YEAR_REACH_MS = 183 * DAY_MS;
const MAX_AHEAD_MS = 366 * DAY_MS;

const WEEKDAY_NAMES: Record<string, number> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };
const RELATIVE_DAYS: Record<string, number> = {
  "hom nay": 0,
  nay: 0,
  "ngay mai": 1,
  mai: 1,
  "ngay mot": 2,
  "ngay kia": 2,
  // Read only to say that the time has passed ("hôm qua 8h", "tối qua").
  "hom qua": -1,
  "hom kia": -2,
  qua: -1,
};
const WEEKS: Record<string, number> = { nay: 0, sau: 1, toi: 1, truoc: -1 };

// Every pattern reads folded text (lowercase, no diacritics) and must end where a word ends.
const WORD_END = String.raw`(?![\p{L}\p{N}])`;

function rule(source: string, read: Rule["read"]): Rule {
  return { pattern: new RegExp(`(?:${source})${WORD_END}`, "uy"), read };
}

function dateToken(day?: string, month?: string, year?: string): Token {
  // "20/5/24": a two-digit year is this century's.
  const fullYear = year === undefined ? undefined : Number(year) + (year.length === 2 ? 2000 : 0);
  return { kind: "date", day: Number(day), month: Number(month), year: fullYear };
}

function timeToken(hour?: string, minute?: string): Token {
  return { kind: "time", hour: Number(hour), minute: minute === "ruoi" ? 30 : Number(minute ?? 0) };
}

// Tried in order at each position; the first that matches takes the text it matched.
const RULES: Rule[] = [
  // 20/5, 20/05/2024, 20-5-2024, 20.5.24: day first, the same separator throughout.
  rule(String.raw`(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![/:]|\.\d)`, (m) =>
    dateToken(m[1], m[3], m[4]),
  ),
  // ngày 20 tháng 5 năm 2024
  rule(String.raw`(\d{1,2}) thang (\d{1,2})(?: nam (\d{4}|\d{2}))?`, (m) =>
    dateToken(m[1], m[2], m[3]),
  ),
  // 19:30
  rule(String.raw`(\d{1,2}):(\d{2})(?: ?(?:gio|h))?`, (m) => timeToken(m[1], m[2])),
  // 19h30, 19g30, 19h, 19 giờ 30 phút, 7 giờ rưỡi; "7h 20/5" leaves the 20 to the date.
  rule(
    String.raw`(\d{1,2}) ?(?:gio|h|g)(?: ?(\d{1,2}|ruoi)(?![/.:]\d| [/.-]\d)(?: ?(?:phut|p))?)?`,
    (m) => timeToken(m[1], m[2]),
  ),
  // thứ 2, thứ2, T2, thứ Hai … thứ Bảy, chủ nhật, CN
  rule("(?:thu ?|t)([2-7])|thu (hai|ba|tu|nam|sau|bay)|chu nhat|cn", (m) => ({
    kind: "weekday",
    weekday: m[1] ? Number(m[1]) - 1 : (WEEKDAY_NAMES[m[2] ?? ""] ?? 7),
  })),
  rule(Object.keys(RELATIVE_DAYS).join("|"), (m) => ({
    kind: "relative",
    days: RELATIVE_DAYS[m[0]] ?? 0,
  })),
  rule("tuan (nay|sau|toi|truoc)", (m) => ({ kind: "week", weeks: WEEKS[m[1] ?? ""] ?? 0 })),
  rule("sang|trua|chieu|dem", (m) => ({ kind: "period", period: m[0] as Period })),
  rule("toi", () => ({ kind: "toi", sense: "unsure" })),
  rule("vao|luc|ngay|hoi|buoi", () => ({ kind: "filler" })),
];

const TOI_SENSES: Record<string, ToiSense> = { tối: "evening", tới: "coming", toi: "unsure" };

// Spaces, commas, dashes, brackets, and a full stop that is not inside a number ("20.5.2024").
const SEPARATORS = /(?:[\s,;()–—-]|\.(?!\d))*/uy;
const TOI_WORD = /(?<!\p{L})toi(?!\p{L})/gu;

class Refusal extends Error {
  readonly problem: MeetingTimeProblem;

  constructor(problem: MeetingTimeProblem) {
    super(problem);
    this.problem = problem;
  }
}

/** Stops reading at the first problem found; parseMeetingTime turns it into the answer. */
function refuse(problem: MeetingTimeProblem): never {
  throw new Refusal(problem);
}

export function parseMeetingTime(text: string, now: Date, timeZone: string): ParsedMeetingTime {
  const tokens = tokenize(foldKey(text), toiSenses(text));
  if (!tokens) return { ok: false, problem: "unreadable" };
  if (tokens.every((token) => token.kind === "filler")) return { ok: false, problem: "empty" };
  return readings(tokens)
    .map((reading) => interpret(reading, now, timeZone))
    .reduce(eitherReading);
}

export type ParsedTimeOfDay =
  | { ok: true; hour: number; minute: number }
  | { ok: false; problem: MeetingTimeProblem };

// What a time of day alone is made of: no day, no week.
const CLOCK_TOKENS = new Set<Token["kind"]>(["time", "period", "toi", "filler"]);

/**
 * A time of day with no date ("19h30", "7 giờ tối", "2h chiều"): when a cell's regular meetings
 * start. Read and refused as parseMeetingTime reads the time in a date and time.
 */
export function parseTimeOfDay(text: string): ParsedTimeOfDay {
  const tokens = tokenize(foldKey(text), toiSenses(text));
  if (!tokens?.every((token) => CLOCK_TOKENS.has(token.kind))) {
    return { ok: false, problem: "unreadable" };
  }
  try {
    checkCalendar(tokens);
    // Without a weekday, "tối" is the evening: one reading.
    const clock = clockOf(readings(tokens)[0] ?? tokens) ?? refuse("no-time");
    return { ok: true, ...clock };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}

/**
 * Whether a meeting falls in a later year than now: "20/5" typed in December means next May,
 * and the confirmation must say so.
 */
export function fallsNextYear(startsAt: Date, now: Date, timeZone: string): boolean {
  return localYear(startsAt, timeZone) > localYear(now, timeZone);
}

/** Of two readings, one that makes sense wins; if both do, they must agree. */
function eitherReading(first: ParsedMeetingTime, second: ParsedMeetingTime): ParsedMeetingTime {
  if (!first.ok || !second.ok) return second.ok ? second : first;
  const same = first.startsAt.getTime() === second.startsAt.getTime();
  return same ? first : { ok: false, problem: "ambiguous" };
}

function skipSeparators(text: string, at: number): number {
  SEPARATORS.lastIndex = at;
  SEPARATORS.exec(text);
  return SEPARATORS.lastIndex;
}

function readToken(text: string, at: number): { token: Token; end: number } | undefined {
  for (const { pattern, read } of RULES) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match) return { token: read(match), end: pattern.lastIndex };
  }
  return undefined;
}

/** The tokens of folded text, or undefined if some of it is not understood. */
function tokenize(folded: string, senses: ToiSense[]): Token[] | undefined {
  const tokens: Token[] = [];
  let at = skipSeparators(folded, 0);
  while (at < folded.length) {
    const found = readToken(folded, at);
    if (!found) return undefined;
    let { token } = found;
    if (token.kind === "toi") {
      const sense = senses[folded.slice(0, at).match(TOI_WORD)?.length ?? 0] ?? "unsure";
      // "tới" says which weekday is meant ("thứ Hai tới"); anywhere else it is out of place.
      if (sense === "other" || (sense === "coming" && tokens.at(-1)?.kind !== "weekday")) {
        return undefined;
      }
      token = { kind: "toi", sense };
    }
    tokens.push(token);
    at = skipSeparators(folded, found.end);
  }
  return tokens;
}

/** What each word that folds to "toi" was, in the order they come. */
function toiSenses(text: string): ToiSense[] {
  const words =
    normalizeLine(text)
      .toLowerCase()
      .match(/[\p{L}\p{M}]+/gu) ?? [];
  return words.filter((word) => foldKey(word) === "toi").map((word) => TOI_SENSES[word] ?? "other");
}

/**
 * The token lists the text may mean. "toi" is the evening, except right after a weekday, where
 * "tới" means the coming one ("thứ Hai tới"); typed without marks it could be either, so both
 * readings are tried.
 */
function readings(tokens: Token[]): Token[][] {
  const reading = (unsureIsComing: boolean): Token[] =>
    tokens.map((token, index) => {
      if (token.kind !== "toi") return token;
      const afterWeekday = tokens[index - 1]?.kind === "weekday";
      const coming =
        token.sense === "coming" || (token.sense === "unsure" && afterWeekday && unsureIsComing);
      return coming ? { kind: "upcoming" } : { kind: "period", period: "toi" };
    });
  const doubtful = tokens.some(
    (token, index) =>
      token.kind === "toi" && token.sense === "unsure" && tokens[index - 1]?.kind === "weekday",
  );
  return doubtful ? [reading(false), reading(true)] : [reading(false)];
}

function interpret(tokens: Token[], now: Date, timeZone: string): ParsedMeetingTime {
  try {
    return { ok: true, ...meetingOf(tokens, now, timeZone) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}

function meetingOf(tokens: Token[], now: Date, timeZone: string) {
  checkCalendar(tokens);
  const clock = clockOf(tokens) ?? refuse("no-time");
  const day = dayOf(tokens, clock, now, timeZone);
  const startsAt = atClock(day, clock, timeZone);
  if (startsAt.getTime() <= now.getTime()) refuse("past");
  if (startsAt.getTime() - now.getTime() > MAX_AHEAD_MS) refuse("too-far");
  return { startsAt, day, hour: clock.hour, minute: clock.minute, weekday: isoWeekdayOf(day) };
}

function ofKind<K extends Token["kind"]>(tokens: Token[], kind: K): Extract<Token, { kind: K }>[] {
  return tokens.filter((token): token is Extract<Token, { kind: K }> => token.kind === kind);
}

/** The one value given, or undefined; two different ones contradict each other. */
function single<T>(values: T[], key: (value: T) => string | number = String): T | undefined {
  if (new Set(values.map(key)).size > 1) refuse("ambiguous");
  return values[0];
}

/** 31/2, 32/1, month 13, 25h, 19h75: no such day or time in any year. */
function checkCalendar(tokens: Token[]): void {
  for (const { day, month, year } of ofKind(tokens, "date")) {
    // Without a year, 29/2 may still come: a leap year stands in for the one it will be.
    if (!calendarDay(year ?? 2024, month, day)) refuse("impossible");
  }
  for (const { hour, minute } of ofKind(tokens, "time")) {
    if (hour > 23 || minute > 59) refuse("impossible");
  }
}

function clockOf(tokens: Token[]): Clock | undefined {
  const period = single(ofKind(tokens, "period").map((token) => token.period));
  const clocks = ofKind(tokens, "time").map(({ hour, minute }) => ({
    hour: withPeriod(hour, period),
    minute,
  }));
  return single(clocks, ({ hour, minute }) => hour * 60 + minute);
}

/** The 24-hour hour meant by an hour and the part of the day written with it. */
function withPeriod(hour: number, period: Period | undefined): number {
  switch (period) {
    case undefined:
      // Nobody meets at 2 a.m.: "2h" surely means the afternoon, but the secretary must say so.
      return hour < 6 ? refuse("ambiguous") : hour;
    case "sang":
      return hour < 12 ? hour : refuse("impossible");
    case "trua":
      if (hour === 1) return 13;
      return hour >= 11 && hour <= 13 ? hour : refuse("impossible");
    case "chieu":
      if (hour === 0) refuse("impossible");
      return hour < 12 ? hour + 12 : hour;
    case "toi":
      // "12 giờ tối" is midnight: the end of which day?
      if (hour === 0 || hour === 12) refuse("ambiguous");
      return hour < 12 ? hour + 12 : hour;
    case "dem":
      // "1 giờ đêm" is 1 a.m., after the day named or before it.
      if (hour < 6 || hour === 12) refuse("ambiguous");
      if (hour < 12) return hour + 12;
      return hour >= 18 ? hour : refuse("impossible");
  }
}

function dayOf(tokens: Token[], clock: Clock, now: Date, timeZone: string): LocalDay {
  const today = localDay(now, timeZone);
  const weekday = single(ofKind(tokens, "weekday").map((token) => token.weekday));
  const weeks = single(ofKind(tokens, "week").map((token) => token.weeks));
  const named = single([
    ...ofKind(tokens, "date").map((date) => resolveDate(date, clock, now, timeZone)),
    ...ofKind(tokens, "relative").map((relative) => shiftDay(today, relative.days)),
  ]);
  if (named !== undefined) {
    if (weekday !== undefined && isoWeekdayOf(named) !== weekday) refuse("ambiguous");
    if (weeks !== undefined && mondayOf(named) !== shiftDay(mondayOf(today), 7 * weeks)) {
      refuse("ambiguous");
    }
    return named;
  }
  if (weekday === undefined) return refuse("no-date");
  if (weeks !== undefined) return shiftDay(mondayOf(today), 7 * weeks + weekday - 1);
  const upcoming = ofKind(tokens, "upcoming").length > 0;
  const day = shiftDay(today, (weekday - isoWeekdayOf(today) + 7) % 7);
  const passed = atClock(day, clock, timeZone).getTime() <= now.getTime();
  return day === today && (upcoming || passed) ? shiftDay(day, 7) : day;
}

/** A date as written; without a year, the next time it comes if that is within half a year. */
function resolveDate(
  date: Extract<Token, { kind: "date" }>,
  clock: Clock,
  now: Date,
  timeZone: string,
): LocalDay {
  if (date.year !== undefined) {
    return calendarDay(date.year, date.month, date.day) ?? refuse("impossible");
  }
  const ahead = (day: LocalDay) => atClock(day, clock, timeZone).getTime() - now.getTime();
  const year = localYear(now, timeZone);
  const thisYear = calendarDay(year, date.month, date.day);
  if (thisYear && ahead(thisYear) > 0) return thisYear;
  const nextYear = calendarDay(year + 1, date.month, date.day);
  if (nextYear && ahead(nextYear) <= NEXT_YEAR_REACH_MS) return nextYear;
  // Already past this year (or, for 29/2, not in it) and too far off next year.
  return thisYear ?? refuse("impossible");
}

/** The instant a clock reads on a local day. */
function atClock(day: LocalDay, clock: Clock, timeZone: string): Date {
  return atLocalTime(day, clock.hour, clock.minute, timeZone);
}

function mondayOf(day: LocalDay): LocalDay {
  return shiftDay(day, 1 - isoWeekdayOf(day));
}
