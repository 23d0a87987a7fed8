import { COMMITMENT_PARTS } from "../domain/commitment-rules.js";
import { foldKey, hasWords, normalizeLine, normalizeText } from "../domain/text.js";
import { type PartLabels, PLAN_LIMITS } from "./plan-schema.js";

/*
 * What a committee officer or a secretary types for each step of a plan in chat, checked
 * against the same limits a plan file is held to (PLAN_LIMITS), as NFC with "ư" restored.
 */

export type InputCheck<T> =
  | { ok: true; value: T }
  | { ok: false; problem: string; length?: number };

/** One line of a plan (a topic, who issued it), at most `max` characters. */
export function checkPlanLine(raw: string, max: number): InputCheck<string> {
  const text = normalizeLine(raw);
  if (text.length === 0) return { ok: false, problem: "empty" };
  if (!hasWords(text)) return { ok: false, problem: "no-words" };
  // Counted as the schema counts, so that what passes here is saved as it is.
  if (text.length > max) return { ok: false, problem: "too-long", length: text.length };
  return { ok: true, value: text };
}

/** "Học tập / Thực hành / Nêu gương": the three parts' names, in order, each a short line. */
export function readPartLabels(raw: string): InputCheck<PartLabels> {
  const text = normalizeText(raw);
  if (!hasWords(text)) return { ok: false, problem: text ? "no-words" : "empty" };
  const bySlash = text.split(/[/;|\n]/);
  const pieces = (bySlash.length === 1 ? text.split(",") : bySlash)
    .map((piece) => normalizeLine(piece))
    .filter(Boolean);
  if (pieces.length !== COMMITMENT_PARTS.length) {
    return { ok: false, problem: "labels-count", length: pieces.length };
  }
  const longest = Math.max(...pieces.map((piece) => piece.length));
  if (longest > PLAN_LIMITS.partLabel) return { ok: false, problem: "too-long", length: longest };
  if (!pieces.every(hasWords)) return { ok: false, problem: "no-words" };
  if (new Set(pieces.map(foldKey)).size < pieces.length) {
    return { ok: false, problem: "labels-alike" };
  }
  const [study = "", follow = "", example = ""] = pieces;
  return { ok: true, value: { study, follow, example } };
}

/** A bullet or a number in front of an example, as people list them: "- ", "• ", "2. ". */
const LIST_MARK = /^(?:[-•*+·–]|\d{1,2}[.)])\s*/u;

/** The examples of one part, one a line, at most PLAN_LIMITS.examples of them. */
export function readExamples(raw: string): InputCheck<string[]> {
  const lines = normalizeText(raw)
    .split("\n")
    .map((line) => line.replace(LIST_MARK, "").trim())
    .filter(Boolean);
  if (lines.length === 0) return { ok: false, problem: "empty" };
  if (lines.length > PLAN_LIMITS.examples) {
    return { ok: false, problem: "examples-count", length: lines.length };
  }
  const longest = Math.max(...lines.map((line) => line.length));
  if (longest > PLAN_LIMITS.example) return { ok: false, problem: "too-long", length: longest };
  if (!lines.every(hasWords)) return { ok: false, problem: "no-words" };
  return { ok: true, value: lines };
}

/** "2025", "năm 2025": a year as typed. */
export function readYear(raw: string): number | undefined {
  const match = /^(?:nam\s*)?(\d{4})$/.exec(foldKey(raw).replace(/[.!]+$/, ""));
  return match ? Number(match[1]) : undefined;
}

/**
 * What a date step takes besides a date, typed where no buttons are shown under it (a date
 * such as "15/4" would read as numbers of a list): none, or the date already there.
 */
const TYPED_WORDS = {
  none: ["khong co", "khong", "chua co"],
  keep: ["giu nguyen", "giu"],
} as const;

export function typedWordFor(raw: string): keyof typeof TYPED_WORDS | undefined {
  const key = foldKey(raw)
    .replace(/[^a-z ]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if ((TYPED_WORDS.none as readonly string[]).includes(key)) return "none";
  if ((TYPED_WORDS.keep as readonly string[]).includes(key)) return "keep";
  return undefined;
}
