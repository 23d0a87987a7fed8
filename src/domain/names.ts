import { hasWords, normalizeLine, visibleLength } from "./text.js";

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

/**
 * A first guess at a full name from a platform profile ("Lan 🌸" gives "Lan"): the person can
 * correct it with /thamgia. Nothing usable left gives the profile name as it was, tidied.
 */
export function nameFromProfile(displayName: string): string {
  const checked = checkFullName(displayName.replace(/[^\p{L}\p{M} .'-]/gu, " "));
  return checked.ok ? checked.name : normalizeLine(displayName);
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
export function checkCellName(raw: string): { ok: true; name: string } | { ok: false } {
  const name = normalizeLine(raw);
  if (!hasWords(name) || visibleLength(name) > MAX_CELL_NAME_LENGTH) return { ok: false };
  return { ok: true, name };
}
