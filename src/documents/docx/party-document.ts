/**
 * The layout every Party document of a cell or a committee shares (Hướng dẫn 36-HD/VPTW): A4,
 * Times New Roman, the two-column letterhead, the title, numbered sections, bordered tables, and
 * "Nơi nhận" beside the signature. Pure: builds a docx Document from plain values, no I/O.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  type IBorderOptions,
  type IRunOptions,
  LeaderType,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  UnderlineType,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { dayParts, type LocalDay, localDay, localTime } from "../../domain/calendar.js";
import { foldKey } from "../../domain/text.js";
import type { DocumentHeading, Say } from "../document-data.js";
import { widestWord } from "./text-width.js";

export const FONT = "Times New Roman";

/** Font sizes in half-points: the body in 14 pt, tables in 13 pt, "Nơi nhận" lines in 12 pt. */
export const SIZE = { body: 28, table: 26, small: 24, party: 30 } as const;

/** A4 portrait and its margins, in twips (1 cm = 567): top and bottom 2 cm, left 3 cm, right 2 cm. */
export const PAGE = {
  width: 11906,
  height: 16838,
  top: 1134,
  bottom: 1134,
  left: 1701,
  right: 1134,
} as const;

/** The width between the margins, in twips: what tables are fitted to. */
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Dots left in the document for a person to fill by hand. */
export const BLANK = "……………";

/** A longer line of dots, for a name to be written in the letterhead. */
export const BLANK_LINE = "…………………………";

/** A paragraph or a table: what a document's body is made of. */
export type Block = Paragraph | Table;

/** A numbered part of a document: "I. TITLE" at the top level, "1. Title" inside one. */
export interface Section {
  title: string;
  /** Paragraphs, tables and numbered subsections, in order. */
  body: readonly Content[];
}

export type Content = Block | Section;

// Control characters but tab and newline (\r is turned into a newline first), C1 controls,
// the non-characters U+FFFE/U+FFFF, and surrogates without their pair: Word refuses them all.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** What wordSafe may change besides composing: most texts hold none of it. */
const TO_CLEAN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  /[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff\ud800-\udfff\u01a2\u01a3]/;

/**
 * Text as Word accepts it: composed (NFC), line breaks as "\n", no control characters but "\n"
 * and "\t", and the broken-font "ƣ" of PDF extracts back to "ư".
 */
export function wordSafe(text: string): string {
  if (!TO_CLEAN.test(text)) return text.normalize("NFC");
  return text
    .replace(/\r\n?/g, "\n")
    .replace(UNSAFE, "")
    .replace(/\u01a3/g, "ư")
    .replace(/\u01a2/g, "Ư")
    .normalize("NFC");
}

/** Upper case as Vietnamese writes it, for titles and the letterhead. */
export function upper(text: string): string {
  return wordSafe(text).toLocaleUpperCase("vi");
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  /** Half-points; the body's 14 pt by default. */
  size?: number;
}

/** The runs of a text: made Word-safe, "\n" as a line break, "\t" as a tab. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return safeRuns(wordSafe(text), style);
}

/** The runs of a text wordSafe has already made safe, in the font and size given. */
function safeRuns(text: string, style: RunStyle): TextRun[] {
  return styledRuns(text, {
    font: FONT,
    size: style.size ?? SIZE.body,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  });
}

/** A safe text's lines as runs, "\t" as a tab, each run with these properties. */
function styledRuns(text: string, properties: IRunOptions): TextRun[] {
  return text.split("\n").map(
    (line, index) =>
      new TextRun({
        children: line.split("\t").flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part])),
        ...(index > 0 ? { break: 1 } : {}),
        ...properties,
      }),
  );
}

export interface ParagraphStyle extends RunStyle {
  align?: "left" | "center" | "right" | "justify";
  /** Indent the first line by 1 cm, as body paragraphs are. */
  indent?: boolean;
  /** Space before and after, in twips. */
  before?: number;
  after?: number;
  keepNext?: boolean;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** One paragraph: a text in one style, or runs already made. */
export function paragraph(
  content: string | readonly TextRun[],
  style: ParagraphStyle = {},
): Paragraph {
  return new Paragraph({
    children: typeof content === "string" ? runs(content, style) : content,
    alignment: ALIGN[style.align ?? "left"],
    spacing: {
      before: style.before ?? 0,
      after: style.after ?? 0,
      line: 276,
      lineRule: LineRuleType.AUTO,
    },
    ...(style.indent ? { indent: { firstLine: 567 } } : {}),
    ...(style.keepNext ? { keepNext: true } : {}),
  });
}

/** A paragraph of the body: justified, first line indented, 6 pt after. */
export function body(content: string | readonly TextRun[], style: ParagraphStyle = {}): Paragraph {
  return paragraph(content, { align: "justify", indent: true, after: 120, ...style });
}

/** A line of a list in the body: "- Nguyễn Văn An — đi công tác", indented, not first-line. */
export function listLine(text: string, style: ParagraphStyle = {}): Paragraph {
  return paragraph(text, { align: "justify", after: 60, ...style, indent: true });
}

/** Full-width dotted lines, for the secretary to write on by hand. */
export function dottedLines(count: number): Paragraph[] {
  return Array.from(
    { length: count },
    () =>
      new Paragraph({
        children: [new TextRun({ children: [new Tab()], font: FONT, size: SIZE.body })],
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH, leader: LeaderType.DOT }],
        spacing: { before: 0, after: 120, line: 276, lineRule: LineRuleType.AUTO },
      }),
  );
}

const ROMAN: readonly [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 4 → "IV": the numbers of a document's top-level sections. */
export function roman(value: number): string {
  let rest = Math.max(0, Math.floor(value));
  let out = "";
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

function isSection(content: Content): content is Section {
  return !(content instanceof Paragraph) && !(content instanceof Table);
}

/** The label of the n-th section at a depth: "I.", "1.", "a)". */
function sectionLabel(depth: number, index: number): string {
  if (depth === 0) return `${roman(index)}.`;
  if (depth === 1) return `${index}.`;
  return `${String.fromCharCode(96 + (((index - 1) % 26) + 1))})`;
}

/** Sections numbered I., II. (titles in capitals), their subsections 1., 2., then a), b). */
export function renderContent(contents: readonly Content[], depth = 0): Block[] {
  let index = 0;
  return contents.flatMap((content) => {
    if (!isSection(content)) return [content];
    index += 1;
    const title = depth === 0 ? upper(content.title) : content.title;
    const heading = paragraph(`${sectionLabel(depth, index)} ${title}`, {
      bold: true,
      align: "justify",
      indent: depth > 0,
      before: depth === 0 ? 120 : 60,
      after: 120,
      keepNext: true,
    });
    return [heading, ...renderContent(content.body, depth + 1)];
  });
}

const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

/**
 * Scales weights to whole twips that add up to exactly `total`. A column whose share is below
 * its minimum gets the minimum, and the others share what is left by weight; when even the
 * minimums do not fit, they all shrink alike.
 */
export function fitWidths(
  weights: readonly number[],
  total = CONTENT_WIDTH,
  minimums: readonly number[] = [],
): number[] {
  const raised = new Map<number, number>();
  for (;;) {
    const free = weights.map((_, i) => i).filter((i) => !raised.has(i));
    const left = total - [...raised.values()].reduce((a, b) => a + b, 0);
    const weight = free.reduce((sum, i) => sum + (weights[i] ?? 0), 0) || 1;
    const below = free.filter((i) => ((weights[i] ?? 0) / weight) * left < (minimums[i] ?? 0));
    if (below.length === 0 || left <= 0) break;
    for (const i of below) raised.set(i, minimums[i] ?? 0);
  }
  const fixed = [...raised.values()].reduce((a, b) => a + b, 0);
  const shrink = fixed > total ? total / fixed : 1;
  const left = Math.max(0, total - fixed);
  const freeWeight = weights.reduce((sum, w, i) => (raised.has(i) ? sum : sum + w), 0) || 1;
  const widths = weights.map((weight, i) => {
    const minimum = raised.get(i);
    return Math.floor(minimum === undefined ? (weight / freeWeight) * left : minimum * shrink);
  });
  const rest = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths.at(-1) ?? 0) + rest;
  return widths;
}

export interface Column {
  header: string;
  /** A weight: the columns share the width between the margins in proportion. */
  weight: number;
  align?: "left" | "center" | "right";
}

export interface TableOptions {
  /** A last row in bold, such as "Tổng cộng". */
  totals?: readonly string[];
}

/** The space on each side of a table cell's text, in twips. */
const CELL_MARGIN = 80;

/**
 * Room beyond the margins: the borders, Word's rounding, and the few letters Times New Roman
 * draws wider than DejaVu Serif measures them (text-width.ts).
 */
const CELL_SLACK = 60;

/**
 * The style of a data table's text: 13 pt, 2 pt above and below, in the document's font. Named
 * once in the styles rather than on each of the thousands of cells a roll-up has: each cell's
 * own properties cost the docx library as much again to build and write.
 */
const TABLE_TEXT = "TableText";

const tableTextStyle = {
  id: TABLE_TEXT,
  name: "Table Text",
  basedOn: "Normal",
  quickFormat: true,
  run: { font: FONT, size: SIZE.table },
  paragraph: { spacing: { before: 40, after: 40, line: 276, lineRule: LineRuleType.AUTO } },
};

/** A cell of a data table, its text already made Word-safe; its margins are the table's. */
function cell(
  safeText: string,
  width: number,
  align: keyof typeof ALIGN,
  bold: boolean,
): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        style: TABLE_TEXT,
        alignment: ALIGN[align],
        children: styledRuns(safeText, bold ? { bold: true } : {}),
      }),
    ],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
  });
}

/** The width a column needs so that none of its words, bold or not, breaks inside. */
function columnMinimum(
  texts: readonly { safeText: string; bold: boolean }[],
  size: number = SIZE.table,
): number {
  let widest = 0;
  for (const { safeText, bold } of texts) {
    widest = Math.max(widest, widestWord(safeText, size, bold));
  }
  return widest + 2 * CELL_MARGIN + CELL_SLACK;
}

/**
 * A bordered table of fixed column widths: long texts wrap between words inside their column
 * instead of widening the table, and a column is never narrower than its longest word (a
 * date, a code). A row is never split across pages, and the header row repeats on each.
 */
export function dataTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): Table {
  // Each text made Word-safe once: measured, then written.
  const safe = (values: readonly string[]) => columns.map((_, i) => wordSafe(values[i] ?? ""));
  const headers = safe(columns.map((column) => column.header));
  const body = rows.map(safe);
  const totals = options.totals ? safe(options.totals) : undefined;
  const minimums = columns.map((_, i) =>
    columnMinimum([
      { safeText: headers[i] ?? "", bold: true },
      ...body.map((values) => ({ safeText: values[i] ?? "", bold: false })),
      ...(totals ? [{ safeText: totals[i] ?? "", bold: true }] : []),
    ]),
  );
  const widths = fitWidths(
    columns.map((column) => column.weight),
    CONTENT_WIDTH,
    minimums,
  );
  const row = (values: readonly string[], bold: boolean, header = false) =>
    new TableRow({
      children: columns.map((column, i) =>
        cell(values[i] ?? "", widths[i] ?? 0, header ? "center" : (column.align ?? "left"), bold),
      ),
      cantSplit: true,
      ...(header ? { tableHeader: true } : {}),
    });
  return new Table({
    rows: [
      row(headers, true, true),
      ...body.map((values) => row(values, false)),
      ...(totals ? [row(totals, true)] : []),
    ],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // Every cell's margins, written once for the table rather than in each cell.
    margins: { left: CELL_MARGIN, right: CELL_MARGIN },
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
  });
}

/** Two columns side by side without borders: the letterhead, the signatures. */
export function sideBySide(
  left: readonly Paragraph[],
  right: readonly Paragraph[],
  weights: readonly [number, number] = [1, 1],
): Table {
  const widths = fitWidths(weights);
  const column = (children: readonly Paragraph[], width: number) =>
    new TableCell({
      children: children.length > 0 ? [...children] : [paragraph("")],
      width: { size: width, type: WidthType.DXA },
      margins: { left: 0, right: 0 },
    });
  return new Table({
    rows: [
      new TableRow({
        children: [column(left, widths[0] ?? 0), column(right, widths[1] ?? 0)],
        // A signature is never cut from its name, nor a letterhead from its date.
        cantSplit: true,
      }),
    ],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
  });
}

// ----- Dates -----

/**
 * A day as Hướng dẫn 36-HD/VPTW writes it in the date line ("ngày 03 tháng 4 năm 2018" is its
 * own): a day below 10 and the months 1 and 2 get a leading zero, so that nobody can add a
 * digit later. Every date a document writes in words is written so, the body's as the header's.
 */
export function dateInWords(day: LocalDay): { day: string; month: string; year: string } {
  const [year, month, date] = dayParts(day);
  return { day: date, month: Number(month) <= 2 ? month : String(Number(month)), year };
}

/** "Thủ Dầu Một, ngày 09 tháng 02 năm 2024"; dots where the place is not known. */
export function placeAndDate(place: string | null, day: string, say: Say): string {
  return say("doc-place-date", { place: place?.trim() ? place : BLANK, ...dateInWords(day) });
}

/** The hour, minute and day of an instant where it happened, for the locale keys. */
export function clock(
  instant: Date,
  timeZone: string,
): { hour: string; minute: string; day: string; month: string; year: string; date: string } {
  const { hour, minute } = localTime(instant, timeZone);
  const date = localDay(instant, timeZone);
  return {
    hour: String(hour),
    minute: String(minute).padStart(2, "0"),
    ...dateInWords(date),
    date,
  };
}

/** "19 giờ 30, ngày 20 tháng 5 năm 2024" in the given time zone. */
export function timeInWords(instant: Date, timeZone: string, say: Say): string {
  const { hour, minute, day, month, year } = clock(instant, timeZone);
  return say("doc-time", { hour, minute, day, month, year });
}

/** "85,7%": a share in the locale's way of writing numbers; null when there is no whole. */
export function percent(part: number, whole: number, say: Say): string | null {
  if (whole <= 0) return null;
  return say("doc-percent", { value: Math.round((part / whole) * 1000) / 10 });
}

// ----- Letterhead and closing -----

/** The committee a cell's document goes up to, or the committee itself writing. */
export interface CommitteeHeading {
  committeeName: string;
  /** Local "YYYY-MM-DD". */
  day: string;
  /** Null: dots, for the place to be written by hand. */
  place?: string | null;
  secretaryName?: string | null;
}

export type Heading = DocumentHeading | CommitteeHeading;

const isCell = (heading: Heading): heading is DocumentHeading => "cellName" in heading;

/** The first words of a party organisation's name ("Đảng bộ phường …"), folded. */
const ORGANISATION_WORDS = ["dang bo", "chi bo"];

/** The first words of a committee's name: "Đảng ủy …", "Huyện ủy …", "Thị ủy …". */
const COMMITTEE_WORDS = ["dang uy", "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy"];

/** The words a name starts with, of a list, or undefined. */
const leadingWords = (name: string, words: readonly string[]) => {
  const key = foldKey(name);
  return words.find((word) => key === word || key.startsWith(`${word} `));
};

/** "PHƯỜNG" → "Phường" */
const capitalised = (word: string) => {
  const lower = word.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
};

/** A name typed all in capitals, written as in a sentence: "PHƯỜNG PHÚ HÒA" → "Phường Phú Hòa". */
function asInSentence(text: string): string {
  if (text !== text.toLocaleUpperCase("vi") || !/\p{L}/u.test(text)) return text;
  return text.split(" ").map(capitalised).join(" ");
}

/** "CHI BỘ KHU PHỐ 1", whether the name was typed with "Chi bộ" or not. */
export function cellTitle(cellName: string, say: Say): string {
  const name = wordSafe(cellName).trim();
  return upper(leadingWords(name, ["chi bo"]) ? name : say("doc-cell-name", { name }));
}

/**
 * "ĐẢNG BỘ PHƯỜNG PHÚ HÒA": the party organisation a cell belongs to, as its setting gives it;
 * "Đảng bộ" goes before a bare place ("Phường Phú Hòa"), never in place of a name typed whole.
 */
export function organisationTitle(organisation: string, say: Say): string {
  const name = wordSafe(organisation).trim();
  const named = leadingWords(name, [...ORGANISATION_WORDS, ...COMMITTEE_WORDS]);
  return upper(named ? name : say("doc-organisation-name", { name }));
}

/**
 * A committee as a sentence names it: "Đảng ủy phường Phú Cường" for a committee typed as
 * "ĐẢNG BỘ PHƯỜNG PHÚ CƯỜNG", "Đảng ủy phường Phú Cường" or "phường Phú Cường"; a "Huyện ủy …"
 * stays as it is.
 */
export function committeeInSentence(committeeName: string, say: Say): string {
  const words = wordSafe(committeeName).trim().split(/\s+/);
  const name = words.join(" ");
  if (leadingWords(name, COMMITTEE_WORDS) && !leadingWords(name, ["dang uy"])) {
    const [first = "", second = "", ...rest] = words;
    return [capitalised(first), second.toLocaleLowerCase("vi"), asInSentence(rest.join(" "))]
      .filter(Boolean)
      .join(" ");
  }
  const rest = leadingWords(name, ["dang bo", "dang uy"]) ? words.slice(2) : words;
  return say("doc-committee-name", { name: asInSentence(rest.join(" ")) }).trim();
}

/** What the left of the letterhead says above the "*": who is above, and who writes. */
function issuerLines(heading: Heading, say: Say): { superior: string; issuer: string } {
  if (isCell(heading)) {
    return {
      superior: heading.partyOrganisation?.trim()
        ? organisationTitle(heading.partyOrganisation, say)
        : BLANK_LINE,
      issuer: cellTitle(heading.cellName, say),
    };
  }
  // chibo does not know the organisation above a committee: it is left to write by hand.
  return { superior: BLANK_LINE, issuer: upper(committeeInSentence(heading.committeeName, say)) };
}

function letterhead(heading: Heading, kind: DocumentKind, say: Say): Table {
  const line = (text: string, style: ParagraphStyle = {}) =>
    paragraph(text, { align: "center", ...style });
  const { superior, issuer } = issuerLines(heading, say);
  const number = isCell(heading)
    ? kind === "minutes"
      ? "doc-number-cell-minutes"
      : "doc-number-cell-report"
    : "doc-number-committee-report";
  // A member's own report is no document of the cell's: it has no number in its register.
  const left = [
    line(superior),
    line(issuer, { bold: true }),
    line("*"),
    ...(kind === "personal" ? [] : [line(say(number))]),
  ];
  const right = [
    line(say("doc-party"), { bold: true, underline: true, size: SIZE.party, after: 240 }),
    line(placeAndDate(heading.place ?? null, heading.day, say), { italics: true }),
  ];
  return sideBySide(left, right, [4, 5]);
}

/** "Nơi nhận:" over its lines, in the left column of the closing. */
export function recipientsBlock(lines: readonly string[], say: Say): Paragraph[] {
  return [
    paragraph(say("doc-recipients"), { bold: true, italics: true, size: SIZE.small }),
    ...lines.map((text) => paragraph(text, { size: SIZE.small })),
  ];
}

export interface Signer {
  /** "T/M CHI BỘ"; none for the minutes' "THƯ KÝ" and "CHỦ TRÌ". */
  onBehalf?: string;
  /** "BÍ THƯ" */
  title: string;
  /** The name under the signature: dots when nobody is known. */
  name: string | null;
}

/** The signature: who signs on whose behalf, room to sign, then the name. */
export function signatureBlock(signer: Signer): Paragraph[] {
  const line = (text: string, style: ParagraphStyle = {}) =>
    paragraph(text, { align: "center", bold: true, ...style });
  return [
    ...(signer.onBehalf ? [line(signer.onBehalf)] : []),
    line(signer.title),
    ...Array.from({ length: 4 }, () => paragraph("")),
    line(signer.name?.trim() ? signer.name : BLANK, { bold: Boolean(signer.name?.trim()) }),
  ];
}

/** The lines under "Nơi nhận" of a cell's report, or of a committee's. */
export function defaultRecipients(heading: Heading, say: Say): string[] {
  if (!isCell(heading)) {
    return [say("doc-recipient-cells"), say("doc-recipient-archive-committee")];
  }
  return [
    heading.committeeName?.trim()
      ? say("doc-recipient-committee", {
          committee: committeeInSentence(heading.committeeName, say),
        })
      : say("doc-recipient-superior"),
    say("doc-recipient-archive-cell"),
  ];
}

/** "Nơi nhận" on the left, "T/M CHI BỘ — BÍ THƯ" (or "T/M ĐẢNG ỦY") and the name on the right. */
export function reportClosing(heading: Heading, say: Say): Table {
  return sideBySide(
    recipientsBlock(defaultRecipients(heading, say), say),
    signatureBlock({
      onBehalf: say(isCell(heading) ? "doc-on-behalf-cell" : "doc-on-behalf-committee"),
      title: say("doc-secretary"),
      name: heading.secretaryName ?? null,
    }),
  );
}

/** "personal": a member's own report, filed with the cell, unnumbered. */
export type DocumentKind = "report" | "minutes" | "personal";

export interface PartyDocumentOptions {
  /** A cell's heading (its committee above it), or a committee's own. */
  heading: Heading;
  /** "report" numbers it "-BC/…", "minutes" "-BB/CB". */
  kind?: DocumentKind;
  /** "BÁO CÁO", "BIÊN BẢN": written in capitals. */
  title: string;
  /** What it is about, under the title: "Kết quả đăng ký … năm 2024". */
  subtitle?: string;
  /** Paragraphs, tables and numbered sections (I., II.; inside them 1., 2.). */
  sections: readonly Content[];
  /** What ends the document; by default "Nơi nhận" and the secretary's signature. */
  closing?: readonly Block[];
  say: Say;
}

/** The page's number, in the middle of the top margin, as the body is written. */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.body })],
      }),
    ],
  });
}

/** A Party document: letterhead, title, the sections, and the closing, on A4 in Times New Roman. */
export function partyDocument(options: PartyDocumentOptions): Document {
  const { heading, say } = options;
  const kind = options.kind ?? "report";
  const children: Block[] = [
    letterhead(heading, kind, say),
    paragraph(upper(options.title), { align: "center", bold: true, before: 360 }),
    ...(options.subtitle ? [paragraph(options.subtitle, { align: "center", bold: true })] : []),
    paragraph("-----", { align: "center", after: 240 }),
    // The last lines go over to the next page with the signatures rather than leave them alone
    // there: the sections end with a paragraph kept with what follows it.
    ...renderContent(options.sections),
    paragraph("", { after: 120, keepNext: true }),
    ...(options.closing ?? [reportClosing(heading, say)]),
    // Word ends a document with a paragraph, never with a table.
    paragraph(""),
  ];
  return new Document({
    creator: "chibo",
    title: wordSafe([options.title, options.subtitle].filter(Boolean).join(" — ")),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, language: { value: say("doc-language") } },
        },
      },
      paragraphStyles: [tableTextStyle],
    },
    sections: [
      {
        // Hướng dẫn 36 numbers pages from the second, at the top in the middle: the first
        // page has a header of its own, empty.
        headers: { default: pageNumberHeader(), first: new Header({ children: [paragraph("")] }) },
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: 567,
              footer: 567,
            },
          },
        },
        children,
      },
    ],
  });
}

/** The .docx file of a document. */
export async function toBuffer(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document);
}
