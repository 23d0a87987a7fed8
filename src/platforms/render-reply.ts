import { plainText, type RichText, richLines } from "../domain/rich-text.js";
import type { Translator, Wording } from "../i18n.js";
import type { CommandCall, Reply } from "../messages/reply.js";
import type { ChatCapabilities } from "../outbox/chat-adapter.js";

/** How a platform writes rich text: Telegram's HTML, or plain text. */
export type TextFormat = (text: RichText) => string;

export interface RenderedReply {
  /** The messages in the platform's format, each within its size limit, in order. */
  chunks: string[];
  choices: { label: string; value: string }[];
  /** The button's words, and the command it continues with in the private chat. */
  privateLink?: CommandCall & { label: string };
}

/**
 * How a reply is answered where it is shown, which its words follow: the options of a native
 * poll (its introduction shows no choices), else buttons, else a number typed.
 */
export function wordingFor(
  platform: Pick<ChatCapabilities, "hasButtons" | "hasNativePolls">,
  reply: Pick<Reply, "poll">,
): Wording {
  if (reply.poll && platform.hasNativePolls) return "poll";
  return platform.hasButtons ? "buttons" : "typed";
}

/**
 * Translates a reply into the platform's format and splits it between paragraphs (then
 * lines) to fit `maxLength`. Labels are plain text: buttons show no formatting.
 */
export function renderReply(
  reply: Reply,
  translator: Translator,
  maxLength: number,
  format: TextFormat,
): RenderedReply {
  const paragraphs = reply.parts.map((part) => translator.text(part));
  const link = reply.privateLink;
  return {
    chunks: pack(
      paragraphs.flatMap((p) => fitParagraph(p, maxLength, format)),
      maxLength,
    ),
    choices: (reply.choices ?? []).map((choice) => ({
      label: plainText(translator.text(choice.label)),
      value: choice.value,
    })),
    privateLink: link && {
      label: plainText(translator.text(link.label)),
      command: link.command,
      argument: link.argument,
    },
  };
}

/** Choices as "  1. label" lines and the hint to answer with a number, where there are no buttons. */
export function numberedChoices(rendered: RenderedReply, translator: Translator): string[] {
  if (rendered.choices.length === 0) return [];
  const numbers = rendered.choices.map((_, index) => String(index + 1)).join(", ");
  return [
    ...rendered.choices.map((choice, index) => `  ${index + 1}. ${choice.label}`),
    plainText(translator.t("choices-hint", { numbers })),
  ];
}

/** A command as it is typed, where a private link is a sentence: "bophieu 12". */
export function typedCommand(call: CommandCall): string {
  return call.argument ? `${call.command} ${call.argument}` : call.command;
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
function fitParagraph(paragraph: RichText, maxLength: number, format: TextFormat): string[] {
  const whole = format(paragraph);
  if (whole.length <= maxLength) return [whole];
  return richLines(paragraph).flatMap((line) => {
    const written = format(line);
    if (written.length <= maxLength) return [written];
    // Cut between characters, each written on its own, so that no piece ends mid-markup.
    const pieces: string[] = [];
    let piece = "";
    for (const char of plainText(line)) {
      const one = format([{ text: char }]);
      if (piece.length + one.length > maxLength) {
        pieces.push(piece);
        piece = "";
      }
      piece += one;
    }
    if (piece) pieces.push(piece);
    return pieces;
  });
}
