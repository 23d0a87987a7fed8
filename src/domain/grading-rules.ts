import { foldKey } from "./text.js";

/**
 * The four levels of Quy định 366-QĐ/TW, best first. Their names are the plan's (`grading.levels`):
 * the next rule may word them otherwise; the order and the count are the rule's.
 */
export const LEVELS = ["excellent", "good", "done", "notDone"] as const;
export type Level = (typeof LEVELS)[number];

/** What a member says came of a part of their plan at year end. */
export const OUTCOMES = ["done", "partly", "notDone"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** How many members the cell agreed at each level. */
export type LevelCounts = Record<Level, number>;

/** The cap on the top level, counted: how many it allows, and how many are over it. */
export interface TopLevelCap {
  allowed: number;
  over: number;
}

/**
 * Whether the top level is given to more than `share` of those rated the second ("good"): the
 * plan's `grading.topShareOfGood`, as chibo reads Quy định 366 ("xuất sắc" for at most 20% of
 * those rated "tốt"), rounded down: 20% of 7 allows 1. Undefined where the plan sets no cap.
 * A warning for the secretary, never a bar: the cell decides.
 */
export function topLevelCap(
  counts: Pick<LevelCounts, "excellent" | "good">,
  share: number | undefined,
): TopLevelCap | undefined {
  if (share === undefined) return undefined;
  // 0.29 × 100 is 28.999… in floating point: a hair added so that a whole share stays whole.
  const allowed = Math.floor(share * counts.good + 1e-9);
  return { allowed, over: Math.max(0, counts.excellent - allowed) };
}

/** "Hoàn thành tốt nhiệm vụ" as papers shorten it: "HTTNV". */
export function levelInitials(label: string): string {
  return wordsOf(label)
    .map((word) => word[0] ?? "")
    .join("")
    .toUpperCase();
}

/** The longest a typed level can be: the longest label, with room for politeness. */
const MAX_TYPED_LEVEL = 80;

/**
 * The level a secretary typed, read against the plan's names of the levels: the whole name,
 * its initials ("httnv"), or words that only one name has ("tốt", "xuất sắc", "không hoàn
 * thành"), with or without diacritics. Undefined when none or several names fit ("hoàn thành").
 */
export function levelForText(text: string, labels: Record<Level, string>): Level | undefined {
  if (text.length > MAX_TYPED_LEVEL) return undefined;
  const typed = wordsOf(text)
    .join(" ")
    .replace(/^(?:xep loai|muc) /, "");
  if (typed === "") return undefined;
  const keys = LEVELS.map((level) => ({ level, key: wordsOf(labels[level]).join(" ") }));
  const exact = keys.find(({ key }) => key === typed);
  if (exact) return exact.level;
  const initials = keys.filter(({ key }) => levelInitials(key).toLowerCase() === typed);
  if (initials.length === 1) return initials[0]?.level;
  const containing = keys.filter(({ key }) => ` ${key} `.includes(` ${typed} `));
  return containing.length === 1 ? containing[0]?.level : undefined;
}

/** Folded words: no case, no diacritics, no punctuation. */
function wordsOf(text: string): string[] {
  return foldKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
