/**
 * How wide a word prints, to size table columns so that no date or code is broken across
 * lines ("06/12/202|6", "CB-|D6GS"). Measured in DejaVu Serif, from its TTF with fontkit: it is
 * what a computer without Times New Roman (or its twin Liberation Serif) prints in, and wider
 * than Times New Roman in all but a few letters (X and Y, and in bold J, % and "), which are
 * narrower by at most 0.06 em: a column that fits a word in DejaVu fits it in either.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { openSync } from "fontkit";

const fontDir = join(
  dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")),
  "ttf",
);

/** A face's advance width of a character in font units, or SPACE between words. */
interface Face {
  advance: (codePoint: number) => number;
  unitsPerEm: number;
}

const SPACE = -1;

/**
 * How many characters' widths a face keeps: every letter a Vietnamese text uses many times
 * over, and a bound whatever a text holds.
 */
const KEPT_WIDTHS = 4096;

let faces: { regular: Face; bold: Face } | undefined;

/**
 * A font file's advance widths, each read from the font once: fontkit's glyph lookup costs
 * more than the rest of a table's layout.
 */
function faceOf(file: string): Face {
  const font = openSync(join(fontDir, file));
  if (!("glyphForCodePoint" in font)) throw new Error(`${file}: a font collection, not a font`);
  const widths = new Map<number, number>();
  const advance = (codePoint: number) => {
    let width = widths.get(codePoint);
    if (width === undefined) {
      width = /\s/.test(String.fromCodePoint(codePoint))
        ? SPACE
        : font.glyphForCodePoint(codePoint).advanceWidth;
      if (widths.size < KEPT_WIDTHS) widths.set(codePoint, width);
    }
    return width;
  };
  return { advance, unitsPerEm: font.unitsPerEm };
}

/** Twips in a point. */
const TWIPS_PER_POINT = 20;

/**
 * The width of the longest word of a text, in twips, at a size in half-points: what a
 * column needs so that Word breaks the text only between words.
 */
export function widestWord(text: string, halfPoints: number, bold = false): number {
  faces ??= { regular: faceOf("DejaVuSerif.ttf"), bold: faceOf("DejaVuSerif-Bold.ttf") };
  const { advance, unitsPerEm } = bold ? faces.bold : faces.regular;
  const composed = text.normalize("NFC");
  let widest = 0;
  let word = 0;
  for (let i = 0; i < composed.length; i++) {
    const codePoint = composed.codePointAt(i) ?? 0;
    if (codePoint > 0xffff) i++;
    const width = advance(codePoint);
    if (width === SPACE) {
      word = 0;
    } else {
      word += width;
      if (word > widest) widest = word;
    }
  }
  return Math.ceil((widest / unitsPerEm) * (halfPoints / 2) * TWIPS_PER_POINT);
}
