import { describe, expect, it } from "vitest";
import { planImport } from "../../src/domain/roster-import.js";
import { readRosterSheet, type SheetTable } from "../../src/domain/roster-sheet.js";

const read = (table: SheetTable) => {
  const sheet = readRosterSheet(table);
  if (!sheet.ok) throw new Error(sheet.problem);
  return sheet.entries.map((e) => [
    e.row,
    e.name.ok ? e.name.name : e.name.problem,
    e.role,
    e.status,
  ]);
};

describe("reading a roster sheet", () => {
  it("finds the header by its words, in any case and without marks, below a title block", () => {
    const table = [
      ["DANH SÁCH ĐẢNG VIÊN"],
      [],
      ["stt", "HO, TEN", "Chức vụ chính quyền", "Chức vụ Đảng", "TRANG THAI"],
      ["1", "nguyễn văn an", "Tổ trưởng", "Chi ủy viên", "dự bị"],
      ["2", "Trần Thị Bích", "", "PBT", "Đảng viên chính thức"],
    ];
    expect(read(table)).toEqual([
      [4, "Nguyễn Văn An", "committee", "probationary"],
      [5, "Trần Thị Bích", "deputy", "full"],
    ]);
  });

  it("takes words that name an object's own properties for what they are: unknown", () => {
    const table = [
      ["Họ tên", "Chức vụ", "Tình trạng"],
      ["Nguyễn Văn An", "constructor", "__proto__"],
      ["Trần Thị Bích", "toString", "hasOwnProperty"],
    ];
    expect(read(table)).toEqual([
      [2, "Nguyễn Văn An", undefined, undefined],
      [3, "Trần Thị Bích", undefined, undefined],
    ]);
  });

  it("joins a family name and a given name kept in two columns", () => {
    const table = [
      ["Họ và tên đệm", "Tên", "Tình trạng"],
      ["Lê Văn", "Cường", "Miễn SH"],
      ["Phạm Thị", "Dung", "Hưu trí"],
    ];
    expect(read(table)).toEqual([
      [2, "Lê Văn Cường", undefined, "exempt"],
      [3, "Phạm Thị Dung", undefined, "retired"],
    ]);
  });

  it("looks for the header in the first 20 rows only, and refuses more than 500 names", () => {
    const late = [...Array.from({ length: 20 }, () => ["…"]), ["Họ và tên"], ["Nguyễn Văn An"]];
    expect(readRosterSheet(late)).toEqual({ ok: false, problem: "no-name-column" });
    const many = [["Họ và tên"], ...Array.from({ length: 501 }, (_, i) => [`Nguyễn Văn ${i}a`])];
    expect(readRosterSheet(many)).toEqual({ ok: false, problem: "too-many-rows" });
    expect(readRosterSheet([["Họ và tên"], [""], ["(2)"]])).toEqual({
      ok: false,
      problem: "no-rows",
    });
  });

  it("plans nothing twice: a name on the roster under its marks, or twice in the file", () => {
    const sheet = readRosterSheet([
      ["Họ và tên"],
      ["Nguyen Van An"],
      ["Trần Thị Bích"],
      ["TRẦN THỊ BÍCH"],
      ["Chi bộ khu phố 2"],
    ]);
    if (!sheet.ok) throw new Error(sheet.problem);
    const roster = [
      { fullName: "Nguyễn Văn An", nameKey: "nguyen van an", roster: "active" as const },
    ];
    const plan = planImport(sheet.entries, { roster, importerRole: "deputy" });
    expect(plan.rows.map((r) => [r.row, r.outcome])).toEqual([
      [2, "on-roster"],
      [3, "add"],
      [4, "repeated"],
      [5, "not-a-name"],
    ]);
  });
});
