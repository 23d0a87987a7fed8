import { calendarDay, type LocalDay } from "./calendar.js";
import { normalizeLine, normalizeText, visibleLength } from "./text.js";

/** What the cell's model says, asked in this order (/mohinh). */
export const MODEL_FIELDS = ["title", "what", "who", "byDay"] as const;
export type ModelField = (typeof MODEL_FIELDS)[number];
export type ModelTextField = Exclude<ModelField, "byDay">;

/** The longest each part may be, in visible characters: a name is a line, the rest a paragraph. */
export const MODEL_LIMITS: Record<ModelTextField | "note", number> = {
  title: 150,
  what: 800,
  who: 300,
  note: 800,
};

export type ModelTextCheck =
  | { ok: true; text: string }
  | { ok: false; problem: "empty" | "too-long"; length: number };

/** A part of the model or a quarter's note: some words, not too long; the title on one line. */
export function checkModelText(raw: string, field: ModelTextField | "note"): ModelTextCheck {
  const text = field === "title" ? normalizeLine(raw) : normalizeText(raw);
  const length = visibleLength(text);
  // A bare "1" is a digit meant for a numbered list, not a model.
  if (!/\p{L}/u.test(text)) return { ok: false, problem: "empty", length };
  const max = MODEL_LIMITS[field];
  if (length > max) return { ok: false, problem: "too-long", length };
  return { ok: true, text };
}

export type ModelDayCheck =
  | { ok: true; day: LocalDay }
  | { ok: false; problem: "format" | "no-such-day" | "other-year" | "past" };

// "30/11", "30/11/2024", "30-11-24", "30.11.2024".
const TYPED_DAY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?$/;

/**
 * The day a model is due by, as typed (day first, the year optional): a day of the model's
 * year, today or later.
 */
export function parseModelDay(raw: string, year: number, today: LocalDay): ModelDayCheck {
  // Full-width digits and slashes, as some phone keyboards type them, read as plain ones.
  const match = TYPED_DAY.exec(normalizeLine(raw).normalize("NFKC"));
  if (!match) return { ok: false, problem: "format" };
  const [, dayText = "", monthText = "", yearText] = match;
  const typedYear =
    yearText === undefined ? year : Number(yearText.length === 2 ? `20${yearText}` : yearText);
  const day = calendarDay(typedYear, Number(monthText), Number(dayText));
  if (!day) return { ok: false, problem: "no-such-day" };
  if (typedYear !== year) return { ok: false, problem: "other-year" };
  if (day < today) return { ok: false, problem: "past" };
  return { ok: true, day };
}
