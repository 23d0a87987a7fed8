/**
 * The layout every Party document of a cell or a committee shares (Hướng dẫn 36-HD/VPTW): A4,
 * Times New Roman, the two-column letterhead, the title, numbered sections, bordered tables, and
 * "Nơi nhận" beside the signature. Pure: builds a docx Document from plain values, no I/O.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  type IBorderOptions,
  LeaderType,
  LineRuleType,
  Packer,
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
import { dayParts, localDay, localTime } from "../../domain/calendar.js";
import { foldKey } from "../../domain/text.js";
import type { DocumentHeading, Say } from "../document-data.js";

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

/**
 * Text as Word accepts it: composed (NFC), line breaks as "\n", no control characters but "\n"
 * and "\t", and the broken-font "ƣ" of PDF extracts back to "ư".
 */
export function wordSafe(text: string): string {
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
  return wordSafe(text)
    .split("\n")
    .map(
      (line, index) =>
        new TextRun({
          children: line.split("\t").flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part])),
          ...(index > 0 ? { break: 1 } : {}),
          font: FONT,
          size: style.size ?? SIZE.body,
          ...(style.bold ? { bold: true } : {}),
          ...(style.italics ? { italics: true } : {}),
          ...(style.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
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

/** Scales weights to whole twips that add up to exactly `total`. */
export function fitWidths(weights: readonly number[], total = CONTENT_WIDTH): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((weight) => Math.floor((weight / sum) * total));
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

function cell(text: string, width: number, style: ParagraphStyle): TableCell {
  return new TableCell({
    children: [paragraph(text, { size: SIZE.table, before: 40, after: 40, ...style })],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 80, right: 80 },
  });
}

/**
 * A bordered table of fixed column widths: long texts wrap inside their column instead of
 * widening the table. The header row repeats on every page.
 */
export function dataTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): Table {
  const widths = fitWidths(columns.map((column) => column.weight));
  const row = (values: readonly string[], style: ParagraphStyle, header = false) =>
    new TableRow({
      children: columns.map((column, i) =>
        cell(values[i] ?? "", widths[i] ?? 0, {
          align: header ? "center" : (column.align ?? "left"),
          ...style,
        }),
      ),
      ...(header ? { tableHeader: true, cantSplit: true } : {}),
    });
  return new Table({
    rows: [
      row(
        columns.map((column) => column.header),
        { bold: true },
        true,
      ),
      ...rows.map((values) => row(values, {})),
      ...(options.totals ? [row(options.totals, { bold: true })] : []),
    ],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
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
 * "Thủ Dầu Một, ngày 09 tháng 02 năm 2024": as Hướng dẫn 36 wants, a day below 10 and the
 * months 1 and 2 get a leading zero, so that nobody can add a digit later.
 */
export function placeAndDate(place: string | null, day: string, say: Say): string {
  const [year, month, date] = dayParts(day);
  return say("doc-place-date", {
    place: place?.trim() ? place : BLANK,
    day: date,
    month: Number(month) <= 2 ? month : String(Number(month)),
    year,
  });
}

/** The hour, minute and day of an instant where it happened, for the locale keys. */
export function clock(
  instant: Date,
  timeZone: string,
): { hour: string; minute: string; day: string; month: string; year: string; date: string } {
  const { hour, minute, day, month, year } = localTime(instant, timeZone);
  return {
    hour: String(hour),
    minute: String(minute).padStart(2, "0"),
    day: String(day),
    month: String(month),
    year: String(year),
    date: localDay(instant, timeZone),
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

const startsWith = (name: string, words: readonly string[]) => {
  const key = foldKey(name);
  return words.some((word) => key === word || key.startsWith(`${word} `));
};

/** "CHI BỘ KHU PHỐ 1", whether the name was typed with "Chi bộ" or not. */
export function cellTitle(cellName: string, say: Say): string {
  const name = wordSafe(cellName).trim();
  return upper(startsWith(name, ["chi bo"]) ? name : say("doc-cell-name", { name }));
}

/** "ĐẢNG BỘ PHƯỜNG PHÚ CƯỜNG", whether the name was typed with "Đảng bộ" or not. */
export function committeeTitle(committeeName: string, say: Say): string {
  const name = wordSafe(committeeName).trim();
  return upper(
    startsWith(name, ["dang bo", "dang uy"]) ? name : say("doc-committee-name", { name }),
  );
}

/** "phường Phú Cường" out of "ĐẢNG BỘ PHƯỜNG PHÚ CƯỜNG": what follows "Đảng ủy" in a line. */
export function committeePlace(committeeName: string): string {
  const words = wordSafe(committeeName).trim().split(/\s+/);
  const rest = startsWith(committeeName, ["dang bo", "dang uy"]) ? words.slice(2) : words;
  const text = rest.join(" ");
  if (text !== text.toLocaleUpperCase("vi") || !/\p{L}/u.test(text)) return text;
  // Typed all in capitals: written as a name in a sentence.
  return rest
    .map((word) => {
      const lower = word.toLocaleLowerCase("vi");
      return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
    })
    .join(" ");
}

function letterhead(heading: Heading, kind: DocumentKind, say: Say): Table {
  const line = (text: string, style: ParagraphStyle = {}) =>
    paragraph(text, { align: "center", ...style });
  const left: Paragraph[] = [];
  if (isCell(heading)) {
    if (heading.committeeName?.trim()) left.push(line(committeeTitle(heading.committeeName, say)));
    left.push(line(cellTitle(heading.cellName, say), { bold: true }));
  } else {
    left.push(line(committeeTitle(heading.committeeName, say), { bold: true }));
  }
  left.push(line("*"));
  const number = isCell(heading)
    ? kind === "minutes"
      ? "doc-number-cell-minutes"
      : "doc-number-cell-report"
    : "doc-number-committee-report";
  left.push(line(say(number)));
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
      ? say("doc-recipient-committee", { committee: committeePlace(heading.committeeName) })
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

export type DocumentKind = "report" | "minutes";

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

/** A Party document: letterhead, title, the sections, and the closing, on A4 in Times New Roman. */
export function partyDocument(options: PartyDocumentOptions): Document {
  const { heading, say } = options;
  const kind = options.kind ?? "report";
  const children: Block[] = [
    letterhead(heading, kind, say),
    paragraph(upper(options.title), { align: "center", bold: true, before: 360 }),
    ...(options.subtitle ? [paragraph(options.subtitle, { align: "center", bold: true })] : []),
    paragraph("-----", { align: "center", after: 240 }),
    ...renderContent(options.sections),
    paragraph("", { after: 120 }),
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
    },
    sections: [
      {
        properties: {
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
