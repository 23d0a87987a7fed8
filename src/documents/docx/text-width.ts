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

type Measure = (text: string) => number;

let faces: { regular: Measure; bold: Measure } | undefined;

/** The advance width of a text in a font file, in em. */
function measureWith(file: string): Measure {
  const font = openSync(join(fontDir, file));
  if (!("glyphForCodePoint" in font)) throw new Error(`${file}: a font collection, not a font`);
  return (text) => {
    let units = 0;
    for (const char of text.normalize("NFC")) {
      units += font.glyphForCodePoint(char.codePointAt(0) ?? 0).advanceWidth;
    }
    return units / font.unitsPerEm;
  };
}

/** Twips in a point. */
const TWIPS_PER_POINT = 20;

/**
 * The width of the longest word of a text, in twips, at a size in half-points: what a
 * column needs so that Word breaks the text only between words.
 */
export function widestWord(text: string, halfPoints: number, bold = false): number {
  faces ??= { regular: measureWith("DejaVuSerif.ttf"), bold: measureWith("DejaVuSerif-Bold.ttf") };
  const measure = bold ? faces.bold : faces.regular;
  const em = Math.max(0, ...text.split(/\s+/).map((word) => measure(word)));
  return Math.ceil(em * (halfPoints / 2) * TWIPS_PER_POINT);
}
