// Text as people type or paste it: composed or decomposed, with the broken-font "ƣ" for "ư"
// (seen in PDF extracts), stray control and zero-width characters, runs of spaces.

const BROKEN_U_HORN = /\u01a3/g; // ƣ
const BROKEN_U_HORN_UPPER = /\u01a2/g; // Ƣ
// Control characters except tab and newline, zero-width spaces/joiners, bidi controls, BOM.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** The form stored and shown: NFC, "ư" restored, invisible characters removed, spaces tidied. */
export function normalizeText(input: string): string {
  // Line breaks first (\r is a control character too), then the invisible characters, so that
  // composing to NFC sees letters and their marks side by side.
  return (
    input
      .replace(/\r\n?/g, "\n")
      .replace(INVISIBLE, "")
      .replace(BROKEN_U_HORN, "ư")
      .replace(BROKEN_U_HORN_UPPER, "Ư")
      .normalize("NFC")
      // Vietnamese needs at most two marks on a letter; piles of them only bloat what is stored.
      .replace(/(\p{M}{2})\p{M}+/gu, "$1")
      .split("\n")
      .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}

/** One line: like normalizeText, with line breaks folded into spaces. */
export function normalizeLine(input: string): string {
  return normalizeText(input).replace(/\n+/g, " ");
}

/** A key for matching: no case, no diacritics ("Nguyễn Văn Ánh" and "nguyen van anh" match). */
export function foldKey(input: string): string {
  return normalizeLine(input)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

/** Whether the text says something: at least one letter or digit, not only emoji or punctuation. */
export function hasWords(input: string): boolean {
  return /[\p{L}\p{N}]/u.test(input);
}

/**
 * Text in which each UTF-16 unit is a character of its own: tabs, line feeds, ASCII, the Latin
 * letters and the precomposed Vietnamese ones, as typed text arrives once normalized (NFC). A
 * carriage return is left out: before a line feed the two count as one.
 */
const ONE_UNIT_EACH = /^[\t\n\u0020-\u02ff\u1e00-\u1eff]*$/;
const graphemes = new Intl.Segmenter("vi", { granularity: "grapheme" });

/** Length as a person counts it: one per visible character, not per UTF-16 unit. */
export function visibleLength(input: string): number {
  // Segmenting costs some 60 µs for a line of text, a quarter of a /dangky step
  // (docs/performance.md); for the usual text counting the units gives the same.
  if (ONE_UNIT_EACH.test(input)) return input.length;
  let count = 0;
  for (const _ of graphemes.segment(input)) count += 1;
  return count;
}

/** "a-b-c" split at the first "-": ["a", "b-c"]; the whole and "" without one. */
export function splitOnce(value: string, separator: string): [string, string] {
  const at = value.indexOf(separator);
  return at < 0 ? [value, ""] : [value.slice(0, at), value.slice(at + 1)];
}
