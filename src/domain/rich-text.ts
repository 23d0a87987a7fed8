/** A run of text in one style. */
export interface Span {
  text: string;
  bold?: true;
  italic?: true;
}

/**
 * What chibo says, with the little formatting its sentences use, apart from any platform:
 * Telegram renders it as HTML, Zalo and the console as plain text.
 */
export type RichText = readonly Span[];

/** The words alone, for a plain-text chat, a terminal or a document. */
export function plainText(text: RichText): string {
  return text.map((span) => span.text).join("");
}

/** The text split at its line breaks, each line keeping its styles. */
export function richLines(text: RichText): RichText[] {
  const lines: Span[][] = [[]];
  for (const span of text) {
    span.text.split("\n").forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece) lines.at(-1)?.push({ ...span, text: piece });
    });
  }
  return lines;
}

// The locales' markup: <b> and <i>, and the entities that stand for what would be taken as
// markup. Anything else, "<lệnh>" in a usage line too, is text.
const MARKUP = /<(\/?)([bi])>|&(amp|lt|gt);/g;
const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">" };
const STYLE = { b: "bold", i: "italic" } as const;

const NEEDS_ESCAPE = /[&<>]/;

/** What a person typed, made safe to put into markup: it reads back as the same text. */
export function escapeMarkup(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Parses a locale's sentence. Throws on a tag left open or closed twice: a typo in a locale. */
export function parseMarkup(markup: string): RichText {
  // Most sentences have no markup at all: one plain run, without the scan.
  if (!markup.includes("<") && !markup.includes("&")) return markup ? [{ text: markup }] : [];
  const spans: Span[] = [];
  const depth = { bold: 0, italic: 0 };
  let text = "";
  const flush = () => {
    if (!text) return;
    const span: Span = { text };
    if (depth.bold > 0) span.bold = true;
    if (depth.italic > 0) span.italic = true;
    const last = spans.at(-1);
    if (last && last.bold === span.bold && last.italic === span.italic) last.text += text;
    else spans.push(span);
    text = "";
  };
  let position = 0;
  for (const match of markup.matchAll(MARKUP)) {
    text += markup.slice(position, match.index);
    position = match.index + match[0].length;
    const [, closing, tag, entity] = match;
    if (entity) {
      text += ENTITIES[entity];
      continue;
    }
    flush();
    const style = STYLE[tag as keyof typeof STYLE];
    depth[style] += closing ? -1 : 1;
    if (depth[style] < 0) throw new Error(`</${tag}> closes no <${tag}>`);
  }
  text += markup.slice(position);
  flush();
  if (depth.bold > 0 || depth.italic > 0) throw new Error("A tag is left open");
  return spans;
}
