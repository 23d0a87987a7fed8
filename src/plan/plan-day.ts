import { calendarDay, type LocalDay } from "../domain/calendar.js";
import { foldKey } from "../domain/text.js";

export type PlanDayReading =
  | { ok: true; day: LocalDay }
  | { ok: false; problem: "unreadable" | "impossible" | "other-year" };

/*
 * A deadline as a secretary types it, day first as Vietnamese writes dates: "30/4/2024",
 * "30/04", "30-4-2024", "30.4.24", "ngày 30 tháng 4 năm 2024", or as a plan file keeps it,
 * "2024-04-30". Without a year, the plan's. The meeting-time reader wants a time of day too.
 */
const DAY_FIRST = /^(?:ngay )?(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/;
const IN_WORDS = /^(?:ngay )?(\d{1,2}) thang (\d{1,2})(?: nam (\d{4}|\d{2}))?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** The day typed for a deadline of the plan for `year`; a day of another year is refused. */
export function readPlanDay(text: string, year: number): PlanDayReading {
  const folded = foldKey(text)
    .replace(/[.,;]+$/, "")
    .trim();
  const parts = partsOf(folded);
  if (!parts) return { ok: false, problem: "unreadable" };
  const [day, month, written] = parts;
  const typedYear = written === undefined ? year : fullYear(written);
  const found = calendarDay(typedYear, Number(month), Number(day));
  if (!found) return { ok: false, problem: "impossible" };
  return typedYear === year ? { ok: true, day: found } : { ok: false, problem: "other-year" };
}

/** Day, month and the year as written (if it was), as digits. */
function partsOf(folded: string): [string, string, string | undefined] | undefined {
  const dayFirst = DAY_FIRST.exec(folded);
  if (dayFirst) return [dayFirst[1] ?? "", dayFirst[3] ?? "", dayFirst[4]];
  const inWords = IN_WORDS.exec(folded);
  if (inWords) return [inWords[1] ?? "", inWords[2] ?? "", inWords[3]];
  const iso = ISO.exec(folded);
  if (iso) return [iso[3] ?? "", iso[2] ?? "", iso[1]];
  return undefined;
}

/** "24" is 2024: a two-digit year is this century's, as the meeting-time reader reads it. */
function fullYear(written: string): number {
  return Number(written) + (written.length === 2 ? 2000 : 0);
}
