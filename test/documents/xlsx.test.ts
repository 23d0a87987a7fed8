import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { CellWorkbook, Say } from "../../src/documents/document-data.js";
import { cellWorkbookXlsx } from "../../src/documents/xlsx/cell-workbook.js";
import { rollupXlsx } from "../../src/documents/xlsx/rollup-workbook.js";
import {
  cellText,
  MAX_CELL_TEXT,
  MAX_COLUMN_WIDTH,
  sheetName,
} from "../../src/documents/xlsx/sheet-table.js";
import { MAX_PART_LENGTH } from "../../src/domain/commitment-rules.js";
import { MEETING_KINDS } from "../../src/domain/meeting-rules.js";
import { MEMBER_ROLES, MEMBER_STATUSES } from "../../src/domain/member-rules.js";
import { plainText } from "../../src/domain/rich-text.js";
import { LOCALES, Translator } from "../../src/i18n.js";
import type { CellRollupRow, CommitteeRollup } from "../../src/reports/rollup.js";

const vi = new Translator("vi");
const say: Say = (key, args) => plainText(vi.t(key, args));
/** A share with one decimal, marked Vietnamese: LibreOffice writes 0.833 as "83,3%". */
const VI_PERCENT = "[$-42A]0.0%";

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  expect(buffer.subarray(0, 2).toString("latin1")).toBe("PK"); // a zip, as an XLSX is
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type; Node's is what it reads at run time.
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The values of a row, from column 1 (exceljs keeps an empty slot 0). */
function rowValues(worksheet: ExcelJS.Worksheet, row: number): unknown[] {
  const values = worksheet.getRow(row).values as unknown[];
  return Array.from({ length: worksheet.columnCount }, (_, i) => values[i + 1] ?? null);
}

function expectTableShape(worksheet: ExcelJS.Worksheet, lastCell: string) {
  const view = worksheet.views[0];
  expect(view?.state).toBe("frozen");
  expect(view && "ySplit" in view ? view.ySplit : undefined).toBe(1);
  expect(worksheet.autoFilter).toBe(`A1:${lastCell}`);
  worksheet.getRow(1).eachCell((cell) => expect(cell.font?.bold, cell.address).toBe(true));
  for (let column = 1; column <= worksheet.columnCount; column++) {
    const width = worksheet.getColumn(column).width;
    expect(width, `width of column ${column}`).toBeGreaterThanOrEqual(5);
    expect(width, `width of column ${column}`).toBeLessThanOrEqual(MAX_COLUMN_WIDTH);
  }
}

/** The four levels as Quy định 366-QĐ/TW names them (plans/default.yaml). */
const LEVEL_NAMES = {
  excellent: "Hoàn thành xuất sắc nhiệm vụ",
  good: "Hoàn thành tốt nhiệm vụ",
  done: "Hoàn thành nhiệm vụ",
  notDone: "Không hoàn thành nhiệm vụ",
};

const LONG_NAME = `Nguyễn ${"Hoàng Thị Ánh Tuyết ".repeat(20)}`.slice(0, 299).concat("n");
const LONG_PLAN = `Đọc và làm theo ${"tấm gương đạo đức Hồ Chí Minh về cần, kiệm, liêm, chính, ".repeat(8)}mỗi tháng.`;

const cell: CellWorkbook = {
  cellName: "Chi bộ Khu phố 1",
  year: 2025,
  timeZone: "Asia/Ho_Chi_Minh",
  partNames: { study: "Học tập", follow: "Làm theo", example: "Nêu gương" },
  members: [
    {
      name: "Nguyễn Văn An",
      role: "secretary",
      status: "full",
      registration: "registered",
      study: "Học chuyên đề năm 2025",
      follow: LONG_PLAN,
      example: "Đi họp đúng giờ",
    },
    {
      name: "Trần Thị Bích\u0001 Ngọc",
      role: "deputy",
      status: "full",
      registration: "registered",
      study: "Đọc sách\nvà ghi chép",
      follow: "Tiết kiệm",
      example: "Gương mẫu",
    },
    { name: LONG_NAME, role: "member", status: "probationary", registration: "missing" },
    { name: "Võ Đức Thắng", role: "member", status: "exempt", registration: "exempt" },
  ],
  meetings: [
    // Given out of order: the sheet puts them by date.
    {
      kind: "thematic",
      startsAt: new Date("2025-06-10T01:00:00Z"),
      endsAt: new Date("2025-06-10T03:00:00Z"),
      place: "Nhà văn hóa",
      topic: "Chuyên đề năm",
      present: ["Nguyễn Văn An", "Trần Thị Bích Ngọc", LONG_NAME],
      absentWithReason: [],
      absentWithoutReason: [],
      exempt: ["Võ Đức Thắng"],
    },
    {
      kind: "regular",
      // 00:30 on 2 March in Hồ Chí Minh City: the local day, not the UTC one.
      startsAt: new Date("2025-03-01T17:30:00Z"),
      endsAt: new Date("2025-03-01T19:30:00Z"),
      place: "Nhà văn hóa",
      topic: "Sinh hoạt tháng 3",
      present: ["Nguyễn Văn An"],
      absentWithReason: [
        { name: "Trần Thị Bích\u0001 Ngọc", reason: "Đi công tác" },
        { name: "Lê Văn Cũ", reason: null },
      ],
      absentWithoutReason: [LONG_NAME],
      exempt: ["Võ Đức Thắng"],
    },
  ],
  polls: [
    {
      question: "Chọn ngày sinh hoạt chuyên đề",
      anonymous: false,
      total: 4,
      options: [
        { option: "Thứ Bảy", votes: 3 },
        { option: "Chủ nhật", votes: 1 },
      ],
    },
    { question: "Câu hỏi chưa có phương án", anonymous: true, total: 0, options: [] },
  ],
  levelNames: LEVEL_NAMES,
  results: [
    {
      name: "Nguyễn Văn An",
      results: {
        parts: {
          study: { outcome: "done", text: "Đọc đủ 12 bài <b>& ghi chép", why: null },
          follow: { outcome: "partly", text: "Tiết kiệm điện", why: "Ốm\u0001 tháng 9" },
          example: { outcome: "notDone", text: "", why: "Chưa có dịp" },
        },
        proposedLevel: "excellent",
        submittedOn: "2025-12-05",
      },
      agreedLevel: "good",
    },
    { name: LONG_NAME, results: null, agreedLevel: null },
  ],
  nominations: [
    {
      round: "midterm",
      kind: "individual",
      name: "Nguyễn Văn An",
      role: "secretary",
      reason: "Gương mẫu <i>& tận tụy",
      votes: 7,
      confirmed: true,
    },
    {
      round: "yearEnd",
      kind: "collective",
      name: "Tổ dân phố 3",
      role: null,
      reason: "Giữ đường phố sạch",
      votes: 2,
      confirmed: false,
    },
  ],
};

const SHEETS = ["Đăng ký", "Điểm danh", "Bình chọn", "Kết quả", "Biểu dương"];

describe("cellWorkbookXlsx", () => {
  it("has the five sheets, each a table with a frozen bold header and a filter", async () => {
    const workbook = await load(await cellWorkbookXlsx(cell, say));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(SHEETS);
    expectTableShape(sheet(workbook, "Đăng ký"), "H5");
    // STT, name, 2 meetings, 4 totals, rate, reasons; 4 members and one who left.
    expectTableShape(sheet(workbook, "Điểm danh"), "J6");
    expectTableShape(sheet(workbook, "Bình chọn"), "G4");
    // STT, name, outcome and what was done for 3 parts, why, day, 2 levels; 2 members.
    expectTableShape(sheet(workbook, "Kết quả"), "L3");
    expectTableShape(sheet(workbook, "Biểu dương"), "H3");
  });

  it("gives each member's results, why not, and both levels by the plan's names", async () => {
    const results = sheet(await load(await cellWorkbookXlsx(cell, say)), "Kết quả");
    expect(rowValues(results, 1)).toEqual([
      "STT",
      "Họ và tên",
      "Học tập: kết quả",
      "Học tập: việc đã làm",
      "Làm theo: kết quả",
      "Làm theo: việc đã làm",
      "Nêu gương: kết quả",
      "Nêu gương: việc đã làm",
      "Việc chưa làm được, lý do",
      "Ngày báo cáo",
      "Tự nhận mức xếp loại",
      "Chi bộ xếp loại",
    ]);
    expect(rowValues(results, 2)).toEqual([
      1,
      "Nguyễn Văn An",
      "Đã hoàn thành",
      "Đọc đủ 12 bài <b>& ghi chép",
      "Hoàn thành một phần",
      "Tiết kiệm điện",
      "Chưa hoàn thành",
      null,
      "Làm theo: Ốm tháng 9\nNêu gương: Chưa có dịp",
      "05/12/2025",
      "Hoàn thành xuất sắc nhiệm vụ",
      "Hoàn thành tốt nhiệm vụ",
    ]);
    expect(rowValues(results, 3)).toEqual([
      2,
      cellText(LONG_NAME),
      ...Array(7).fill(null),
      "Chưa báo cáo",
      null,
      null,
    ]);
  });

  it("lists every nomination of the year with its round, votes and whether confirmed", async () => {
    const praise = sheet(await load(await cellWorkbookXlsx(cell, say)), "Biểu dương");
    expect(rowValues(praise, 1)).toEqual([
      "STT",
      "Đợt",
      "Cá nhân/tập thể",
      "Họ và tên/ tên tập thể",
      "Vai trò",
      "Thành tích tiêu biểu",
      "Số phiếu",
      "Đã chốt",
    ]);
    expect(rowValues(praise, 2)).toEqual([
      1,
      "Sơ kết",
      "Cá nhân",
      "Nguyễn Văn An",
      "Bí thư",
      "Gương mẫu <i>& tận tụy",
      7,
      "Đã chốt",
    ]);
    expect(rowValues(praise, 3)).toEqual([
      2,
      "Tổng kết",
      "Tập thể",
      "Tổ dân phố 3",
      null,
      "Giữ đường phố sạch",
      2,
      null,
    ]);
  });

  it("lists the roster with roles, statuses, registration and the three parts of the plan", async () => {
    const roster = sheet(await load(await cellWorkbookXlsx(cell, say)), "Đăng ký");
    expect(rowValues(roster, 1)).toEqual([
      "STT",
      "Họ và tên",
      "Vai trò",
      "Tình trạng",
      "Tình trạng đăng ký",
      "Học tập",
      "Làm theo",
      "Nêu gương",
    ]);
    expect(rowValues(roster, 2)).toEqual([
      1,
      "Nguyễn Văn An",
      "Bí thư",
      "Chính thức",
      "Đã đăng ký",
      "Học chuyên đề năm 2025",
      LONG_PLAN,
      "Đi họp đúng giờ",
    ]);
    // The control character is gone, the rest is as typed, composed.
    const second = rowValues(roster, 3);
    expect(second[1]).toBe("Trần Thị Bích Ngọc");
    expect(second[1]).toBe((second[1] as string).normalize("NFC"));
    expect(second[5]).toBe("Đọc sách\nvà ghi chép");
    expect(rowValues(roster, 4)).toEqual([
      3,
      LONG_NAME,
      "Đảng viên",
      "Dự bị",
      "Chưa đăng ký",
      null,
      null,
      null,
    ]);
    expect(rowValues(roster, 5).slice(1, 5)).toEqual([
      "Võ Đức Thắng",
      "Đảng viên",
      "Miễn sinh hoạt",
      "Miễn đăng ký",
    ]);
  });

  it("sizes columns to their content, narrowed to fit the page, and wraps long names and plans", async () => {
    const roster = sheet(await load(await cellWorkbookXlsx(cell, say)), "Đăng ký");
    expect(LONG_NAME).toHaveLength(300);
    expect(roster.getColumn(1).width).toBeLessThanOrEqual(10);
    // The 300-character name: wide, but narrowed with the plans to fit the page, and wrapped.
    expect(roster.getColumn(2).width).toBeGreaterThanOrEqual(25);
    expect(roster.getColumn(2).width).toBeLessThanOrEqual(MAX_COLUMN_WIDTH);
    expect(roster.getCell("B4").alignment?.wrapText).toBe(true);
    // The roles fit without being wide.
    const role = roster.getColumn(3).width ?? 0;
    expect(role).toBeGreaterThanOrEqual("Đảng viên".length);
    expect(role).toBeLessThan(20);
    // The long plan: narrowed and wrapped; the short example fits on one line.
    expect(roster.getColumn(7).width).toBeGreaterThanOrEqual(20);
    expect(roster.getColumn(7).width).toBeLessThan(MAX_COLUMN_WIDTH);
    expect(roster.getCell("G2").alignment?.wrapText).toBe(true);
    expect(roster.getColumn(8).width).toBeLessThan(MAX_COLUMN_WIDTH);
    expect(roster.getColumn(8).width).toBeGreaterThanOrEqual("Đi họp đúng giờ".length);
  });

  it("marks attendance per member and meeting, with totals and the reasons", async () => {
    const attendance = sheet(await load(await cellWorkbookXlsx(cell, say)), "Điểm danh");
    expect(rowValues(attendance, 1)).toEqual([
      "STT",
      "Họ và tên",
      "02/03/2025 (Định kỳ)",
      "10/06/2025 (Chuyên đề)",
      "Số buổi có mặt",
      "Số buổi vắng có lý do",
      "Số buổi vắng không lý do",
      "Số buổi được miễn",
      "Tỷ lệ có mặt",
      "Lý do vắng",
    ]);
    expect(rowValues(attendance, 2)).toEqual([
      1,
      "Nguyễn Văn An",
      "Có mặt",
      "Có mặt",
      2,
      0,
      0,
      0,
      1,
      null,
    ]);
    expect(rowValues(attendance, 3)).toEqual([
      2,
      "Trần Thị Bích Ngọc",
      "Vắng có lý do",
      "Có mặt",
      1,
      1,
      0,
      0,
      0.5,
      "02/03/2025: Đi công tác",
    ]);
    expect(rowValues(attendance, 4)).toEqual([
      3,
      LONG_NAME,
      "Vắng không lý do",
      "Có mặt",
      1,
      0,
      1,
      0,
      0.5,
      null,
    ]);
    expect(rowValues(attendance, 5)).toEqual([
      4,
      "Võ Đức Thắng",
      "Miễn",
      "Miễn",
      0,
      0,
      0,
      2,
      null,
      null,
    ]);
    // Someone the meetings name who is no longer on the roster keeps their attendance.
    expect(rowValues(attendance, 6)).toEqual([
      5,
      "Lê Văn Cũ",
      "Vắng có lý do",
      null,
      0,
      1,
      0,
      0,
      0,
      null,
    ]);
    expect(attendance.getCell("C3").note).toBe("Lý do vắng: Đi công tác");
    expect(attendance.getCell("C6").note).toBeUndefined();
    expect(attendance.getCell("I3").numFmt).toBe(VI_PERCENT);
    const view = attendance.views[0];
    expect(view && "xSplit" in view ? view.xSplit : undefined).toBe(2);
  });

  it("gives the votes and shares of each poll option", async () => {
    const polls = sheet(await load(await cellWorkbookXlsx(cell, say)), "Bình chọn");
    expect(rowValues(polls, 1)).toEqual([
      "STT",
      "Câu hỏi",
      "Hình thức",
      "Phương án",
      "Số phiếu",
      "Tỷ lệ",
      "Tổng số phiếu",
    ]);
    expect(rowValues(polls, 2)).toEqual([
      1,
      "Chọn ngày sinh hoạt chuyên đề",
      "Công khai",
      "Thứ Bảy",
      3,
      0.75,
      4,
    ]);
    expect(rowValues(polls, 3)).toEqual([
      1,
      "Chọn ngày sinh hoạt chuyên đề",
      "Công khai",
      "Chủ nhật",
      1,
      0.25,
      4,
    ]);
    // A poll without options still shows its question.
    expect(rowValues(polls, 4)).toEqual([
      2,
      "Câu hỏi chưa có phương án",
      "Bỏ phiếu kín",
      null,
      null,
      null,
      0,
    ]);
    expect(polls.getCell("F2").numFmt).toBe(VI_PERCENT);
  });

  it("heads the parts' columns with the names the year's plan gives them", async () => {
    const partNames = { study: "Học tập", follow: "Thực hành", example: "Nêu gương" };
    const roster = sheet(
      await load(await cellWorkbookXlsx({ ...cell, partNames }, say)),
      "Đăng ký",
    );
    const headers = rowValues(roster, 1);
    expect(headers.slice(5)).toEqual(["Học tập", "Thực hành", "Nêu gương"]);
    expect(headers).not.toContain("Làm theo");
  });

  it("gives a valid workbook for a cell with no members, meetings or polls", async () => {
    const empty: CellWorkbook = {
      ...cell,
      members: [],
      meetings: [],
      polls: [],
      results: [],
      nominations: [],
    };
    const workbook = await load(await cellWorkbookXlsx(empty, say));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(SHEETS);
    expectTableShape(sheet(workbook, "Đăng ký"), "H1");
    expectTableShape(sheet(workbook, "Điểm danh"), "H1");
    expectTableShape(sheet(workbook, "Bình chọn"), "G1");
    for (const worksheet of workbook.worksheets) expect(worksheet.rowCount).toBe(1);
  });

  it("builds in every locale", async () => {
    for (const locale of LOCALES) {
      const t = new Translator(locale);
      const localSay: Say = (key, args) => plainText(t.t(key, args));
      const workbook = await load(await cellWorkbookXlsx(cell, localSay));
      expect(workbook.worksheets).toHaveLength(5);
    }
  });
});

function rollupRow(index: number): CellRollupRow {
  const members = 5 + (index % 17);
  const exempt = index % 3;
  const registered = Math.max(0, members - exempt - (index % 4));
  return {
    code: `CB${String(index + 1).padStart(3, "0")}`,
    name: `Chi bộ Khu phố ${index + 1}`,
    members,
    registered,
    missing: members - exempt - registered,
    exempt,
    meetings: index % 5,
    meetingsByMonth: Array.from({ length: 12 }, (_, month) => (month < index % 5 ? 1 : 0)),
    attendanceRate: index % 5 === 0 ? null : 0.5 + (index % 50) / 100,
    atRemoval: index % 7 === 0 ? 1 : 0,
    behind: index % 4 === 3,
    reported: Math.max(0, registered - 1),
    levels: { excellent: index % 2, good: 2, done: index % 3, notDone: 0 },
    model: index % 2 === 0 ? `Mô hình ${index + 1}` : null,
    nominated: { individuals: index % 3, collectives: index % 2 },
  };
}

function rollupOf(cells: CellRollupRow[]): CommitteeRollup {
  const sum = (pick: (row: CellRollupRow) => number) =>
    cells.reduce((total, row) => total + pick(row), 0);
  return {
    committeeName: "Đảng bộ phường Phú Cường & Chánh Nghĩa",
    year: 2025,
    day: "2025-06-30",
    levelNames: LEVEL_NAMES,
    cells,
    totals: {
      members: sum((r) => r.members),
      registered: sum((r) => r.registered),
      missing: sum((r) => r.missing),
      exempt: sum((r) => r.exempt),
      meetings: sum((r) => r.meetings),
      meetingsByMonth: Array.from({ length: 12 }, (_, month) =>
        sum((r) => r.meetingsByMonth[month] ?? 0),
      ),
      attendanceRate: 0.8125,
      atRemoval: sum((r) => r.atRemoval),
      reported: sum((r) => r.reported),
      levels: {
        excellent: sum((r) => r.levels.excellent),
        good: sum((r) => r.levels.good),
        done: sum((r) => r.levels.done),
        notDone: sum((r) => r.levels.notDone),
      },
      models: cells.filter((r) => r.model !== null).length,
      nominated: {
        individuals: sum((r) => r.nominated.individuals),
        collectives: sum((r) => r.nominated.collectives),
      },
    },
  };
}

describe("rollupXlsx", () => {
  const first: CellRollupRow = {
    ...rollupRow(0),
    name: "Chi bộ Khu phố Đông Nhì\u0007",
    meetings: 3,
    attendanceRate: 0.875,
  };
  const cells = [first, rollupRow(1), rollupRow(2), rollupRow(3)];

  it("has a row per cell, then the totals, which add up", async () => {
    const data = rollupOf(cells);
    const workbook = await load(await rollupXlsx(data, say));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "Tổng hợp",
      "Kết quả, xếp loại",
      "Sinh hoạt theo tháng",
    ]);
    const rollup = sheet(workbook, "Tổng hợp");
    expectTableShape(rollup, "I5"); // the totals stay out of the filter, so sorting keeps them last
    expect(rowValues(rollup, 1)).toEqual([
      "Mã chi bộ",
      "Chi bộ",
      "Số đảng viên",
      "Đã đăng ký",
      "Chưa đăng ký",
      "Miễn đăng ký",
      "Số buổi sinh hoạt",
      "Tỷ lệ có mặt",
      "Chậm",
    ]);
    expect(rowValues(rollup, 2)).toEqual([
      "CB001",
      "Chi bộ Khu phố Đông Nhì",
      first.members,
      first.registered,
      first.missing,
      first.exempt,
      3,
      0.875,
      null,
    ]);
    expect(rowValues(rollup, 5)[8]).toBe("chậm");
    expect(rollup.getCell("H2").numFmt).toBe(VI_PERCENT);

    const totals = rowValues(rollup, 6);
    expect(totals.slice(0, 2)).toEqual([null, "Tổng cộng"]);
    expect(totals[7]).toBe(0.8125);
    expect(totals[8]).toBe("1 chi bộ chậm");
    expect(rollup.getRow(6).font?.bold).toBe(true);
    // Each total, as written, is the sum of the rows above it.
    for (let column = 3; column <= 7; column++) {
      const sum = [2, 3, 4, 5].reduce(
        (total, row) => total + (rollup.getCell(row, column).value as number),
        0,
      );
      expect(rollup.getCell(6, column).value, `column ${column}`).toBe(sum);
    }
    expect(rowValues(rollup, 6).slice(2, 7)).toEqual([
      data.totals.members,
      data.totals.registered,
      data.totals.missing,
      data.totals.exempt,
      data.totals.meetings,
    ]);
  });

  it("builds for a committee without cells", async () => {
    const workbook = await load(await rollupXlsx(rollupOf([]), say));
    const rollup = sheet(workbook, "Tổng hợp");
    expectTableShape(rollup, "I1");
    expect(rowValues(rollup, 2).slice(1, 8)).toEqual(["Tổng cộng", 0, 0, 0, 0, 0, 0.8125]);
  });

  it("builds for 500 cells", async () => {
    const many = Array.from({ length: 500 }, (_, index) => rollupRow(index));
    const data = rollupOf(many);
    const rollup = sheet(await load(await rollupXlsx(data, say)), "Tổng hợp");
    expect(rollup.rowCount).toBe(502);
    expectTableShape(rollup, "I501");
    expect(rollup.getCell("A501").value).toBe("CB500");
    expect(rollup.getCell("C502").value).toBe(data.totals.members);
    expect(rollup.getCell("I502").value).toBe(
      `${many.filter((row) => row.behind).length} chi bộ chậm`,
    );
  });
});

/** Excel's width unit is a digit of Calibri 11: 7 px at 96 px an inch. */
const DIGIT_PX = 7;
const DEFAULT_ROW_HEIGHT = 15;

function columnWidths(worksheet: ExcelJS.Worksheet): number[] {
  return Array.from(
    { length: worksheet.columnCount },
    (_, i) => worksheet.getColumn(i + 1).width ?? 9,
  );
}

/** The smallest text on a printed page, in points: the smallest font, shrunk as Excel shrinks it. */
function printedSize(worksheet: ExcelJS.Worksheet): number {
  const { pageSetup } = worksheet;
  const margins = pageSetup.margins;
  if (!margins) throw new Error("no margins");
  const paperInches = (pageSetup.orientation === "landscape" ? 297 : 210) / 25.4;
  const printablePx = (paperInches - margins.left - margins.right) * 96;
  const contentPx = columnWidths(worksheet).reduce((sum, width) => sum + width * DIGIT_PX, 0);
  const scale = pageSetup.fitToPage
    ? Math.min(1, printablePx / contentPx)
    : (pageSetup.scale ?? 100) / 100;
  let smallest = Number.POSITIVE_INFINITY;
  worksheet.eachRow((row) =>
    row.eachCell((cell) => {
      smallest = Math.min(smallest, cell.font?.size ?? 11);
    }),
  );
  return smallest * scale;
}

function expectPrintable(worksheet: ExcelJS.Worksheet) {
  const { pageSetup } = worksheet;
  expect(pageSetup.paperSize, worksheet.name).toBe(9); // A4
  expect(pageSetup.printTitlesRow, worksheet.name).toBe("1:1");
  const margins = pageSetup.margins;
  for (const side of ["left", "right", "top", "bottom"] as const) {
    expect(margins?.[side], `${worksheet.name} ${side}`).toBeGreaterThanOrEqual(0.4);
    expect(margins?.[side], `${worksheet.name} ${side}`).toBeLessThanOrEqual(1);
  }
  // The page header and footer sit inside the top and bottom margins.
  expect(margins?.header).toBeLessThan(margins?.top ?? 0);
  expect(margins?.footer).toBeLessThan(margins?.bottom ?? 0);
  if (pageSetup.fitToPage) {
    // One page across, as many down as the rows take: never shrunk to fit the height.
    expect(pageSetup.fitToWidth, worksheet.name).toBe(1);
    expect(pageSetup.fitToHeight, worksheet.name).toBe(0);
  }
  expect(printedSize(worksheet), worksheet.name).toBeGreaterThanOrEqual(9);
  worksheet.eachRow((row) => expect(row.height ?? DEFAULT_ROW_HEIGHT).toBeLessThanOrEqual(409));
}

/** A meeting on the first Sunday of each month, and a thematic one each quarter. */
function yearOfMeetings(): CellWorkbook["meetings"] {
  return Array.from({ length: 16 }, (_, i) => {
    const startsAt = new Date(Date.UTC(2025, i % 12, 2 + Math.floor(i / 12) * 10, 12));
    return {
      kind: i >= 12 ? "thematic" : "regular",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      place: "Nhà văn hóa",
      topic: "Sinh hoạt",
      present: ["Nguyễn Văn An", "Võ Đức Thắng"],
      absentWithReason: [{ name: "Trần Thị Bích Ngọc", reason: "Đi công tác" }],
      absentWithoutReason: [LONG_NAME],
      exempt: [],
    };
  });
}

describe("printing", () => {
  it("prints every sheet on A4 with margins, the header row on each page, text at 9 pt or more", async () => {
    const workbooks = [
      await load(await cellWorkbookXlsx(cell, say)),
      await load(await cellWorkbookXlsx({ ...cell, meetings: yearOfMeetings() }, say)),
      await load(await cellWorkbookXlsx({ ...cell, members: [], meetings: [], polls: [] }, say)),
      await load(
        await rollupXlsx(rollupOf(Array.from({ length: 500 }, (_, i) => rollupRow(i))), say),
      ),
    ];
    for (const workbook of workbooks) workbook.worksheets.forEach(expectPrintable);
  });

  it("prints a wide table landscape, one page across at full size, and a narrow one portrait", async () => {
    const roster = sheet(await load(await cellWorkbookXlsx(cell, say)), "Đăng ký");
    expect(roster.pageSetup.orientation).toBe("landscape");
    expect(roster.pageSetup.fitToPage).toBe(true);
    // The plans are narrowed so that the table fits across at 100%: 11 pt on paper.
    expect(printedSize(roster)).toBe(11);
    const empty = await load(await cellWorkbookXlsx({ ...cell, members: [], polls: [] }, say));
    expect(sheet(empty, "Bình chọn").pageSetup.orientation).toBe("portrait");
  });

  it("prints a year of meetings over pages across at 9 pt, names on each, rather than shrink it", async () => {
    const workbook = await load(
      await cellWorkbookXlsx({ ...cell, meetings: yearOfMeetings() }, say),
    );
    const attendance = sheet(workbook, "Điểm danh");
    expect(attendance.columnCount).toBe(2 + 16 + 6);
    const { pageSetup } = attendance;
    // Fitting it to one page across would print it smaller than 9 pt…
    const landscapePx = (297 / 25.4 - 1.2) * 96;
    const contentPx = columnWidths(attendance).reduce((sum, width) => sum + width * DIGIT_PX, 0);
    expect((11 * landscapePx) / contentPx).toBeLessThan(9);
    // …so it is not fitted: it prints at a scale that keeps 9 pt, the number and name repeated.
    expect(pageSetup.fitToPage).toBe(false);
    expect(pageSetup.orientation).toBe("landscape");
    expect(pageSetup.scale).toBeLessThanOrEqual(100);
    expect(printedSize(attendance)).toBeGreaterThanOrEqual(9);
    expect(pageSetup.printTitlesColumn).toBe("A:B");
  });

  it("makes each row as tall as its wrapped text, and leaves one-line rows alone", async () => {
    const roster = sheet(await load(await cellWorkbookXlsx(cell, say)), "Đăng ký");
    const plan = roster.getColumn(7).width ?? 0;
    // A line holds no more characters than the column is wide: LONG_PLAN needs this many lines.
    const planLines = Math.ceil(LONG_PLAN.length / plan);
    expect(planLines).toBeGreaterThan(5);
    expect(roster.getRow(2).height).toBeGreaterThanOrEqual(DEFAULT_ROW_HEIGHT * planLines);
    // The 300-character name wraps too.
    const nameLines = Math.ceil(LONG_NAME.length / (roster.getColumn(2).width ?? 0));
    expect(roster.getRow(4).height).toBeGreaterThanOrEqual(DEFAULT_ROW_HEIGHT * nameLines);
    // "Đọc sách\nvà ghi chép": two lines.
    expect(roster.getRow(3).height).toBeGreaterThanOrEqual(2 * DEFAULT_ROW_HEIGHT);
    // Short words only: Excel's own height.
    expect(roster.getRow(5).height ?? DEFAULT_ROW_HEIGHT).toBe(DEFAULT_ROW_HEIGHT);
    // The headers wrap between their words, and their row is as tall as the tallest.
    const attendance = sheet(await load(await cellWorkbookXlsx(cell, say)), "Điểm danh");
    const header = attendance.getRow(1);
    expect(header.height).toBeGreaterThanOrEqual(2 * DEFAULT_ROW_HEIGHT);
    header.eachCell((cell) => {
      const words = String(cell.value).split(" ");
      const width = attendance.getColumn(cell.col).width ?? 0;
      for (const word of words) expect(word.length, word).toBeLessThanOrEqual(width);
    });
  });

  it("keeps the longest plan within the tallest row Excel allows", async () => {
    const longest = `${"Tự học tiếng Anh mỗi tối, ".repeat(40)}`.slice(0, MAX_PART_LENGTH);
    const members = cell.members.map((member) => ({ ...member, study: longest, follow: longest }));
    const roster = sheet(await load(await cellWorkbookXlsx({ ...cell, members }, say)), "Đăng ký");
    const width = roster.getColumn(6).width ?? 0;
    const lines = Math.ceil(longest.length / width);
    expect(DEFAULT_ROW_HEIGHT * lines).toBeLessThanOrEqual(409);
    expect(roster.getRow(2).height).toBeGreaterThanOrEqual(DEFAULT_ROW_HEIGHT * lines);
    expectPrintable(roster);
  });

  it("writes shares as numbers with the workbook language's decimal comma", async () => {
    const en = new Translator("en");
    const enSay: Say = (key, args) => plainText(en.t(key, args));
    const vi = sheet(await load(await rollupXlsx(rollupOf([rollupRow(1)]), say)), "Tổng hợp");
    const english = sheet(await load(await rollupXlsx(rollupOf([rollupRow(1)]), enSay)), "Roll-up");
    expect(typeof vi.getCell("H2").value).toBe("number");
    // Vietnamese ([$-42A]): "83,3%", the decimal comma and no space, as the Word reports write it.
    expect(vi.getCell("H2").numFmt).toBe(VI_PERCENT);
    expect(english.getCell("H2").numFmt).toBe("0.0%");
  });
});

describe("cellText", () => {
  it("keeps line breaks and tabs and removes the control characters Excel refuses", () => {
    expect(cellText("a\u0001b\u0000c\u001fd\u007fe\u0085f")).toBe("abcdef");
    expect(cellText("dòng 1\r\ndòng 2\rdòng 3\tcột")).toBe("dòng 1\ndòng 2\ndòng 3\tcột");
    expect(cellText("lẻ \ud800 loi \udc00 xong 😀")).toBe("lẻ  loi  xong 😀");
  });

  it("composes decomposed Vietnamese", () => {
    const decomposed = "Nguyễn".normalize("NFD");
    expect(cellText(decomposed)).toBe("Nguyễn".normalize("NFC"));
  });

  it("cuts what a cell cannot hold, between code points", () => {
    expect(cellText("a".repeat(MAX_CELL_TEXT + 10))).toHaveLength(MAX_CELL_TEXT);
    const emoji = `${"a".repeat(MAX_CELL_TEXT - 1)}😀`;
    expect(cellText(emoji)).toBe("a".repeat(MAX_CELL_TEXT - 1));
  });
});

describe("sheetName", () => {
  it("removes what Excel refuses in a sheet name and keeps it to 31 characters", () => {
    expect(sheetName("Quý [I]: a/b\\c*d?")).toBe("Quý I a b c d");
    expect(sheetName("'Đăng ký'")).toBe("Đăng ký");
    const long = sheetName("Điểm danh các buổi sinh hoạt của chi bộ năm 2025");
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long.startsWith("Điểm danh các buổi")).toBe(true);
    expect(sheetName("a\u0001b")).toBe("ab");
    expect(sheetName("")).toBe("Sheet");
    expect(sheetName("History")).toBe("HistorySheet");
  });

  it("does not repeat a name already taken", () => {
    expect(sheetName("Đăng ký", ["đăng ký"])).toBe("Đăng ký (2)");
    expect(sheetName("x".repeat(40), ["x".repeat(31)])).toBe(`${"x".repeat(27)} (2)`);
  });
});

describe("workbook locale keys", () => {
  const en = new Translator("en");
  it("have a word for every role, status, registration and kind of meeting", () => {
    const keys = [
      ...MEMBER_ROLES.map((role) => `xlsx-role-${role}`),
      ...MEMBER_STATUSES.map((status) => `xlsx-status-${status}`),
      ...["registered", "missing", "exempt"].map((state) => `xlsx-registration-${state}`),
      ...MEETING_KINDS.map((kind) => `xlsx-kind-${kind}`),
    ];
    for (const key of keys) {
      expect(vi.has(key), `${key} in vi`).toBe(true);
      expect(en.has(key), `${key} in en`).toBe(true);
    }
  });

  it("name every sheet within Excel's limits", () => {
    for (const t of [vi, en]) {
      for (const key of ["roster", "attendance", "polls", "rollup"]) {
        const name = plainText(t.t(`xlsx-sheet-${key}`));
        expect(sheetName(name)).toBe(name);
      }
    }
  });
});
