import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DocumentData } from "../../src/documents/load-document-data.js";
import type { Cell } from "../../src/store/cell-store.js";
import type { Member } from "../../src/store/member-store.js";
import { Harness } from "../support/harness.js";
import { open } from "./docx-reader.js";
import { storeCell } from "./store-cell.js";

/**
 * The year's end as chibo reads it from its database: results, progress notes, the model and
 * nominations (written straight in the tables, as /tiendo, /ketqua, /danhgia, /mohinh and
 * /bieuduong will) reach the Word files and the workbook.
 */

const NOW = "2024-12-06T06:50:00Z";

let h: Harness;
let cell: Cell;
let lan: Member;
let hung: Member;
let mai: Member;

const run = (sql: string, ...values: unknown[]) =>
  h.app.database.sqlite.prepare(sql).run(...values);

beforeEach(() => {
  h = new Harness({ now: NOW });
  const { cell: made, join } = storeCell(h);
  cell = made;
  const { services } = h.app;
  const now = h.clock.now();
  lan = join("Nguyễn Thị Lan", "secretary");
  hung = join("Trần Văn <b>Hùng</b> & Co", "member");
  mai = join("Lê Thị Mai", "member");
  const plan = { study: "Đọc 12 bài", follow: "Tiết kiệm điện", example: "Đi họp đúng giờ" };
  services.commitments.save(hung.id, 2024, plan, now);
  services.commitments.save(mai.id, 2024, plan, now);
  const at = now.getTime();
  run(
    `insert into progress_notes (member_id, year, part, status, note, evidence, noted_at)
     values (?, 2024, 'study', 'underway', 'Đã đọc 6 bài <i>', ?, ?)`,
    hung.id,
    JSON.stringify({ platform: "telegram", ref: "AgAD", name: "anh.jpg" }),
    Date.parse("2024-06-25T03:00:00Z"),
  );
  run(
    `insert into year_results (member_id, year, parts, proposed_level, submitted_at, agreed_level, agreed_at)
     values (?, 2024, ?, 'excellent', ?, 'good', ?)`,
    hung.id,
    JSON.stringify({
      study: { outcome: "done", text: "Đọc đủ 12 bài & ghi chép" },
      follow: { outcome: "partly", text: "Tắt đèn", why: "Ốm" },
      example: { outcome: "done", text: "Không vắng buổi nào" },
    }),
    at,
    at,
  );
  run(
    `insert into cell_models (cell_id, year, title, what, who, by_day, created_at, updated_at)
     values (?, 2024, 'Đường phố sạch', 'Dọn vệ sinh', 'Cả chi bộ', '2024-11-30', ?, ?)`,
    cell.id,
    at,
    at,
  );
  run(
    `insert into nomination_rounds (cell_id, year, round, opened_at, confirmed_at) values (?, 2024, 'yearEnd', ?, ?)`,
    cell.id,
    at,
    at,
  );
  const nominate = (nomineeId: number, confirmed: boolean) =>
    run(
      `insert into nominations (cell_id, year, round, kind, nominee_id, reason, proposed_by, proposed_at, confirmed_at)
       values (?, 2024, 'yearEnd', 'individual', ?, 'Gương mẫu & tận tụy', ?, ?, ?)`,
      cell.id,
      nomineeId,
      lan.id,
      at,
      confirmed ? at : null,
    ).lastInsertRowid;
  const chosen = nominate(hung.id, true);
  nominate(mai.id, false);
  run(
    "insert into nomination_votes (nomination_id, member_id, voted_at) values (?, ?, ?), (?, ?, ?)",
    chosen,
    lan.id,
    at,
    chosen,
    mai.id,
    at,
  );
});

afterEach(() => h?.close());

describe("the year's end from the database", () => {
  it("makes a member's own report: plan, results, progress, the level proposed", async () => {
    const file = await h.app.documents({
      kind: "member-results-docx",
      memberId: hung.id,
      year: 2024,
    });
    expect(file.filename).toBe("bao-cao-ket-qua-2024-tran-van-b-hung-b-co.docx");
    const doc = await open(file.data);
    expect(doc.paragraphs).toContain("Họ và tên: Trần Văn <b>Hùng</b> & Co.");
    expect(doc.paragraphs).toContain("Nội dung đã đăng ký: Tiết kiệm điện");
    expect(doc.paragraphs).toContain("Việc đã làm: Đọc đủ 12 bài & ghi chép");
    expect(doc.paragraphs).toContain(
      "- 25/06/2024: đang thực hiện — Đã đọc 6 bài <i> (có ảnh minh chứng)",
    );
    expect(doc.text).toContain(
      "tôi tự nhận mức xếp loại chất lượng: Hoàn thành xuất sắc nhiệm vụ.",
    );
    // The member's account, never the cell's decision.
    expect(doc.text).not.toContain("Hoàn thành tốt nhiệm vụ");
  });

  it("makes the cell's year-end report with the agreed level, never the proposed one", async () => {
    const file = await h.app.documents({ kind: "year-end-docx", cellId: cell.id, year: 2024 });
    expect(file.filename).toBe(`tong-ket-${cell.code}-2024.docx`);
    const doc = await open(file.data);
    expect(doc.paragraphs).toContain(
      "Đã báo cáo kết quả: 1/3 đồng chí thuộc diện phải đăng ký, đạt 33,3%.",
    );
    expect(doc.paragraphs).toContain(
      "- Hoàn thành tốt nhiệm vụ: 1 đồng chí, gồm các đồng chí: Trần Văn <b>Hùng</b> & Co.",
    );
    expect(doc.paragraphs).toContain("- Hoàn thành xuất sắc nhiệm vụ: 0 đồng chí.");
    expect(doc.paragraphs).toContain("Tên mô hình: Đường phố sạch");
    // What members wrote stays in their own reports.
    expect(doc.text).not.toContain("Đọc đủ 12 bài");
  });

  it("lists only those confirmed once the round is, with their votes", async () => {
    const data = new DocumentData(h.app.services, h.app.translator);
    const list = data.nominationList(cell, 2024, "yearEnd");
    expect(list.confirmed).toBe(true);
    expect(list.nominees).toEqual([
      {
        kind: "individual",
        name: "Trần Văn <b>Hùng</b> & Co",
        role: "member",
        reason: "Gương mẫu & tận tụy",
        votes: 2,
        confirmed: true,
      },
    ]);
    expect(data.nominationList(cell, 2024, "midterm")).toMatchObject({
      confirmed: false,
      nominees: [],
    });
    const file = await h.app.documents({
      kind: "nominations-docx",
      cellId: cell.id,
      year: 2024,
      round: "yearEnd",
    });
    expect(file.filename).toBe(`bieu-duong-${cell.code}-2024-tong-ket.docx`);
    expect((await open(file.data)).cells).toContain("Gương mẫu & tận tụy");
  });

  it("puts results and nominations in the workbook, one row a member", () => {
    const data = new DocumentData(h.app.services, h.app.translator).workbook(cell, 2024);
    // In the roster's order, by given name.
    const levels = data.results.map((row) => [
      row.name,
      row.results?.proposedLevel ?? null,
      row.agreedLevel,
    ]);
    expect(levels).toEqual([
      ["Lê Thị Mai", null, null],
      ["Nguyễn Thị Lan", null, null],
      ["Trần Văn <b>Hùng</b> & Co", "excellent", "good"],
    ]);
    expect(data.results[2]?.results?.parts.follow).toEqual({
      outcome: "partly",
      text: "Tắt đèn",
      why: "Ốm",
    });
    expect(data.nominations.map((n) => [n.name, n.votes, n.confirmed])).toEqual([
      ["Trần Văn <b>Hùng</b> & Co", 2, true],
      ["Lê Thị Mai", 0, false],
    ]);
  });
});
