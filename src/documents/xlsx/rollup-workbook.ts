/**
 * The committee's workbook: a row per cell (registration, meetings, attendance, behind or
 * not), then the totals as the data gives them. Pure: data in, bytes out.
 */
import ExcelJS from "exceljs";
import { formatDay } from "../../domain/calendar.js";
import type { CommitteeRollup } from "../../reports/rollup.js";
import type { Say } from "../document-data.js";
import { addTable, cellText, workbookBuffer } from "./sheet-table.js";

export async function rollupXlsx(data: CommitteeRollup, say: Say): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const title = say("xlsx-title-rollup", {
    committee: cellText(data.committeeName),
    year: String(data.year),
    day: formatDay(data.day),
  });
  workbook.creator = "chibo";
  workbook.title = cellText(title);

  const behind = data.cells.filter((cell) => cell.behind).length;
  const { totals } = data;
  addTable(workbook, {
    name: say("xlsx-sheet-rollup"),
    title,
    percentFormat: say("xlsx-format-percent"),
    frozenColumns: 2,
    columns: [
      { header: say("xlsx-col-code") },
      { header: say("xlsx-col-cell") },
      { header: say("xlsx-col-members"), format: "integer" },
      { header: say("xlsx-col-registered"), format: "integer" },
      { header: say("xlsx-col-missing"), format: "integer" },
      { header: say("xlsx-col-exempt"), format: "integer" },
      { header: say("xlsx-col-meetings"), format: "integer" },
      { header: say("xlsx-col-attendance-rate"), format: "percent" },
      { header: say("xlsx-col-behind") },
    ],
    rows: data.cells.map((cell) => [
      cell.code,
      cell.name,
      cell.members,
      cell.registered,
      cell.missing,
      cell.exempt,
      cell.meetings,
      cell.attendanceRate,
      cell.behind ? say("xlsx-behind") : null,
    ]),
    footer: [
      [
        null,
        say("xlsx-totals"),
        totals.members,
        totals.registered,
        totals.missing,
        totals.exempt,
        totals.meetings,
        totals.attendanceRate,
        behind === 0 ? null : say("xlsx-behind-count", { count: behind }),
      ],
    ],
  });
  return workbookBuffer(workbook);
}
