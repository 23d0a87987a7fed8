import { foldKey } from "./text.js";

/** How a part of a personal plan is going, as its member says during the year. */
export const PROGRESS_STATUSES = ["done", "underway", "notYet"] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/**
 * What people type for a status, folded (no case, no marks, "ƣ" and NFD repaired), longest
 * first: "chưa xong" is under way, "chưa" alone is not yet. The digits are the order the
 * choices are shown in, for those who type the number beside a button.
 */
const STATUS_WORDS: readonly (readonly [string, ProgressStatus])[] = [
  ["da hoan thanh", "done"],
  ["hoan thanh", "done"],
  ["xong roi", "done"],
  ["da xong", "done"],
  ["da lam", "done"],
  ["xong", "done"],
  ["done", "done"],
  ["dang thuc hien", "underway"],
  ["dang lam do", "underway"],
  ["dang lam", "underway"],
  ["chua xong", "underway"],
  ["lam do", "underway"],
  ["dang", "underway"],
  ["chua bat dau", "notYet"],
  ["chua thuc hien", "notYet"],
  ["chua lam", "notYet"],
  ["chua", "notYet"],
];
const DIGITS: Record<string, ProgressStatus> = { "1": "done", "2": "underway", "3": "notYet" };

/**
 * A status typed at the start of a message, and the rest as its note: "xong", "Đang làm: đã
 * học 2 buổi", "chua lam vi om". Undefined when the message starts with none.
 */
export function readStatus(text: string): { status: ProgressStatus; rest: string } | undefined {
  const trimmed = text.trim();
  const digit = DIGITS[trimmed.replace(/[.)]$/, "")];
  if (digit) return { status: digit, rest: "" };
  const words = trimmed.split(/\s+/);
  const folded = words.map((word) => foldKey(word).replace(/[^a-z0-9]/g, ""));
  // A label copied with its mark ("✅ Xong") reads as the words after it.
  const start = Math.max(
    0,
    folded.findIndex((word) => word !== ""),
  );
  for (const [phrase, status] of STATUS_WORDS) {
    const wanted = phrase.split(" ");
    if (!wanted.every((word, index) => folded[start + index] === word)) continue;
    // "dang" alone, or "đang" before words that are not a status ("đang học"), only as
    // "đang làm": "đang" is too common a word to read it otherwise.
    if (phrase === "dang" && words.length > start + 1) continue;
    const rest = words
      .slice(start + wanted.length)
      .join(" ")
      .replace(/^[\s,.;:–—-]+/u, "");
    return { status, rest };
  }
  return undefined;
}
