/**
 * What the workbooks share: text Excel accepts, sheet names Excel accepts, and a sheet that is
 * one table (bold frozen header, filter, widths that fit what is in the columns and the printed
 * page, rows as tall as their text).
 */
import type { Alignment, Font, Style, Workbook, Worksheet } from "exceljs";
import {
  A4,
  type ColumnSize,
  FONT,
  linesOf,
  MARGINS,
  MIN_SCALE,
  measureText,
  printLayout,
  rowHeight,
  type TextMeasure,
  textLength,
  widthForTallestRow,
  wrappedLines,
} from "./print-layout.js";

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

/** What cellText may remove or change besides composing: most texts hold none of it. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const TO_CLEAN = /[\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff\ud800-\udfff]/;

/**
 * Text as a cell may hold it: line breaks as "\n", control characters other than "\n" and "\t"
 * removed, composed (NFC), cut to what Excel keeps in a cell.
 */
export function cellText(input: string): string {
  const text = (
    TO_CLEAN.test(input) ? input.replace(/\r\n?/g, "\n").replace(FORBIDDEN, "") : input
  ).normalize("NFC");
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
  /** How numbers show: whole numbers, or a share (0.25) as a percentage. Text when absent. */
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
  /** Excel's number format for a share, in the workbook's language (`xlsx-format-percent`). */
  percentFormat: string;
}

/** How narrow a column of text may wrap to fit the page: one that always wraps, and any other. */
const MIN_WRAP_WIDTH = 20;
const MIN_TEXT_WIDTH = 30;
/** A header wraps to at most this many lines. */
const HEADER_LINES = 3;

/** How many characters a value shows as: for the widths. */
function shownLength(
  value: CellValue,
  text: TextMeasure | undefined,
  format: Column["format"],
): number {
  if (typeof value === "number") {
    return format === "percent" ? `${(value * 100).toFixed(1)}%`.length : String(value).length;
  }
  return text?.longestLine ?? 0;
}

/**
 * How wide a column is for its values (at most MAX_COLUMN_WIDTH), and how narrow it may wrap
 * to fit the page: never cutting a word, never so narrow that a value needs a row taller than
 * Excel allows, a column of text not below MIN_TEXT_WIDTH (MIN_WRAP_WIDTH if it always wraps),
 * a column of numbers not at all.
 */
function columnSize(
  column: Column,
  heading: string,
  values: readonly CellValue[],
  texts: readonly (TextMeasure | undefined)[],
): ColumnSize {
  const header = measureText(heading);
  let longest = Math.max(
    // A header may wrap between its words, but no word is cut, and it takes three lines at most.
    header.longestWord,
    Math.ceil(textLength(heading) / HEADER_LINES),
  );
  values.forEach((value, row) => {
    longest = Math.max(longest, shownLength(value, texts[row], column.format));
  });
  const natural = Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, longest + COLUMN_PADDING));
  if (column.format !== undefined) return { natural, narrowest: natural };
  const shown = texts.filter((text): text is TextMeasure => text !== undefined);
  const words = Math.max(header.longestWord, ...shown.map((text) => text.longestWord));
  const floor = column.wrap ? MIN_WRAP_WIDTH : MIN_TEXT_WIDTH;
  const narrowest = Math.min(natural, Math.max(floor, words + COLUMN_PADDING));
  return {
    natural,
    narrowest: widthForTallestRow(
      shown.map((text) => text.words),
      narrowest,
      natural,
    ),
  };
}

/**
 * A sheet holding one table: the header in row 1, bold and frozen, the filter over the header and
 * the rows, each column as wide as its longest value (at most MAX_COLUMN_WIDTH, longer text
 * wraps), narrowed to fit the printed page (see print-layout.ts), each row as tall as its
 * wrapped text, the header repeated on every printed page.
 */
export function addTable(workbook: Workbook, table: Table): Worksheet {
  const name = sheetName(
    table.name,
    workbook.worksheets.map((sheet) => sheet.name),
  );
  const frozenColumns = table.frozenColumns ?? 0;
  const clean = (value: CellValue) => (typeof value === "string" ? cellText(value) : value);
  const headers = table.columns.map((column) => cellText(column.header));
  const rows = table.rows.map((row) => row.map(clean));
  const footer = (table.footer ?? []).map((row) => row.map(clean));
  const body = [...rows, ...footer];
  // Each text measured once, for the widths, the wrapping and the heights.
  const texts = body.map((row) =>
    row.map((value) => (typeof value === "string" ? measureText(value) : undefined)),
  );

  const sizes = table.columns.map((column, index) =>
    columnSize(
      column,
      headers[index] ?? "",
      body.map((row) => row[index] ?? null),
      texts.map((row) => row[index]),
    ),
  );
  const layout = printLayout(sizes);

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
      paperSize: A4,
      orientation: layout.orientation,
      margins: MARGINS,
      printTitlesRow: "1:1",
      ...(layout.fit === "width"
        ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
        : {
            fitToPage: false,
            scale: MIN_SCALE,
            ...(frozenColumns > 0 ? { printTitlesColumn: `A:${columnLetter(frozenColumns)}` } : {}),
          }),
    },
    headerFooter: table.title ? { oddHeader: pageHeader(table.title), oddFooter: "&C&P / &N" } : {},
  });

  const widths = table.columns.map((_, index) => {
    const width = layout.widths[index] ?? MIN_COLUMN_WIDTH;
    // exceljs leaves out a column exactly 9 wide, taking it for its default: one more will do.
    sheet.getColumn(index + 1).width = width === 9 ? 10 : width;
    return width;
  });
  const wraps = table.columns.map(
    (column, index) =>
      column.wrap === true ||
      texts.some((row) => (row[index]?.longestLine ?? 0) > (widths[index] ?? 0) - COLUMN_PADDING),
  );

  // One style object for each kind of cell, shared: exceljs then works out each style once
  // when it writes the file, not once a cell.
  const headerFont: Partial<Font> = { ...FONT, bold: true };
  const headerAlignment: Partial<Alignment> = {
    vertical: "middle",
    horizontal: "center",
    wrapText: true,
  };
  const headerCell: Partial<Style> = {
    font: headerFont,
    alignment: headerAlignment,
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } },
  };
  const rowStyles = (font: Partial<Font>) => ({
    font,
    cells: table.columns.map((column, index): Partial<Style> => {
      const numFmt =
        column.format === "percent" ? table.percentFormat : column.format ? "0" : undefined;
      return {
        font,
        ...(numFmt ? { numFmt } : {}),
        alignment: { vertical: "top", wrapText: wraps[index] ?? false },
      };
    }),
  });
  const bodyStyles = rowStyles({ ...FONT });
  const footerStyles = rowStyles(headerFont);

  const header = sheet.addRow(headers);
  header.font = headerFont;
  header.alignment = headerAlignment;
  header.eachCell((cell) => {
    cell.style = headerCell;
  });
  const addStyledRow = (values: CellValue[], styles: typeof bodyStyles) => {
    const row = sheet.addRow(values);
    row.font = styles.font;
    // Empty cells too: a filled-in cell looks as the rest of its column.
    styles.cells.forEach((style, index) => {
      row.getCell(index + 1).style = style;
    });
  };
  for (const row of rows) addStyledRow(row, bodyStyles);
  for (const row of footer) addStyledRow(row, footerStyles);

  fitRowHeights(sheet, headers, texts, wraps, footer.length);

  const lastColumn = Math.max(1, table.columns.length);
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1 + rows.length, column: lastColumn },
  };
  return sheet;
}

/**
 * Each row as tall as its tallest wrapped cell (the header's words always wrap); a row of one
 * line keeps Excel's default height.
 */
function fitRowHeights(
  sheet: Worksheet,
  headers: readonly string[],
  texts: readonly (readonly (TextMeasure | undefined)[])[],
  wraps: readonly boolean[],
  footerRows: number,
): void {
  const widths = wraps.map((_, column) => sheet.getColumn(column + 1).width ?? MIN_COLUMN_WIDTH);
  const heighten = (rowNumber: number, lines: number) => {
    if (lines > 1) sheet.getRow(rowNumber).height = rowHeight(lines);
  };
  heighten(
    1,
    Math.max(1, ...headers.map((text, column) => wrappedLines(text, widths[column] ?? 0, true))),
  );
  texts.forEach((row, index) => {
    const bold = index >= texts.length - footerRows;
    let lines = 1;
    row.forEach((text, column) => {
      if (text && wraps[column]) {
        lines = Math.max(lines, linesOf(text.words, widths[column] ?? 0, bold));
      }
    });
    heighten(index + 2, lines);
  });
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
