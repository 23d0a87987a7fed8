import type { Wording } from "../../src/i18n.js";

/** Words that name a button or pressing one: wrong where there are no buttons. */
export const BUTTON_WORDS =
  /(?<![\p{L}\p{N}])(bấm|nút|press(es|ed)?|buttons?|tap|click)(?![\p{L}\p{N}])/iu;

/**
 * Telegram's button that opens a private chat, named on its own: "(Start)", "press Start.".
 * "start" in a sentence, /start, or a verb with its object ("Start /dangky") is no button.
 */
export const START_BUTTON = /(?<![\p{L}\p{N}/])Start(?![\p{L}\p{N}]| [\p{L}\p{N}/])/u;

/** Words that ask for a number typed: wrong beside buttons or a native poll's options. */
export const NUMBER_WORDS =
  /(?<![\p{L}\p{N}])(trả lời|gõ|nhắn)( bằng)?( một)? số(?![\p{L}\p{N}])|(reply|answer|type) (with )?(a|one of the|the) numbers?/iu;

/** What a message must not name, by how it is answered where it is shown. */
export const WRONG_WORDS: Record<Wording, RegExp[]> = {
  buttons: [NUMBER_WORDS],
  typed: [BUTTON_WORDS, START_BUTTON],
  poll: [BUTTON_WORDS, START_BUTTON, NUMBER_WORDS],
};

/** Each wrong word in `texts`, with the text it is in: none where the words fit. */
export function wrongWords(texts: readonly string[], wording: Wording): string[] {
  return texts.flatMap((text) =>
    WRONG_WORDS[wording].flatMap((pattern) => {
      const found = pattern.exec(text);
      return found ? [`«${found[0]}» in ${text}`] : [];
    }),
  );
}
