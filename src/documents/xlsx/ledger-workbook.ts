/**
 * The year's attendance ledger of a cell as a workbook: a row per member, a column per month
 * with the mark of each of its meetings, the year's counts and the months absent without
 * reason; below, the meetings held each month and the members' counts added up; a second sheet explains the marks. The same
 * numbers as the Word ledger. Pure: data in, bytes out. Only the cell's committee gets it.
 */
import ExcelJS from "exceljs";
import type { Say } from "../document-data.js";
import { LEDGER_MARKS, type YearLedger } from "../ledger-data.js";
import { addTable, type CellValue, cellText, workbookBuffer } from "./sheet-table.js";

/** The six count columns, left empty on the row of the meetings held. */
const NO_COUNTS: CellValue[] = Array.from({ length: 6 }, () => null);

export async function ledgerXlsx(data: YearLedger, say: Say): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const title = say("xlsx-title-ledger", {
    cell: cellText(data.heading.cellName),
    year: String(data.year),
  });
  workbook.creator = "chibo";
  workbook.title = cellText(title);
  const symbol = (mark: string) => say(`ledger-symbol-${mark}`);
  const percentFormat = say("xlsx-format-percent");

  const rows: CellValue[][] = data.members.map((line, index) => [
    index + 1,
    line.name,
    ...line.months.map((marks) => (marks.length === 0 ? null : marks.map(symbol).join(", "))),
    line.present,
    line.excused,
    line.absent,
    line.exempt,
    line.unexcusedMonths.length,
    line.unexcusedMonths.length === 0 ? null : line.unexcusedMonths.join(", "),
  ]);
  const sum = (pick: (line: YearLedger["members"][number]) => number) =>
    data.members.reduce((total, line) => total + pick(line), 0);
  addTable(workbook, {
    name: say("xlsx-sheet-ledger"),
    title,
    percentFormat,
    frozenColumns: 2,
    columns: [
      { header: say("xlsx-col-number"), format: "integer" },
      { header: say("xlsx-col-name") },
      ...data.meetingsByMonth.map((_, i) => ({
        header: say("xlsx-ledger-month", { month: i + 1 }),
      })),
      { header: say("xlsx-col-present-count"), format: "integer" as const },
      { header: say("xlsx-col-excused-count"), format: "integer" as const },
      { header: say("xlsx-col-absent-count"), format: "integer" as const },
      { header: say("xlsx-col-exempt-count"), format: "integer" as const },
      { header: say("xlsx-col-unexcused-months-count"), format: "integer" as const },
      { header: say("xlsx-col-unexcused-months") },
    ],
    rows,
    // Two rows: the meetings held in each month, and the members' counts added up; one row
    // would put the members' totals under "meetings held".
    footer: [
      [null, say("xlsx-ledger-meetings-row"), ...data.meetingsByMonth, ...NO_COUNTS],
      [
        null,
        say("xlsx-totals"),
        ...data.meetingsByMonth.map(() => null),
        sum((line) => line.present),
        sum((line) => line.excused),
        sum((line) => line.absent),
        sum((line) => line.exempt),
        null,
        null,
      ],
    ],
  });
  addTable(workbook, {
    name: say("xlsx-sheet-legend"),
    title,
    percentFormat,
    columns: [{ header: say("xlsx-col-mark") }, { header: say("xlsx-col-meaning") }],
    rows: [
      ...LEDGER_MARKS.map((mark) => [symbol(mark), say(`ledger-symbol-means-${mark}`)]),
      [null, say("xlsx-ledger-empty-month")],
    ],
  });
  return workbookBuffer(workbook);
}
