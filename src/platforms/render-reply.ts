import { escapeHtml, htmlToPlain } from "../domain/html.js";
import type { Translator } from "../i18n.js";
import type { Reply } from "../messages/reply.js";

export interface RenderedReply {
  /** HTML messages, each within the platform's size limit, in order. */
  chunks: string[];
  choices: { label: string; value: string }[];
  privateLink?: { label: string; payload: string };
}

/** Translates a reply and splits it between paragraphs (then lines) to fit `maxLength`. */
export function renderReply(
  reply: Reply,
  translator: Translator,
  maxLength: number,
): RenderedReply {
  const paragraphs = reply.parts.map((part) => translator.text(part));
  return {
    chunks: pack(
      paragraphs.flatMap((p) => fitParagraph(p, maxLength)),
      maxLength,
    ),
    choices: (reply.choices ?? []).map((choice) => ({
      label: htmlToPlain(translator.text(choice.label)),
      value: choice.value,
    })),
    privateLink: reply.privateLink && {
      label: htmlToPlain(translator.text(reply.privateLink.label)),
      payload: reply.privateLink.payload,
    },
  };
}

/** Choices as "  1. label" lines and the hint to answer with a number, where there are no buttons. */
export function numberedChoices(rendered: RenderedReply, translator: Translator): string[] {
  if (rendered.choices.length === 0) return [];
  const numbers = rendered.choices.map((_, index) => String(index + 1)).join(", ");
  return [
    ...rendered.choices.map((choice, index) => `  ${index + 1}. ${choice.label}`),
    htmlToPlain(translator.t("choices-hint", { numbers })),
  ];
}

function pack(paragraphs: string[], maxLength: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const paragraph of paragraphs) {
    const joined = current ? `${current}\n${paragraph}` : paragraph;
    if (joined.length <= maxLength) {
      current = joined;
    } else {
      if (current) chunks.push(current);
      current = paragraph;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** A paragraph too long for one message is split by lines; a line too long, as plain text. */
function fitParagraph(paragraph: string, maxLength: number): string[] {
  if (paragraph.length <= maxLength) return [paragraph];
  return paragraph.split("\n").flatMap((line) => {
    if (line.length <= maxLength) return [line];
    // Cutting HTML mid-tag would break it: fall back to escaped plain text, cut safely.
    const plain = [...htmlToPlain(line)];
    const pieces: string[] = [];
    let piece = "";
    for (const char of plain) {
      const escaped = escapeHtml(char);
      if (piece.length + escaped.length > maxLength) {
        pieces.push(piece);
        piece = "";
      }
      piece += escaped;
    }
    if (piece) pieces.push(piece);
    return pieces;
  });
}
