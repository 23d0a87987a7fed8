/**
 * How wide a line of text is in DejaVu Sans, from the advance widths in the TTF file itself.
 * Without a canvas Vega guesses 0.8 em a letter, far wider than DejaVu: titles, axis labels
 * and legends would be laid out with gaps and cut short. Vega lets a program measure text
 * instead (vl-convert does the same), and these widths are what resvg then draws.
 */
import { readFileSync } from "node:fs";

export interface FontMetrics {
  /** Advance width of a line of text, in em. */
  widthEm(text: string): number;
}

function table(font: Buffer, tag: string): number {
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    if (font.toString("latin1", record, record + 4) === tag) return font.readUInt32BE(record + 8);
  }
  throw new Error(`font has no ${tag} table`);
}

/** The Unicode → glyph map of a cmap format 4 subtable (the Basic Multilingual Plane). */
function glyphsOfFormat4(font: Buffer, at: number): Map<number, number> {
  const glyphs = new Map<number, number>();
  const segments = font.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = font.readUInt16BE(ends + s * 2);
    const start = font.readUInt16BE(starts + s * 2);
    const delta = font.readUInt16BE(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = font.readUInt16BE(rangeOffsetAt);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const index = font.readUInt16BE(rangeOffsetAt + rangeOffset + (code - start) * 2);
        glyph = index === 0 ? 0 : (index + delta) & 0xffff;
      }
      if (glyph !== 0) glyphs.set(code, glyph);
    }
  }
  return glyphs;
}

/** Reads the advance widths of a TrueType font's characters. */
export function readFontMetrics(path: string): FontMetrics {
  const font = readFileSync(path);
  const unitsPerEm = font.readUInt16BE(table(font, "head") + 18);
  const hmetrics = font.readUInt16BE(table(font, "hhea") + 34);
  const hmtx = table(font, "hmtx");
  const cmap = table(font, "cmap");

  let glyphs: Map<number, number> | null = null;
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables && !glyphs; i++) {
    const record = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const at = cmap + font.readUInt32BE(record + 4);
    const unicode = platform === 0 || (platform === 3 && encoding === 1);
    if (unicode && font.readUInt16BE(at) === 4) glyphs = glyphsOfFormat4(font, at);
  }
  if (!glyphs) throw new Error(`${path}: no Unicode cmap`);
  const map = glyphs;

  const advance = (glyph: number) =>
    font.readUInt16BE(hmtx + Math.min(glyph, hmetrics - 1) * 4) / unitsPerEm;
  const cache = new Map<number, number>();
  const width = (code: number) => {
    let em = cache.get(code);
    if (em === undefined) {
      em = advance(map.get(code) ?? 0);
      cache.set(code, em);
    }
    return em;
  };

  return {
    widthEm(text) {
      let total = 0;
      for (const char of text.normalize("NFC")) total += width(char.codePointAt(0) ?? 0);
      return total;
    },
  };
}
