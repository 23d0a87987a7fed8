// What members type for their year's results (/ketqua) instead of choosing: how a part went
// ("xong", "mot phan", "chua") and the level they propose ("tot", "Hoàn thành tốt nhiệm vụ",
// "HTTNV"). Compared folded: no case, no diacritics, NFD and "ƣ" repaired by foldKey.
import { LEVELS, type Level, OUTCOMES, type Outcome } from "./grading-rules.js";
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

/** Words said around a level that do not choose it: "mức", "xếp loại", "đề xuất", "nhiệm vụ". */
const LEVEL_FILLERS =
  /(?:^| )(?:toi|em|xin|tu|de xuat|danh gia|xep loai|xep|loai|muc|dat|nhiem vu|nv)(?= |$)/g;

/** The levels' words and the abbreviations secretaries write on paper (HTXSNV, HTTNV…). */
const LEVEL_WORDS: Record<Level, readonly string[]> = {
  excellent: ["hoan thanh xuat sac", "xuat sac", "htxsnv", "htxs", "xs"],
  good: ["hoan thanh tot", "tot", "httnv", "htt"],
  done: ["hoan thanh", "htnv", "ht"],
  notDone: ["khong hoan thanh", "khtnv", "kht", "khong dat"],
};

function levelKey(text: string): string {
  return wordsOf(text).replace(LEVEL_FILLERS, " ").replace(/\s+/g, " ").trim();
}

/**
 * The level a typed text names: the plan's words for it (`labels`), or the rule's usual
 * ones, short or long. Undefined when it names none, or more than one.
 */
export function readLevel(text: string, labels: Record<Level, string>): Level | undefined {
  const whole = wordsOf(text);
  const byLabel = LEVELS.find((level) => wordsOf(labels[level]) === whole);
  if (byLabel) return byLabel;
  // "không đạt" loses its "đạt" with the fillers: read before them.
  if (LEVEL_WORDS.notDone.includes(whole)) return "notDone";
  const key = levelKey(text);
  if (!key) return undefined;
  return LEVELS.find(
    (level) => LEVEL_WORDS[level].includes(key) || levelKey(labels[level]) === key,
  );
}
