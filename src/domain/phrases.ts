// What people type instead of the conventions: commands without the slash or with spaces and
// diacritics, the label of a choice, a word to stop, a greeting, and chatter where a plan part
// is asked. Every comparison is made on folded text (no case, no diacritics, "ƣ" and NFD
// repaired by foldKey), except where folding makes two meanings meet ("vâng" and "vắng").
import { foldKey, normalizeLine } from "./text.js";

/** Natural names of commands, as people say them; the compact command names count as well. */
const COMMAND_ALIASES: Record<string, readonly string[]> = {
  dangky: ["đăng ký", "đăng kí", "đăng ký kế hoạch", "đăng kí kế hoạch"],
  baocao: ["báo cáo"],
  camket: ["cam kết", "xem cam kết"],
  help: ["help", "giúp", "trợ giúp", "hướng dẫn", "menu"],
  thamgia: ["tham gia"],
  duyet: ["duyệt"],
  lichhop: ["lịch họp", "lịch sinh hoạt"],
  diemdanh: ["điểm danh"],
  binhchon: ["bình chọn"],
  bophieu: ["bỏ phiếu"],
  caidat: ["cài đặt"],
  chuyende: ["chuyên đề"],
  thanhvien: ["thành viên"],
  nhacnho: ["nhắc nhở"],
  tonghop: ["tổng hợp"],
  xuatbaocao: ["xuất báo cáo"],
  lienket: ["liên kết"],
  khoitao: ["khởi tạo"],
  tiendo: ["tiến độ", "báo tiến độ", "cập nhật tiến độ"],
  ketqua: ["kết quả", "báo cáo kết quả", "báo kết quả"],
  danhgia: ["đánh giá", "xếp loại", "đánh giá xếp loại"],
  mohinh: ["mô hình", "việc làm theo bác"],
  bieuduong: ["biểu dương", "đề nghị biểu dương"],
  dulieu: ["dữ liệu", "dữ liệu cá nhân", "xem dữ liệu"],
};

/** Compact keys ("dangky") of the aliases, to the command they name. */
const ALIAS_KEYS = new Map(
  Object.entries(COMMAND_ALIASES).flatMap(([command, aliases]) =>
    aliases.map((alias) => [compactKey(alias), command] as const),
  ),
);

/**
 * Short command names are everyday words ("họp", "hủy"): typed without a slash, a command
 * name counts only from this length on, or through an alias.
 */
const MIN_BARE_NAME = 6;
/** An alias met further into a message is a guess only in a message this short. */
const MAX_GUESS_WORDS = 8;
/** Commands are at most three words said aloud ("xuất báo cáo"). */
const MAX_ALIAS_WORDS = 3;

/** A command read from what was typed; `certain` false when it is only a likely guess. */
export interface CommandReading {
  command: string;
  args: string;
  certain: boolean;
  /** Typed as one word, as a command is ("DANGKY", "thamgia …"), not as speech ("tham gia …"). */
  compact: boolean;
  /** Nothing was typed beside the command's name. */
  alone: boolean;
}

/**
 * The command a text names, if any: "dang ky", "Đăng ký", "DANGKY", "đăng kí", "dang ky
 * Lan" (the rest is the argument). Telex or VNI leftovers ("dang kys", "dangky2") and a name
 * inside a short sentence ("tôi muốn đăng ký") give a reading that is not certain.
 * `known` says which compact names are commands; a leading "/" is allowed.
 */
export function readCommand(
  text: string,
  known: (name: string) => boolean,
): CommandReading | undefined {
  const line = normalizeLine(text);
  const slashed = line.startsWith("/");
  const words = line.replace(/^\/+/, "").split(" ").filter(Boolean);
  const named = (key: string): string | undefined =>
    ALIAS_KEYS.get(key) ??
    (known(key) && (slashed || key.length >= MIN_BARE_NAME) ? key : undefined);
  for (const exact of [true, false]) {
    for (let count = Math.min(MAX_ALIAS_WORDS, words.length); count > 0; count--) {
      const head = words.slice(0, count);
      const key = exact ? compactKey(head.join("")) : head.map(withoutTypingMarks).join("");
      const command = key && named(key);
      if (command) {
        const args = words.slice(count).join(" ");
        return { command, args, certain: exact, compact: count === 1, alone: args === "" };
      }
    }
  }
  return guessInside(words, named);
}

/** "tôi muốn đăng ký": a command's name further into a short message, a guess. */
function guessInside(
  words: readonly string[],
  named: (key: string) => string | undefined,
): CommandReading | undefined {
  if (words.length > MAX_GUESS_WORDS) return undefined;
  for (let start = 1; start < words.length; start++) {
    for (let count = Math.min(MAX_ALIAS_WORDS, words.length - start); count > 0; count--) {
      const command = named(compactKey(words.slice(start, start + count).join("")));
      if (command) return { command, args: "", certain: false, compact: false, alone: false };
    }
  }
  return undefined;
}

/** Letters and digits only, folded: "Đăng ký" and "dang-ky" give "dangky". */
function compactKey(text: string): string {
  return foldKey(text).replace(/[^a-z0-9]/g, "");
}

/**
 * A word with the keys of Telex or VNI left in it, as when the typing tool was off:
 * "kys" (ký), "dangky2", "ddawng" (đăng). What comes out is a guess, never certain.
 */
function withoutTypingMarks(word: string): string {
  const key = compactKey(word)
    .replace(/\d+$/, "")
    .replace(/dd/g, "d")
    .replace(/([aeo])\1/g, "$1")
    .replace(/([aou])w/g, "$1");
  return key.length > 2 ? key.replace(/[sfrxj]$/, "") : key;
}

/** A phrase as compared: lower case, NFC, letters, digits and single spaces only. */
function phraseKey(text: string): string {
  // For speed: one message is compared several times (a stop word, a label, chatter), its key
  // made once.
  if (text !== lastPhrase.text) {
    const key = normalizeLine(text)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    lastPhrase = { text, key };
  }
  return lastPhrase.key;
}

let lastPhrase = { text: "", key: "" };

/** Whether text carries no Vietnamese diacritic, so that only its folded form can be compared. */
function isPlain(text: string): boolean {
  return foldKey(text) === text;
}

/** Politeness at the end of a short message ("thôi ạ", "hủy nhé"), which changes nothing. */
const PARTICLES = /(?: (?:ạ|à|a|nhé|nhe|nha|đi|vậy|luôn|chibo|bạn))+$/u;

/** The phrase table's form of a short message: with its politeness dropped. */
function shortKey(text: string): string {
  return phraseKey(text).replace(PARTICLES, "");
}

/**
 * Whether `typed` says `phrase`: the same letters with diacritics, or, typed without any,
 * the same folded, unless folding makes it say something else too (`clashes`).
 */
function says(typed: string, phrases: readonly string[], clashes: readonly string[] = []): boolean {
  // For speed: folding never lengthens a phrase, so a longer text is none of them (a plan part
  // is not folded to be compared with "hủy").
  if (typed.length > longestOf(phrases)) return false;
  if (phrases.includes(typed)) return true;
  if (!isPlain(typed)) return false;
  if (clashes.some((clash) => foldedPhrase(clash) === typed)) return false;
  return phrases.some((phrase) => foldedPhrase(phrase) === typed);
}

const longest = new WeakMap<readonly string[], number>();

function longestOf(phrases: readonly string[]): number {
  let length = longest.get(phrases);
  if (length === undefined) {
    length = Math.max(...phrases.map((phrase) => phrase.length));
    longest.set(phrases, length);
  }
  return length;
}

/** The tables' phrases, folded once: every message is compared with them. */
const foldedPhrases = new Map<string, string>();

function foldedPhrase(phrase: string): string {
  let folded = foldedPhrases.get(phrase);
  if (folded === undefined) {
    folded = foldKey(phrase);
    foldedPhrases.set(phrase, folded);
  }
  return folded;
}

/** Words that stop the dialog open in the chat; never the content of an answer. */
export const CANCEL_WORDS: readonly string[] = [
  "hủy",
  "huỷ",
  "hủy bỏ",
  "thôi",
  "dừng",
  "dừng lại",
  "không làm nữa",
  "thôi không làm nữa",
  "bỏ qua",
  "thoát",
  "cancel",
  "stop",
];

/** "dung" may be "dừng" (stop) or "đúng" (right): typed without diacritics, it stops nothing. */
const CANCEL_CLASHES = ["đúng", "dùng"];

export function isCancel(text: string): boolean {
  return says(shortKey(text), CANCEL_WORDS, CANCEL_CLASHES);
}

const GREETINGS = [
  "xin chào",
  "chào",
  "kính chào",
  "hello",
  "hi",
  "alo",
  "chào buổi sáng",
  "chào buổi chiều",
  "chào buổi tối",
];
/** Whom a greeting may be addressed to: the bot, or anyone as Vietnamese says "you". */
const ADDRESSEES = ["chibo", "bạn", "đồng chí", "anh", "chị", "em", "bác", "chú", "cô", "bot"];

/** "xin chào", "Chào chibo!", "hello": a greeting and nothing more. */
export function isGreeting(text: string): boolean {
  return greetingTo(text) !== undefined;
}

/** Whether a greeting names the bot ("chào chibo"): in a group, only those are for it. */
export function isGreetingToBot(text: string): boolean {
  return greetingTo(text) === "chibo";
}

/** The greeting's addressee ("" for none); undefined when the text is not a greeting. */
function greetingTo(text: string): string | undefined {
  const key = phraseKey(text).replace(/(?: (?:ạ|à|a|nhé|nha))+$/u, "");
  const plain = isPlain(key);
  for (const greeting of GREETINGS) {
    const head = plain ? foldedPhrase(greeting) : greeting;
    if (key === head) return "";
    if (!key.startsWith(`${head} `)) continue;
    const rest = key.slice(head.length + 1);
    const addressee = ADDRESSEES.find((a) => rest === (plain ? foldedPhrase(a) : a));
    if (addressee) return addressee;
  }
  return undefined;
}

/**
 * The choice a typed label picks among the values a chat was offered ("command:action…"),
 * by meaning: "Lưu" picks the save, "giữ nguyên" the keep, "tham dự" or "có" the yes.
 * `anywhere` phrases may answer in a group; a bare "có" or "không" there is talk between
 * people, not an answer.
 */
interface LabelMeaning {
  phrases: readonly string[];
  /** What the offered values start with, for this meaning. */
  values: readonly string[];
  anywhere?: boolean;
}

const LABELS: readonly LabelMeaning[] = [
  {
    phrases: ["lưu", "lưu lại", "xác nhận", "ghi lại"],
    values: [
      "dangky:confirm",
      "hop:confirm",
      "kehoach:confirm",
      "nhapdanhsach:save:",
      "mohinh:confirm",
      "ketqua:confirm",
    ],
  },
  { phrases: ["gửi", "gửi đi", "gửi báo cáo", "đồng ý"], values: ["ketqua:confirm"] },
  {
    phrases: ["giữ nguyên", "giữ", "không sửa"],
    values: ["dangky:keep", "dangky:accept", "kehoach:keep", "mohinh:keep", "ketqua:keep"],
  },
  { phrases: ["không có", "bỏ trống"], values: ["kehoach:none"] },
  {
    phrases: ["có", "đúng", "đúng rồi", "đồng ý", "được", "vâng", "dạ", "ừ", "ok", "yes"],
    values: ["dangky:accept", "hop:confirm", "lichhop:yes-", "diemdanh:here-", "thanhvien:h:"],
  },
  {
    phrases: ["viết lại", "sửa", "sửa lại", "ghi lại khác"],
    values: ["dangky:rewrite", "kehoach:edit"],
  },
  {
    phrases: ["không", "chưa", "no", "không đồng ý"],
    values: ["dangky:rewrite", "lichhop:no-", "hop:keep", "thanhvien:x:"],
  },
  {
    phrases: ["hủy", "huỷ", "hủy bỏ"],
    values: [
      "dangky:cancel",
      "hop:abort",
      "binhchon:abort",
      "kehoach:cancel",
      "nhapdanhsach:cancel:",
      "mohinh:cancel",
      "ketqua:cancel",
    ],
  },
  { phrases: ["bỏ", "thôi"], values: ["hop:abort", "binhchon:abort", "thanhvien:x:"] },
  {
    phrases: ["tham dự", "có tham dự", "tôi tham dự", "đi", "có đi"],
    values: ["lichhop:yes-"],
    anywhere: true,
  },
  { phrases: ["có mặt", "tôi có mặt"], values: ["diemdanh:here-", "lichhop:yes-"], anywhere: true },
  {
    phrases: ["vắng", "vắng có lý do", "xin vắng", "báo vắng", "không đi", "không tham dự"],
    values: ["lichhop:no-"],
    anywhere: true,
  },
  { phrases: ["sửa phần 1", "phần 1", "học tập", "sửa học tập"], values: ["dangky:edit-study"] },
  { phrases: ["sửa phần 2", "phần 2", "làm theo", "sửa làm theo"], values: ["dangky:edit-follow"] },
  {
    phrases: ["sửa phần 3", "phần 3", "nêu gương", "sửa nêu gương"],
    values: ["dangky:edit-example"],
  },
  {
    phrases: [
      "như kế hoạch",
      "đúng kế hoạch",
      "đúng như kế hoạch",
      "theo kế hoạch",
      "làm đúng như kế hoạch",
    ],
    values: ["ketqua:asplanned"],
  },
  { phrases: ["làm tiếp", "tiếp tục"], values: ["huy:resume"] },
  { phrases: ["tất cả"], values: ["xuatbaocao:all"] },
  { phrases: ["không hủy"], values: ["hop:keep"] },
];

/**
 * Folded alike with opposite meanings ("vắng" absent, "vâng" yes; "đúng kế hoạch" as planned,
 * "dừng kế hoạch" the plan stopped): typed plain, neither.
 */
const LABEL_CLASHES = ["vâng", "vắng", "đúng", "dừng", "đúng kế hoạch", "dừng kế hoạch"];

/** The most words a label has: anything longer is no label, and is not compared. */
const LONGEST_LABEL = Math.max(
  ...LABELS.flatMap((meaning) => meaning.phrases.map((phrase) => phrase.split(" ").length)),
);

/**
 * The one offered value a typed label picks, if exactly one fits; undefined when none or
 * several do (two meetings' "tham dự": the person must say which, by number).
 */
export function choiceForLabel(
  text: string,
  offered: readonly string[],
  chatKind: "private" | "group",
): string | undefined {
  // Nothing shown, nothing to pick: most answers to a question come so.
  if (offered.length === 0) return undefined;
  const typed = shortKey(text);
  if (!typed || typed.split(" ").length > LONGEST_LABEL) return undefined;
  const picked = new Set<string>();
  for (const meaning of LABELS) {
    if (chatKind === "group" && !meaning.anywhere) continue;
    if (!says(typed, meaning.phrases, LABEL_CLASHES)) continue;
    for (const value of offered) {
      if (meaning.values.some((start) => value.startsWith(start))) picked.add(value);
    }
  }
  return picked.size === 1 ? [...picked][0] : undefined;
}

/** Words that acknowledge or stall rather than say something ("ok", "vâng", "chưa biết"). */
const ACKNOWLEDGEMENTS = [
  "ok",
  "oke",
  "okay",
  "vâng",
  "dạ",
  "ừ",
  "được",
  "có",
  "không",
  "rồi",
  "xong",
  "đúng",
  "chưa",
  "test",
  "thử",
];
const STALLING = ["chưa biết", "không biết", "chưa nghĩ ra", "để sau", "viết sau", "gì cũng được"];
/** A plan part worth its place has at least this many words. */
const MIN_PART_WORDS = 3;
/** "Tôi chưa biết viết gì" is a stall; a real plan that mentions "chưa biết" is longer. */
const MAX_STALL_WORDS = 8;

/**
 * Whether an answer to a plan part looks like talk rather than a plan: a greeting, "ok",
 * one or two words, a number, "tôi chưa biết viết gì". It is asked about, never saved unasked.
 */
export function looksLikeChatter(text: string): boolean {
  const key = phraseKey(text);
  const words = key.split(" ").filter(Boolean);
  if (words.length < MIN_PART_WORDS) return true;
  if (!/\p{L}/u.test(key)) return true;
  // Greetings, acknowledgements and stalls are all shorter: a longer part is a plan.
  if (words.length > MAX_STALL_WORDS) return false;
  if (isGreeting(text) || says(shortKey(text), ACKNOWLEDGEMENTS)) return true;
  const folded = foldKey(key);
  return STALLING.some((stall) => ` ${folded} `.includes(` ${foldedPhrase(stall)} `));
}

/** What people repeat before a plan part: its label ("Làm theo:", "Phần 2 -", "2."). */
const PART_LABELS = ["học tập", "làm theo", "nêu gương"].map(foldKey);
const LEADING_LABEL = /^([^:\-–—.)]{1,24})\s*[:\-–—.)]\s*/u;

/** A plan part without the labels typed before it: "Làm theo: Làm theo: giúp hàng xóm" → "giúp hàng xóm". */
export function withoutPartLabel(text: string): string {
  let rest = text.trim();
  for (;;) {
    const match = LEADING_LABEL.exec(rest);
    if (!match || !isPartLabel(match[1] ?? "")) return rest;
    rest = rest.slice(match[0].length).trim();
  }
}

function isPartLabel(label: string): boolean {
  const key = foldKey(label)
    .replace(/[^a-z0-9 ]/g, "")
    .trim();
  const withoutPart = key.replace(/^(?:phan|muc)\s*/, "");
  return (
    PART_LABELS.includes(key) || PART_LABELS.includes(withoutPart) || /^[1-3]$/.test(withoutPart)
  );
}
