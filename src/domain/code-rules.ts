import { DAY_MS, MINUTE_MS } from "./durations.js";

/** How long a /lienket code may wait to be typed on the other platform. */
export const LINK_CODE_VALID_MINUTES = 10;

/** When a link code issued at `issuedAt` stops working. */
export function linkCodeExpiresAt(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + LINK_CODE_VALID_MINUTES * MINUTE_MS);
}

/** How long a committee officer's one-time code may wait to be claimed. */
export const OFFICER_CODE_VALID_DAYS = 7;

/** When an officer's code issued at `issuedAt` stops working. */
export function officerCodeExpiresAt(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + OFFICER_CODE_VALID_DAYS * DAY_MS);
}

/** How long a committee's code for linking a cell may wait for the cell's secretary. */
export const COMMITTEE_CODE_VALID_DAYS = 7;

/** When a committee's code issued at `issuedAt` stops working. */
export function committeeCodeExpiresAt(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + COMMITTEE_CODE_VALID_DAYS * DAY_MS);
}

/**
 * How long a claim code may wait: the secretary hands it over at a meeting, and the member
 * may get help setting up a phone some weeks later.
 */
export const CLAIM_CODE_VALID_DAYS = 30;

/** When a claim code issued at `issuedAt` stops working. */
export function claimCodeExpiresAt(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + CLAIM_CODE_VALID_DAYS * DAY_MS);
}

/** A one-time code as typed: its digits, spaces dropped ("1234 5678"); undefined if not digits. */
export function readCode(typed: string): string | undefined {
  const digits = typed.normalize("NFKC").replace(/\s+/g, "");
  return /^\d+$/.test(digits) ? digits : undefined;
}

/** Six digits or more end a name only as a code does (codes have eight; names, short numbers). */
const CODE_LIKE = /^\d{6,}$/;
/** The word a person may put before the code: "mã", "ma", "mã:". */
const CODE_WORD = /^m[aã]:?$/iu;

/**
 * "Chi bộ Khu phố 3 mã 12345678": the name and the code typed after it, if one was; a code
 * mistyped (too short or too long) still counts as one, to be refused, not kept in the name.
 */
export function splitTrailingCode(typed: string): { rest: string; code?: string } {
  const words = typed.normalize("NFC").trim().split(/\s+/);
  const last = (words.at(-1) ?? "").normalize("NFKC");
  if (!CODE_LIKE.test(last)) return { rest: typed };
  words.pop();
  if (CODE_WORD.test(words.at(-1) ?? "")) words.pop();
  return { rest: words.join(" "), code: last };
}
