// What members type for their year's results (/ketqua) instead of choosing: how a part went
// ("xong", "mot phan", "chua"); the level they propose is read by grading-rules' levelForText,
// as /danhgia reads it. Compared folded: no case, no diacritics, NFD and "ƣ" repaired by foldKey.
import { OUTCOMES, type Outcome } from "./grading-rules.js";
import { foldKey } from "./text.js";

/** Letters and digits as words, folded, with the politeness at the end dropped ("xong rồi ạ"). */
function wordsOf(text: string): string {
  return foldKey(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/(?: (?:a|nhe|nha|nhe a|vay))+$/, "");
}

const OUTCOME_PHRASES: Record<Outcome, readonly string[]> = {
  done: [
    "xong",
    "da xong",
    "xong roi",
    "da xong roi",
    "lam xong",
    "da lam xong",
    "hoan thanh",
    "da hoan thanh",
    "da lam",
    "da lam duoc",
    "done",
  ],
  // "chưa xong": begun, not finished, as people say it.
  partly: [
    "mot phan",
    "lam mot phan",
    "da lam mot phan",
    "duoc mot phan",
    "lam duoc mot phan",
    "chua xong",
    "chua het",
    "dang lam",
    "partly",
  ],
  notDone: [
    "chua",
    "chua lam",
    "chua lam duoc",
    "chua thuc hien",
    "chua hoan thanh",
    "khong",
    "khong lam",
    "khong lam duoc",
    "khong thuc hien",
    "khong hoan thanh",
    "not done",
  ],
};

/** How a part went, as typed; undefined when the text says none of them plainly. */
export function readOutcome(text: string): Outcome | undefined {
  const key = wordsOf(text);
  return OUTCOMES.find((outcome) => OUTCOME_PHRASES[outcome].includes(key));
}
