import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { materialsKind } from "../../src/domain/materials-rules.js";

/** A Word file as Word or LibreOffice writes one. */
async function wordFile(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph("Chương trình")] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function excelFile(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Danh sách").addRow(["Họ và tên"]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("what a document is", () => {
  it("takes Word and Excel packages by their parts, not by the ZIP header alone", async () => {
    const word = await wordFile();
    const excel = await excelFile();
    expect(materialsKind({ name: "bien-ban.docx" }, word)).toBe("docx");
    expect(materialsKind({ name: "danh-sach.xlsx" }, excel)).toBe("xlsx");
    // Any ZIP renamed, and a workbook or a Word file renamed as the other, are refused.
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]);
    expect(materialsKind({ name: "bien-ban.docx" }, zip)).toBeUndefined();
    expect(materialsKind({ name: "bien-ban.docx" }, excel)).toBeUndefined();
    expect(materialsKind({ name: "danh-sach.xlsx" }, word)).toBeUndefined();
  });
});
