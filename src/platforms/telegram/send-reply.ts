import { type Api, InlineKeyboard } from "grammy";
import type { Reply } from "../../engine/reply.js";
import type { Translator } from "../../i18n.js";
import { renderReply } from "../render-reply.js";

/** Telegram's limits: message text, and callback_data in bytes. */
export const TELEGRAM_MAX_TEXT = 4096;
const MAX_CALLBACK_BYTES = 64;

/**
 * Sends one reply as HTML messages within 4096 characters each; choices become inline buttons
 * and the way to the private chat a t.me deep link, both under the last message.
 */
export async function sendReply(
  api: Api,
  botUsername: string,
  reply: Reply,
  translator: Translator,
): Promise<void> {
  const rendered = renderReply(reply, translator, TELEGRAM_MAX_TEXT);
  const keyboard = new InlineKeyboard();
  for (const choice of rendered.choices) {
    if (Buffer.byteLength(choice.value) > MAX_CALLBACK_BYTES) {
      throw new Error(`callback_data over ${MAX_CALLBACK_BYTES} bytes: ${choice.value}`);
    }
    keyboard.text(choice.label, choice.value).row();
  }
  if (rendered.privateLink) {
    const { label, payload } = rendered.privateLink;
    keyboard.url(label, `https://t.me/${botUsername}?start=${payload}`);
  }
  const hasKeyboard = rendered.choices.length > 0 || rendered.privateLink !== undefined;
  for (const [index, chunk] of rendered.chunks.entries()) {
    const last = index === rendered.chunks.length - 1;
    await api.sendMessage(telegramId(reply.chatId), chunk, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(last && hasKeyboard ? { reply_markup: keyboard } : {}),
    });
  }
}

export function telegramId(opaqueId: string): number {
  return Number(opaqueId.slice("tg:".length));
}
