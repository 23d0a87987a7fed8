import { afterEach, describe, expect, it } from "vitest";
import type { MeetingRule } from "../../src/domain/meeting-recurrence.js";
import type { MeetingKind } from "../../src/domain/meeting-rules.js";
import { plainText } from "../../src/domain/rich-text.js";
import { noticeMeeting, tellCommitteeOfChange } from "../../src/meetings/meeting-notice.js";
import { createNextMeeting, noticeDay } from "../../src/meetings/meeting-series.js";
import { answerChoices } from "../../src/meetings/meeting-texts.js";
import type { Reply } from "../../src/messages/reply.js";
import { Poster } from "../../src/outbox/poster.js";
import { renderReply } from "../../src/platforms/render-reply.js";
import type { Cell } from "../../src/store/cell-store.js";
import type { MeetingSeries } from "../../src/store/meeting-series-store.js";
import type { Meeting } from "../../src/store/meeting-store.js";
import { Harness } from "../support/harness.js";

// Times are Vietnamese local time (UTC+7 all year).
const vn = (local: string) => new Date(`${local}:00+07:00`);
const GROUP = "console:group:1";
const COMMITTEE = "Đảng ủy phường Phú Hòa";
const OFFICER = "console:Cán bộ";

const FIFTH: MeetingRule = { kind: "day-of-month", day: 5, hour: 19, minute: 30 };
const FIRST: MeetingRule = { kind: "day-of-month", day: 1, hour: 19, minute: 30 };

let h: Harness;
afterEach(() => h?.close());

/** A cell (secretary Lan, member Hùng) on a day given as local time. */
async function cellAt(local: string): Promise<Cell> {
  h = new Harness({ now: vn(local).toISOString() });
  await h.cellWith(["Hùng"]);
  const [cell] = h.app.services.cells.all();
  if (!cell) throw new Error("no cell");
  return cell;
}

function rule(
  cell: Cell,
  options: {
    rule?: MeetingRule;
    kind?: MeetingKind;
    holidayShift?: "keep" | "before" | "after";
    topic?: string;
    remoteAllowed?: boolean;
  } = {},
): MeetingSeries {
  const lan = h.app.services.members.byPerson("console:Lan");
  if (!lan) throw new Error("no secretary");
  return h.app.services.meetingSeries.create(
    {
      cellId: cell.id,
      kind: options.kind ?? "regular",
      rule: options.rule ?? FIFTH,
      holidayShift: options.holidayShift ?? "after",
      place: "Hội trường khu phố 1",
      topic: options.topic ?? "",
      remoteAllowed: options.remoteAllowed ?? false,
      createdBy: lan.id,
    },
    h.clock.now(),
  );
}

function created(series: MeetingSeries): Meeting {
  const next = createNextMeeting(h.app.services, series, h.clock.now());
  if (next.outcome !== "created") throw new Error("no meeting created");
  return next.meeting;
}

describe("createNextMeeting", () => {
  it("creates this month's meeting while its day is ahead, with the rule's details and the cell's length", async () => {
    const cell = await cellAt("2024-03-01T09:00");
    const series = rule(cell, { remoteAllowed: true });
    const next = createNextMeeting(h.app.services, series, h.clock.now());
    expect(next).toMatchObject({ outcome: "created", occurrence: "2024-03", skipped: [] });
    if (next.outcome !== "created") return;
    expect(next.meeting).toMatchObject({
      cellId: cell.id,
      kind: "regular",
      seriesId: series.id,
      occurrence: "2024-03",
      startsAt: vn("2024-03-05T19:30"),
      // 90 minutes by default (HD 42-HD/BTCTW).
      endsAt: vn("2024-03-05T21:00"),
      place: "Hội trường khu phố 1",
      topic: "",
      remoteAllowed: true,
      state: "scheduled",
      noticedAt: null,
    });
    expect(next.shiftedFrom).toBeUndefined();
    expect(next.noTable).toBeUndefined();
  });

  it("goes on to next month when this month's day has passed, and then month by month", async () => {
    const cell = await cellAt("2024-03-10T09:00");
    const series = rule(cell);
    expect(created(series)).toMatchObject({
      occurrence: "2024-04",
      startsAt: vn("2024-04-05T19:30"),
    });
    expect(created(series).occurrence).toBe("2024-05");
    expect(created(series).occurrence).toBe("2024-06");
  });

  it("never makes again a month moved or cancelled", async () => {
    const cell = await cellAt("2024-03-10T09:00");
    const series = rule(cell);
    const { meetings } = h.app.services;
    const april = created(series);
    meetings.update(april.id, { state: "cancelled" }, h.clock.now());
    const may = created(series);
    expect(may.occurrence).toBe("2024-05");
    // Moved to June's first days by the secretary: June is still the rule's own.
    const moved = vn("2024-06-02T08:00");
    meetings.update(may.id, { startsAt: moved, endsAt: vn("2024-06-02T09:30") }, h.clock.now());
    expect(created(series)).toMatchObject({
      occurrence: "2024-06",
      startsAt: vn("2024-06-05T19:30"),
    });
    const months = meetings
      .ofCell(cell.id, vn("2024-01-01T00:00"), vn("2025-01-01T00:00"))
      .map((m) => m.occurrence);
    expect(months.sort()).toEqual(["2024-04", "2024-05", "2024-06"]);
  });

  it("after months without a run, makes no meeting for a month gone by", async () => {
    const cell = await cellAt("2024-03-01T09:00");
    const series = rule(cell);
    expect(created(series).occurrence).toBe("2024-03");
    // Nothing ran from March to 20 July: July's 5th has passed too.
    h.clock.set(vn("2024-07-20T09:00").toISOString());
    expect(created(series)).toMatchObject({
      occurrence: "2024-08",
      startsAt: vn("2024-08-05T19:30"),
    });
  });

  it("takes 120 minutes for a combined meeting, and the cell's own lengths", async () => {
    const cell = await cellAt("2024-03-10T09:00");
    const combined = created(rule(cell, { kind: "combined", rule: FIRST }));
    expect(combined.endsAt.getTime() - combined.startsAt.getTime()).toBe(120 * 60_000);
    h.app.services.cells.setSchedule(cell.id, { meetingMinutes: 100 });
    const regular = created(rule(cell));
    expect(regular.endsAt.getTime() - regular.startsAt.getTime()).toBe(100 * 60_000);
  });

  it("passes over a month whose meeting would overlap another, and says which", async () => {
    const cell = await cellAt("2024-03-10T09:00");
    const lan = h.app.services.members.byPerson("console:Lan");
    const other = h.app.services.meetings.create(
      {
        cellId: cell.id,
        kind: "thematic",
        startsAt: vn("2024-04-05T20:00"),
        endsAt: vn("2024-04-05T22:00"),
        place: "Nhà văn hóa",
        topic: "Chuyên đề quý II",
        createdBy: lan?.id ?? 0,
      },
      h.clock.now(),
    );
    const series = rule(cell);
    const next = createNextMeeting(h.app.services, series, h.clock.now());
    expect(next).toMatchObject({
      outcome: "created",
      occurrence: "2024-05",
      skipped: [
        {
          occurrence: "2024-04",
          startsAt: vn("2024-04-05T19:30"),
          other: { id: other.id },
          reason: "overlap",
        },
      ],
    });
    // April stays passed over: the next is June.
    expect(created(series).occurrence).toBe("2024-06");
  });

  it("moves a meeting off a holiday as the cell chose, and says from where", async () => {
    const cell = await cellAt("2024-04-10T09:00");
    const after = createNextMeeting(h.app.services, rule(cell, { rule: FIRST }), h.clock.now());
    expect(after).toMatchObject({
      outcome: "created",
      occurrence: "2024-05",
      meeting: { startsAt: vn("2024-05-02T19:30") },
      shiftedFrom: { day: "2024-05-01", holiday: "Ngày Chiến thắng và Quốc tế Lao động" },
    });
    // One regular meeting a month: the first rule's is cancelled before the second is tried.
    if (after.outcome === "created") {
      h.app.services.meetings.update(after.meeting.id, { state: "cancelled" }, h.clock.now());
    }
    const kept = createNextMeeting(
      h.app.services,
      rule(cell, { rule: { ...FIRST, hour: 7 }, holidayShift: "keep" }),
      h.clock.now(),
    );
    expect(kept).toMatchObject({ meeting: { startsAt: vn("2024-05-01T07:30") } });
    if (kept.outcome !== "created") throw new Error("no meeting");
    expect(kept.shiftedFrom).toBeUndefined();
  });

  it("keeps the rule's day in a year with no holiday table, and says so", async () => {
    const cell = await cellAt("2035-04-10T09:00");
    const next = createNextMeeting(h.app.services, rule(cell, { rule: FIRST }), h.clock.now());
    expect(next).toMatchObject({
      outcome: "created",
      meeting: { startsAt: vn("2035-05-01T19:30") },
      noTable: true,
    });
  });

  it("makes nothing from a stopped rule", async () => {
    const cell = await cellAt("2024-03-10T09:00");
    const series = rule(cell);
    const stopped = h.app.services.meetingSeries.stop(series.id, h.clock.now());
    expect(stopped?.state).toBe("stopped");
    expect(h.app.services.meetingSeries.stop(series.id, h.clock.now())).toBeUndefined();
    expect(h.app.services.meetingSeries.activeOf(cell.id)).toEqual([]);
    expect(createNextMeeting(h.app.services, stopped as MeetingSeries, h.clock.now())).toEqual({
      outcome: "none",
      skipped: [],
    });
  });
});

describe("noticeDay", () => {
  it("is the cell's notice days before the meeting, or today when that day is gone", async () => {
    const cell = await cellAt("2024-03-10T09:00");
    const april = created(rule(cell));
    expect(noticeDay(h.app.services, april, h.clock.now())).toBe("2024-03-29");
    h.app.services.cells.setSchedule(cell.id, { meetingNoticeDays: 30 });
    expect(noticeDay(h.app.services, april, h.clock.now())).toBe("2024-03-10");
  });
});

/** An outbox row as its chat reads it. */
function read(reply: Reply): string {
  return renderReply(reply, h.app.translator, 4096, plainText).chunks.join("\n");
}

describe("noticeMeeting", () => {
  async function noticed(options: { remoteAllowed?: boolean } = {}) {
    const cell = await cellAt("2024-03-10T09:00");
    const { cells, officers, services } = { ...h.app.services, services: h.app.services };
    cells.setCommittee(cell.id, COMMITTEE, h.clock.now());
    const committee = cells.committeeByName(COMMITTEE);
    if (!committee) throw new Error("no committee");
    officers.appoint(OFFICER, committee.id, h.clock.now());
    // Another committee's officer hears nothing of this cell.
    const other = cells.ensureCommittee("Đảng ủy phường khác", h.clock.now());
    officers.appoint("console:Khác", other.id, h.clock.now());
    await h.say("Cán bộ", "private", "/chuyende");
    await h.say("Khác", "private", "/chuyende");
    const meeting = created(rule(cell, options));
    const before = services.outbox.all().length;
    const poster = new Poster(services, cell.id);
    const told = noticeMeeting(services, poster, meeting, h.clock.now());
    return { meeting, poster, told, rows: services.outbox.all().slice(before) };
  }

  it("posts the announcement with its answers to the groups and one line to the committee", async () => {
    const { meeting, poster, rows, told } = await noticed();
    expect(rows.map((row) => row.chatId)).toEqual([GROUP, OFFICER]);
    expect(told).toBe(1);
    expect(poster.count).toBe(2);
    const [group, officer] = rows;
    expect(group?.reply.parts[0]?.key).toBe("meeting-announcement-header");
    expect(group?.reply.choices).toEqual(answerChoices(meeting.id));
    expect(group?.reply.anchor).toBe(`meeting:${meeting.id}`);
    expect(read(group?.reply as Reply)).toContain("Hội trường khu phố 1");
    expect(read(officer?.reply as Reply)).toBe(
      "📅 Chi bộ Khu phố 1: Sinh hoạt định kỳ, 19 giờ 30, thứ Sáu, ngày 05/04/2024, tại Hội trường khu phố 1. Nội dung: sinh hoạt định kỳ tháng 4/2024.",
    );
    expect(h.app.services.meetings.byId(meeting.id)?.noticedAt).toEqual(h.clock.now());
  });

  it("names no member to the committee", async () => {
    const { rows } = await noticed();
    const officer = read(rows.find((row) => row.chatId === OFFICER)?.reply as Reply);
    for (const name of ["Lan", "Hùng"]) expect(officer).not.toContain(name);
  });

  it("says in the groups when members may check in from elsewhere", async () => {
    const { rows } = await noticed({ remoteAllowed: true });
    const group = rows.filter((row) => row.chatId === GROUP).map((row) => read(row.reply));
    expect(group).toHaveLength(2);
    expect(group[1]).toContain("điểm danh từ xa");
  });

  it("posts the materials attached so far after the announcement, not to the committee", async () => {
    const cell = await cellAt("2024-03-10T09:00");
    const made = created(rule(cell));
    const meeting = h.app.services.meetings.update(
      made.id,
      {
        materials: {
          agenda: "Học tập chuyên đề năm\nĐánh giá tháng 3",
          link: "https://example.vn/tl",
        },
      },
      h.clock.now(),
    );
    noticeMeeting(h.app.services, new Poster(h.app.services, cell.id), meeting, h.clock.now());
    const rows = h.app.services.outbox.all().filter((row) => row.chatId === GROUP);
    expect(rows.map((row) => row.reply.parts[0]?.key)).toEqual([
      "meeting-announcement-header",
      "materials-posted",
    ]);
    const materials = read(rows[1]?.reply as Reply);
    expect(materials).toContain("1. Học tập chuyên đề năm");
    expect(materials).toContain("2. Đánh giá tháng 3");
    expect(materials).toContain("https://example.vn/tl");
  });

  it("tells no officer when the cell belongs to no committee", async () => {
    const cell = await cellAt("2024-03-10T09:00");
    const meeting = created(rule(cell));
    const poster = new Poster(h.app.services, cell.id);
    expect(noticeMeeting(h.app.services, poster, meeting, h.clock.now())).toBe(0);
    expect(h.app.services.outbox.all().map((row) => row.chatId)).toEqual([GROUP]);
  });

  it("tells the committee in one line when a noticed meeting is changed or cancelled", async () => {
    const { meeting } = await noticed();
    const { services } = h.app;
    const before = services.outbox.all().length;
    const poster = new Poster(services, meeting.cellId);
    const moved = services.meetings.update(
      meeting.id,
      { startsAt: new Date(meeting.startsAt.getTime() + 86_400_000) },
      h.clock.now(),
    );
    expect(tellCommitteeOfChange(services, poster, moved, "changed")).toBe(1);
    expect(tellCommitteeOfChange(services, poster, moved, "cancelled")).toBe(1);
    const rows = services.outbox.all().slice(before);
    expect(rows.map((row) => row.chatId)).toEqual([OFFICER, OFFICER]);
    expect(read(rows[0]?.reply as Reply)).toBe(
      "✏️ Chi bộ Khu phố 1 đổi buổi họp: Sinh hoạt định kỳ, nay 19 giờ 30, thứ Bảy, ngày 06/04/2024, tại Hội trường khu phố 1. Nội dung: sinh hoạt định kỳ tháng 4/2024.",
    );
    expect(read(rows[1]?.reply as Reply)).toContain("❌ Chi bộ Khu phố 1 hủy buổi họp");
  });
});
