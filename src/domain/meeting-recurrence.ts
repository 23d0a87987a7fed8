/*
 * A cell's rule for its regular meetings, as the secretary types it ("ngày 5 hằng tháng 19h30",
 * "thứ Bảy đầu tiên của tháng 8h", "ngày làm việc cuối cùng của tháng 14h"), and the meetings it
 * gives month by month, moved off holidays as the cell chose.
 */

/** Where a meeting that falls on a holiday goes: kept, the working day before, or after. */
export const HOLIDAY_SHIFTS = ["keep", "before", "after"] as const;
export type HolidayShift = (typeof HOLIDAY_SHIFTS)[number];

/** The local time of day a rule's meetings start. */
interface RuleTime {
  hour: number;
  minute: number;
}

export type MeetingRule = RuleTime &
  (
    | { kind: "day-of-month"; day: number }
    /** ISO weekday (1 Monday … 7 Sunday); nth 1–4, or -1 for the last of the month. */
    | { kind: "weekday-of-month"; weekday: number; nth: number }
    | { kind: "last-working-day" }
  );
