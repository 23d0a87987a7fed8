import { afterEach, describe, expect, it } from "vitest";
import { yearEndCounts } from "../../src/documents/docx/year-end-report.js";
import { DocumentData } from "../../src/documents/load-document-data.js";
import type { Level } from "../../src/domain/grading-rules.js";
import { plainText } from "../../src/domain/rich-text.js";
import { loadCellReport } from "../../src/reports/load-cell-report.js";
import { loadRollup } from "../../src/reports/rollup.js";
import { rollupText } from "../../src/reports/rollup-text.js";
import { Harness } from "../support/harness.js";

let h: Harness;
afterEach(() => h?.close());

const PLAN = { study: "Học tập", follow: "Làm theo", example: "Nêu gương" };

/** A cell under a committee whose members stand every way a roster allows. */
async function mixedCell() {
  h = new Harness();
  await h.cellWith(["Hùng", "Mai", "Tư", "Bảo", "Cúc", "Dung"]);
  const { cells, members, commitments } = h.app.services;
  const now = h.clock.now();
  const id = (name: string) => {
    const member = members.byPerson(`console:${name}`);
    if (!member) throw new Error(`no ${name}`);
    return member.id;
  };
  members.setStatus(id("Mai"), "exempt", now);
  members.setStatus(id("Tư"), "retired", now);
  members.setStatus(id("Bảo"), "transferred", now);
  members.setRoster(id("Cúc"), "pending", now);
  // Registered: two who must, and Mai, who need not.
  for (const name of ["Hùng", "Dung", "Mai"]) commitments.save(id(name), 2024, PLAN, now);
  const [cell] = cells.all();
  if (!cell) throw new Error("no cell");
  cells.setCommittee(cell.id, "Đảng ủy Phường 1", now);
  const committeeId = cells.byId(cell.id)?.committeeId;
  if (!committeeId) throw new Error("no committee");
  const rollupRow = () => loadRollup(h.app.services, committeeId, 2024).cells[0];
  const reportCounts = () => {
    const report = loadCellReport(h.app.services, cells.byId(cell.id) ?? cell, 2024);
    return {
      members: report.members.length,
      registered: report.registered.length,
      missing: report.missing.length,
      exempt: report.exempt.length,
    };
  };
  return { cell, committeeId, id, rollupRow, reportCounts };
}

const PARTS = JSON.stringify({
  study: { outcome: "done", text: "Đọc <b>sách</b> & ghi" },
  follow: { outcome: "partly", text: "Tiết kiệm", why: "Ốm" },
  example: { outcome: "notDone", text: "", why: "Chưa có dịp" },
});

/** Rows as /ketqua, /danhgia, /mohinh and /bieuduong will write them: straight in the database. */
function seed() {
  const { sqlite } = h.app.database;
  const at = h.clock.now().getTime();
  return {
    result(memberId: number, agreed: Level | null, year = 2024) {
      sqlite
        .prepare(
          `insert into year_results (member_id, year, parts, proposed_level, submitted_at, agreed_level, agreed_at)
           values (?, ?, ?, 'excellent', ?, ?, ?)`,
        )
        .run(memberId, year, PARTS, at, agreed, agreed ? at : null);
    },
    /** A level the cell recorded for one who never reported (no chat account). */
    graded(memberId: number, agreed: Level) {
      sqlite
        .prepare(
          `insert into year_results (member_id, year, agreed_level, agreed_at) values (?, 2024, ?, ?)`,
        )
        .run(memberId, agreed, at);
    },
    model(cellId: number, title: string) {
      sqlite
        .prepare(
          `insert into cell_models (cell_id, year, title, what, who, by_day, created_at, updated_at)
           values (?, 2024, ?, 'Dọn vệ sinh', 'Cả chi bộ', '2024-11-30', ?, ?)`,
        )
        .run(cellId, title, at, at);
    },
    nomination(cellId: number, by: number, kind: "individual" | "collective", confirmed: boolean) {
      sqlite
        .prepare(
          `insert into nominations (cell_id, year, round, kind, nominee_id, collective, collective_key,
             reason, proposed_by, proposed_at, confirmed_at)
           values (?, 2024, 'yearEnd', ?, ?, ?, ?, 'Gương mẫu', ?, ?, ?)`,
        )
        .run(
          cellId,
          kind,
          kind === "individual" ? by : null,
          kind === "collective" ? "Tổ 3" : null,
          kind === "collective" ? "to 3" : null,
          by,
          at,
          confirmed ? at : null,
        );
    },
  };
}

describe("a committee's roll-up", () => {
  it("counts each cell's members as the cell's own report does", async () => {
    const { rollupRow, reportCounts } = await mixedCell();
    // Lan, Hùng, Mai, Tư and Dung are counted; Bảo moved away and Cúc is not approved yet.
    // Mai is exempt, registered or not; Lan and Tư have not registered.
    const counts = { members: 5, registered: 2, missing: 2, exempt: 1 };
    expect(reportCounts()).toEqual(counts);
    expect(rollupRow()).toMatchObject(counts);
  });

  it("counts retired members as exempt once the cell does not ask them to register", async () => {
    const { cell, rollupRow, reportCounts } = await mixedCell();
    h.app.services.cells.setSetting(cell.id, "retiredRegister", false);
    const counts = { members: 5, registered: 2, missing: 1, exempt: 2 };
    expect(reportCounts()).toEqual(counts);
    expect(rollupRow()).toMatchObject(counts);
  });
});

describe("the roll-up at year end", () => {
  it("counts results, agreed levels, the model and praise as the cell's year-end report", async () => {
    const { cell, id, rollupRow } = await mixedCell();
    const rows = seed();
    // Hùng and Dung must register and reported; Tư was graded without reporting; Mai is exempt
    // (not graded, whatever a row says); Bảo moved away (not counted); Lan has not reported, and
    // last year's result is not this year's.
    rows.result(id("Hùng"), "good");
    rows.result(id("Dung"), "excellent");
    rows.graded(id("Tư"), "done");
    rows.result(id("Mai"), "done");
    rows.result(id("Bảo"), "notDone");
    rows.result(id("Lan"), "excellent", 2023);
    rows.model(cell.id, "Đường phố sạch");
    rows.nomination(cell.id, id("Hùng"), "individual", true);
    rows.nomination(cell.id, id("Dung"), "individual", false);
    rows.nomination(cell.id, id("Hùng"), "collective", true);

    const row = rollupRow();
    expect(row).toMatchObject({
      registered: 2,
      missing: 2,
      reported: 2,
      levels: { excellent: 1, good: 1, done: 1, notDone: 0 },
      model: "Đường phố sạch",
      nominated: { individuals: 1, collectives: 1 },
    });
    const data = new DocumentData(h.app.services, h.app.translator);
    const report = yearEndCounts(data.yearEnd(h.app.services.cells.byId(cell.id) ?? cell, 2024));
    expect(report.required).toBe((row?.registered ?? 0) + (row?.missing ?? 0));
    expect(report.reported).toBe(row?.reported);
    expect(report.agreed).toEqual(row?.levels);
  });

  it("totals equal the sum of the cells, and the text says so in counts only", async () => {
    const { cell, committeeId, id } = await mixedCell();
    const { cells, members } = h.app.services;
    const now = h.clock.now();
    const second = cells.createWithGroup("Khu phố 2", { chatId: "console:g2", title: "KP2" }, now);
    cells.setCommittee(second.id, "Đảng ủy Phường 1", now);
    expect(cells.byId(second.id)?.committeeId).toBe(committeeId);
    const join = (name: string) =>
      members.create({
        cellId: second.id,
        fullName: name,
        role: "member",
        roster: "active",
        personId: `console:${name}`,
        displayName: name,
        now,
      }).id;
    const rows = seed();
    rows.result(id("Hùng"), "good");
    rows.result(id("Dung"), null);
    rows.model(cell.id, "Đường phố sạch");
    rows.nomination(cell.id, id("Hùng"), "collective", true);
    const [an, binh, chi] = [join("Phan Văn An"), join("Đỗ Thị Bình"), join("Lý Văn Chí")];
    h.app.services.commitments.save(an, 2024, PLAN, now);
    rows.result(an, "excellent");
    rows.result(binh, "good");
    rows.result(chi, "notDone");
    rows.nomination(second.id, an, "individual", true);
    rows.nomination(second.id, binh, "individual", true);

    const rollup = loadRollup(h.app.services, committeeId, 2024);
    expect(rollup.cells).toHaveLength(2);
    const sum = (pick: (row: (typeof rollup.cells)[number]) => number) =>
      rollup.cells.reduce((total, row) => total + pick(row), 0);
    expect(rollup.totals.reported).toBe(sum((r) => r.reported));
    expect(rollup.totals.reported).toBe(5);
    for (const level of ["excellent", "good", "done", "notDone"] as const) {
      expect(rollup.totals.levels[level], level).toBe(sum((r) => r.levels[level]));
    }
    expect(rollup.totals.levels).toEqual({ excellent: 1, good: 2, done: 0, notDone: 1 });
    expect(rollup.totals.models).toBe(1);
    expect(rollup.totals.nominated).toEqual({
      individuals: sum((r) => r.nominated.individuals),
      collectives: sum((r) => r.nominated.collectives),
    });
    expect(rollup.totals.nominated).toEqual({ individuals: 2, collectives: 1 });

    const text = rollupText(rollup).map((line) =>
      plainText(h.app.translator.t(line.key, line.args)),
    );
    expect(text).toContainEqual(
      expect.stringContaining(
        "kết quả 2/4; xếp loại: 0 xuất sắc, 1 tốt, 0 hoàn thành, 0 không hoàn thành; mô hình: Đường phố sạch",
      ),
    );
    expect(text).toContainEqual(expect.stringContaining("mô hình: chưa đăng ký"));
    expect(text.at(-1)).toContain("Cộng: kết quả 5/7;");
    expect(text.at(-1)).toContain("1/2 chi bộ có mô hình; biểu dương: 2 cá nhân, 1 tập thể.");
    // Counts only: no member's name reaches the committee's summary.
    for (const name of ["Hùng", "Dung", "Phan Văn An", "Đỗ Thị Bình", "Lý Văn Chí"]) {
      expect(text.join("\n")).not.toContain(name);
    }
  });

  it("adds no year-end line before anything of it is in", async () => {
    const { committeeId } = await mixedCell();
    const keys = rollupText(loadRollup(h.app.services, committeeId, 2024)).map((l) => l.key);
    expect(keys).not.toContain("tonghop-cell-year-end");
    expect(keys).not.toContain("tonghop-totals-year-end");
  });
});
