import { Readable } from "node:stream";
import type ExcelJS from "exceljs";

/** A spreadsheet read as text, sheet by sheet; or why it could not be. */
export type SpreadsheetRead =
  | { ok: true; sheets: { name: string; table: string[][] }[] }
  | {
      ok: false;
      problem: "empty" | "old-excel" | "not-a-spreadsheet" | "not-utf8" | "damaged";
    };

/** Rows and columns read from each sheet: a roster is far smaller; the rest is never looked at. */
const MAX_ROWS = 2000;
const MAX_COLUMNS = 60;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, index) => bytes[index] === byte);

/**
 * An XLSX workbook (told by its content, whatever its name) or a CSV file (told by its name or
 * type) as rows of text. A cell reads as Excel shows it: a formula's last result, rich text's
 * words, every cell of a merged range its first cell's value.
 */
export async function readSpreadsheet(
  bytes: Uint8Array,
  file: { name: string; mime?: string },
): Promise<SpreadsheetRead> {
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  if (startsWith(bytes, ZIP)) return readWorkbook(bytes);
  // Excel 97-2003 (.xls): a format exceljs does not read.
  if (startsWith(bytes, OLE)) return { ok: false, problem: "old-excel" };
  if (!isTextTable(file)) return { ok: false, problem: "not-a-spreadsheet" };
  const text = decodeText(bytes);
  if (text === undefined) return { ok: false, problem: "not-utf8" };
  // A CSV file has one sheet, without a name of its own.
  return { ok: true, sheets: [{ name: "", table: await readCsv(text) }] };
}

/**
 * exceljs loads when a file comes, not at start: it costs some 0.3 s and 40 MB, and this module
 * is imported with the commands (docs/performance.md).
 */
async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: exceljs } = await import("exceljs");
  return new exceljs.Workbook();
}

async function readWorkbook(bytes: Uint8Array): Promise<SpreadsheetRead> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, problem: "damaged" };
  }
  const sheets = workbook.worksheets
    .filter((sheet) => sheet.state === "visible")
    .map((sheet) => ({ name: sheet.name, table: tableOf(sheet) }));
  // A Word file or a zip of something else opens, with no sheet in it.
  return sheets.length > 0 ? { ok: true, sheets } : { ok: false, problem: "not-a-spreadsheet" };
}

function tableOf(sheet: ExcelJS.Worksheet): string[][] {
  const rows = Math.min(sheet.rowCount, MAX_ROWS);
  const columns = Math.min(sheet.columnCount, MAX_COLUMNS);
  const table: string[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= columns; c++) cells.push(cellText(row.getCell(c).value));
    table.push(cells);
  }
  return table;
}

function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return formatDay(value);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  // A formula with no saved result (written by a program that does not calculate) reads blank.
  if ("formula" in value || "sharedFormula" in value) {
    return cellText(value.result as ExcelJS.CellValue | undefined);
  }
  if ("error" in value) return String(value.error);
  if ("text" in value) return cellText(value.text as ExcelJS.CellValue);
  return "";
}

/** Excel stores days as UTC midnights: dd/mm/yyyy, as Vietnamese papers write them. */
function formatDay(day: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(day.getUTCDate())}/${two(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
}

const SHEET_NAMES = /\.(xlsx|xlsm|xls|csv|tsv|txt)$/i;
const SHEET_TYPES = /spreadsheet|excel|csv|^text\//i;

/**
 * Whether a file may be a spreadsheet, by the name and type its sender's app gave: a Word file,
 * a photo or a PDF is not downloaded to find out. A file with neither is given the benefit.
 */
export function maybeSpreadsheet(file: { name: string; mime?: string }): boolean {
  if (!file.name && !file.mime) return true;
  return SHEET_NAMES.test(file.name) || SHEET_TYPES.test(file.mime ?? "");
}

const TEXT_NAMES = /\.(csv|tsv|txt)$/i;
const TEXT_TYPES = /^text\/|^application\/(csv|vnd\.ms-excel)$/i;
const isTextTable = (file: { name: string; mime?: string }) =>
  TEXT_NAMES.test(file.name) || TEXT_TYPES.test(file.mime ?? "");

/**
 * The text of a CSV file: UTF-8 with or without its byte order mark, or UTF-16 with one (Excel's
 * "Unicode Text"). Anything else is refused rather than guessed: Windows-1258 and 1252 cannot be
 * told apart from the bytes, and a wrong guess would store misspelled names.
 */
function decodeText(bytes: Uint8Array): string | undefined {
  const [a, b] = bytes;
  try {
    if (a === 0xff && b === 0xfe) return new TextDecoder("utf-16le", { fatal: true }).decode(bytes);
    if (a === 0xfe && b === 0xff) return new TextDecoder("utf-16be", { fatal: true }).decode(bytes);
    // The decoder drops a UTF-8 byte order mark itself.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Rows of a CSV text by exceljs's reader (fast-csv: quotes, doubled quotes, line breaks inside
 * quotes), every value kept as written. Excel writes ";" where the list separator is "," for
 * decimals (Vietnamese settings), and tabs in "Unicode Text": the separator is the one the first
 * lines use most.
 */
async function readCsv(text: string): Promise<string[][]> {
  const workbook = await newWorkbook();
  const sheet = await workbook.csv.read(Readable.from([text]), {
    parserOptions: { delimiter: separatorOf(text) },
    map: (value: unknown) => value,
  });
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (number > MAX_ROWS) return;
    const values = Array.isArray(row.values) ? row.values.slice(1, MAX_COLUMNS + 1) : [];
    table[number - 1] = values.map((value) => (typeof value === "string" ? value : ""));
  });
  return Array.from(table, (row) => row ?? []);
}

function separatorOf(text: string): string {
  const head = text
    .split(/\r?\n/, 5)
    .join("\n")
    .replace(/"[^"]*"/g, "");
  const counts = [",", ";", "\t"].map((separator) => ({
    separator,
    count: head.split(separator).length,
  }));
  return counts.reduce((best, each) => (each.count > best.count ? each : best)).separator;
}
