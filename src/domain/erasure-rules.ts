import { answersOpen, type MeetingTimes } from "./meeting-rules.js";

/**
 * A meeting whose minutes are still being made: check-in opened, or started and not closed.
 * Its roster is frozen at the close from the entries as they stand then, so an entry erased
 * meanwhile would drop off a meeting it was due at.
 */
export function isMeetingOpen(meeting: MeetingTimes, now: Date): boolean {
  return (
    meeting.state === "scheduled" &&
    (meeting.checkinOpenedAt !== null || !answersOpen(meeting, now))
  );
}

/** What decides whether a secretary's press erases a member's data. */
export interface ErasureFacts {
  /** The one pressing is who hears the cell's requests: the secretary, or a deputy where there is none. */
  decides: boolean;
  /** The entry the choice names exists, in the cell of the one pressing. */
  inCell: boolean;
  erased: boolean;
  self: boolean;
  onlySecretary: boolean;
  /**
   * The member's latest consent answer is the withdrawal their deletion request recorded: a
   * value naming anyone else was never a request (forged), or is one taken back since.
   */
  requested: boolean;
  meetingOpen: boolean;
}

export const ERASURE_REFUSALS = [
  "not-secretary",
  "stale",
  "already-erased",
  "only-secretary",
  "self",
  "not-requested",
  "meeting-open",
] as const;
export type ErasureRefusal = (typeof ERASURE_REFUSALS)[number];

/** Why the erasure is refused, first reason first; undefined: it may go ahead. */
export function erasureRefusal(facts: ErasureFacts): ErasureRefusal | undefined {
  if (!facts.decides) return "not-secretary";
  if (!facts.inCell) return "stale";
  if (facts.erased) return "already-erased";
  // Nobody carries out their own request: the cell would have nobody left to, if the only secretary.
  if (facts.self) return facts.onlySecretary ? "only-secretary" : "self";
  if (!facts.requested) return "not-requested";
  if (facts.meetingOpen) return "meeting-open";
  return undefined;
}
