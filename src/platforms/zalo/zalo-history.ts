import { UPDATE_MEMORY_MS } from "../../store/conversation-store.js";

/**
 * Whether a message id comes after the cursor. Zalo's ids are numbers past 2^53, sent as
 * strings: compared as BigInt, never as floats (which would call neighbours equal) nor as text.
 * An id that is not a number cannot be placed, and is taken as new.
 */
export function isNewer(messageId: string, cursor: string | undefined): boolean {
  if (cursor === undefined || !/^\d+$/.test(messageId) || !/^\d+$/.test(cursor)) return true;
  return BigInt(messageId) > BigInt(cursor);
}

/**
 * Whether a message is young enough to answer: Zalo's history reaches about two weeks back,
 * while the router remembers a week of answered ids; anything older could be answered twice.
 */
export function isRecent(timestamp: string, now: Date): boolean {
  const sent = Number(timestamp);
  return Number.isFinite(sent) && now.getTime() - sent < UPDATE_MEMORY_MS;
}
