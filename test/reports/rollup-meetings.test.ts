import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { atThresholds } from "../../src/domain/attendance-ledger.js";
import { plainText } from "../../src/domain/rich-text.js";
import { cellLedger } from "../../src/meetings/ledger.js";
import { loadRollup } from "../../src/reports/rollup.js";
import { rollupText } from "../../src/reports/rollup-text.js";
import { open, tableRows, textOf } from "../documents/docx-reader.js";
import { Harness } from "../support/harness.js";

let h: Harness;
afterEach(() => h?.close());

/**
 * Two cells under one committee. Khu phố 1 meets in January, February and March, and Hùng
 * misses all three without reason; Mai misses January. Khu phố 2 meets in January and March,
 * everybody there.
 */
async function twoCells() {
  h = new Harness({ now: "2024-01-01T02:00:00Z" });
  await h.cellWith(["Hùng", "Mai"]);
  const { cells, members, meetings } = h.app.services;
  const now = h.clock.now();
  const [first] = cells.all();
  if (!first) throw new Error("no cell");
  cells.setCommittee(first.id, "Đảng ủy Phường 1", now);
  const committeeId = cells.byId(first.id)?.committeeId;
  if (!committeeId) throw new Error("no committee");
  const second = cells.createWithGroup("Khu phố 2", { chatId: "console:g2", title: "KP2" }, now);
  cells.setCommittee(second.id, "Đảng ủy Phường 1", now);
  const id = (name: string) => {
    const member = members.byPerson(`console:${name}`);
    if (!member) throw new Error(`no ${name}`);
    return member.id;
  };
  for (const name of ["Phan Văn An", "Đỗ Thị Bình"]) {
    members.create({
      cellId: second.id,
      fullName: name,
      role: "member",
      roster: "active",
      personId: `console:${name}`,
      displayName: name,
      now,
    });
  }
  const hold = (cellId: number, day: string, present: string[]) => {
    const startsAt = new Date(`${day}T19:00:00+07:00`);
    const endsAt = new Date(`${day}T20:30:00+07:00`);
    h.clock.set(new Date(startsAt.getTime() - 3_600_000).toISOString());
    const meeting = meetings.create(
      {
        cellId,
        kind: "regular",
        startsAt,
        endsAt,
        place: "Hội trường",
        topic: "",
        createdBy: id("Lan"),
      },
      h.clock.now(),
    );
    for (const name of present) {
      meetings.mark(
        meeting.id,
        id(name),
        { present: true, reason: null, markedBy: "self" },
        startsAt,
      );
    }
    h.clock.set(new Date(endsAt.getTime() + 60_000).toISOString());
    h.app.scheduler.runDue(h.clock.now());
    expect(meetings.byId(meeting.id)?.state).toBe("closed");
  };
  hold(first.id, "2024-01-05", ["Lan"]);
  hold(second.id, "2024-01-06", ["Phan Văn An", "Đỗ Thị Bình"]);
  hold(first.id, "2024-02-05", ["Lan", "Mai"]);
  hold(first.id, "2024-03-05", ["Lan", "Mai"]);
  hold(second.id, "2024-03-06", ["Phan Văn An", "Đỗ Thị Bình"]);
  h.clock.set("2024-04-10T02:00:00Z");
  return { first, second, committeeId };
}

describe("the roll-up's meetings by month and members at the removal rule", () => {
  it("counts meetings per month and members at three months; totals are the sums of the cells", async () => {
    const { first, second, committeeId } = await twoCells();
    const rollup = loadRollup(h.app.services, committeeId, 2024);
    const one = rollup.cells.find((row) => row.name === first.name);
    const two = rollup.cells.find((row) => row.name === second.name);
    expect(one?.meetingsByMonth).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(two?.meetingsByMonth).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(rollup.totals.meetingsByMonth).toEqual(
      rollup.totals.meetingsByMonth.map((_, i) =>
        rollup.cells.reduce((sum, row) => sum + (row.meetingsByMonth[i] ?? 0), 0),
      ),
    );
    expect(rollup.totals.meetingsByMonth.slice(0, 3)).toEqual([2, 1, 2]);
    expect(rollup.totals.meetings).toBe(5);
    // As the cell's own ledger counts them: Hùng, three months; Mai, one.
    const removal = (cellId: number) =>
      atThresholds(cellLedger(h.app.services, cellId, 2024).map((entry) => entry.ledger)).removal
        .length;
    expect(one?.atRemoval).toBe(removal(first.id));
    expect(one?.atRemoval).toBe(1);
    expect(two?.atRemoval).toBe(removal(second.id));
    expect(two?.atRemoval).toBe(0);
    expect(rollup.totals.atRemoval).toBe(1);
    // Attendance as before: present over counted, the cells' rates averaged.
    expect(one?.attendanceRate).toBeCloseTo(5 / 9);
    expect(two?.attendanceRate).toBe(1);

    const text = rollupText(rollup).map((line) =>
      plainText(h.app.translator.t(line.key, line.args)),
    );
    expect(text).toContain(`⚠️ ${first.code}: 1 đảng viên vắng không lý do từ 3 tháng trong năm`);
    expect(text).toContain("Vắng không lý do từ 3 tháng trong năm: 1 đảng viên, ở 1 chi bộ.");
    // Counts only: no member's name reaches the committee.
    for (const name of ["Hùng", "Mai", "Phan Văn An"]) expect(text.join("\n")).not.toContain(name);
  });

  it("counts a member at three months where nobody was warned: each meeting keeps who was absent", async () => {
    const { first, committeeId } = await twoCells();
    // As if the secretary had no private chat: no warning was ever recorded.
    h.app.database.sqlite.prepare("delete from absence_warnings").run();
    const kept = h.app.database.sqlite
      .prepare("select unexcused_ids as ids from meetings where cell_id = ? order by starts_at")
      .all(first.id) as { ids: string }[];
    const hung = h.app.services.members.byPerson("console:Hùng")?.id;
    expect(kept.map((row) => (JSON.parse(row.ids) as number[]).includes(hung ?? 0))).toEqual([
      true,
      true,
      true,
    ]);
    expect(loadRollup(h.app.services, committeeId, 2024).totals.atRemoval).toBe(1);
  });

  it("reads the sheets of meetings closed before they kept their absences, in warned cells", async () => {
    const { committeeId } = await twoCells();
    h.app.database.sqlite.prepare("update meetings set unexcused_ids = null").run();
    expect(loadRollup(h.app.services, committeeId, 2024).totals.atRemoval).toBe(1);
    // Nothing kept and nobody warned: those meetings are not read (seconds for 500 cells).
    h.app.database.sqlite.prepare("delete from absence_warnings").run();
    expect(loadRollup(h.app.services, committeeId, 2024).totals.atRemoval).toBe(0);
  });

  it("no longer counts a member a correction brought back under three months", async () => {
    const { committeeId } = await twoCells();
    expect(loadRollup(h.app.services, committeeId, 2024).totals.atRemoval).toBe(1);
    h.clock.set("2024-03-06T02:00:00Z");
    await h.say("Lan", "private", "/diemdanh vắng Hùng: đi viện");
    h.clock.set("2024-04-10T02:00:00Z");
    const rollup = loadRollup(h.app.services, committeeId, 2024);
    expect(rollup.cells[0]?.atRemoval).toBe(0);
    expect(rollup.totals.atRemoval).toBe(0);
  });

  it("the Word and Excel roll-ups show the months and the counts, the totals summing the cells", async () => {
    const { committeeId } = await twoCells();
    const docx = await open(
      (await h.app.documents({ kind: "rollup-docx", committeeId, year: 2024 })).data,
    );
    expect(docx.text).toContain("SINH HOẠT CHI BỘ TRONG NĂM");
    const rows = tableRows(docx).map((row) =>
      [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => textOf(m[1] ?? "")),
    );
    expect(rows).toContainEqual(["1", "2", "2/2"]);
    expect(rows).toContainEqual(["2", "1", "1/2"]);
    expect(rows).toContainEqual(["4", "0", "0/2"]);
    expect(rows).toContainEqual(["Tổng cộng", "5", ""]);
    // Khu phố 2 missed February; April is not over.
    expect(rows).toContainEqual([expect.any(String), "Khu phố 2", "2", "2", "2", "100%", "0"]);
    expect(rows).toContainEqual([
      expect.any(String),
      "Chi bộ Khu phố 1",
      "3",
      "3",
      "",
      "55,6%",
      "1",
    ]);
    expect(rows).toContainEqual(["", "Tổng cộng", "5", "", "", expect.any(String), "1"]);
    expect(docx.text).not.toContain("Hùng");

    const book = new ExcelJS.Workbook();
    const xlsx = await h.app.documents({ kind: "rollup-xlsx", committeeId, year: 2024 });
    await book.xlsx.load(xlsx.data as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet("Sinh hoạt theo tháng");
    if (!sheet) throw new Error("no sheet");
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(1).slice(2, 4)).toEqual(["Tháng 1", "Tháng 2"]);
    expect(values(1).slice(14)).toEqual([
      "Số buổi sinh hoạt",
      "Tỷ lệ có mặt",
      "Đảng viên vắng không lý do từ 3 tháng",
    ]);
    const cells = [values(2), values(3)];
    const footer = values(4);
    expect(footer[1]).toBe("Tổng cộng");
    for (const column of [...Array.from({ length: 12 }, (_, i) => i + 2), 14, 16]) {
      expect(footer[column], `column ${column}`).toBe(
        cells.reduce((sum, row) => sum + Number(row[column] ?? 0), 0),
      );
    }
    expect(footer.slice(2, 5)).toEqual([2, 1, 2]);
    expect(footer[16]).toBe(1);
  });
});
