import { DAY_MS } from "./durations.js";
import { checkinState, type MeetingTimes } from "./meeting-rules.js";

/** After a meeting the secretary may still correct its attendance for a week. */
export const CORRECTION_DAYS = 7;
const CORRECTION_WINDOW_MS = CORRECTION_DAYS * DAY_MS;

/** The earliest start of a past meeting whose sheet /diemdanh still offers to correct. */
export function correctionWindowStart(now: Date): Date {
  return new Date(now.getTime() - CORRECTION_WINDOW_MS);
}

export type Correction = "allowed" | "cancelled" | "too-early" | "too-late";

/**
 * Whether the secretary may mark a meeting's attendance by hand at `now`: from when check-in
 * may open until CORRECTION_DAYS after the meeting closed, that instant included.
 */
export function mayCorrect(
  meeting: MeetingTimes & { closedAt: Date | null },
  now: Date,
): Correction {
  if (meeting.state === "cancelled") return "cancelled";
  if (checkinState(meeting, now) === "too-early") return "too-early";
  const closedFor = meeting.closedAt ? now.getTime() - meeting.closedAt.getTime() : 0;
  return closedFor > CORRECTION_WINDOW_MS ? "too-late" : "allowed";
}

/** The members whose reason for an absence is written out (a bare "excused" is not one). */
export function withReasons(
  absent: readonly { member: { id: number }; reason: string | null }[],
): number[] {
  return absent.filter(({ reason }) => reason?.trim()).map(({ member }) => member.id);
}
