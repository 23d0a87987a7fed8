/**
 * How a table prints: A4, the column widths that fit the page, the scale (never below
 * MIN_PRINTED_SIZE), and the height of each row whose text wraps. Excel and exceljs compute
 * none of this when a file is written: a row keeps the default height whatever it holds, and
 * "fit to one page" shrinks a wide sheet until it cannot be read.
 */
import { visibleLength } from "../../domain/text.js";

/** The font of every cell. Excel's width unit is the width of a digit in it: 7 px. */
export const FONT = { name: "Calibri", size: 11 } as const;
/** The smallest text may print at, in points: the scale never goes below MIN_SCALE. */
export const MIN_PRINTED_SIZE = 9;
/** The smallest print scale, in percent, that keeps FONT at MIN_PRINTED_SIZE or more. */
export const MIN_SCALE = Math.ceil((100 * MIN_PRINTED_SIZE) / FONT.size);
/** Excel's paper size code for A4. */
export const A4 = 9;
/** In inches, as Excel wants them: room to bind on the left, the page header and footer. */
export const MARGINS = { left: 0.7, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

const A4_INCHES = { short: 210 / 25.4, long: 297 / 25.4 };
const PX_PER_INCH = 96;
const DIGIT_PX = 7;
/** Excel draws a cell's text inside 5 px of padding. */
const CELL_PADDING_PX = 5;
/** Some room for what the estimate cannot know (gridlines, the printer's own margins). */
const SAFETY = 0.97;

export type Orientation = "portrait" | "landscape";

/** Column widths, in Excel's units, that fit across the paper at 100%. */
function printableWidth(orientation: Orientation): number {
  const paper = orientation === "portrait" ? A4_INCHES.short : A4_INCHES.long;
  const inches = paper - MARGINS.left - MARGINS.right;
  return Math.floor((inches * PX_PER_INCH * SAFETY) / DIGIT_PX);
}

export interface ColumnSize {
  /** As wide as its longest value, in Excel's units. */
  natural: number;
  /** The narrowest it may wrap to; equal to `natural` for a column that must not wrap. */
  narrowest: number;
}

export interface PrintLayout {
  orientation: Orientation;
  widths: number[];
  /**
   * "width": one page across (fitToWidth 1), as many down as it takes; the columns fit it at
   * MIN_SCALE or more. "pages": even at MIN_SCALE they do not, so the sheet prints at MIN_SCALE
   * over several pages across, the frozen columns repeated on each.
   */
  fit: "width" | "pages";
}

/**
 * Portrait when the columns fit across it; else landscape, the wrapping columns narrowed (the
 * widest first, none below its `narrowest`) until the table fits across at 100%, or as near as
 * they allow. What is left over is Excel's to shrink, down to MIN_SCALE at most.
 */
export function printLayout(columns: ColumnSize[]): PrintLayout {
  const natural = columns.map((column) => column.natural);
  if (sum(natural) <= printableWidth("portrait")) {
    return { orientation: "portrait", widths: natural, fit: "width" };
  }
  const page = printableWidth("landscape");
  const widths = narrowed(columns, page);
  const fit = sum(widths) <= (page * 100) / MIN_SCALE ? "width" : "pages";
  return { orientation: "landscape", widths, fit };
}

/** The widths with the widest wrapping columns cut to one level, to sum to `page` at most. */
function narrowed(columns: ColumnSize[], page: number): number[] {
  const at = (level: number) =>
    columns.map((column) => Math.max(column.narrowest, Math.min(column.natural, level)));
  if (sum(at(0)) >= page) return at(0);
  let low = 0;
  let high = Math.max(...columns.map((column) => column.natural));
  if (sum(at(high)) <= page) return at(high);
  while (high - low > 0.5) {
    const level = (low + high) / 2;
    if (sum(at(level)) <= page) low = level;
    else high = level;
  }
  return at(Math.floor(low));
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The tallest row Excel allows, in points. */
export const MAX_ROW_HEIGHT = 409;

/**
 * Excel's 15 pt row for one line of 11 pt text, and as much again for each further line (what
 * Excel's own autofit gives), up to the tallest row Excel allows.
 */
export function rowHeight(lines: number, size: number = FONT.size): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(((lines * size * 15) / 11) * 4) / 4);
}

/**
 * Characters that are each one character as a person counts them: visibleLength's, and the
 * quotes, dashes and "…" of general punctuation, which plans hold and which visibleLength
 * counts the slow way.
 */
const ONE_EACH = /^[\t\n\u0020-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]*$/;

/** visibleLength, quicker for the text a workbook usually holds. */
export function textLength(text: string): number {
  return ONE_EACH.test(text) ? text.length : visibleLength(text);
}

/** What the layout needs of a text, measured once however often it is laid out. */
export interface TextMeasure {
  /** The visible length of its longest line. */
  longestLine: number;
  /** The visible length of its longest word. */
  longestWord: number;
  /** Its wordLengths. */
  words: number[][];
}

/** What /\s/ finds among ONE_EACH's characters: tab, line feed, space, no-break space. */
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0xa0;

/** A text's TextMeasure: for the usual text in one pass over it, without splitting it. */
export function measureText(text: string): TextMeasure {
  if (!ONE_EACH.test(text)) {
    const words = wordLengths(text);
    return {
      longestLine: Math.max(0, ...text.split("\n").map(visibleLength)),
      longestWord: Math.max(0, ...words.flat()),
      words,
    };
  }
  let paragraph: number[] = [];
  const words = [paragraph];
  let longestLine = 0;
  let longestWord = 0;
  let line = 0;
  let word = 0;
  for (let i = 0; i <= text.length; i++) {
    // The end of the text ends its last line as a line feed would.
    const code = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (!isSpace(code)) {
      word += 1;
      line += 1;
      continue;
    }
    if (word > 0) {
      paragraph.push(word);
      longestWord = Math.max(longestWord, word);
      word = 0;
    }
    if (code !== 0x0a) {
      line += 1;
      continue;
    }
    longestLine = Math.max(longestLine, line);
    line = 0;
    if (i < text.length) {
      paragraph = [];
      words.push(paragraph);
    }
  }
  return { longestLine, longestWord, words };
}

/**
 * The visible length of each word of a text, paragraph by paragraph: what wrappedLines counts,
 * taken once for a text that is wrapped at many widths.
 */
export function wordLengths(text: string): number[][] {
  const lengthOf = ONE_EACH.test(text) ? (word: string) => word.length : visibleLength;
  return text.split("\n").map((paragraph) =>
    paragraph
      .split(/\s+/)
      .filter((word) => word !== "")
      .map(lengthOf),
  );
}

/**
 * How many lines a text wraps to in a column `width` units wide. An estimate from the text's
 * length and the column's width at the font size, as exceljs measures no text: a letter of
 * Calibri is taken as half an em wide (its letters and spaces average less, so the estimate errs
 * toward a taller row, never a cut one, and stays close where LibreOffice draws a wider font in
 * Calibri's place), bold a tenth wider. Lines break between words as Excel breaks them; a word
 * longer than a line is cut across lines.
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  return linesOf(wordLengths(text), width, bold);
}

/** wrappedLines of a text whose wordLengths are known. */
export function linesOf(
  paragraphs: readonly (readonly number[])[],
  width: number,
  bold = false,
): number {
  const letterPx = ((FONT.size * PX_PER_INCH) / 72) * (bold ? 0.55 : 0.5);
  const perLine = Math.max(1, Math.floor((width * DIGIT_PX - CELL_PADDING_PX) / letterPx));
  let lines = 0;
  for (const words of paragraphs) {
    let used = 0;
    let count = 1;
    for (const size of words) {
      if (used > 0 && used + 1 + size <= perLine) {
        used += 1 + size;
        continue;
      }
      if (used > 0) count += 1;
      count += Math.ceil(size / perLine) - 1;
      used = size % perLine === 0 ? perLine : size % perLine;
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/**
 * The narrowest width from `from` up to `to` at which each text, given by its wordLengths, fits
 * in a row no taller than Excel allows: narrower, the end of a long plan would be cut off in
 * print.
 */
export function widthForTallestRow(
  texts: readonly (readonly (readonly number[])[])[],
  from: number,
  to: number,
): number {
  const lines = Math.floor(MAX_ROW_HEIGHT / rowHeight(1));
  let width = from;
  while (width < to && texts.some((text) => linesOf(text, width) > lines)) width += 1;
  return width;
}
