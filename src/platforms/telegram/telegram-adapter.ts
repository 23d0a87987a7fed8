import { type Api, GrammyError, InlineKeyboard, InputFile } from "grammy";
import { MAX_CHOICE_BYTES } from "../../messages/choice-codec.js";
import type { ChatAdapter, OutgoingMessage } from "../../outbox/chat-adapter.js";
import { startLink } from "./start-link.js";
import { telegramHtml } from "./telegram-html.js";

/** Telegram's limit on a message's text; callback_data's is the choices' (MAX_CHOICE_BYTES). */
export const TELEGRAM_MAX_TEXT = 4096;

function telegramId(opaqueId: string): number {
  return Number(opaqueId.slice("tg:".length));
}

/**
 * Telegram through one grammY API client (the answers' or the outbox's): HTML messages,
 * choices as inline buttons and the way to the private chat as a t.me deep link under the
 * last message, files after the text, polls of its own, messages edited in place.
 */
export function telegramAdapter(api: Api, botUsername: string): ChatAdapter {
  const HTML = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;
  return {
    chatPrefix: "tg:",
    hasButtons: true,
    canEdit: true,
    hasNativePolls: true,
    sendsDocuments: true,
    // A bot may not write first to a person who never opened a private chat with it.
    canWriteFirst: false,
    maxText: TELEGRAM_MAX_TEXT,
    format: telegramHtml,
    fileWithText: () => false,
    async send(message) {
      const chat = telegramId(message.chatId);
      const { file } = message;
      if (file) {
        const input = new InputFile(file.data, file.filename);
        const sent = file.image
          ? await api.sendPhoto(chat, input)
          : await api.sendDocument(chat, input);
        return { messageId: String(sent.message_id) };
      }
      const markup = keyboard(botUsername, message);
      const sent = await api.sendMessage(chat, message.text, {
        ...HTML,
        ...(markup ? { reply_markup: markup } : {}),
      });
      return { messageId: String(sent.message_id) };
    },
    async sendPoll(poll) {
      const sent = await api.sendPoll(
        telegramId(poll.chatId),
        poll.question,
        poll.options.map((text) => ({ text })),
        // Named: each vote is checked against the roster (secret ballots are cast in private).
        { is_anonymous: false },
      );
      return { messageId: String(sent.message_id), pollId: sent.poll.id };
    },
    async edit(messageId, message) {
      try {
        await api.editMessageText(telegramId(message.chatId), Number(messageId), message.text, {
          ...HTML,
          reply_markup: keyboard(botUsername, message) ?? new InlineKeyboard(),
        });
        return true;
      } catch (error) {
        if (!(error instanceof GrammyError) || error.error_code !== 400) throw error;
        return /not modified/.test(error.description);
      }
    },
    async stopPoll(chatId, posted) {
      try {
        await api.stopPoll(telegramId(chatId), Number(posted.messageId));
      } catch (error) {
        // A poll already stopped, or deleted by an admin, is as good as stopped.
        if (!(error instanceof GrammyError) || error.error_code !== 400) throw error;
      }
    },
    async isChatAdmin(chatId, personId) {
      const member = await api.getChatMember(telegramId(chatId), telegramId(personId));
      return member.status === "creator" || member.status === "administrator";
    },
  };
}

/** The buttons under a message; a value over Telegram's limit is refused before it is sent. */
function keyboard(botUsername: string, message: OutgoingMessage): InlineKeyboard | undefined {
  if (message.choices.length === 0 && !message.privateLink) return undefined;
  const markup = new InlineKeyboard();
  for (const choice of message.choices) {
    if (Buffer.byteLength(choice.value) > MAX_CHOICE_BYTES) {
      throw new Error(`callback_data over ${MAX_CHOICE_BYTES} bytes: ${choice.value}`);
    }
    markup.text(choice.label, choice.value).row();
  }
  if (message.privateLink) {
    markup.url(message.privateLink.label, startLink(botUsername, message.privateLink));
  }
  return markup;
}
