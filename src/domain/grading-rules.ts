import { isGraded, type RosterMember } from "./member-rules.js";
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

/** A member and the level the cell agreed for them, if any. */
export interface AgreedOf {
  member: Pick<RosterMember, "status" | "roster">;
  level: Level | null | undefined;
}

/**
 * How many members the cell agreed at each level, of those it grades (isGraded) alone: a level
 * kept for a member since made exempt, or moved away, is not the cell's to count. /baocao's
 * counts and /danhgia's summary and cap are counted so.
 */
export function countAgreed(agreed: Iterable<AgreedOf>): LevelCounts {
  const counts = Object.fromEntries(LEVELS.map((level) => [level, 0])) as LevelCounts;
  for (const { member, level } of agreed) if (level && isGraded(member)) counts[level] += 1;
  return counts;
}

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

/** Words before a level that only say a level follows: "xếp loại", "mức", "tôi đề xuất"… */
const INTRODUCERS = /^(?:(?:toi|em|xin|tu|de xuat|danh gia|xep loai|xep|loai|muc|dat) )+/;
/** Politeness after it: "ạ", "nhé". */
const POLITENESS = /(?: (?:a|nhe|nha|vay))+$/;
/** What the rule's labels end with and people leave out: "Hoàn thành tốt (nhiệm vụ)". */
const DUTY = / nhiem vu$/;

/**
 * Short forms people use for a level that neither a label nor its initials give: "xs" for
 * "xuất sắc", "không đạt" for the lowest. The rule's, whatever the plan calls the levels.
 */
const SHORT_FORMS = new Map<string, Level>([
  ["xs", "excellent"],
  ["khong dat", "notDone"],
]);

/**
 * The level typed by a member (/ketqua) or the secretary (/danhgia), read against the plan's
 * names of the levels, with or without diacritics, "xếp loại"/"mức" before and "ạ" after: the
 * whole name; after "mức", the name without "nhiệm vụ" ("mức hoàn thành"); the initials of
 * either ("httnv", "htt", "ht"); words only one name has ("tốt", "xuất sắc", "không hoàn
 * thành"); or a short form no name gives ("xs", "không đạt"). Undefined when none or several
 * names fit: "hoàn thành" alone is every level's, and what a part came to as well.
 */
export function levelForText(text: string, labels: Record<Level, string>): Level | undefined {
  if (text.length > MAX_TYPED_LEVEL) return undefined;
  const said = wordsOf(text).join(" ").replace(POLITENESS, "");
  const typed = said.replace(INTRODUCERS, "");
  if (typed === "") return undefined;
  const short = SHORT_FORMS.get(typed);
  if (short) return short;
  const keys = LEVELS.map((level) => {
    const full = wordsOf(labels[level]).join(" ");
    return { level, full, brief: full.replace(DUTY, "") };
  });
  const only = (fits: (key: (typeof keys)[number]) => boolean) => {
    const found = keys.filter(fits);
    return found.length === 1 ? found[0]?.level : undefined;
  };
  const introduced = typed !== said;
  return (
    only(({ full }) => full === typed) ??
    (introduced ? only(({ brief }) => brief === typed) : undefined) ??
    only(({ full, brief }) =>
      [full, brief].some((key) => levelInitials(key).toLowerCase() === typed),
    ) ??
    only(({ full }) => ` ${full} `.includes(` ${typed} `))
  );
}

/** Folded words: no case, no diacritics, no punctuation. */
function wordsOf(text: string): string[] {
  return foldKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
