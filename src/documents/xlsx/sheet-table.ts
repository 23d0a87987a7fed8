/**
 * What the workbooks share: text Excel accepts, sheet names Excel accepts, and a sheet that is
 * one table (bold frozen header, filter, widths that fit what is in the columns).
 */
import type { Workbook, Worksheet } from "exceljs";
import { visibleLength } from "../../domain/text.js";

/** The most characters Excel keeps in one cell. */
export const MAX_CELL_TEXT = 32_767;
/** The widest a column gets, in characters; longer text wraps. */
export const MAX_COLUMN_WIDTH = 50;
const MIN_COLUMN_WIDTH = 5;
/** Room for the filter button beside a header, and a little air beside values. */
const COLUMN_PADDING = 3;

// Characters an XLSX file cannot hold (XML 1.0) or Excel refuses: control characters except
// tab and line feed, DEL and the C1 controls, the non-characters U+FFFE/U+FFFF, lone surrogates.
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as a cell may hold it: line breaks as "\n", control characters other than "\n" and "\t"
 * removed, composed (NFC), cut to what Excel keeps in a cell.
 */
export function cellText(input: string): string {
  const text = input.replace(/\r\n?/g, "\n").replace(FORBIDDEN, "").normalize("NFC");
  if (text.length <= MAX_CELL_TEXT) return text;
  // Cut between code points, never inside a surrogate pair.
  let cut = MAX_CELL_TEXT;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return text.slice(0, cut);
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
/** Excel's sheet names are at most 31 characters (UTF-16 units). */
export const MAX_SHEET_NAME = 31;

/**
 * A sheet name Excel accepts, unlike the names already taken (Excel compares them without case):
 * no []:*?/\ nor control characters, no apostrophe at either end, at most 31 characters.
 */
export function sheetName(wanted: string, taken: readonly string[] = []): string {
  const clean = cellText(wanted)
    .replace(/[\n\t]/g, " ")
    .replace(SHEET_NAME_FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s']+|[\s']+$/g, "");
  const base = clean === "" || clean.toLowerCase() === "history" ? `${clean}Sheet` : clean;
  const used = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = `${firstUnits(base, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** The first code points of text that fit in `units` UTF-16 units. */
function firstUnits(text: string, units: number): string {
  let out = "";
  for (const char of text) {
    if (out.length + char.length > units) break;
    out += char;
  }
  return out;
}

export type CellValue = string | number | null;

export interface Column {
  header: string;
  /** How numbers show: whole numbers, or a share (0.25) as "25.0%". Text when absent. */
  format?: "integer" | "percent";
  /** Wrap this column's text even when it fits (plans, reasons). */
  wrap?: boolean;
}

export interface Table {
  name: string;
  columns: Column[];
  rows: CellValue[][];
  /** Rows after the table, outside the filter so that sorting leaves them last: totals. */
  footer?: CellValue[][];
  /** Columns that stay in view when scrolling right (number and name). */
  frozenColumns?: number;
  /** Shown at the top of every printed page. */
  title?: string;
}

const NUMBER_FORMATS = { integer: "0", percent: "0.0%" } as const;

/** How many characters a value shows as: for the widths. */
function shownLength(value: CellValue, format: Column["format"]): number {
  if (value === null) return 0;
  if (typeof value === "number") {
    return format === "percent" ? `${(value * 100).toFixed(1)}%`.length : String(value).length;
  }
  return Math.max(0, ...value.split("\n").map(visibleLength));
}

/**
 * A sheet holding one table: the header in row 1, bold and frozen, the filter over the header and
 * the rows, each column as wide as its longest value (at most MAX_COLUMN_WIDTH, longer text
 * wraps), the header repeated on every printed page.
 */
export function addTable(workbook: Workbook, table: Table): Worksheet {
  const name = sheetName(
    table.name,
    workbook.worksheets.map((sheet) => sheet.name),
  );
  const frozenColumns = table.frozenColumns ?? 0;
  const sheet = workbook.addWorksheet(name, {
    views: [
      {
        state: "frozen",
        xSplit: frozenColumns,
        ySplit: 1,
        topLeftCell: `${columnLetter(frozenColumns + 1)}2`,
        activeCell: "A2",
      },
    ],
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    },
    headerFooter: table.title ? { oddHeader: pageHeader(table.title), oddFooter: "&C&P / &N" } : {},
  });

  const clean = (value: CellValue) => (typeof value === "string" ? cellText(value) : value);
  const headers = table.columns.map((column) => cellText(column.header));
  const rows = table.rows.map((row) => row.map(clean));
  const footer = (table.footer ?? []).map((row) => row.map(clean));

  const header = sheet.addRow(headers);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
  });
  for (const row of rows) sheet.addRow(row);
  for (const row of footer) sheet.addRow(row).font = { bold: true };

  table.columns.forEach((column, index) => {
    const headerText = headers[index] ?? "";
    const values = [...rows, ...footer].map((row) => row[index] ?? null);
    const longest = Math.max(
      // A header may wrap between its words, but no word is cut.
      ...headerText.split(/\s+/).map(visibleLength),
      ...values.map((value) => shownLength(value, column.format)),
    );
    const width = Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, longest + COLUMN_PADDING));
    const wrap =
      column.wrap === true ||
      values.some((value) => typeof value === "string" && shownLength(value, undefined) > width);
    const sheetColumn = sheet.getColumn(index + 1);
    // exceljs leaves out a column exactly 9 wide, taking it for its default: one more will do.
    sheetColumn.width = width === 9 ? 10 : width;
    const numFmt = column.format ? NUMBER_FORMATS[column.format] : undefined;
    sheetColumn.eachCell({ includeEmpty: false }, (cell, rowNumber) => {
      if (rowNumber === 1) return;
      if (numFmt) cell.numFmt = numFmt;
      cell.alignment = { vertical: "top", wrapText: wrap };
    });
  });

  const lastColumn = Math.max(1, table.columns.length);
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1 + rows.length, column: lastColumn },
  };
  return sheet;
}

/** Excel refuses a page header longer than 255 characters, codes included. */
const MAX_PAGE_HEADER = 250;

/** The centred page header: one line, "&" doubled (a lone "&" starts a code), cut to fit. */
function pageHeader(title: string): string {
  const line = cellText(title).replace(/\s+/g, " ").trim();
  let text = "";
  for (const char of line) {
    const next = text + (char === "&" ? "&&" : char);
    if (next.length > MAX_PAGE_HEADER - 2) break;
    text = next;
  }
  return `&C${text}`;
}

/** "A" for 1, "Z" for 26, "AA" for 27. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The bytes of a workbook, as a Node Buffer. */
export async function workbookBuffer(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
