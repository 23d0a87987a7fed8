/**
 * The committee's workbook: a row per cell (registration, meetings, attendance, behind or
 * not), then the totals as the data gives them; a sheet of the year's end (results reported,
 * levels agreed by count, the model, nominations confirmed); a sheet of the meetings month by
 * month (with the members at the removal rule, by count). Pure: data in, bytes out.
 */
import ExcelJS from "exceljs";
import { REMOVAL_MONTHS } from "../../domain/attendance-ledger.js";
import { formatDay } from "../../domain/calendar.js";
import { LEVELS } from "../../domain/grading-rules.js";
import type { CommitteeRollup, RollupTotals } from "../../reports/rollup.js";
import type { Say } from "../document-data.js";
import { addTable, type CellValue, cellText, workbookBuffer } from "./sheet-table.js";

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
  yearEndSheet(workbook, data, say, title);
  meetingsSheet(workbook, data, say, title);
  return workbookBuffer(workbook);
}

/** Each cell's meetings month by month, its attendance, and its members at the removal rule. */
function meetingsSheet(workbook: ExcelJS.Workbook, data: CommitteeRollup, say: Say, title: string) {
  const { totals } = data;
  addTable(workbook, {
    name: say("xlsx-sheet-rollup-meetings"),
    title,
    percentFormat: say("xlsx-format-percent"),
    frozenColumns: 2,
    columns: [
      { header: say("xlsx-col-code") },
      { header: say("xlsx-col-cell") },
      ...totals.meetingsByMonth.map((_, i) => ({
        header: say("xlsx-ledger-month", { month: i + 1 }),
        format: "integer" as const,
      })),
      { header: say("xlsx-col-meetings"), format: "integer" },
      { header: say("xlsx-col-attendance-rate"), format: "percent" },
      { header: say("xlsx-col-at-removal", { removalAt: REMOVAL_MONTHS }), format: "integer" },
    ],
    rows: data.cells.map((cell) => [
      cell.code,
      cell.name,
      ...cell.meetingsByMonth,
      cell.meetings,
      cell.attendanceRate,
      cell.atRemoval,
    ]),
    footer: [
      [
        null,
        say("xlsx-totals"),
        ...totals.meetingsByMonth,
        totals.meetings,
        totals.attendanceRate,
        totals.atRemoval,
      ],
    ],
  });
}

function yearEndSheet(workbook: ExcelJS.Workbook, data: CommitteeRollup, say: Say, title: string) {
  const numbers = (row: Omit<RollupTotals, "models">): CellValue[] => [
    row.registered + row.missing,
    row.reported,
    ...LEVELS.map((level) => row.levels[level]),
  ];
  const praise = (row: Omit<RollupTotals, "models">): CellValue[] => [
    row.nominated.individuals,
    row.nominated.collectives,
  ];
  const { totals } = data;
  addTable(workbook, {
    name: say("xlsx-sheet-rollup-year-end"),
    title,
    percentFormat: say("xlsx-format-percent"),
    frozenColumns: 2,
    columns: [
      { header: say("xlsx-col-code") },
      { header: say("xlsx-col-cell") },
      { header: say("xlsx-col-results-required"), format: "integer" },
      { header: say("xlsx-col-results-reported"), format: "integer" },
      ...LEVELS.map((level) => ({ header: data.levelNames[level], format: "integer" as const })),
      { header: say("xlsx-col-model") },
      { header: say("xlsx-col-nominated-individuals"), format: "integer" },
      { header: say("xlsx-col-nominated-collectives"), format: "integer" },
    ],
    rows: data.cells.map((cell) => [
      cell.code,
      cell.name,
      ...numbers(cell),
      cell.model,
      ...praise(cell),
    ]),
    footer: [
      [
        null,
        say("xlsx-totals"),
        ...numbers(totals),
        say("xlsx-models-count", { count: totals.models }),
        ...praise(totals),
      ],
    ],
  });
}
