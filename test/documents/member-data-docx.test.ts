import { afterEach, describe, expect, it } from "vitest";
import { schemaTables } from "../../src/db/personal-data.js";
import * as schema from "../../src/db/schema.js";
import type { DocumentHeading, Say } from "../../src/documents/document-data.js";
import { memberDataDocx } from "../../src/documents/docx/member-data-copy.js";
import { loadMemberDataCopy, type MemberDataCopy } from "../../src/documents/member-data.js";
import { OUTCOMES } from "../../src/domain/grading-rules.js";
import { MARKED_BY } from "../../src/domain/meeting-rules.js";
import { ROSTER_STATES } from "../../src/domain/member-rules.js";
import { NOMINATION_ROUNDS } from "../../src/domain/nomination-rules.js";
import { PROGRESS_STATUSES } from "../../src/domain/progress-rules.js";
import { plainText } from "../../src/domain/rich-text.js";
import { type Locale, Translator } from "../../src/i18n.js";
import type { Member } from "../../src/store/member-store.js";
import { Harness } from "../support/harness.js";
import { seedMemberRecords } from "../support/member-records.js";
import { open } from "./docx-reader.js";

let h: Harness;
afterEach(() => h?.close());

const HUNG = "Trần Văn Hùng";
const HA = "Phạm Thu Hà";
const PLAN: Record<string, [string, string, string]> = {
  [HUNG]: [
    "Học chuyên đề năm, ghi chép đầy đủ",
    "Giải quyết hồ sơ đúng hạn",
    "Giữ gìn gia đình văn hóa",
  ],
  [HA]: ["Đọc sách Bác Hồ mỗi tuần", "Tiết kiệm điện ở cơ quan", "Đưa con đi học đúng giờ"],
};
const FIRST_DRAFT = "Học chuyên đề năm (bản đầu)";
const REASON: Record<string, string> = {
  [HUNG]: "Ốm sốt phải nằm viện",
  [HA]: "Đi công tác Hà Giang",
};
const NOTE: Record<string, string> = { [HUNG]: "Đã đọc 6 bài", [HA]: "Đã đọc 9 bài bí mật" };
const WHY: Record<string, string> = { [HUNG]: "Con nhỏ ốm", [HA]: "Bận việc riêng bí mật" };

async function cell() {
  h = new Harness();
  await h.cellWith([HUNG, HA]);
  const { services } = h.app;
  const member = (name: string) => {
    const found = services.members.byPerson(`console:${name}`);
    if (!found) throw new Error(`no ${name}`);
    return found;
  };
  return { services, hung: member(HUNG), ha: member(HA), lan: member("Lan") };
}

/** A row of every kind of personal data a member can have, straight through the stores. */
function seed(member: Member, name: string, lan: Member) {
  const { services } = h.app;
  const now = h.clock.now();
  const personId = `console:${name}`;
  const [study, follow, example] = PLAN[name] ?? ["", "", ""];
  if (name === HUNG)
    services.commitments.save(member.id, 2024, { study: FIRST_DRAFT, follow, example }, now);
  services.commitments.save(member.id, 2024, { study, follow, example }, now);
  services.conversations.notePrivateChat(personId, now);
  services.dataReads.record({
    reader: { role: "secretary", memberId: lan.id },
    cellId: member.cellId,
    memberIds: [member.id],
    kinds: ["plan"],
    channel: "chat",
    now,
  });
  services.progress.add(
    member.id,
    2024,
    [{ part: "study", status: "underway", note: NOTE[name] }],
    now,
  );
  services.results.save(
    member.id,
    2024,
    {
      parts: {
        study: { outcome: "done", text: `${NOTE[name]} (học tập)` },
        follow: { outcome: "partly", text: "Làm được một nửa", why: WHY[name] },
        example: { outcome: "done", text: "Gương mẫu ở khu phố" },
      },
      proposedLevel: "good",
    },
    now,
  );
  services.reviews.agree(member.cellId, member.id, 2024, "excellent", lan.id, now);
  seedMemberRecords(h, member, lan, { name, reason: REASON[name] ?? "", note: NOTE[name] ?? "" });
  services.zaloContacts.markAskedToBefriend(personId, now);
  services.zaloContacts.noteStrangerWrittenTo("2024-03-10", personId);
  services.conversations.saveDialog(personId, personId, "tiendo", { draft: NOTE[name] }, now);
  const committee = services.cells.byId(member.cellId)?.committeeId;
  if (committee) services.officers.appoint(personId, committee, now);
}

/** The tables that hold something of one member, by their SQL names. */
function tablesWithRows(member: Member): string[] {
  const rows = h.app.services.consents.dataOf(
    member.id,
    h.app.services.members.personIds(member.id),
  );
  return Object.entries(rows)
    .filter(([, list]) => list.length > 0)
    .map(([table]) => table)
    .sort();
}

async function exported(member: Member) {
  const file = await h.app.documents({ kind: "member-data-docx", memberId: member.id });
  return { file, doc: await open(file.data) };
}

/**
 * What a person reads for each table that has a section of its own, in Hùng's copy. A table
 * not named here is one the copy lists field by field, under its own heading.
 */
const SHOWN_AS: Record<string, string[]> = {
  members: [
    `Họ và tên: ${HUNG}.`,
    "Chi bộ: Chi bộ Khu phố 1.",
    "Vai trò trong chi bộ: Đảng viên. Tình trạng: Chính thức.",
  ],
  identities: [`console:${HUNG}`],
  private_chats: ["Chat riêng với chibo từ ngày"],
  consents: ["Đồng chí tự trả lời trong chat"],
  commitments: ["(bản đang dùng)", `Học tập: ${PLAN[HUNG]?.[0]}`, `Nêu gương: ${PLAN[HUNG]?.[2]}`],
  commitment_revisions: ["Lần lưu thứ 1, ngày 10/03/2024:", `Học tập: ${FIRST_DRAFT}`],
  progress_notes: [NOTE[HUNG] ?? "", "đang thực hiện"],
  year_results: [
    "Đồng chí báo cáo kết quả ngày 10/03/2024:",
    `Lý do chưa hoàn thành: ${WHY[HUNG]}`,
    "Mức đồng chí tự xếp loại: Hoàn thành tốt nhiệm vụ.",
    "Mức chi bộ xếp: Hoàn thành xuất sắc nhiệm vụ (ngày 10/03/2024, Lan ghi).",
  ],
  meeting_responses: [`Xin vắng: ${REASON[HUNG]}`],
  attendance: [`Vắng có lý do: ${REASON[HUNG]}`, "Sinh hoạt tháng 3 (ngày 10/03/2024)"],
  attendance_changes: ["Lan, ngày 10/03/2024"],
  absence_warnings: ["Năm 2024: đủ 3 tháng vắng không lý do, bí thư được nhắc ngày 10/03/2024."],
  poll_votes: [`Họp tối thứ mấy? (${HUNG})`, `Thứ Sáu (${HUNG})`],
  nominations: [`Gương mẫu: ${NOTE[HUNG]}`, "Sơ kết năm 2024"],
  nomination_votes: ["Ngày 10/03/2024: đồng chí bỏ phiếu ủng hộ một đề nghị biểu dương."],
  departures: ['Rời nhóm "Nhóm 1" ngày 10/03/2024'],
  outbox: ["Chờ gửi"],
  data_reads: ["Bí thư Lan", "Kế hoạch cá nhân", "Trong chat", "10/03/2024 09:00"],
};

describe("a member's copy of their data, as a Word document", () => {
  it("reads as their plan, reasons and levels, and holds nothing of another member", async () => {
    const { services, hung, ha, lan } = await cell();
    services.cells.setCommittee(hung.cellId, "Đảng ủy Phường 1", h.clock.now());
    seed(hung, HUNG, lan);
    seed(ha, HA, lan);
    const { file, doc } = await exported(hung);
    expect(file.filename).toBe("du-lieu-chibo-tran-van-hung.docx");
    expect(file.image).toBe(false);
    expect(doc.text).toContain("DỮ LIỆU CÁ NHÂN");
    expect(doc.text).toContain(`chibo lưu về đồng chí ${HUNG}`);
    expect(doc.text).toContain("đến 10/03/2024 09:00");
    for (const part of PLAN[HUNG] ?? []) expect(doc.text).toContain(part);
    expect(doc.text).toContain(REASON[HUNG]);
    expect(doc.text).toContain("Hoàn thành tốt nhiệm vụ");
    expect(doc.text).toContain("Hoàn thành xuất sắc nhiệm vụ");
    for (const secret of [HA, ...(PLAN[HA] ?? []), REASON[HA], NOTE[HA], WHY[HA]]) {
      expect(doc.text, secret).not.toContain(secret);
    }
    // No ISO date or raw instant: days as dd/mm/yyyy in the bot's time zone.
    expect(doc.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("shows every table that holds the member's rows, checked against the schema", async () => {
    const { services, hung, lan } = await cell();
    services.cells.setCommittee(hung.cellId, "Đảng ủy Phường 1", h.clock.now());
    seed(hung, HUNG, lan);
    const perMember = schemaTables()
      .filter(({ use }) => use !== "bookkeeping" && !("notPerMember" in use.ofMember))
      .map(({ table }) => table)
      .sort();
    // Every table a member's rows are found in has a row of Hùng's here: a new one must be seeded.
    expect(tablesWithRows(hung)).toEqual(perMember);
    const { doc } = await exported(hung);
    const lower = doc.text.toLocaleLowerCase("vi");
    for (const table of perMember) {
      const shown = SHOWN_AS[table];
      if (shown) {
        for (const words of shown) expect(doc.text, table).toContain(words);
        expect(lower, table).not.toContain(`(bảng ${table})`);
      } else {
        // Listed field by field under its own heading, never left out.
        expect(lower, table).toContain(`dữ liệu khác (bảng ${table})`);
      }
    }
    expect(lower).toContain("personid: console:trần văn hùng");
  });

  it("lists the rows of a table it has no section for, whatever the table", async () => {
    const { services, hung } = await cell();
    const rows = services.consents.dataOf(hung.id, services.members.personIds(hung.id));
    const copy = loadMemberDataCopy(
      services,
      (text) => (typeof text === "string" ? text : plainText(h.app.translator.text(text))),
      hung,
      hung.cell,
      HEADING,
      {
        ...rows,
        future_table: [
          {
            memberId: hung.id,
            note: "Ghi chú mới",
            seenAt: new Date("2024-03-09T17:30:00Z"),
            kept: true,
            gone: null,
            extra: { a: 1 },
          },
        ],
      },
    );
    expect(copy.other.map((other) => other.table)).toEqual(["future_table"]);
    const doc = await open(await memberDataDocx(copy, sayIn("vi")));
    expect(doc.text).toContain("DỮ LIỆU KHÁC (BẢNG FUTURE_TABLE)");
    expect(doc.text).toContain(
      `memberId: ${hung.id}; note: Ghi chú mới; seenAt: 10/03/2024 00:30; kept: Có; gone: (trống); extra: {"a":1}`,
    );
  });
});

const CONSENT_ANSWERS = ["given", "refused", "withdrawn"] as const;

const HEADING: DocumentHeading = {
  partyOrganisation: null,
  committeeName: null,
  cellName: "Khu phố 1",
  place: null,
  day: "2024-03-10",
  secretaryName: "Lan",
};

function sayIn(locale: Locale): Say {
  const translator = new Translator(locale);
  return (key, args) => plainText(translator.t(key, args));
}

/** A copy with every value each of its kinds of rows can take. */
function everyValue(roster: (typeof ROSTER_STATES)[number]): MemberDataCopy {
  const meeting = { topic: "Sinh hoạt tháng 3", day: "10/03/2024" };
  const parts = { study: "Học", follow: "Làm", example: "Nêu" };
  return {
    heading: HEADING,
    madeAt: "10/03/2024 09:00",
    member: {
      name: HUNG,
      cell: "Chi bộ Khu phố 1",
      role: "member",
      status: "full",
      roster,
      since: "01/01/2024",
    },
    accounts: [{ account: "tg:1", shownAs: "Hùng", since: "01/01/2024", privateChatSince: null }],
    consents: CONSENT_ANSWERS.map((answer) => ({
      on: "01/01/2024",
      answer,
      version: "v1",
      recordedBy: null,
    })),
    plans: [
      {
        year: 2024,
        partNames: { study: "Học tập", follow: "Làm theo", example: "Nêu gương" },
        revisions: [{ revision: 1, savedOn: "01/01/2024", current: true, parts }],
      },
    ],
    progress: PROGRESS_STATUSES.map((status) => ({
      on: "01/02/2024",
      year: 2024,
      part: "Học tập",
      status,
      note: null,
      withPhoto: true,
    })),
    results: [
      {
        year: 2024,
        partNames: { study: "Học tập", follow: "Làm theo", example: "Nêu gương" },
        reported: {
          on: "01/12/2024",
          parts: {
            study: { outcome: OUTCOMES[0], text: "a", why: null },
            follow: { outcome: OUTCOMES[1], text: "b", why: "c" },
            example: { outcome: OUTCOMES[2], text: "", why: null },
          },
        },
        proposedLevel: null,
        agreedLevel: null,
        agreedOn: null,
        agreedBy: null,
      },
    ],
    attendance: MARKED_BY.map((markedBy) => ({ meeting, present: true, reason: null, markedBy })),
    responses: [
      { meeting, answer: "attend", reason: null, on: "01/03/2024" },
      { meeting, answer: "excused", reason: null, on: "01/03/2024" },
    ],
    attendanceChanges: [
      {
        meeting,
        on: "02/03/2024",
        presentBefore: null,
        reasonBefore: null,
        present: false,
        reason: null,
        by: null,
      },
    ],
    absenceWarnings: [{ year: 2024, months: 2, on: "02/03/2024" }],
    pollVotes: [{ on: "02/03/2024", question: "Câu hỏi", chosen: "Thứ Năm" }],
    nominations: NOMINATION_ROUNDS.map((round) => ({
      year: 2024,
      round,
      reason: "r",
      on: "01/06/2024",
      confirmed: true,
    })),
    nominationVotes: [{ on: "01/06/2024" }],
    departures: [{ group: null, on: "01/06/2024" }],
    messages: schema.OUTBOX_STATES.map((state) => ({ on: "01/06/2024", state })),
    reads: schema.READER_ROLES.flatMap((role) =>
      schema.READ_KINDS.flatMap((kind) =>
        schema.READ_CHANNELS.map((channel) => ({
          at: "01/06/2024 10:00",
          reader: null,
          role,
          kind,
          channel,
        })),
      ),
    ),
    other: [],
  };
}

describe.each(["vi", "en"] as const)(
  "every kind of row and every value it takes, in %s",
  (locale) => {
    it("has words of its own", async () => {
      const say = sayIn(locale);
      for (const roster of ROSTER_STATES) {
        const doc = await open(await memberDataDocx(everyValue(roster), say));
        const expected = [
          say(`member-data-roster-${roster}`),
          ...CONSENT_ANSWERS.map((answer) => say(`member-data-consent-${answer}`)),
          ...PROGRESS_STATUSES.map((status) => say(`doc-progress-${status}`)),
          ...OUTCOMES.map((outcome) => say(`doc-outcome-${outcome}`)),
          ...MARKED_BY.map((by) => say(`member-data-marked-by-${by}`)),
          ...NOMINATION_ROUNDS.map((round) => say(`member-data-round-${round}`, { year: "2024" })),
          ...schema.OUTBOX_STATES.map((state) => say(`member-data-message-${state}`)),
          ...schema.READER_ROLES.map((role) => say(`dulieu-reader-${role}`)),
          ...schema.READ_KINDS.map((kind) => say(`member-data-read-kind-${kind}`)),
          ...schema.READ_CHANNELS.map((channel) => say(`member-data-read-channel-${channel}`)),
          say("member-data-unmarked"),
          say("member-data-with-photo"),
          say("member-data-level-agreed-none"),
        ];
        for (const words of expected) expect(doc.text, words).toContain(words);
      }
    });
  },
);
