import { type Api, GrammyError, InlineKeyboard, InputFile } from "grammy";
import type { Clock } from "../../clock.js";
import type { DocumentMaker, DocumentRequest } from "../../documents/document-request.js";
import { htmlToPlain } from "../../domain/html.js";
import type { Reply } from "../../engine/reply.js";
import type { Text, Translator } from "../../i18n.js";
import type { PostedMessageStore } from "../../store/posted-message-store.js";
import { type RenderedReply, renderReply } from "../render-reply.js";

/** Telegram's limits: message text, and callback_data in bytes. */
export const TELEGRAM_MAX_TEXT = 4096;
const MAX_CALLBACK_BYTES = 64;

/** What sending needs besides the reply: the API, the words, and the record of posted messages. */
export interface TelegramOutput {
  api: Api;
  botUsername: string;
  translator: Translator;
  posted: PostedMessageStore;
  clock: Clock;
  documents: DocumentMaker;
}

/**
 * Sends one reply as HTML messages within 4096 characters each; choices become inline buttons
 * and the way to the private chat a t.me deep link, both under the last message. An anchored
 * reply edits the message it replaces; a poll goes out as a native poll.
 */
export async function sendReply(out: TelegramOutput, reply: Reply): Promise<void> {
  if (reply.stopsPoll) await stopPoll(out, reply.chatId, reply.stopsPoll);
  const rendered = renderReply(reply, out.translator, TELEGRAM_MAX_TEXT);
  if (reply.poll) {
    // What the poll is about and when it closes, then the poll itself (its own options).
    await sendChunks(out, { ...reply, anchor: undefined }, { ...rendered, choices: [] });
    return sendPoll(out, reply);
  }
  const markup = keyboard(out.botUsername, rendered);
  const previous = reply.anchor ? out.posted.find(reply.chatId, reply.anchor) : undefined;
  if (previous && rendered.chunks.length === 1) {
    const edited = await editText(out, reply.chatId, Number(previous.messageId), rendered, markup);
    if (edited || reply.refresh) return;
  }
  // Nothing to bring up to date here (not posted yet, or gone): a refresh is not news.
  if (reply.refresh) return;
  if (reply.document) return sendWithDocument(out, reply, rendered, reply.document);
  await sendChunks(out, reply, rendered);
}

/** The text in messages within Telegram's size, the buttons under the last one. */
async function sendChunks(out: TelegramOutput, reply: Reply, rendered: RenderedReply) {
  const markup = keyboard(out.botUsername, rendered);
  for (const [index, chunk] of rendered.chunks.entries()) {
    const last = index === rendered.chunks.length - 1;
    const sent = await out.api.sendMessage(telegramId(reply.chatId), chunk, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(last && markup ? { reply_markup: markup } : {}),
    });
    if (last && reply.anchor) record(out, reply.chatId, reply.anchor, sent.message_id);
  }
}

/** The words first, then the file: a photo for a chart, a document for DOCX and XLSX. */
async function sendWithDocument(
  out: TelegramOutput,
  reply: Reply,
  rendered: RenderedReply,
  request: DocumentRequest,
): Promise<void> {
  const chat = telegramId(reply.chatId);
  // Made first: if it cannot be made, no "here is your file" goes out without it.
  const built = await out.documents(request);
  await sendChunks(out, reply, rendered);
  const file = new InputFile(built.data, built.filename);
  if (built.image) await out.api.sendPhoto(chat, file);
  else await out.api.sendDocument(chat, file);
}

export function telegramId(opaqueId: string): number {
  return Number(opaqueId.slice("tg:".length));
}

/** A deep link that opens the private chat with the bot and sends it "/start <payload>". */
export function startLink(botUsername: string, payload: string): string {
  return `https://t.me/${botUsername}?start=${payload}`;
}

function keyboard(botUsername: string, rendered: RenderedReply): InlineKeyboard | undefined {
  if (rendered.choices.length === 0 && !rendered.privateLink) return undefined;
  const markup = new InlineKeyboard();
  for (const choice of rendered.choices) {
    if (Buffer.byteLength(choice.value) > MAX_CALLBACK_BYTES) {
      throw new Error(`callback_data over ${MAX_CALLBACK_BYTES} bytes: ${choice.value}`);
    }
    markup.text(choice.label, choice.value).row();
  }
  if (rendered.privateLink) {
    const { label, payload } = rendered.privateLink;
    markup.url(label, startLink(botUsername, payload));
  }
  return markup;
}

/** Whether the message now shows the reply; false when it is gone or can no longer be edited. */
async function editText(
  out: TelegramOutput,
  chatId: string,
  messageId: number,
  rendered: RenderedReply,
  markup: InlineKeyboard | undefined,
): Promise<boolean> {
  try {
    await out.api.editMessageText(telegramId(chatId), messageId, rendered.chunks[0] ?? "", {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      reply_markup: markup ?? new InlineKeyboard(),
    });
    return true;
  } catch (error) {
    if (!(error instanceof GrammyError) || error.error_code !== 400) throw error;
    return /not modified/.test(error.description);
  }
}

async function sendPoll(out: TelegramOutput, reply: Reply): Promise<void> {
  const { poll, anchor } = reply;
  if (!poll || !anchor) throw new Error("A poll needs an anchor, by which its votes are found.");
  // Poll texts are plain: no HTML there.
  const plain = (text: Text) => htmlToPlain(out.translator.text(text));
  const sent = await out.api.sendPoll(
    telegramId(reply.chatId),
    plain(poll.question),
    poll.options.map((option) => ({ text: plain(option) })),
    { is_anonymous: poll.anonymous },
  );
  record(out, reply.chatId, anchor, sent.message_id, sent.poll.id);
}

/** A poll already stopped, or deleted by an admin, is as good as stopped. */
async function stopPoll(out: TelegramOutput, chatId: string, anchor: string): Promise<void> {
  const posted = out.posted.find(chatId, anchor);
  if (!posted) return;
  try {
    await out.api.stopPoll(telegramId(chatId), Number(posted.messageId));
  } catch (error) {
    if (!(error instanceof GrammyError) || error.error_code !== 400) throw error;
  }
}

function record(
  out: TelegramOutput,
  chatId: string,
  anchor: string,
  messageId: number,
  platformPollId: string | null = null,
): void {
  out.posted.save({
    chatId,
    anchor,
    messageId: String(messageId),
    platformPollId,
    postedAt: out.clock.now(),
  });
}
