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
