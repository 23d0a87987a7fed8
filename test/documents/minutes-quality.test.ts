import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MeetingMinutes, Say } from "../../src/documents/document-data.js";
import { meetingMinutesDocx } from "../../src/documents/docx/meeting-minutes.js";
import { resultsReportDocx } from "../../src/documents/docx/results-report.js";
import { DocumentData } from "../../src/documents/load-document-data.js";
import { minutesQuality, resultsQuality } from "../../src/documents/meeting-quality-data.js";
import { meetingQuality } from "../../src/domain/meeting-quality.js";
import { endOf, type MeetingKind } from "../../src/domain/meeting-rules.js";
import { plainText } from "../../src/domain/rich-text.js";
import { Translator } from "../../src/i18n.js";
import { closePoll, meetingPoll } from "../../src/meetings/polls.js";
import { Poster } from "../../src/outbox/poster.js";
import type { Plan } from "../../src/plan/plan-schema.js";
import type { Cell } from "../../src/store/cell-store.js";
import type { Meeting } from "../../src/store/meeting-store.js";
import type { Member } from "../../src/store/member-store.js";
import type { Poll } from "../../src/store/poll-store.js";
import { Harness } from "../support/harness.js";
import { open } from "./docx-reader.js";
import { storeCell } from "./store-cell.js";

/**
 * The quality of a meeting in its minutes and in the quarter's report: attendance, length, the
 * agenda's first item, the poll after it, the score and its level, as the plan scores them.
 */

const vi = new Translator("vi");
const say: Say = (key, args) => plainText(vi.t(key, args));
const en = new Translator("en");
const sayEn: Say = (key, args) => plainText(en.t(key, args));

// 19:00 on 5 May 2026 in Vietnam: the meeting starts now.
const NOW = "2026-05-05T12:00:00Z";
const AGENDA =
  "1. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\n2. Tình hình tháng 4";

let h: Harness;
let cell: Cell;
let lan: Member;
let hung: Member;
let mai: Member;
let tu: Member;

beforeEach(() => {
  h = new Harness({ now: NOW });
  const { cell: made, join } = storeCell(h);
  cell = made;
  lan = join("Nguyễn Thị Lan", "secretary");
  hung = join("Trần Văn Hùng", "member");
  mai = join("Lê Thị Mai", "member");
  tu = join("Võ Văn Tư", "member");
});

afterEach(() => h.close());

/** Sets columns of a row straight in the database, as the dialogs that own them will. */
function set(table: "cells" | "meetings", id: number, values: object) {
  const columns = Object.keys(values);
  h.app.database.sqlite
    .prepare(`update ${table} set ${columns.map((c) => `${c} = @${c}`).join(", ")} where id = @id`)
    .run({ ...values, id });
}

interface Held {
  startsAt?: string;
  kind?: MeetingKind;
  /** Minutes from the start to the end the secretary gives. */
  lasted?: number;
  agenda?: string;
  /** Present, by who checked in how; the rest are absent without a reason. */
  present?: { member: () => Member; markedBy: "self" | "remote" | "secretary" }[];
}

/** A meeting held and closed, as /hop, /tailieu and /diemdanh leave it. */
function hold(held: Held = {}): Meeting {
  const { services } = h.app;
  const now = h.clock.now();
  const startsAt = new Date(held.startsAt ?? NOW);
  const kind = held.kind ?? "regular";
  let meeting = services.meetings.create(
    {
      cellId: cell.id,
      kind,
      startsAt,
      endsAt: endOf(startsAt, kind === "combined" ? 120 : 90),
      place: "Nhà văn hóa khu phố 3",
      topic: "Sinh hoạt tháng 5",
      createdBy: lan.id,
      remoteAllowed: true,
    },
    now,
  );
  if (held.agenda !== undefined) {
    set("meetings", meeting.id, { materials: JSON.stringify({ agenda: held.agenda }) });
  }
  const present = held.present ?? [
    { member: () => lan, markedBy: "self" },
    { member: () => hung, markedBy: "self" },
    { member: () => mai, markedBy: "remote" },
  ];
  for (const { member, markedBy } of present) {
    services.meetings.mark(meeting.id, member().id, { present: true, reason: null, markedBy }, now);
  }
  set("meetings", meeting.id, {
    ended_at: startsAt.getTime() + (held.lasted ?? 100) * 60_000,
  });
  meeting = services.meetings.update(
    meeting.id,
    { state: "closed", closedAt: new Date(startsAt.getTime() + 60_000) },
    now,
  );
  return meeting;
}

/** The poll after the meeting, each voter's answer an index of POLL_ANSWERS (0: Tốt). */
function poll(meeting: Meeting, votes: [Member, number][], close = true): Poll {
  const { services } = h.app;
  const now = h.clock.now();
  const created = services.polls.create(
    { ...meetingPoll(services, cell.id, meeting.id, now), createdBy: null },
    now,
  );
  for (const [member, answer] of votes) {
    services.polls.vote(
      {
        pollId: created.id,
        personId: services.polls.voterKey(created, `console:${member.fullName}`),
        memberId: null,
        optionIds: [answer],
      },
      now,
    );
  }
  if (close) closePoll(services, new Poster(services, cell.id), created, now);
  return created;
}

async function minutes(meeting: Meeting, sayIn: Say = say) {
  const { services } = h.app;
  const current = services.meetings.byId(meeting.id) ?? meeting;
  const data = new DocumentData(services, sayIn === say ? vi : en);
  return open(
    await meetingMinutesDocx(
      data.minutes(cell, current),
      sayIn,
      minutesQuality(services, cell, current),
    ),
  );
}

/** The lines of the minutes' quality section, after its heading. */
function qualitySection(paragraphs: string[]): string[] {
  const at = paragraphs.findIndex((p) => /CHẤT LƯỢNG BUỔI SINH HOẠT$/.test(p));
  expect(at).toBeGreaterThan(0);
  return paragraphs.slice(at + 1, at + 6);
}

describe("the minutes' quality section", () => {
  it("gives each part with its points, the score and the level", async () => {
    const meeting = hold({ agenda: AGENDA });
    poll(meeting, [
      [lan, 0],
      [hung, 1],
      [mai, 0],
    ]);
    const doc = await minutes(meeting);
    expect(qualitySection(doc.paragraphs)).toEqual([
      "Tỷ lệ đảng viên dự sinh hoạt: 3/4 (75%), 20/30 điểm.",
      "Thời gian sinh hoạt: 100 phút (tối thiểu 90 phút), 20/20 điểm.",
      "Nội dung thứ nhất của chương trình: “1. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”; là nội dung học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: có, 20/20 điểm.",
      // (30 + 24 + 30) / 3.
      "Bình chọn sau buổi sinh hoạt: 3 phiếu, bình quân 28/30 điểm.",
      "Điểm chất lượng: 88/100, xếp loại Khá.",
    ]);
  });

  it("marks who checked in from elsewhere among those present", async () => {
    const doc = await minutes(hold({ agenda: AGENDA }));
    expect(doc.paragraphs).toContain(
      "Có mặt: 3/4 đồng chí phải dự sinh hoạt (75%), gồm các đồng chí: Lê Thị Mai (từ xa), Nguyễn Thị Lan, Trần Văn Hùng.",
    );
  });

  it("marks only the one who was elsewhere of two members with the same name", async () => {
    const { services } = h.app;
    const otherMai = services.members.create({
      cellId: cell.id,
      fullName: "Lê Thị Mai",
      role: "member",
      roster: "active",
      personId: "console:Mai 2",
      displayName: "Mai 2",
      now: h.clock.now(),
    });
    const meeting = hold({
      agenda: AGENDA,
      present: [
        { member: () => mai, markedBy: "remote" },
        { member: () => otherMai, markedBy: "self" },
      ],
    });
    const doc = await minutes(meeting);
    const line = doc.paragraphs.find((p) => p.startsWith("Có mặt:"));
    expect(line).toContain("Lê Thị Mai (từ xa)");
    expect(line?.match(/Lê Thị Mai/g)).toHaveLength(2);
    expect(line?.match(/\(từ xa\)/g)).toHaveLength(1);
  });

  it("says the poll is left out while it is open, and scales the rest to 100", async () => {
    const meeting = hold({ agenda: AGENDA });
    poll(meeting, [[lan, 0]], false);
    const lines = qualitySection((await minutes(meeting)).paragraphs);
    expect(lines[3]).toBe("Bình chọn sau buổi sinh hoạt: chưa kết thúc (chưa tính điểm).");
    expect(lines[4]).toBe(
      "Điểm chất lượng: 85,7/100 (quy đổi từ 60/70 điểm của các tiêu chí đã có), xếp loại Khá.",
    );
  });

  it("says when the poll had no votes, or there was none, and when there was no agenda", async () => {
    const unvoted = hold({ agenda: AGENDA });
    poll(unvoted, []);
    expect(qualitySection((await minutes(unvoted)).paragraphs)[3]).toBe(
      "Bình chọn sau buổi sinh hoạt: không có phiếu nào (không tính điểm).",
    );

    const bare = hold({ startsAt: "2026-06-05T12:00:00Z" });
    const lines = qualitySection((await minutes(bare)).paragraphs);
    expect(lines[2]).toBe(
      "Nội dung thứ nhất của chương trình: chưa có chương trình sinh hoạt, 0/20 điểm.",
    );
    expect(lines[3]).toBe("Bình chọn sau buổi sinh hoạt: không có (không tính điểm).");
    expect(lines[4]).toBe(
      "Điểm chất lượng: 57,1/100 (quy đổi từ 40/70 điểm của các tiêu chí đã có), xếp loại Trung bình.",
    );
  });

  it("says no when the first item is something else, even if a later one is the campaign", async () => {
    const meeting = hold({ agenda: "Tình hình tháng 4\nHọc tập và làm theo Bác" });
    expect(qualitySection((await minutes(meeting)).paragraphs)[2]).toBe(
      "Nội dung thứ nhất của chương trình: “Tình hình tháng 4”; là nội dung học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: không, 0/20 điểm.",
    );
  });

  it("reads the campaign's words typed without marks, decomposed or with the broken ƣ", async () => {
    const agendas = [
      "HOC TAP VA LAM THEO guong Bac",
      "Học tập và làm theo".normalize("NFD"),
      "Thƣc hành tiết kiệm, chống lãng phí",
    ];
    for (const [i, agenda] of agendas.entries()) {
      const meeting = hold({ agenda, startsAt: `2026-0${7 + i}-05T12:00:00Z` });
      expect(qualitySection((await minutes(meeting)).paragraphs)[2]).toMatch(
        /Hồ Chí Minh: có, 20\/20 điểm\.$/,
      );
    }
  });

  it("shows hostile agenda text as typed, never as markup, and cuts a long first item", async () => {
    const hostile = '<w:t>Học tập và làm theo</w:t> & "x" \u0007<script>';
    const doc = await minutes(hold({ agenda: `${hostile}\n2. Khác` }));
    expect(qualitySection(doc.paragraphs)[2]).toBe(
      'Nội dung thứ nhất của chương trình: “<w:t>Học tập và làm theo</w:t> & "x" <script>”; là nội dung học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: có, 20/20 điểm.',
    );
    expect(doc.xml).not.toContain("\u0007");
    expect(doc.xml).not.toContain("<script>");

    const long = `${"Tình hình chung của khu phố ".repeat(30)}`;
    const cut = await minutes(hold({ agenda: long, startsAt: "2026-06-05T12:00:00Z" }));
    const line = qualitySection(cut.paragraphs)[2] ?? "";
    expect(line).toContain("…”; là nội dung");
    expect(line.length).toBeLessThan(400);
  });

  it("measures a combined meeting, and a cell's own minimum, from the cell's settings", async () => {
    const combined = hold({ kind: "combined", lasted: 100, agenda: AGENDA });
    expect(qualitySection((await minutes(combined)).paragraphs)[1]).toBe(
      "Thời gian sinh hoạt: 100 phút (tối thiểu 120 phút), 10/20 điểm.",
    );
    set("cells", cell.id, { meeting_minutes: 120 });
    const regular = hold({ startsAt: "2026-06-05T12:00:00Z", lasted: 100 });
    expect(qualitySection((await minutes(regular)).paragraphs)[1]).toBe(
      "Thời gian sinh hoạt: 100 phút (tối thiểu 120 phút), 10/20 điểm.",
    );
  });

  it("takes the scale of the plan in force, and the default's where the plan has none", async () => {
    const plan: Plan = {
      year: 2026,
      issuedBy: "Đảng ủy phường Phú Hòa",
      annualTopic: { title: "Học tập và làm theo Bác" },
      quarterTopics: [],
      deadlines: { study: "2026-04-15", registration: "2026-04-30" },
      examples: { study: ["Dự học"], follow: ["Làm đúng hạn"], example: ["Đi đầu"] },
    };
    const { plans } = h.app.services;
    plans.import(plan, "all", h.clock.now());
    const meeting = hold({ agenda: AGENDA });
    expect(qualitySection((await minutes(meeting)).paragraphs)[4]).toMatch(/xếp loại Khá\.$/);

    plans.import(
      {
        ...plan,
        meetingQuality: {
          attendance: [{ from: 0.5, points: 50 }],
          length: [{ from: 1, points: 25 }],
          agenda: { words: ["tình hình"], points: 25 },
          poll: { good: 0, fair: 0, average: 0, poor: 0 },
          levels: [
            { from: 75, name: "Đạt yêu cầu" },
            { from: 0, name: "Chưa đạt yêu cầu" },
          ],
        },
      },
      "all",
      h.clock.now(),
    );
    const lines = qualitySection((await minutes(meeting)).paragraphs);
    expect(lines[0]).toBe("Tỷ lệ đảng viên dự sinh hoạt: 3/4 (75%), 50/50 điểm.");
    expect(lines[2]).toMatch(/: không, 0\/25 điểm\.$/);
    expect(lines[4]).toBe("Điểm chất lượng: 75/100, xếp loại Đạt yêu cầu.");
  });

  it("is written in English from the same keys", async () => {
    const meeting = hold({ agenda: AGENDA });
    poll(meeting, [[lan, 3]]);
    const doc = await minutes(meeting, sayEn);
    expect(doc.paragraphs).toContain("Attendance: 3 of 4 (75%), 20/30 points.");
    expect(doc.paragraphs).toContain(
      "Poll after the meeting: votes cast: 1; 0/30 points on average.",
    );
    expect(doc.paragraphs).toContain("Quality score: 60/100, level: Trung bình.");
    expect(doc.text).toContain("Lê Thị Mai (remotely)");
  });

  it("is left out when no quality is given: the minutes as before", async () => {
    const { services } = h.app;
    const meeting = hold({ agenda: AGENDA });
    const data = new DocumentData(services, vi).minutes(cell, meeting);
    const doc = await open(await meetingMinutesDocx(data, say));
    expect(doc.text).not.toContain("CHẤT LƯỢNG BUỔI SINH HOẠT");
    expect(doc.text).not.toContain("(từ xa)");
  });
});

describe("the quarter's report", () => {
  /** Q2: May (3 of 4, Khá) and June (4 of 4, no agenda, no poll); Q1's March left out. */
  function quarter() {
    const may = hold({ agenda: AGENDA });
    poll(may, [
      [lan, 0],
      [hung, 1],
      [mai, 0],
    ]);
    hold({
      startsAt: "2026-06-05T12:00:00Z",
      present: [
        { member: () => lan, markedBy: "self" },
        { member: () => hung, markedBy: "self" },
        { member: () => mai, markedBy: "secretary" },
        { member: () => tu, markedBy: "remote" },
      ],
    });
    hold({ startsAt: "2026-03-05T12:00:00Z", lasted: 30 });
  }

  async function report(quarterNumber: number | null, sayIn: Say = say) {
    const { services } = h.app;
    const data = new DocumentData(services, sayIn === say ? vi : en);
    return open(
      await resultsReportDocx(
        data.results(cell, 2026, quarterNumber),
        sayIn,
        resultsQuality(services, cell, 2026, quarterNumber),
      ),
    );
  }

  it("gives the meetings held, the average attendance and the average score", async () => {
    quarter();
    const doc = await report(2);
    expect(doc.paragraphs).toContain("III. CHẤT LƯỢNG SINH HOẠT CHI BỘ");
    // Attendance (3 + 4) of (4 + 4); scores 88 and (30 + 20 + 0) of 70 = 71.4.
    expect(doc.paragraphs).toContain(
      "Số buổi sinh hoạt: 2; tỷ lệ đảng viên dự sinh hoạt (số lượt có mặt trên số lượt phải dự của các buổi): 87,5%; điểm chất lượng bình quân: 79,7/100, xếp loại Khá.",
    );
    const may = ["1", "05/05/2026", "75%", "100", "Có", "28/30", "88/100", "Khá"];
    const june = ["2", "05/06/2026", "100%", "100", "Chưa có", "—", "71,4/100", "Khá"];
    const at = doc.cells.indexOf("Xếp loại");
    expect(doc.cells.slice(at + 1, at + 17)).toEqual([...may, ...june]);
  });

  it("agrees with the minutes of each meeting", async () => {
    quarter();
    const { services } = h.app;
    const june = services.meetings
      .ofCell(cell.id, new Date("2026-06-01T00:00:00Z"), new Date("2026-07-01T00:00:00Z"))
      .at(0);
    if (!june) throw new Error("no June meeting");
    const fromMinutes = minutesQuality(services, cell, june).quality;
    const fromReport = resultsQuality(services, cell, 2026, 2).meetings[1]?.quality;
    expect(fromReport).toEqual(fromMinutes);
    expect(fromMinutes).toEqual(
      meetingQuality(services.plans.forCell(null, 2026).meetingQuality, {
        present: 4,
        counted: 4,
        minutes: 100,
        minimumMinutes: 90,
        agenda: undefined,
        poll: null,
      }),
    );
  });

  it("counts the year's meetings in the year's report", async () => {
    quarter();
    const doc = await report(null);
    expect(doc.text).toMatch(/Số buổi sinh hoạt: 3; /);
  });

  it("has no quality section in a quarter without meetings", async () => {
    quarter();
    const doc = await report(4);
    expect(doc.text).not.toContain("CHẤT LƯỢNG SINH HOẠT CHI BỘ");
    expect(doc.paragraphs).toContain(
      "Không có buổi sinh hoạt nào được ghi nhận trong Quý IV/2026.",
    );
  });

  it("says when no meeting of the period could be scored", async () => {
    // A meeting no one was to attend, with a plan that gives nothing for the rest.
    const { plans } = h.app.services;
    plans.import(
      {
        year: 2026,
        issuedBy: "Đảng ủy phường Phú Hòa",
        annualTopic: { title: "Học tập và làm theo Bác" },
        quarterTopics: [],
        deadlines: { study: "2026-04-15", registration: "2026-04-30" },
        examples: { study: ["Dự học"], follow: ["Làm đúng hạn"], example: ["Đi đầu"] },
        meetingQuality: {
          attendance: [{ from: 0, points: 10 }],
          length: [{ from: 0, points: 0 }],
          agenda: { words: ["học tập"], points: 0 },
          poll: { good: 0, fair: 0, average: 0, poor: 0 },
          levels: [{ from: 0, name: "Đạt" }],
        },
      },
      "all",
      h.clock.now(),
    );
    for (const member of [lan, hung, mai, tu]) {
      h.app.database.sqlite
        .prepare("update members set status = 'exempt' where id = ?")
        .run(member.id);
    }
    hold({ present: [] });
    const doc = await report(2);
    expect(doc.paragraphs).toContain(
      "Số buổi sinh hoạt: 1; tỷ lệ đảng viên dự sinh hoạt (số lượt có mặt trên số lượt phải dự của các buổi): —; điểm chất lượng bình quân: chưa tính được.",
    );
  });

  it("is written in English from the same keys", async () => {
    quarter();
    const doc = await report(2, sayEn);
    expect(doc.paragraphs).toContain(
      "Meetings held: 2; attendance (members present over members expected, all meetings together): 87.5%; average quality score: 79.7/100, level: Khá.",
    );
  });
});

describe("minutes built from data alone", () => {
  it("mark a remote name wherever it is among those present", async () => {
    const data: MeetingMinutes = {
      heading: {
        partyOrganisation: null,
        committeeName: null,
        cellName: "Chi bộ Khu phố 1",
        place: null,
        day: "2026-05-05",
        secretaryName: null,
      },
      timeZone: "Asia/Ho_Chi_Minh",
      meeting: {
        kind: "regular",
        startsAt: new Date(NOW),
        endsAt: new Date("2026-05-05T13:30:00Z"),
        place: "Nhà văn hóa",
        topic: "",
        present: ["Nguyễn Văn An", 'Lê <b>&" Bảy'],
        absentWithReason: [],
        absentWithoutReason: [],
        exempt: [],
      },
      byStatus: { full: 2 },
      chairName: null,
      minuteTakerName: null,
      poll: null,
    };
    const quality = meetingQuality(h.app.services.plans.forCell(null, 2026).meetingQuality, {
      present: 2,
      counted: 2,
      minutes: 90,
      minimumMinutes: 90,
      agenda: undefined,
      poll: null,
    });
    const doc = await open(
      await meetingMinutesDocx(data, say, { quality, presentFromElsewhere: [false, true] }),
    );
    expect(doc.paragraphs).toContain(
      'Có mặt: 2/2 đồng chí phải dự sinh hoạt (100%), gồm các đồng chí: Nguyễn Văn An, Lê <b>&" Bảy (từ xa).',
    );
  });
});
