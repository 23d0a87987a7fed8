import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterEach, describe, expect, it } from "vitest";
import { DOCUMENT_HOLDS } from "../../src/documents/document-reads.js";
import { officerCodeExpiresAt } from "../../src/domain/code-rules.js";
import type { Harness, Said } from "../support/harness.js";
import { texts } from "../support/harness.js";
import { newCommittee } from "../support/operator.js";
import { cellAtYearEnd, lastRead, member, trail } from "./data-reads-cell.js";

/**
 * Who looked (issue 19), in files: a file sent to a cell leader records each member whose plan,
 * results, reasons or level it holds, channel "file"; files of counts record nobody.
 */
let h: Harness;
afterEach(() => h?.close());

/** Lan asks /xuatbaocao for one file; returns the rows it left, and checks a file came. */
async function fileRows(label: RegExp): Promise<string[]> {
  const after = lastRead(h);
  await h.say("Lan", "private", "/xuatbaocao");
  const said = await h.press("Lan", "private", label);
  expect(
    said.some((s) => s.reply.document),
    texts(said),
  ).toBe(true);
  return trail(h, after);
}

describe("/xuatbaocao's files", () => {
  it("records the plans of the registration report, never the reader's own", async () => {
    h = await cellAtYearEnd();
    expect(await fileRows(/Báo cáo đăng ký/)).toEqual([
      "secretary Lan → Hùng: plan (file)",
      "secretary Lan → Mai: plan (file)",
    ]);
  });

  it("records everything the workbook holds: plans, results, levels proposed and agreed, reasons", async () => {
    h = await cellAtYearEnd();
    expect(await fileRows(/Bảng tính danh sách/)).toEqual([
      "secretary Lan → Bảo: level (file)",
      "secretary Lan → Hùng: level (file)",
      "secretary Lan → Hùng: plan (file)",
      "secretary Lan → Hùng: reasons (file)",
      "secretary Lan → Hùng: results (file)",
      "secretary Lan → Mai: plan (file)",
    ]);
  });

  it("records the year-end report's results and the levels the cell agreed, not a level only proposed", async () => {
    h = await cellAtYearEnd();
    expect(await fileRows(/Báo cáo tổng kết năm/)).toEqual([
      "secretary Lan → Bảo: level (file)",
      "secretary Lan → Hùng: results (file)",
    ]);
  });

  it("records the reasons of the minutes and of the attendance list", async () => {
    h = await cellAtYearEnd();
    expect(await fileRows(/Biên bản buổi họp/)).toEqual(["secretary Lan → Hùng: reasons (file)"]);
    expect(await fileRows(/Danh sách đảng viên tham dự/)).toEqual([
      "secretary Lan → Hùng: reasons (file)",
    ]);
  });

  it("records nobody for the files of counts and marks: results reports, ledgers, charts", async () => {
    h = await cellAtYearEnd();
    for (const label of [/Quý IV/, /Báo cáo kết quả năm/, /Bảng theo dõi sinh hoạt.*Word/]) {
      expect(await fileRows(label)).toEqual([]);
    }
    expect(await fileRows(/Bảng theo dõi sinh hoạt.*Excel/)).toEqual([]);
    expect(await fileRows(/Biểu đồ/)).toEqual([]);
  });

  it("records each file of 'all at once' as it is sent", async () => {
    h = await cellAtYearEnd();
    await h.say("Lan", "private", "/xuatbaocao");
    const said = await h.press("Lan", "private", "📦 Tất cả");
    expect(said.filter((s) => s.reply.document).length).toBeGreaterThan(8);
    const rows = trail(h);
    // The registration report, the minutes, the attendance list, the year-end, the workbook.
    expect(rows.filter((row) => row === "secretary Lan → Hùng: reasons (file)")).toHaveLength(3);
    expect(rows.filter((row) => row.includes("plan (file)"))).toHaveLength(4);
    expect(rows.some((row) => row.includes("→ Lan"))).toBe(false);
  });
});

describe("files of a member's own or of counts", () => {
  it("records nothing for one's own results report from /ketqua", async () => {
    h = await cellAtYearEnd();
    await h.say("Lan", "private", "/ketqua");
    await h.press("Lan", "private", "Đổi mức tự nhận");
    await h.press("Lan", "private", "Hoàn thành xuất sắc nhiệm vụ");
    const sent = await h.press("Lan", "private", "✅ Gửi báo cáo");
    expect(sent.some((s: Said) => s.reply.document?.kind === "member-results-docx")).toBe(true);
    expect(trail(h)).toEqual([]);
  });

  it("records nothing for the committee's roll-up: counts of cells, no member's data", async () => {
    h = await cellAtYearEnd();
    const committee = "Đảng ủy Phường Phú Hòa";
    const committeeId = newCommittee(h, committee);
    h.app.services.cells.setCommittee(member(h, "Lan").cellId, committee, h.clock.now());
    const code = h.app.services.officerCodes.issue(
      committeeId,
      officerCodeExpiresAt(h.clock.now()),
    );
    await h.say("Ánh", "private", `/tonghop ${code}`);
    for (const label of ["📄 Báo cáo tổng hợp (Word)", "📊 Bảng tổng hợp (Excel)"]) {
      await h.say("Ánh", "private", "/tonghop");
      const said = await h.press("Ánh", "private", label);
      expect(said.some((s) => s.reply.document?.kind.startsWith("rollup-"))).toBe(true);
    }
    expect(trail(h)).toEqual([]);
  });
});

describe("every kind of file", () => {
  /** The kinds a DocumentRequest may have, read from its type as the compiler does. */
  function requestKinds(): string[] {
    const file = fileURLToPath(new URL("../../src/messages/document-request.ts", import.meta.url));
    // The file alone: what its kinds are needs neither its imports nor the standard library.
    const program = ts.createProgram([file], { noLib: true, noResolve: true, types: [] });
    const source = program.getSourceFile(file);
    const alias = source?.statements
      .filter(ts.isTypeAliasDeclaration)
      .find((statement) => statement.name.text === "DocumentRequest");
    if (!alias) throw new Error(`no DocumentRequest in ${file}`);
    const checker = program.getTypeChecker();
    const union = checker.getTypeAtLocation(alias.name);
    const kind = union.isUnion() ? union.types : [union];
    return kind
      .flatMap((request) => {
        const type = checker.getTypeOfSymbol(
          checker.getPropertyOfType(request, "kind") as ts.Symbol,
        );
        return type.isUnion() ? type.types : [type];
      })
      .map((literal) => (literal.isStringLiteral() ? literal.value : checker.typeToString(literal)))
      .sort();
  }

  it("says what of members' data it holds, a new kind included", () => {
    const kinds = requestKinds();
    expect(kinds).toContain("registration-docx");
    expect(Object.keys(DOCUMENT_HOLDS).sort()).toEqual(kinds);
  });
});
