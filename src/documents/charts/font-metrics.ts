/**
 * How wide a line of text is in DejaVu Sans, from the advance widths in the TTF file itself,
 * read with fontkit. Without a canvas Vega guesses 0.8 em a letter, far wider than DejaVu:
 * titles, axis labels and legends would be laid out with gaps and cut short. Vega lets a
 * program measure text instead (vl-convert does the same), and these widths are what resvg
 * then draws.
 */
import { openSync } from "fontkit";

export interface FontMetrics {
  /** Advance width of a line of text, in em. */
  widthEm(text: string): number;
}

/** Reads the advance widths of a TrueType font's characters. */
export function readFontMetrics(path: string): FontMetrics {
  const font = openSync(path);
  if (!("glyphForCodePoint" in font)) throw new Error(`${path}: a font collection, not a font`);
  return {
    widthEm(text) {
      let units = 0;
      for (const char of text.normalize("NFC")) {
        // fontkit keeps each glyph it has read: a bound of the font's glyph count.
        units += font.glyphForCodePoint(char.codePointAt(0) ?? 0).advanceWidth;
      }
      return units / font.unitsPerEm;
    },
  };
}
