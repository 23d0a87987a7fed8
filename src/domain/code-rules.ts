import { DAY_MS } from "./durations.js";

/** How long a committee officer's one-time code may wait to be claimed. */
export const OFFICER_CODE_VALID_DAYS = 7;

/** When an officer's code issued at `issuedAt` stops working. */
export function officerCodeExpiresAt(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + OFFICER_CODE_VALID_DAYS * DAY_MS);
}
