import { foldKey, hasWords, normalizeLine, visibleLength } from "./text.js";

export const MAX_NAME_LENGTH = 80;

// Letters (with their marks), spaces, and the few signs real names carry.
const NAME_CHARACTERS = /^[\p{L}\p{M} .'-]+$/u;

export type NameCheck =
  | { ok: true; name: string }
  | { ok: false; problem: "empty" | "too-long" | "characters" };

/** A person's full name as they typed it: tidied, and refused if it cannot be a name. */
export function checkFullName(raw: string): NameCheck {
  const name = normalizeLine(raw);
  if (!hasWords(name)) return { ok: false, problem: "empty" };
  if (visibleLength(name) > MAX_NAME_LENGTH) return { ok: false, problem: "too-long" };
  if (!NAME_CHARACTERS.test(name) || !/\p{L}/u.test(name)) {
    return { ok: false, problem: "characters" };
  }
  return { ok: true, name: capitalizeWords(name) };
}

/** The words of a name that have letters ("Lan ." has one). */
const wordsOf = (name: string) => name.split(" ").filter((word) => /\p{L}/u.test(word));

export type JoiningNameCheck = NameCheck | { ok: false; problem: "one-word" };

/**
 * The name a person joins the roster with: a full name, family and given name at least
 * ("Bình" alone could be anyone, and the secretary must tell two Bình apart).
 */
export function checkJoiningName(raw: string): JoiningNameCheck {
  const checked = checkFullName(raw);
  if (checked.ok && wordsOf(checked.name).length < 2) return { ok: false, problem: "one-word" };
  return checked;
}

interface NamedMember {
  id: number;
  fullName: string;
  nameKey: string;
}

/** Others on a roster whose name reads the same, marks and case aside ("Nguyen Thi Lan"). */
export function namesakesOf<M extends NamedMember>(
  member: { id?: number; fullName: string },
  roster: readonly M[],
): M[] {
  const key = foldKey(member.fullName);
  return roster.filter((other) => other.id !== member.id && other.nameKey === key);
}

/**
 * The members a typed name may mean, best first: the full name, else the last words of a name
 * ("Tuấn", "Minh Tuấn"); without marks it matches any marks ("tuan" is Tuấn or Tuân), with them
 * the marks typed decide when they match someone. One member: that one; several: ask which.
 */
export function matchName<M extends NamedMember>(typed: string, roster: readonly M[]): M[] {
  const key = foldKey(typed);
  if (key === "") return [];
  const spelled = normalizeLine(typed).toLocaleLowerCase("vi");
  for (const fits of [(m: M) => m.nameKey === key, (m: M) => m.nameKey.endsWith(` ${key}`)]) {
    const found = roster.filter(fits);
    if (found.length === 0) continue;
    const sameMarks = found.filter((m) => {
      const name = m.fullName.toLocaleLowerCase("vi");
      return name === spelled || name.endsWith(` ${spelled}`);
    });
    return sameMarks.length > 0 ? sameMarks : found;
  }
  return [];
}

/**
 * A first guess at a full name from a platform profile ("Lan 🌸" gives "Lan"): the person can
 * correct it with /thamgia. Nothing usable left gives the profile name as it was, tidied.
 */
export function nameFromProfile(displayName: string): string {
  const checked = checkFullName(displayName.replace(/[^\p{L}\p{M} .'-]/gu, " "));
  return checked.ok ? checked.name : normalizeLine(displayName);
}

/** The commonest Vietnamese family names, folded; those also given as names (Mai, Hà) left out. */
const COMMON_FAMILY_NAMES = new Set(
  ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
    .concat(["Hồ", "Ngô", "Đinh", "Trương"])
    .map(foldKey),
);

const startsWithFamilyName = (text: string) =>
  COMMON_FAMILY_NAMES.has(foldKey(text).split(" ")[0] ?? "");

/**
 * A profile's first and last name in the order Vietnamese write a name (Họ, tên đệm, Tên).
 * Telegram asks for "Tên" (first) and "Họ" (last) and shows first + last, so "Lan" and
 * "Nguyễn Thị" read "Lan Nguyễn Thị"; the family name goes first. Someone who wrote the whole
 * name in Vietnamese order across the two fields ("Nguyễn", "Thị Lan") is left as written.
 */
export function profileFullName(first: string, last = ""): string {
  if (!last.trim()) return first;
  if (!first.trim()) return last;
  const writtenInOrder = startsWithFamilyName(first) && !startsWithFamilyName(last);
  return writtenInOrder ? `${first} ${last}` : `${last} ${first}`;
}

/** "nguyễn văn an" is stored as "Nguyễn Văn An", the way it is written on Party forms. */
function capitalizeWords(name: string): string {
  return name
    .split(" ")
    .map((word) => (word ? word[0]?.toLocaleUpperCase("vi") + word.slice(1) : word))
    .join(" ")
    .normalize("NFC");
}

export const MAX_CELL_NAME_LENGTH = 120;

/** A cell's name: any words (it often carries numbers and signs, e.g. "Chi bộ Khu phố 3/2"). */
/** A committee's name as the operator types it ("Đảng ủy phường Phú Hòa"), or undefined. */
export function checkCommitteeName(raw: string): string | undefined {
  const checked = checkCellName(raw);
  return checked.ok ? checked.name : undefined;
}

export function checkCellName(raw: string): { ok: true; name: string } | { ok: false } {
  const name = normalizeLine(raw);
  if (!hasWords(name) || visibleLength(name) > MAX_CELL_NAME_LENGTH) return { ok: false };
  return { ok: true, name };
}
