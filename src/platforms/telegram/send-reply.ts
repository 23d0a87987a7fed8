import { type Api, GrammyError, InlineKeyboard, InputFile } from "grammy";
import type { Message } from "grammy/types";
import type { Clock } from "../../clock.js";
import { htmlToPlain } from "../../domain/html.js";
import type { Text, Translator } from "../../i18n.js";
import type { DocumentMaker, DocumentRequest } from "../../messages/document-request.js";
import type { Reply } from "../../messages/reply.js";
import type { DeliveryProgress } from "../../outbox/recorded-progress.js";
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
 * reply edits the message it replaces; a poll goes out as a native poll. The messages are its
 * parts (the text's, then the file or the poll): `progress.sentParts` of them went out before
 * (a retry) and are not sent again, and the count goes up as each one arrives.
 */
export async function sendReply(
  out: TelegramOutput,
  reply: Reply,
  progress: DeliveryProgress = { sentParts: 0 },
): Promise<void> {
  const resumed = progress.sentParts > 0;
  if (reply.stopsPoll && !resumed) await stopPoll(out, reply.chatId, reply.stopsPoll);
  const rendered = renderReply(reply, out.translator, TELEGRAM_MAX_TEXT);
  if (reply.poll) {
    // What the poll is about and when it closes, then the poll itself (its own options).
    const intro = { ...rendered, choices: [] };
    await sendChunks(out, { ...reply, anchor: undefined }, intro, progress);
    return sendPoll(out, reply, rendered.chunks.length, progress);
  }
  const markup = keyboard(out.botUsername, rendered);
  const previous =
    reply.anchor && !resumed ? out.posted.find(reply.chatId, reply.anchor) : undefined;
  if (previous && rendered.chunks.length === 1) {
    const edited = await editText(out, reply.chatId, Number(previous.messageId), rendered, markup);
    if (edited || reply.refresh) return;
  }
  // Nothing to bring up to date here (not posted yet, or gone): a refresh is not news.
  if (reply.refresh) return;
  if (reply.document) return sendWithDocument(out, reply, rendered, reply.document, progress);
  await sendChunks(out, reply, rendered, progress);
}

/** The text in messages within Telegram's size, the buttons under the last one. */
async function sendChunks(
  out: TelegramOutput,
  reply: Reply,
  rendered: RenderedReply,
  progress: DeliveryProgress,
) {
  const markup = keyboard(out.botUsername, rendered);
  for (const [index, chunk] of rendered.chunks.entries()) {
    const last = index === rendered.chunks.length - 1;
    const sent = await sendPart(progress, index, () =>
      out.api.sendMessage(telegramId(reply.chatId), chunk, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...(last && markup ? { reply_markup: markup } : {}),
      }),
    );
    if (sent && last && reply.anchor) record(out, reply.chatId, reply.anchor, sent.message_id);
  }
}

/** Sends part `index` unless it went out before, and counts it with its message's id. */
async function sendPart<M extends Message>(
  progress: DeliveryProgress,
  index: number,
  send: () => Promise<M>,
): Promise<M | undefined> {
  if (index < progress.sentParts) return undefined;
  const sent = await send();
  if (progress.delivered) progress.delivered(String(sent.message_id));
  else progress.sentParts = index + 1;
  return sent;
}

/** The words first, then the file: a photo for a chart, a document for DOCX and XLSX. */
async function sendWithDocument(
  out: TelegramOutput,
  reply: Reply,
  rendered: RenderedReply,
  request: DocumentRequest,
  progress: DeliveryProgress,
): Promise<void> {
  const chat = telegramId(reply.chatId);
  const filePart = rendered.chunks.length;
  if (filePart < progress.sentParts) return;
  // Made first: if it cannot be made, no "here is your file" goes out without it.
  const built = await out.documents(request);
  await sendChunks(out, reply, rendered, progress);
  const file = new InputFile(built.data, built.filename);
  await sendPart<Message>(progress, filePart, () =>
    built.image ? out.api.sendPhoto(chat, file) : out.api.sendDocument(chat, file),
  );
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

/** The poll itself: part `index` of the reply, after its introduction. */
async function sendPoll(
  out: TelegramOutput,
  reply: Reply,
  index: number,
  progress: DeliveryProgress,
): Promise<void> {
  const { poll, anchor } = reply;
  if (!poll || !anchor) throw new Error("A poll needs an anchor, by which its votes are found.");
  // Poll texts are plain: no HTML there.
  const plain = (text: Text) => htmlToPlain(out.translator.text(text));
  const sent = await sendPart(progress, index, () =>
    out.api.sendPoll(
      telegramId(reply.chatId),
      plain(poll.question),
      poll.options.map((option) => ({ text: plain(option) })),
      // Named: each vote is checked against the roster (secret ballots are cast in private).
      { is_anonymous: false },
    ),
  );
  if (sent) record(out, reply.chatId, anchor, sent.message_id, sent.poll.id);
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
