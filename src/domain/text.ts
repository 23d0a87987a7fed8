// Text as people type or paste it: composed or decomposed, with the broken-font "ƣ" for "ư"
// (seen in PDF extracts), stray control and zero-width characters, runs of spaces.

const BROKEN_U_HORN = /\u01a3/g; // ƣ
const BROKEN_U_HORN_UPPER = /\u01a2/g; // Ƣ
// Control characters except tab and newline, and every character Unicode says to draw as
// nothing: zero-width spaces and joiners, bidi overrides and isolates, soft hyphens, fillers,
// variation selectors, tags, the BOM.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\p{Default_Ignorable_Code_Point}]/gu;

/** The form stored and shown: NFC, "ư" restored, invisible characters removed, spaces tidied. */
export function normalizeText(input: string): string {
  // A name or a command as usually typed is already so: a profile name goes through every turn.
  if (PLAIN_LINE.test(input) && !input.includes("  ") && input.trim() === input) return input;
  // Line breaks first (\r is a control character too), then the invisible characters, so that
  // composing to NFC sees letters and their marks side by side.
  const composed = input
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    .replace(BROKEN_U_HORN, "ư")
    .replace(BROKEN_U_HORN_UPPER, "Ư")
    .normalize("NFC");
  // Looking for marks costs more than the rest together: typed Vietnamese seldom has any left.
  const collapsed = ONE_UNIT_EACH.test(composed)
    ? composed
    : composed.replace(LEFT_OVER_MARKS, collapseMarks);
  return collapsed
    .split("\n")
    .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * One line that normalizing leaves as it is, spaces aside: printable ASCII, Latin letters and
 * the precomposed Vietnamese ones. Left out: no-break and soft hyphen (U+00A0, U+00AD), the
 * broken "ƣ" and "Ƣ" (U+01A2, U+01A3), and separate marks (U+0300 on).
 */
const PLAIN_LINE = /^[\u0020-\u007e\u00a1-\u00ac\u00ae-\u01a1\u01a4-\u02ff\u1e00-\u1eff]*$/;

// Composed Vietnamese carries no separate mark: where some are left, a letter may wear a pile.
const LEFT_OVER_MARKS = /\P{M}?\p{M}+/gu;

/**
 * A letter with its marks, at most two of them, each once: Vietnamese needs two at most ("ệ"
 * is e, dot below and circumflex taken apart), and the same mark twice over is a slip. They
 * are counted on the letter taken apart; composed, the same pile would keep two marks extra.
 */
function collapseMarks(letter: string): string {
  return letter
    .normalize("NFD")
    .replace(/(\p{M})\1+/gu, "$1")
    .replace(/(\p{M}{2})\p{M}+/gu, "$1")
    .normalize("NFC");
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
let segmenter: Intl.Segmenter | undefined;
/** Made when first needed: making it loads ICU's rules, some 20 ms of every start. */
function graphemes(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter("vi", { granularity: "grapheme" });
  return segmenter;
}

/** Length as a person counts it: one per visible character, not per UTF-16 unit. */
export function visibleLength(input: string): number {
  // Segmenting costs some 60 µs for a line of text, a quarter of a /dangky step
  // (docs/performance.md); for the usual text counting the units gives the same.
  if (ONE_UNIT_EACH.test(input)) return input.length;
  let count = 0;
  for (const _ of graphemes().segment(input)) count += 1;
  return count;
}

/** At most `max` visible characters of the text, with "…" where it was cut. */
export function clip(input: string, max: number): string {
  if (visibleLength(input) <= max) return input;
  let kept = "";
  let count = 0;
  for (const { segment } of graphemes().segment(input)) {
    if (count === max) break;
    kept += segment;
    count += 1;
  }
  return `${kept}…`;
}

/** "a-b-c" split at the first "-": ["a", "b-c"]; the whole and "" without one. */
export function splitOnce(value: string, separator: string): [string, string] {
  const at = value.indexOf(separator);
  return at < 0 ? [value, ""] : [value.slice(0, at), value.slice(at + 1)];
}
