import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import {
  checkMeetingEnd,
  closeTimeAsEnd,
  MAX_MEETING_HOURS,
  readMeetingEnd,
} from "../../src/domain/meeting-end.js";

const VN = "Asia/Ho_Chi_Minh"; // UTC+7 all year
/** Monday 20/5/2024, 19:30 in Vietnam, scheduled until 21:30. */
const START = new Date("2024-05-20T12:30:00Z");
const PLANNED_END = new Date("2024-05-20T14:30:00Z");
/** The next morning, 08:00: every end on the meeting's evening has passed. */
const NEXT_MORNING = new Date("2024-05-21T01:00:00Z");

/** "2024-05-20 21:15" for the end read, or the problem found. */
function read(text: string, now = NEXT_MORNING): string {
  const end = readMeetingEnd(text, START, now, VN);
  return end.ok ? format(new TZDate(end.endedAt, VN), "yyyy-MM-dd HH:mm") : end.problem;
}

describe("readMeetingEnd: the end a secretary types", () => {
  it.each([
    ["21:15", "2024-05-20 21:15"],
    ["21h15", "2024-05-20 21:15"],
    ["21h", "2024-05-20 21:00"],
    ["9 giờ 15 tối", "2024-05-20 21:15"],
    ["9 giờ rưỡi tối", "2024-05-20 21:30"],
    ["lúc 21 giờ 15 phút", "2024-05-20 21:15"],
    // Decomposed (NFD), as some keyboards send it.
    ["9 giờ 15 tối".normalize("NFD"), "2024-05-20 21:15"],
    ["  21h15  ", "2024-05-20 21:15"],
    // With the meeting's day written, or another day after it.
    ["21h15 20/5", "2024-05-20 21:15"],
    ["21:15 ngày 20/05/2024", "2024-05-20 21:15"],
    ["tối nay 9h15", "2024-05-20 21:15"],
    ["1 giờ sáng 21/5", "2024-05-21 01:00"],
  ])("%s → %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["abc", "unreadable"],
    ["<&>", "unreadable"],
    ["<b>21h</b>", "unreadable"],
    ["21h15 ".repeat(400), "unreadable"],
    ["x".repeat(2000), "unreadable"],
    ["25:00", "impossible"],
    ["21h75", "impossible"],
    ["20/5", "no-time"],
    // Without "chiều" or "tối", 2h may be 2 a.m.
    ["2h", "ambiguous"],
    ["21h 22h", "ambiguous"],
    // At or before the start, on the meeting's day.
    ["19:30", "before-start"],
    ["18h", "before-start"],
    ["7 giờ sáng", "before-start"],
    ["21h15 19/5", "before-start"],
    // A day later than MAX_MEETING_HOURS allows.
    ["8h 21/5", "too-long"],
    ["21h 22/5", "too-long"],
  ])("%j → %s", (text, problem) => {
    expect(read(text)).toBe(problem);
  });

  it("refuses an end still to come", () => {
    const during = new Date("2024-05-20T14:00:00Z"); // 21:00
    expect(read("21h15", during)).toBe("future");
    expect(read("20h45", during)).toBe("2024-05-20 20:45");
    expect(read("21h", during)).toBe("2024-05-20 21:00");
  });
});

describe("checkMeetingEnd", () => {
  const at = (iso: string) => new Date(iso);

  it("takes an end after the start, at most MAX_MEETING_HOURS later, and not after now", () => {
    const latest = new Date(START.getTime() + MAX_MEETING_HOURS * 3_600_000);
    const later = new Date(latest.getTime() + 86_400_000);
    expect(checkMeetingEnd(latest, START, later)).toEqual({ ok: true, endedAt: latest });
    const over = new Date(latest.getTime() + 60_000);
    expect(checkMeetingEnd(over, START, later)).toEqual({ ok: false, problem: "too-long" });
    expect(checkMeetingEnd(START, START, later)).toEqual({ ok: false, problem: "before-start" });
    expect(checkMeetingEnd(at("2024-05-20T14:00:00Z"), START, at("2024-05-20T13:59:59Z"))).toEqual({
      ok: false,
      problem: "future",
    });
  });
});

describe("closeTimeAsEnd", () => {
  const meeting = (closedAt: string | null) => ({
    startsAt: START,
    endsAt: PLANNED_END,
    closedAt: closedAt ? new Date(closedAt) : null,
  });

  it("offers the minute the secretary closed the meeting, before its scheduled end", () => {
    expect(closeTimeAsEnd(meeting("2024-05-20T13:45:42Z"))).toEqual(
      new Date("2024-05-20T13:45:00Z"),
    );
  });

  it("offers nothing for a meeting open, closed by the job at its end, or in its first minute", () => {
    expect(closeTimeAsEnd(meeting(null))).toBeUndefined();
    expect(closeTimeAsEnd(meeting("2024-05-20T14:30:00Z"))).toBeUndefined();
    expect(closeTimeAsEnd(meeting("2024-05-20T14:31:10Z"))).toBeUndefined();
    expect(closeTimeAsEnd(meeting("2024-05-20T12:30:40Z"))).toBeUndefined();
  });
});
