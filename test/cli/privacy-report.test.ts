import { join } from "node:path";
import { is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { getTableName } from "drizzle-orm/table";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli.js";
import { loadConfig } from "../../src/config.js";
import { schemaTables } from "../../src/db/personal-data.js";
import * as schema from "../../src/db/schema.js";
import { LOCALES, Translator } from "../../src/i18n.js";
import { Harness, TestClock } from "../support/harness.js";

const PLAN = [
  "Học chuyên đề năm, ghi chép đầy đủ",
  "Giải quyết hồ sơ đúng hạn",
  "Giữ gìn gia đình văn hóa",
];
const REASON = "Đi công tác Hà Giang";
const NAMES = ["Trần Văn Hùng", "Phạm Thu Hà", "Lan"];

let harness: Harness;

beforeEach(async () => {
  // A plain file, as chibo makes without DATABASE_KEY: the report says so.
  harness = new Harness({ databaseKey: null });
  await harness.cellWith(["Trần Văn Hùng", "Phạm Thu Hà"]);
  await harness.say("Trần Văn Hùng", "private", "/dangky");
  for (const part of PLAN) await harness.say("Trần Văn Hùng", "private", part);
  await harness.press("Trần Văn Hùng", "private", "✅ Lưu");
  addMeetingWithReasons();
});
afterEach(() => harness.close());

/** A closed meeting Hà asked to miss, with her reason, and a public poll she voted in. */
function addMeetingWithReasons(): void {
  const { db } = harness.app.database;
  const now = harness.clock.now();
  const cell = harness.app.services.cells.all()[0];
  const ha = harness.app.services.members.byPerson("console:Phạm Thu Hà");
  if (!cell || !ha) throw new Error("no cell or member");
  const meeting = db
    .insert(schema.meetings)
    .values({
      cellId: cell.id,
      kind: "regular",
      startsAt: now,
      endsAt: now,
      place: "Hội trường khu phố",
      topic: "Sinh hoạt tháng 3",
      state: "closed",
      closedAt: new Date("2024-03-11T00:00:00Z"),
      roster: [],
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  db.insert(schema.meetingResponses)
    .values({
      meetingId: meeting.id,
      memberId: ha.id,
      answer: "excused",
      reason: REASON,
      answeredAt: now,
    })
    .run();
  db.insert(schema.attendance)
    .values({
      meetingId: meeting.id,
      memberId: ha.id,
      present: false,
      reason: REASON,
      markedBy: "secretary",
      markedAt: now,
    })
    .run();
  const poll = db
    .insert(schema.polls)
    .values({
      cellId: cell.id,
      question: { key: "verbatim", args: { text: "Họp tối thứ mấy?" } },
      options: [],
      anonymous: false,
      closesAt: now,
      createdAt: now,
    })
    .returning()
    .get();
  db.insert(schema.pollVotes)
    .values([
      {
        pollId: poll.id,
        personId: "console:Phạm Thu Hà",
        memberId: ha.id,
        optionIds: [0],
        votedAt: now,
      },
      // A secret ballot's vote: a hash, no member.
      { pollId: poll.id, personId: "hash-1", memberId: null, optionIds: [1], votedAt: now },
    ])
    .run();
}

const databasePath = () => join(harness.dir, "chibo.sqlite");

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const config = loadConfig({ DATABASE_PATH: databasePath() });
  const code = await runCli(
    argv,
    config,
    pino({ level: "silent" }),
    new TestClock(new Date("2024-03-12T02:00:00Z")),
    { out: (text) => out.push(text), err: (text) => err.push(text) },
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

interface JsonReport {
  database: { path: string; encrypted: boolean; mode: string; bytes: number };
  people: { members: number; roster: Record<string, number>; cells: number; accounts: number };
  personal: {
    table: string;
    rows: number;
    people: { count: number; of: string } | null;
    since: string | null;
    readers: string[];
  }[];
  bookkeeping: { table: string; rows: number }[];
}

describe("npm run cli -- privacy report", () => {
  it("counts each kind of personal data, its people and its oldest row, as JSON", async () => {
    const result = await cli("privacy", "report", "--format", "json");
    expect(result.code).toBe(0);
    expect(result.err).toBe("");
    const report = JSON.parse(result.out) as JsonReport;
    expect(report.database).toMatchObject({
      path: databasePath(),
      encrypted: false,
      mode: "0600",
    });
    expect(report.database.bytes).toBeGreaterThan(0);
    expect(report.people).toMatchObject({
      members: 3,
      roster: { active: 3 },
      cells: 1,
      accounts: 3,
    });
    const byTable = new Map(report.personal.map((entry) => [entry.table, entry]));
    const registeredAt = harness.clock.now().toISOString();
    expect(byTable.get("members")).toEqual({
      table: "members",
      rows: 3,
      people: { count: 3, of: "members" },
      since: registeredAt,
      readers: ["member", "cell-leaders", "cell", "committee-counts"],
    });
    expect(byTable.get("identities")).toMatchObject({ rows: 3, people: { count: 3 } });
    expect(byTable.get("commitments")).toMatchObject({
      rows: 1,
      people: { count: 1, of: "members" },
      since: registeredAt,
    });
    expect(byTable.get("commitment_revisions")).toMatchObject({ rows: 1, people: { count: 1 } });
    expect(byTable.get("meeting_responses")).toMatchObject({ rows: 1, people: { count: 1 } });
    expect(byTable.get("attendance")).toMatchObject({ rows: 1, people: { count: 1 } });
    // Minutes name people in their roster, not by id: counted by rows, since the close.
    expect(byTable.get("meetings")).toMatchObject({
      rows: 1,
      people: null,
      since: "2024-03-11T00:00:00.000Z",
    });
    // The secret ballot's vote is not personal data: one named vote.
    expect(byTable.get("poll_votes")).toMatchObject({ rows: 1, people: { count: 1 } });
    expect(byTable.get("year_results")).toMatchObject({ rows: 0, since: null });
    expect(report.bookkeeping.map(({ table }) => table)).toContain("polls");
    // Numbered lists' labels may name members: personal, though filed by chat.
    expect(byTable.get("offered_choices")).toMatchObject({
      people: null,
      readers: ["member", "cell-leaders", "cell"],
    });
    expect(report.bookkeeping.map(({ table }) => table)).not.toContain("offered_choices");
  });

  it("says in Vietnamese what is kept, how many, since when, who reads it, and that it is not encrypted", async () => {
    const result = await cli("privacy", "report");
    expect(result.code).toBe(0);
    const lines = result.out.split("\n");
    expect(lines[0]).toBe("Dữ liệu cá nhân chibo đang giữ (lúc 12/03/2024 09:00)");
    expect(lines[1]).toMatch(
      new RegExp(`^Tệp cơ sở dữ liệu: ${databasePath()}; không mã hóa; quyền 0600 \\(`),
    );
    expect(lines).toContain(
      "Thời hạn giữ: hội thoại đang dở và danh sách lựa chọn đánh số đã đưa ra 7 ngày; mã tin nhắn đã xử lý 7 ngày; tin nhắn đã gửi 365 ngày; " +
        "nhật ký ai đã mở dữ liệu của đảng viên 365 ngày; tệp xuất của chat console 24 giờ; mã dùng một lần đến khi hết hạn (việc retention chạy lúc 3 giờ sáng). " +
        "Mọi dữ liệu khác được giữ không thời hạn; người chuyển đi mất ngay tài khoản chat, dữ liệu của người xin xóa được bí thư xóa, phần biên bản phải giữ chỉ còn mang số thay cho tên.",
    );
    expect(lines).toContain(
      `Chưa có thư mục tệp xuất của chat console (${join(harness.dir, "exports")}).`,
    );
    expect(lines).toContain(
      "Nhật ký ai đã mở kế hoạch, kết quả, lý do vắng, mức xếp loại của đảng viên: 0 lần được ghi; " +
        "xem từng lần, có họ tên: npm run cli -- privacy reads",
    );
    expect(result.out).toContain(
      "Số người: 3 người trong danh sách đảng viên (0 chờ duyệt, 3 trong danh sách, 0 bị từ chối, " +
        "0 đã chuyển đi) ở 1 chi bộ; 3 tài khoản chat gắn với đảng viên; 0 tài khoản cán bộ đảng ủy.",
    );
    expect(lines).toContain(
      "- commitments: bản đăng ký kế hoạch cá nhân từng năm: ba phần do đảng viên tự viết. " +
        "1 dòng; 1 đảng viên; từ 10/03/2024. Ai đọc được: chính đảng viên đó; " +
        "bí thư, phó bí thư và chi ủy viên của chi bộ; cán bộ đảng ủy (chỉ số đếm); người vận hành có tệp.",
    );
    expect(lines).toContain(
      "- attendance: điểm danh từng buổi họp: có mặt hay vắng, lý do vắng, ai đánh dấu. " +
        "1 dòng; 1 đảng viên; từ 10/03/2024. Ai đọc được: chính đảng viên đó; " +
        "bí thư, phó bí thư và chi ủy viên của chi bộ; cán bộ đảng ủy (chỉ số đếm); người vận hành có tệp.",
    );
    expect(lines).toContain(
      "- year_results: kết quả cuối năm đảng viên tự báo cáo, mức tự xếp loại và mức chi bộ thống nhất. " +
        "0 dòng; 0 đảng viên; chưa có dòng nào. Ai đọc được: chính đảng viên đó; " +
        "bí thư, phó bí thư và chi ủy viên của chi bộ; cán bộ đảng ủy (chỉ số đếm); người vận hành có tệp.",
    );
    expect(lines.at(-1)).toMatch(/^Không phải dữ liệu cá nhân \(sổ sách của chibo\): committees, /);
  });

  it("counts the roster entries with no consent given stored, by roster state, without names", async () => {
    const { members, consents } = harness.app.services;
    const cellId = harness.app.services.cells.all()[0]?.id ?? 0;
    const now = harness.clock.now();
    // Entries as a database older than consent at join holds them: no consent row.
    members.create({
      cellId,
      fullName: "Lê Văn Tư",
      role: "member",
      roster: "pending",
      personId: "console:Tư",
      displayName: "Tư",
      now,
    });
    members.addByHand({ cellId, fullName: "Ngô Thị Mai", role: "member", status: "full", now });
    // A refusal is not a consent.
    const refused = members.addByHand({
      cellId,
      fullName: "Đỗ Văn Nam",
      role: "member",
      status: "full",
      now,
    });
    consents.record({ cellId, memberId: refused.id, textVersion: "1", answer: "refused", now });

    const json = JSON.parse((await cli("privacy", "report", "--format", "json")).out) as {
      withoutConsent: unknown;
    };
    expect(json.withoutConsent).toEqual({ count: 3, roster: { pending: 1, active: 2 } });
    const text = await cli("privacy", "report");
    expect(text.out.split("\n")).toContain(
      "Chưa lưu sự đồng ý: chibo không có bản ghi đồng ý lưu dữ liệu của 3 người trong danh sách " +
        "đảng viên (1 chờ duyệt, 2 trong danh sách, 0 bị từ chối, 0 đã chuyển đi), như những người " +
        "có tên từ trước khi chibo hỏi đồng ý.",
    );
    for (const name of ["Lê Văn Tư", "Ngô Thị Mai", "Đỗ Văn Nam"]) {
      expect(text.out + JSON.stringify(json)).not.toContain(name);
    }
  });

  it("counts the reads the trail holds, naming no one, and points to where they are listed", async () => {
    const { members, dataReads } = harness.app.services;
    const lan = members.byPerson("console:Lan");
    const hung = members.byPerson("console:Trần Văn Hùng");
    const ha = members.byPerson("console:Phạm Thu Hà");
    if (!lan || !hung || !ha) throw new Error("no members");
    dataReads.record({
      reader: { role: "secretary", memberId: lan.id },
      cellId: lan.cellId,
      memberIds: [hung.id, ha.id],
      kinds: ["plan", "reasons"],
      channel: "chat",
      now: harness.clock.now(),
    });
    const { out } = await cli("privacy", "report");
    expect(out.split("\n")).toContain(
      "Nhật ký ai đã mở kế hoạch, kết quả, lý do vắng, mức xếp loại của đảng viên: 4 lần được ghi; " +
        "xem từng lần, có họ tên: npm run cli -- privacy reads",
    );
    for (const name of NAMES) expect(out).not.toContain(name);
  });

  it("counts none without consent where every entry has one", async () => {
    const { out } = await cli("privacy", "report", "--format", "json");
    expect((JSON.parse(out) as { withoutConsent: unknown }).withoutConsent).toEqual({
      count: 0,
      roster: {},
    });
  });

  it("prints no name and no text a member wrote, in either format", async () => {
    for (const format of ["text", "json"]) {
      const { out } = await cli("privacy", "report", "--format", format);
      for (const secret of [...NAMES, ...PLAN, REASON, "Hội trường", "Họp tối"]) {
        expect(out, `${format}: ${secret}`).not.toContain(secret);
      }
    }
  });

  it("is listed by help", async () => {
    const help = await cli("help");
    expect(help.out).toContain(
      "  privacy report [--format text|json] [--out TỆP]\n      dữ liệu cá nhân trong cơ sở dữ liệu:",
    );
  });
});

describe("the classification of the schema's tables", () => {
  it("places every table of the migrated database and of the schema, personal or bookkeeping", () => {
    const classified = schemaTables()
      .map(({ table }) => table)
      .sort();
    const migrated = (
      harness.app.database.sqlite
        .prepare(
          "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> '__drizzle_migrations'",
        )
        .all() as { name: string }[]
    )
      .map(({ name }) => name)
      .sort();
    const declared = Object.values(schema)
      .filter((value) => is(value, SQLiteTable))
      .map((table) => getTableName(table as SQLiteTable))
      .sort();
    expect(classified).toEqual(migrated);
    expect(classified).toEqual(declared);
    expect(classified.length).toBeGreaterThanOrEqual(40);
  });

  it("has a plain description of every kind of personal data, in each language", () => {
    for (const locale of LOCALES) {
      const translator = new Translator(locale);
      for (const { table, use } of schemaTables()) {
        if (use === "bookkeeping") continue;
        const key = `cli-privacy-kind-${table.replaceAll("_", "-")}`;
        expect(translator.has(key), `${key} in ${locale}`).toBe(true);
        for (const reader of use.readers) {
          expect(translator.has(`cli-privacy-reader-${reader}`), reader).toBe(true);
        }
      }
    }
  });
});
