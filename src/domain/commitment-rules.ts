import { addDays } from "date-fns/addDays";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import { isOnOrBefore, type LocalDay, localDay } from "./calendar.js";
import { normalizeText, visibleLength } from "./text.js";

/** The three parts of a personal plan: học tập, làm theo, nêu gương. */
export const COMMITMENT_PARTS = ["study", "follow", "example"] as const;
export type CommitmentPart = (typeof COMMITMENT_PARTS)[number];
export type CommitmentParts = Record<CommitmentPart, string>;

/** Plans "must be short, concrete and easy to check at year end". */
export const MAX_PART_LENGTH = 800;

export type AnswerCheck =
  | { ok: true; text: string }
  | { ok: false; problem: "empty" | "no-words" | "too-long"; length?: number };

export function checkAnswer(raw: string): AnswerCheck {
  const text = normalizeText(raw);
  if (text.length === 0) return { ok: false, problem: "empty" };
  // A bare "1" is a digit meant for a numbered list, not a plan.
  if (!/\p{L}/u.test(text)) return { ok: false, problem: "no-words" };
  const length = visibleLength(text);
  if (length > MAX_PART_LENGTH) return { ok: false, problem: "too-long", length };
  return { ok: true, text };
}

/** A commitment can be written or changed until the end of the registration deadline's day. */
export function registrationOpen(now: Date, deadline: LocalDay, timeZone: string): boolean {
  return isOnOrBefore(now, deadline, timeZone);
}

/** A cell that starts with chibo after the plan's deadline gets this many days to register. */
export const LATE_START_DAYS = 30;

/**
 * The plan's deadline, but never less than a month after the cell started with chibo (at the
 * latest the year's end): a cell that starts on 29/4, or in November, can still register.
 */
export function cellRegistrationDeadline(
  planDeadline: LocalDay,
  cellCreatedAt: Date,
  timeZone: string,
): LocalDay {
  // The scheduler asks this for every cell and year on every beat, and the local day of an
  // instant is slow to compute (docs/performance.md): the answers never change, so they are kept.
  const key = `${planDeadline}|${cellCreatedAt.getTime()}|${timeZone}`;
  let deadline = deadlineCache.get(key);
  if (deadline === undefined) {
    if (deadlineCache.size >= 100_000) deadlineCache.clear();
    deadline = lateStartDeadline(planDeadline, cellCreatedAt, timeZone);
    deadlineCache.set(key, deadline);
  }
  return deadline;
}

const deadlineCache = new Map<string, LocalDay>();

function lateStartDeadline(
  planDeadline: LocalDay,
  cellCreatedAt: Date,
  timeZone: string,
): LocalDay {
  const created = localDay(cellCreatedAt, timeZone);
  // A year the cell did not start in is not a late start: the plan's deadline holds.
  if (created.slice(0, 4) !== planDeadline.slice(0, 4)) return planDeadline;
  const yearEnd = `${planDeadline.slice(0, 4)}-12-31`;
  const lateStart = format(addDays(parseISO(created), LATE_START_DAYS), "yyyy-MM-dd");
  const capped = lateStart < yearEnd ? lateStart : yearEnd;
  return capped > planDeadline ? capped : planDeadline;
}
