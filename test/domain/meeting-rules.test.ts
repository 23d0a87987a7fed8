import { describe, expect, it } from "vitest";
import {
  type AttendanceMark,
  type AttendeeRecord,
  answersOpen,
  attendanceSheet,
  CHECKIN_EARLY_MINUTES,
  checkinState,
  checkMeetingText,
  endOf,
  MAX_MEETING_FIELD,
  type MeetingResponse,
  type MeetingTimes,
  overlapping,
} from "../../src/domain/meeting-rules.js";

const MINUTE = 60_000;

/** Thứ Sáu 15/3/2024, 19:30 in Vietnam. */
const START = new Date("2024-03-15T12:30:00Z");

function meeting(overrides: Partial<MeetingTimes> = {}): MeetingTimes {
  const startsAt = overrides.startsAt ?? START;
  return {
    id: 1,
    startsAt,
    endsAt: endOf(startsAt, 120),
    state: "scheduled",
    checkinOpenedAt: null,
    ...overrides,
  };
}

const minutes = (from: Date, count: number) => new Date(from.getTime() + count * MINUTE);

describe("overlapping", () => {
  const other = meeting({ id: 7 }); // 19:30–21:30

  it("finds a scheduled meeting whose time overlaps", () => {
    expect(overlapping(minutes(START, 60), minutes(START, 180), [other])).toBe(other);
    expect(overlapping(minutes(START, -60), minutes(START, 1), [other])).toBe(other);
    // One inside the other, either way round.
    expect(overlapping(minutes(START, 30), minutes(START, 60), [other])).toBe(other);
    expect(overlapping(minutes(START, -60), minutes(START, 300), [other])).toBe(other);
  });

  it("does not count meetings that only touch, end to start", () => {
    expect(overlapping(other.endsAt, minutes(other.endsAt, 120), [other])).toBeUndefined();
    expect(overlapping(minutes(START, -120), START, [other])).toBeUndefined();
  });

  it("ignores cancelled and closed meetings", () => {
    const cancelled = meeting({ id: 2, state: "cancelled" });
    const closed = meeting({ id: 3, state: "closed" });
    expect(overlapping(START, endOf(START, 120), [cancelled, closed])).toBeUndefined();
    expect(overlapping(START, endOf(START, 120), [cancelled, closed, other])).toBe(other);
  });

  it("skips the meeting being changed itself", () => {
    expect(overlapping(minutes(START, 30), minutes(START, 150), [other], 7)).toBeUndefined();
    const another = meeting({ id: 8, startsAt: minutes(START, 60) });
    expect(overlapping(minutes(START, 30), minutes(START, 150), [other, another], 7)).toBe(another);
  });

  it("finds nothing among no meetings", () => {
    expect(overlapping(START, endOf(START, 120), [])).toBeUndefined();
  });
});

describe("answersOpen", () => {
  it("takes answers until the start, not from it", () => {
    expect(answersOpen(meeting(), minutes(START, -24 * 60))).toBe(true);
    expect(answersOpen(meeting(), new Date(START.getTime() - 1))).toBe(true);
    expect(answersOpen(meeting(), START)).toBe(false);
    expect(answersOpen(meeting(), minutes(START, 30))).toBe(false);
  });

  it("takes no answers for a cancelled or closed meeting", () => {
    const before = minutes(START, -60);
    expect(answersOpen(meeting({ state: "cancelled" }), before)).toBe(false);
    expect(answersOpen(meeting({ state: "closed" }), before)).toBe(false);
  });
});

describe("checkinState", () => {
  it("is too early until half an hour before the start", () => {
    expect(CHECKIN_EARLY_MINUTES).toBe(30);
    expect(checkinState(meeting(), minutes(START, -24 * 60))).toBe("too-early");
    expect(checkinState(meeting(), new Date(minutes(START, -30).getTime() - 1))).toBe("too-early");
  });

  it("may be opened from half an hour before the start until the end", () => {
    expect(checkinState(meeting(), minutes(START, -30))).toBe("may-open");
    expect(checkinState(meeting(), START)).toBe("may-open");
    expect(checkinState(meeting(), minutes(START, 119))).toBe("may-open");
  });

  it("is open once opened, until the end", () => {
    const opened = meeting({ checkinOpenedAt: minutes(START, -20) });
    expect(checkinState(opened, minutes(START, -10))).toBe("open");
    expect(checkinState(opened, minutes(START, 90))).toBe("open");
    expect(checkinState(opened, new Date(opened.endsAt.getTime() - 1))).toBe("open");
  });

  it("is over at the end, opened or not", () => {
    const opened = meeting({ checkinOpenedAt: minutes(START, -20) });
    expect(checkinState(opened, opened.endsAt)).toBe("over");
    expect(checkinState(meeting(), meeting().endsAt)).toBe("over");
    expect(checkinState(meeting(), minutes(START, 24 * 60))).toBe("over");
  });

  it("is over for a meeting that is no longer scheduled", () => {
    const during = minutes(START, 10);
    expect(checkinState(meeting({ state: "closed", checkinOpenedAt: START }), during)).toBe("over");
    expect(checkinState(meeting({ state: "cancelled" }), minutes(START, -10))).toBe("over");
    expect(checkinState(meeting({ state: "cancelled" }), minutes(START, -60))).toBe("over");
  });
});

describe("attendanceSheet", () => {
  const joined = new Date("2024-01-05T03:00:00Z");
  let nextId = 0;
  function member(fullName: string, overrides: Partial<AttendeeRecord> = {}): AttendeeRecord {
    nextId += 1;
    return {
      id: nextId,
      fullName,
      status: "full",
      roster: "active",
      createdAt: joined,
      ...overrides,
    };
  }
  const theMeeting = { endsAt: endOf(START, 120) };
  const response = (
    m: AttendeeRecord,
    answer: MeetingResponse["answer"],
    reason: string | null = null,
  ): MeetingResponse => ({ memberId: m.id, answer, reason });
  const mark = (
    m: AttendeeRecord,
    present: boolean,
    reason: string | null = null,
  ): AttendanceMark => ({
    memberId: m.id,
    present,
    reason,
  });

  it("counts as present those checked in or marked present, whatever they answered", () => {
    const an = member("Nguyễn Văn An");
    const binh = member("Trần Thị Bình");
    const cuong = member("Lê Văn Cường");
    const sheet = attendanceSheet(
      theMeeting,
      [an, binh, cuong],
      [response(an, "attend"), response(binh, "excused", "Đi công tác")],
      [mark(an, true), mark(binh, true)],
    );
    expect(sheet.present).toEqual([an, binh]);
    expect(sheet.absentWithReason).toEqual([]);
    expect(sheet.absentWithoutReason).toEqual([cuong]);
    expect(sheet.exempt).toEqual([]);
  });

  it("takes the secretary's reason over the one the member gave", () => {
    const an = member("Nguyễn Văn An");
    const sheet = attendanceSheet(
      theMeeting,
      [an],
      [response(an, "excused", "Ốm")],
      [mark(an, false, "Đi trực bão")],
    );
    expect(sheet.absentWithReason).toEqual([{ member: an, reason: "Đi trực bão" }]);
    expect(sheet.present).toEqual([]);
    expect(sheet.absentWithoutReason).toEqual([]);
  });

  it("takes the member's own reason when the secretary wrote none", () => {
    const an = member("Nguyễn Văn An");
    const binh = member("Trần Thị Bình");
    const sheet = attendanceSheet(
      theMeeting,
      [an, binh],
      [response(an, "excused", "Ốm"), response(binh, "excused", "Về quê")],
      [mark(an, false)],
    );
    expect(sheet.absentWithReason).toEqual([
      { member: an, reason: "Ốm" },
      { member: binh, reason: "Về quê" },
    ]);
  });

  it("lists one who said they would be absent but never said why, with no reason", () => {
    const an = member("Nguyễn Văn An");
    const sheet = attendanceSheet(theMeeting, [an], [response(an, "excused")], []);
    expect(sheet.absentWithReason).toEqual([{ member: an, reason: null }]);
    expect(sheet.absentWithoutReason).toEqual([]);
  });

  it("counts as absent without reason those who never answered, or said they would come", () => {
    const an = member("Nguyễn Văn An");
    const binh = member("Trần Thị Bình");
    const sheet = attendanceSheet(theMeeting, [an, binh], [response(binh, "attend")], []);
    expect(sheet.absentWithoutReason).toEqual([an, binh]);
    expect(sheet.present).toEqual([]);
    expect(sheet.absentWithReason).toEqual([]);
  });

  it("lists exempt members apart and never counts them, even when marked present", () => {
    const an = member("Nguyễn Văn An", { status: "exempt" });
    const binh = member("Trần Thị Bình", { status: "exempt" });
    const cuong = member("Lê Văn Cường", { status: "exempt" });
    const sheet = attendanceSheet(
      theMeeting,
      [an, binh, cuong],
      [response(binh, "excused", "Ốm")],
      [mark(an, true), mark(cuong, false, "Nằm viện")],
    );
    expect(sheet.exempt).toEqual([an, binh, cuong]);
    expect(sheet.present).toEqual([]);
    expect(sheet.absentWithReason).toEqual([]);
    expect(sheet.absentWithoutReason).toEqual([]);
  });

  it("counts retired and probationary members like the others", () => {
    const an = member("Nguyễn Văn An", { status: "retired" });
    const binh = member("Trần Thị Bình", { status: "probationary" });
    const sheet = attendanceSheet(theMeeting, [an, binh], [], [mark(an, true)]);
    expect(sheet.present).toEqual([an]);
    expect(sheet.absentWithoutReason).toEqual([binh]);
  });

  it("leaves out transferred, moved, pending and refused entries, even when marked", () => {
    const transferred = member("Nguyễn Văn An", { status: "transferred" });
    const moved = member("Trần Thị Bình", { roster: "moved" });
    const pending = member("Lê Văn Cường", { roster: "pending" });
    const rejected = member("Phạm Thị Dung", { roster: "rejected" });
    const staying = member("Hoàng Văn Em");
    const gone = [transferred, moved, pending, rejected];
    const sheet = attendanceSheet(
      theMeeting,
      [...gone, staying],
      gone.map((m) => response(m, "excused", "Đã chuyển")),
      gone.map((m) => mark(m, true)),
    );
    expect(sheet).toEqual({
      present: [],
      absentWithReason: [],
      absentWithoutReason: [staying],
      exempt: [],
      remote: [],
    });
  });

  it("leaves out a member who joined after the meeting ended, not one who joined during it", () => {
    const late = member("Nguyễn Văn An", { createdAt: new Date(theMeeting.endsAt.getTime() + 1) });
    const atEnd = member("Trần Thị Bình", { createdAt: theMeeting.endsAt });
    const during = member("Lê Văn Cường", { createdAt: minutes(START, 30) });
    const sheet = attendanceSheet(theMeeting, [late, atEnd, during], [], [mark(during, true)]);
    expect(sheet.present).toEqual([during]);
    expect(sheet.absentWithoutReason).toEqual([atEnd]);
  });

  it("keeps the roster's order in every list", () => {
    const people = ["Vũ", "An", "Lan", "Bình"].map((name) => member(name));
    const sheet = attendanceSheet(
      theMeeting,
      people,
      [],
      people.map((m) => mark(m, true)),
    );
    expect(sheet.present.map((m) => m.fullName)).toEqual(["Vũ", "An", "Lan", "Bình"]);
  });
});

describe("checkMeetingText", () => {
  it("returns the text tidied to one line", () => {
    expect(checkMeetingText("  Hội trường   khu phố 1\n tầng 2 ")).toEqual({
      ok: true,
      text: "Hội trường khu phố 1 tầng 2",
    });
  });

  it("stores decomposed input composed", () => {
    const result = checkMeetingText("Nhà văn hóa ấp Đông".normalize("NFD"));
    expect(result).toEqual({ ok: true, text: "Nhà văn hóa ấp Đông" });
    if (result.ok) expect(result.text).toBe(result.text.normalize("NFC"));
  });

  it("repairs the broken-font ƣ", () => {
    expect(checkMeetingText("Học tập tƣ tƣởng Hồ Chí Minh")).toEqual({
      ok: true,
      text: "Học tập tư tưởng Hồ Chí Minh",
    });
    expect(checkMeetingText("ƢU TIÊN")).toEqual({ ok: true, text: "ƯU TIÊN" });
  });

  it("refuses empty text and text without letters or digits", () => {
    expect(checkMeetingText("")).toEqual({ ok: false, problem: "empty", length: 0 });
    expect(checkMeetingText("  \n\t \u200b")).toEqual({ ok: false, problem: "empty", length: 0 });
    expect(checkMeetingText("...!?")).toMatchObject({ ok: false, problem: "empty" });
    expect(checkMeetingText("👍🎉")).toMatchObject({ ok: false, problem: "empty" });
  });

  it("accepts digits alone", () => {
    expect(checkMeetingText("12")).toEqual({ ok: true, text: "12" });
  });

  it("refuses more than the maximum, counted in visible characters", () => {
    expect(MAX_MEETING_FIELD).toBe(200);
    expect(checkMeetingText("ư".repeat(200))).toEqual({ ok: true, text: "ư".repeat(200) });
    expect(checkMeetingText("ư".repeat(201))).toEqual({
      ok: false,
      problem: "too-long",
      length: 201,
    });
    // 200 decomposed letters with two marks are 600 UTF-16 units but 200 characters.
    expect(checkMeetingText("ệ".normalize("NFD").repeat(200)).ok).toBe(true);
    // Emoji with a skin tone count as one each.
    expect(checkMeetingText(`Họp ${"👍🏽".repeat(196)}`).ok).toBe(true);
    expect(checkMeetingText(`Họp ${"👍🏽".repeat(197)}`)).toEqual({
      ok: false,
      problem: "too-long",
      length: 201,
    });
  });

  it("takes another maximum, as for a reason", () => {
    expect(checkMeetingText("Ốm nặng", 7)).toEqual({ ok: true, text: "Ốm nặng" });
    expect(checkMeetingText("Ốm nặng!", 7)).toEqual({ ok: false, problem: "too-long", length: 8 });
  });

  it("measures the tidied text, not the spaces around it", () => {
    expect(checkMeetingText(`${" ".repeat(300)}${"a".repeat(200)}${" ".repeat(300)}`).ok).toBe(
      true,
    );
  });
});
