import { foldKey, hasWords, normalizeLine } from "./text.js";

/** Two to ten options: as many as fit a phone screen, and a numbered list on Zalo. */
export const MIN_POLL_OPTIONS = 2;
export const MAX_POLL_OPTIONS = 10;
/**
 * Telegram's own limits for a poll's question and options, in its "characters": UTF-16 units,
 * as `pollLength` counts them. A poll past them is refused when it is posted, long after the
 * secretary was told it would go.
 */
export const MAX_POLL_QUESTION = 300;
export const MAX_POLL_OPTION = 100;
/** A poll closes by itself a day after it is posted, unless the secretary closes it earlier. */
export const POLL_HOURS = 24;

export type PollProblem =
  | { problem: "question-empty" }
  | { problem: "question-too-long"; length: number }
  | { problem: "too-few-options"; count: number }
  | { problem: "too-many-options"; count: number }
  | { problem: "option-empty" }
  | { problem: "option-too-long"; option: string }
  | { problem: "option-repeated"; option: string };

export function checkPollQuestion(
  input: string,
): { ok: true; question: string } | ({ ok: false } & PollProblem) {
  const question = normalizeLine(input);
  if (!hasWords(question)) return { ok: false, problem: "question-empty" };
  const length = pollLength(question);
  if (length > MAX_POLL_QUESTION) return { ok: false, problem: "question-too-long", length };
  return { ok: true, question };
}

/** Options typed one a line, or separated by ";" or "|". */
export function checkPollOptions(
  input: string,
): { ok: true; options: string[] } | ({ ok: false } & PollProblem) {
  const options = input
    .split(/[\n;|]/)
    .map(normalizeLine)
    .filter((option) => option !== "");
  if (options.length < MIN_POLL_OPTIONS) {
    return { ok: false, problem: "too-few-options", count: options.length };
  }
  if (options.length > MAX_POLL_OPTIONS) {
    return { ok: false, problem: "too-many-options", count: options.length };
  }
  const seen = new Set<string>();
  for (const option of options) {
    if (!hasWords(option)) return { ok: false, problem: "option-empty" };
    if (pollLength(option) > MAX_POLL_OPTION) {
      return { ok: false, problem: "option-too-long", option };
    }
    const key = foldKey(option);
    if (seen.has(key)) return { ok: false, problem: "option-repeated", option };
    seen.add(key);
  }
  return { ok: true, options };
}

/**
 * A poll text's length as Telegram counts it: in UTF-16 units, so that an emoji counts two and
 * a letter with marks no precomposed letter has counts one for each mark. Poll texts are sent
 * without entities, so the text is what Telegram parses.
 */
export function pollLength(text: string): number {
  return text.length;
}

/** Votes per option, from the votes known one by one. */
export function tally(
  optionCount: number,
  votes: readonly { optionIds: readonly number[] }[],
): number[] {
  const counts = Array.from({ length: optionCount }, () => 0);
  for (const vote of votes) {
    for (const option of vote.optionIds) {
      if (option >= 0 && option < optionCount) counts[option] = (counts[option] ?? 0) + 1;
    }
  }
  return counts;
}
