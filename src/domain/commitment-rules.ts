import { BoundedCache } from "./bounded-cache.js";
import { isOnOrBefore, type LocalDay, localDay, shiftDay } from "./calendar.js";
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
 * The registration deadline a cell works to: its plan's, but never less than a month after the
 * cell started with chibo (at the latest the year's end), so that a cell that starts on 29/4,
 * or in November, can still register. Without a cell, the plan's.
 */
export function registrationDeadline(
  plan: { deadlines: { registration: LocalDay } },
  cell: { createdAt: Date } | undefined,
  timeZone: string,
): LocalDay {
  const planDeadline = plan.deadlines.registration;
  if (!cell) return planDeadline;
  // The scheduler asks this for every cell and year on every beat, and the local day of an
  // instant is slow to compute (docs/performance.md): the answers never change, so they are kept.
  const key = `${planDeadline}|${cell.createdAt.getTime()}|${timeZone}`;
  return lateStartDeadlines.get(key, () =>
    lateStartDeadline(planDeadline, cell.createdAt, timeZone),
  );
}

// A few years of every cell of a large province.
const lateStartDeadlines = new BoundedCache<string, LocalDay>(100_000);

function lateStartDeadline(
  planDeadline: LocalDay,
  cellCreatedAt: Date,
  timeZone: string,
): LocalDay {
  const created = localDay(cellCreatedAt, timeZone);
  // A year the cell did not start in is not a late start: the plan's deadline holds.
  if (created.slice(0, 4) !== planDeadline.slice(0, 4)) return planDeadline;
  const yearEnd = `${planDeadline.slice(0, 4)}-12-31`;
  const lateStart = shiftDay(created, LATE_START_DAYS);
  const capped = lateStart < yearEnd ? lateStart : yearEnd;
  return capped > planDeadline ? capped : planDeadline;
}
