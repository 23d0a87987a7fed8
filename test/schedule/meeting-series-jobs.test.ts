import { afterEach, describe, expect, it } from "vitest";
import type { MeetingRule } from "../../src/domain/meeting-recurrence.js";
import { plainText } from "../../src/domain/rich-text.js";
import { noticeMeeting } from "../../src/meetings/meeting-notice.js";
import { createNextMeeting } from "../../src/meetings/meeting-series.js";
import { answerChoices } from "../../src/meetings/meeting-texts.js";
import type { Reply } from "../../src/messages/reply.js";
import { Poster } from "../../src/outbox/poster.js";
import { renderReply } from "../../src/platforms/render-reply.js";
import type { RunResult } from "../../src/schedule/scheduler.js";
import type { Cell } from "../../src/store/cell-store.js";
import type { MeetingSeries } from "../../src/store/meeting-series-store.js";
import type { Meeting } from "../../src/store/meeting-store.js";
import type { OutboxMessage } from "../../src/store/outbox-store.js";
import { Harness } from "../support/harness.js";

// Times are Vietnamese local time (UTC+7 all year). Quiet hours are 21:00 to 07:00.
const vn = (local: string) => new Date(`${local}:00+07:00`);
const GROUP = "console:group:1";
const LAN = "console:Lan";
const OFFICER = "console:Cán bộ";
const JOBS = ["meeting-series", "meeting-notice"];

const FIFTH: MeetingRule = { kind: "day-of-month", day: 5, hour: 19, minute: 30 };

let h: Harness;
afterEach(() => h?.close());

/**
 * A cell (secretary Lan, member Hùng) under a committee with an officer; the secretary and the
 * officer have opened a private chat with the bot.
 */
async function cellAt(local: string): Promise<Cell> {
  h = new Harness({ now: vn(local).toISOString() });
  seen = 0;
  await h.cellWith(["Hùng"]);
  const { cells, officers } = h.app.services;
  const [cell] = cells.all();
  if (!cell) throw new Error("no cell");
  cells.setCommittee(cell.id, "Đảng ủy phường Phú Hòa", h.clock.now());
  const committee = cells.committeeByName("Đảng ủy phường Phú Hòa");
  if (!committee) throw new Error("no committee");
  officers.appoint(OFFICER, committee.id, h.clock.now());
  await h.say("Cán bộ", "private", "/chuyende");
  await h.say("Lan", "private", "/chuyende");
  return cell;
}

function rule(cell: Cell, meetingRule: MeetingRule = FIFTH): MeetingSeries {
  const lan = h.app.services.members.byPerson(LAN);
  if (!lan) throw new Error("no secretary");
  return h.app.services.meetingSeries.create(
    {
      cellId: cell.id,
      kind: "regular",
      rule: meetingRule,
      holidayShift: "after",
      place: "Hội trường khu phố 1",
      topic: "",
      remoteAllowed: false,
      createdBy: lan.id,
    },
    h.clock.now(),
  );
}

let seen = 0;

/** The scheduler's beat at a local time: what the series jobs did, and what they queued. */
function beat(local: string): { runs: string[]; sent: OutboxMessage[] } {
  h.clock.set(vn(local).toISOString());
  const results: RunResult[] = h.app.scheduler
    .runDue(h.clock.now())
    .filter((result) => JOBS.includes(result.job));
  const rows = h.app.services.outbox.all().filter((row) => row.id > seen);
  seen = rows.at(-1)?.id ?? seen;
  // Other jobs post too (the weekly summary, reminders): not theirs.
  const ours = (row: OutboxMessage) =>
    ["series-", "meeting-announcement-header"].some((key) =>
      row.reply.parts[0]?.key.startsWith(key),
    );
  return {
    runs: results.map((r) => `${r.job} ${r.period} ${r.outcome} ${r.messages}`),
    sent: rows.filter(ours),
  };
}

/** An outbox row as its chat reads it. */
function read(reply: Reply): string {
  return renderReply(reply, h.app.translator, 4096, plainText).chunks.join("\n");
}

const ofSeries = (series: MeetingSeries): Meeting[] =>
  h.app.services.meetings
    .ofCell(series.cellId, vn("2024-01-01T00:00"), vn("2040-01-01T00:00"))
    .filter((meeting) => meeting.seriesId === series.id);

const noticeOf = (meeting: Meeting) => `n${meeting.id}/${meeting.startsAt.getTime()}`;

/** A meeting the secretary made by hand at the Nhà văn hóa, between two local times. */
function handMade(
  cellId: number,
  kind: "regular" | "thematic",
  from: string,
  to: string,
  topic: string,
): void {
  const lan = h.app.services.members.byPerson(LAN);
  h.app.services.meetings.create(
    {
      cellId,
      kind,
      startsAt: vn(from),
      endsAt: vn(to),
      place: "Nhà văn hóa",
      topic,
      createdBy: lan?.id ?? 0,
    },
    h.clock.now(),
  );
}

describe("meeting-series: a rule's meetings", () => {
  it("makes a new rule's next meeting at the next beat, then each the first of the month before", async () => {
    const cell = await cellAt("2024-03-10T09:00");
    const series = rule(cell);
    seen = h.app.services.outbox.all().at(-1)?.id ?? 0;
    expect(beat("2024-03-10T09:00").runs).toEqual([]);
    const first = beat("2024-03-10T09:01");
    // 5 March has passed: April is the next.
    expect(first.runs).toEqual([`meeting-series s${series.id}/2024-03 done 1`]);
    const [april] = ofSeries(series);
    expect(april).toMatchObject({ occurrence: "2024-04", startsAt: vn("2024-04-05T19:30") });
    expect(first.sent.map((row) => row.chatId)).toEqual([LAN]);
    expect(read(first.sent[0]?.reply as Reply)).toBe(
      [
        "📅 Đã lên lịch buổi họp tháng 4/2024 theo lịch họp hằng tháng:",
        "Sinh hoạt định kỳ",
        "🕖 19 giờ 30, thứ Sáu, ngày 05/04/2024",
        "📍 Hội trường khu phố 1",
        "📌 sinh hoạt định kỳ tháng 4/2024",
        "Thông báo sẽ gửi vào nhóm chi bộ và báo cấp ủy cấp trên ngày 29/03/2024. Đổi giờ, địa điểm hay hủy riêng buổi này: /hop.",
      ].join("\n"),
    );

    const made = (local: string) =>
      beat(local).runs.filter((run) => run.startsWith("meeting-series"));
    expect(made("2024-03-31T08:00")).toEqual([]);
    expect(made("2024-04-01T07:59")).toEqual([]);
    expect(made("2024-04-01T08:00")).toEqual([`meeting-series s${series.id}/2024-05 done 1`]);
    expect(ofSeries(series).map((m) => m.occurrence)).toEqual(["2024-04", "2024-05"]);
    expect(made("2024-04-01T08:01")).toEqual([]);
  });

  it("never makes again a month the secretary cancelled", async () => {
    const cell = await cellAt("2024-03-10T09:00");
    const series = rule(cell);
    beat("2024-03-10T09:01");
    const [april] = ofSeries(series);
    if (!april) throw new Error("no April meeting");
    h.app.services.meetings.update(april.id, { state: "cancelled" }, h.clock.now());
    beat("2024-04-01T08:00");
    beat("2024-05-01T08:00");
    expect(ofSeries(series).map((m) => `${m.occurrence} ${m.state}`)).toEqual([
      "2024-04 cancelled",
      "2024-05 scheduled",
      "2024-06 scheduled",
    ]);
  });

  it("passes over a month that would overlap another meeting, and tells the secretary once", async () => {
    const cell = await cellAt("2024-03-10T09:00");
    handMade(cell.id, "thematic", "2024-04-05T20:00", "2024-04-05T22:00", "Chuyên đề quý II");
    const series = rule(cell);
    seen = h.app.services.outbox.all().at(-1)?.id ?? 0;
    const { sent } = beat("2024-03-10T09:01");
    expect(ofSeries(series).map((m) => m.occurrence)).toEqual(["2024-05"]);
    const told = sent.filter((row) => row.chatId === LAN).map((row) => read(row.reply));
    expect(told).toHaveLength(2);
    expect(told[0]).toContain(
      "⚠️ Buổi họp tháng 4/2024 theo lịch (19 giờ 30, thứ Sáu, ngày 05/04/2024) trùng giờ với buổi họp đã có:",
    );
    expect(told[0]).toContain("Chuyên đề quý II");
    expect(told[1]).toContain("Đã lên lịch buổi họp tháng 5/2024");
    // June's run, on 1 May, says nothing more of April.
    const june = beat("2024-05-01T08:00").sent.filter((row) => row.chatId === LAN);
    expect(june.map((row) => read(row.reply))).toEqual([
      expect.stringContaining("Đã lên lịch buổi họp tháng 6/2024"),
    ]);
  });

  it("says once a year that a year has no holiday table", async () => {
    // chibo's table stops well before 2035.
    const cell = await cellAt("2035-10-10T09:00");
    const series = rule(cell);
    seen = h.app.services.outbox.all().at(-1)?.id ?? 0;
    const told = (local: string) =>
      beat(local)
        .sent.filter((row) => row.chatId === LAN)
        .map((row) => row.reply.parts.map((part) => part.key).join(" "));
    expect(told("2035-10-10T09:01")).toEqual(["series-created series-no-table"]);
    expect(told("2035-11-01T08:00")).toEqual(["series-created"]);
    // January 2036 is made on 1 December: a new year, without a table either.
    expect(told("2035-12-01T08:00")).toEqual(["series-created series-no-table"]);
    expect(told("2036-01-01T08:00")).toEqual(["series-created"]);
    expect(ofSeries(series).map((m) => m.occurrence)).toEqual([
      "2035-11",
      "2035-12",
      "2036-01",
      "2036-02",
    ]);
  });

  it("passes over a month that has its regular meeting already, made by hand", async () => {
    const cell = await cellAt("2024-03-10T09:00");
    handMade(cell.id, "regular", "2024-04-20T19:30", "2024-04-20T21:00", "");
    const series = rule(cell);
    const told = beat("2024-03-10T09:01")
      .sent.filter((row) => row.chatId === LAN)
      .map((row) => read(row.reply));
    expect(ofSeries(series).map((m) => m.occurrence)).toEqual(["2024-05"]);
    expect(told[0]).toContain("Tháng 4/2024 chi bộ đã có buổi sinh hoạt định kỳ:");
  });

  it("stops a rule that gives no meeting in a year, and says so", async () => {
    const cell = await cellAt("2024-03-10T09:00");
    const lan = h.app.services.members.byPerson(LAN);
    // A regular meeting in each of the next twelve months: none is left for the rule.
    for (let month = 3; month <= 14; month += 1) {
      const year = 2024 + Math.floor((month - 1) / 12);
      const mm = String(((month - 1) % 12) + 1).padStart(2, "0");
      h.app.services.meetings.create(
        {
          cellId: cell.id,
          kind: "regular",
          startsAt: vn(`${year}-${mm}-20T19:30`),
          endsAt: vn(`${year}-${mm}-20T21:00`),
          place: "Nhà văn hóa",
          topic: "",
          createdBy: lan?.id ?? 0,
        },
        h.clock.now(),
      );
    }
    const series = rule(cell);
    const told = beat("2024-03-10T09:01")
      .sent.filter((row) => row.chatId === LAN)
      .map((row) => read(row.reply));
    expect(ofSeries(series)).toEqual([]);
    expect(h.app.services.meetingSeries.byId(series.id)?.state).toBe("stopped");
    expect(told.at(-1)).toContain("không cho buổi họp nào lên lịch được trong năm tới");
  });

  it("makes nothing more once the rule is stopped", async () => {
    const cell = await cellAt("2024-03-10T09:00");
    const series = rule(cell);
    beat("2024-03-10T09:01");
    h.app.services.meetingSeries.stop(series.id, h.clock.now());
    expect(beat("2024-04-01T08:00").runs).toEqual([
      // The April meeting made before still gets its notice.
      `meeting-notice ${noticeOf(ofSeries(series)[0] as Meeting)} done 2`,
    ]);
    expect(ofSeries(series).map((m) => m.occurrence)).toEqual(["2024-04"]);
  });
});

describe("meeting-notice: the notice before a rule's meeting", () => {
  async function april(): Promise<{ series: MeetingSeries; meeting: Meeting }> {
    const cell = await cellAt("2024-03-10T09:00");
    const series = rule(cell);
    beat("2024-03-10T09:01");
    const [meeting] = ofSeries(series);
    if (!meeting) throw new Error("no April meeting");
    return { series, meeting };
  }

  it("goes out the notice days before at the post hour, to the groups and the committee, once", async () => {
    const { meeting } = await april();
    expect(beat("2024-03-29T07:59").runs).toEqual([]);
    const notice = beat("2024-03-29T08:00");
    expect(notice.runs).toEqual([`meeting-notice ${noticeOf(meeting)} done 2`]);
    expect(notice.sent.map((row) => row.chatId)).toEqual([GROUP, OFFICER]);
    const [group, officer] = notice.sent;
    expect(group?.reply.choices).toEqual(answerChoices(meeting.id));
    expect(read(group?.reply as Reply)).toContain("19 giờ 30, thứ Sáu, ngày 05/04/2024");
    expect(read(officer?.reply as Reply)).toBe(
      "📅 Chi bộ Khu phố 1: Sinh hoạt định kỳ, 19 giờ 30, thứ Sáu, ngày 05/04/2024, tại Hội trường khu phố 1. Nội dung: sinh hoạt định kỳ tháng 4/2024.",
    );
    expect(h.app.services.meetings.byId(meeting.id)?.noticedAt).toEqual(vn("2024-03-29T08:00"));
    expect(beat("2024-03-29T08:01").runs).toEqual([]);
    const later = beat("2024-04-04T08:00").runs;
    expect(later.filter((run) => run.startsWith("meeting-notice"))).toEqual([]);
  });

  it("goes out at the next beat for a meeting moved into its notice days after they began", async () => {
    const { meeting } = await april();
    expect(beat("2024-03-27T08:00").runs).toEqual([]);
    // Moved on 27/3 to 30/3: its new notice day, 23/3, has passed.
    const moved = h.app.services.meetings.update(
      meeting.id,
      { startsAt: vn("2024-03-30T19:30"), endsAt: vn("2024-03-30T21:00") },
      h.clock.now(),
    );
    const notice = beat("2024-03-27T08:01");
    expect(notice.runs).toEqual([`meeting-notice ${noticeOf(moved)} done 2`]);
    expect(notice.sent.map((row) => row.chatId)).toEqual([GROUP, OFFICER]);
    expect(beat("2024-03-27T08:02").runs).toEqual([]);
  });

  it("goes out at the next beat when the notice days are raised past its notice day", async () => {
    const { meeting } = await april();
    expect(beat("2024-03-25T08:00").runs).toEqual([]);
    h.app.services.cells.setSchedule(meeting.cellId, { meetingNoticeDays: 14 });
    const notice = beat("2024-03-25T08:01");
    expect(notice.runs).toEqual([`meeting-notice ${noticeOf(meeting)} done 2`]);
    expect(h.app.services.meetings.byId(meeting.id)?.noticedAt).toEqual(vn("2024-03-25T08:01"));
  });

  it("tells the secretary the notice goes to the group alone where no officer can be told", async () => {
    // A cell that belongs to no committee.
    h = new Harness({ now: vn("2024-03-10T09:00").toISOString() });
    seen = 0;
    await h.cellWith(["Hùng"]);
    await h.say("Lan", "private", "/chuyende");
    const [cell] = h.app.services.cells.all();
    if (!cell) throw new Error("no cell");
    rule(cell);
    const told = beat("2024-03-10T09:01").sent.map((row) => read(row.reply));
    expect(told.join("\n")).toContain("Thông báo sẽ gửi vào nhóm chi bộ ngày 29/03/2024.");
    expect(told.join("\n")).not.toContain("cấp ủy");
  });

  it("follows a meeting moved before its notice, and skips one cancelled", async () => {
    const { series, meeting } = await april();
    const moved = h.app.services.meetings.update(
      meeting.id,
      { startsAt: vn("2024-04-10T19:30"), endsAt: vn("2024-04-10T21:00") },
      h.clock.now(),
    );
    expect(beat("2024-03-29T08:00").runs).toEqual([]);
    // May's meeting is made on 1 April.
    expect(beat("2024-04-01T08:00").runs).toEqual([`meeting-series s${series.id}/2024-05 done 1`]);
    expect(beat("2024-04-03T08:00").runs).toEqual([`meeting-notice ${noticeOf(moved)} done 2`]);

    const may = ofSeries(series).at(-1);
    if (may?.occurrence !== "2024-05") throw new Error("no May meeting");
    h.app.services.meetings.update(may.id, { state: "cancelled" }, h.clock.now());
    expect(beat("2024-04-28T08:00").runs).toEqual([]);
  });

  it("is not sent again for a meeting noticed at its making", async () => {
    const cell = await cellAt("2024-03-28T09:00");
    const series = rule(cell);
    const made = createNextMeeting(h.app.services, series, h.clock.now());
    if (made.outcome !== "created") throw new Error("no meeting");
    noticeMeeting(h.app.services, new Poster(h.app.services, cell.id), made.meeting, h.clock.now());
    const runs = [
      ...beat("2024-03-28T09:01").runs,
      ...beat("2024-03-29T08:00").runs,
      ...beat("2024-04-01T08:00").runs,
    ];
    expect(runs.filter((run) => run.startsWith("meeting-notice"))).toEqual([]);
  });

  it("goes out at once for a meeting made after its notice day, after the quiet hours", async () => {
    const cell = await cellAt("2024-04-01T22:00");
    const series = rule(cell);
    const notices = (local: string) =>
      beat(local).runs.filter((run) => run.startsWith("meeting-notice"));
    expect(notices("2024-04-01T22:01")).toEqual([]);
    const [april] = ofSeries(series);
    expect(april?.startsAt).toEqual(vn("2024-04-05T19:30"));
    // Its notice day is gone: it is due the beat after, and waits for the end of the quiet hours.
    expect(notices("2024-04-01T22:02")).toEqual([]);
    expect(notices("2024-04-02T06:59")).toEqual([]);
    expect(notices("2024-04-02T07:00")).toEqual([
      `meeting-notice ${noticeOf(april as Meeting)} done 2`,
    ]);
  });
});
