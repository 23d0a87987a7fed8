import ExcelJS from "exceljs";

/** A roster row as a cell keeps it: name, role, status, and a note chibo does not read. */
export type RosterRow = [name: ExcelJS.CellValue, role: string, status: string, note?: string];

const NAMES = [
  "Nguyễn Thị Lan",
  "TRẦN VĂN HÙNG",
  "Lê Văn Minh",
  "Phạm Thị Hoa",
  "Hoàng Văn Nam",
  "Vũ Thị Thu",
  "Đặng Văn Long",
  "Bùi Thị Mai",
  "Đỗ Văn Tùng",
  "Hồ Thị Hạnh",
  "Ngô Văn Dũng",
  "Dương Thị Ngọc",
  "Lý Văn Phúc",
  "Trương Thị Yến",
  "Đinh Văn Khải",
  "Phan Thị Liên",
  "Võ Văn Thắng",
  "Huỳnh Thị Nga",
  "Cao Văn Sơn",
  "Tạ Thị Hằng",
  "Lương Văn Bảo",
  "Mai Thị Xuân",
  "Châu Văn Lực",
  "Quách Thị Diệp",
  "Tôn Văn Đạt",
  "Kiều Thị Oanh",
  "Lâm Văn Tài",
  "Thái Thị Quỳnh",
  "Mạc Văn Hiếu",
];

/** The rows of the five who use no phone: they will never claim their entry from a chat. */
export const NO_PHONE_ROWS = [12, 17, 23, 28, 33];

/**
 * A cell's 30 rows, from sheet row 6: the secretary Nguyễn Thị Lan (row 6, "Bí thư"), Hùng in
 * capitals (row 7), a deputy, two probationary (one written "ĐV dự bị"), one exempt, one retired
 * (with a job title for a role), an unknown status (row 18), a formula (row 26), five who use
 * no phone (NO_PHONE_ROWS), and Dũng again in decomposed letters (row 35, as row 16); then the
 * total line (row 36).
 */
export function cellRows(): RosterRow[] {
  const rows: RosterRow[] = NAMES.map((name) => [name, "Đảng viên", "Chính thức"]);
  const set = (index: number, role: string, status?: string) => {
    const row = rows[index] as RosterRow;
    row[1] = role;
    if (status) row[2] = status;
  };
  set(0, "Bí thư");
  set(2, "Phó Bí thư");
  set(3, "Đảng viên", "Dự bị");
  set(4, "", "ĐV dự bị");
  set(5, "Chi ủy viên");
  set(7, "Đảng viên", "Miễn sinh hoạt");
  set(8, "Trưởng khu phố", "Nghỉ hưu");
  set(9, "Chi ủy viên");
  set(12, "Đảng viên", "Chờ xét");
  (rows[20] as RosterRow)[0] = { formula: 'PROPER("lương văn bảo")', result: "Lương Văn Bảo" };
  for (const row of NO_PHONE_ROWS) (rows[row - 6] as RosterRow)[3] = "Không dùng điện thoại";
  rows.push(["Ngô Văn Dũng".normalize("NFD"), "Đảng viên", "Chính thức"]);
  rows.push(["Tổng số: 30 đồng chí", "", ""]);
  return rows;
}

/** The roster as the cell keeps it in Excel: a title block, the header on row 5, a row a person. */
export async function rosterXlsx(rows: RosterRow[] = cellRows()): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Danh sách");
  sheet.addRow(["ĐẢNG BỘ PHƯỜNG PHÚ HÒA"]);
  sheet.addRow(["CHI BỘ KHU PHỐ 1"]);
  sheet.addRow(["DANH SÁCH ĐẢNG VIÊN"]);
  sheet.mergeCells("A3:F3");
  sheet.addRow([]);
  sheet.addRow(["STT", "Họ và tên", "Vai trò", "Tình trạng", "Ghi chú"]);
  rows.forEach(([name, role, status, note], index) => {
    sheet.addRow([index + 1, name, role, status, note ?? ""]);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
