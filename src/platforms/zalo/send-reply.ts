import { PNG } from "pngjs";
import {
  type AttachmentSource,
  ThreadType,
  ZaloApiError,
  type Mention as ZaloMention,
} from "zca-js";
import type { Clock } from "../../clock.js";
import type { DocumentMaker, DocumentRequest } from "../../documents/document-request.js";
import { htmlToPlain } from "../../domain/html.js";
import type { Reply } from "../../engine/reply.js";
import type { Text, Translator } from "../../i18n.js";
import type { PostedMessageStore } from "../../store/posted-message-store.js";
import { numberedChoices, renderReply } from "../render-reply.js";
import type { SendQueue } from "./send-queue.js";
import { type ZaloApi, zaloThread } from "./zalo-api.js";

/** Zalo states no limit; long messages are cut into parts of about this size. */
export const ZALO_MAX_TEXT = 2000;

export interface ZaloOutput {
  api: ZaloApi;
  queue: SendQueue;
  translator: Translator;
  posted: PostedMessageStore;
  clock: Clock;
  documents: DocumentMaker;
  /** Whether a "too many requests" is waited out here (answers) or left to the outbox. */
  retry?: boolean;
}

/**
 * Sends one reply to a Zalo thread as plain text: choices as a numbered list, the way to the
 * private chat as a sentence, the people it names as @mentions, a poll as Zalo's own poll.
 * Zalo messages cannot be edited: a reply that only refreshes a count is not sent.
 */
export async function sendZaloReply(out: ZaloOutput, reply: Reply): Promise<void> {
  const { threadId, isGroup } = zaloThread(reply.chatId);
  if (reply.stopsPoll) await lockPoll(out, reply.chatId, reply.stopsPoll);
  if (reply.poll && isGroup) return createPoll(out, reply, threadId);
  if (reply.refresh) return;
  const rendered = renderReply(reply, out.translator, ZALO_MAX_TEXT);
  const chunks = rendered.chunks.map(htmlToPlain);
  const tail = [...numberedChoices(rendered, out.translator)];
  if (rendered.privateLink) {
    const command = rendered.privateLink.payload.replace("_", " ");
    tail.push(htmlToPlain(out.translator.t("zalo-private-link", { command })));
  }
  if (tail.length > 0) chunks.push(...withList(chunks.pop() ?? "", tail));
  const type = isGroup ? ThreadType.Group : ThreadType.User;
  const attachment = reply.document && (await attach(out, reply.document));
  for (const [index, msg] of chunks.entries()) {
    const mentions = isGroup ? mentionsIn(msg, reply) : [];
    const last = index === chunks.length - 1;
    // The file goes with the last part of the text.
    const content = { msg, ...(mentions.length > 0 ? { mentions } : {}) };
    const sent = await runQueued(out, () =>
      out.api.sendMessage(
        last && attachment ? { ...content, attachments: [attachment] } : content,
        threadId,
        type,
      ),
    );
    const messageId = sent.message?.msgId;
    if (last && reply.anchor && messageId !== undefined) {
      out.posted.save({
        chatId: reply.chatId,
        anchor: reply.anchor,
        messageId: String(messageId),
        platformPollId: null,
        postedAt: out.clock.now(),
      });
    }
  }
}

/** A file as zca-js takes it from memory: pictures need their size. */
async function attach(out: ZaloOutput, request: DocumentRequest): Promise<AttachmentSource> {
  const built = await out.documents(request);
  const size = built.image ? PNG.sync.read(built.data) : undefined;
  return {
    data: built.data,
    filename: built.filename as `${string}.${string}`,
    metadata: {
      totalSize: built.data.length,
      ...(size ? { width: size.width, height: size.height } : {}),
    },
  };
}

function runQueued<T>(out: ZaloOutput, call: () => Promise<T>): Promise<T> {
  return out.queue.run(call, { retry: out.retry !== false });
}

/** Whether Zalo refused a call for going too fast ("Retry limit", code -69, or its words). */
export function isRateLimited(error: unknown): boolean {
  return (
    error instanceof ZaloApiError &&
    (error.code === -69 || /retry limit|vượt quá|too many/i.test(error.message))
  );
}

/** The list goes under the last part if all of it fits; else it starts a part of its own. */
function withList(last: string, tail: string[]): string[] {
  const joined = [last, ...tail].filter(Boolean).join("\n");
  if (joined.length <= ZALO_MAX_TEXT) return [joined];
  const parts = [last, ""];
  for (const line of tail) {
    const current = parts.at(-1) ?? "";
    const longer = current ? `${current}\n${line}` : line;
    if (longer.length <= ZALO_MAX_TEXT) parts[parts.length - 1] = longer;
    else parts.push(line);
  }
  return parts.filter(Boolean);
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Each person named, at a place the text shows their name as a whole word ("Lan", not the end
 * of "Đặng Thị Lan") and that no one else is tagged at: two members of one name get one each.
 */
function mentionsIn(msg: string, reply: Reply): ZaloMention[] {
  const taken: { pos: number; len: number }[] = [];
  const free = (pos: number, len: number) =>
    !WORD.test(msg[pos - 1] ?? "") &&
    !WORD.test(msg[pos + len] ?? "") &&
    taken.every((t) => pos + len <= t.pos || t.pos + t.len <= pos);
  return (reply.mentions ?? []).flatMap((mention) => {
    if (!mention.personId.startsWith("zalo:")) return [];
    const len = mention.name.length;
    let pos = msg.indexOf(mention.name);
    while (pos >= 0 && !free(pos, len)) pos = msg.indexOf(mention.name, pos + 1);
    if (pos < 0) return [];
    taken.push({ pos, len });
    return [{ pos, len, uid: mention.personId.slice("zalo:".length) }];
  });
}

async function createPoll(out: ZaloOutput, reply: Reply, groupId: string): Promise<void> {
  const { poll, anchor } = reply;
  if (!poll || !anchor) throw new Error("A poll needs an anchor, by which its votes are found.");
  const plain = (text: Text) => htmlToPlain(out.translator.text(text));
  const created = await runQueued(out, () =>
    out.api.createPoll(
      {
        question: plain(poll.question),
        options: poll.options.map(plain),
        isAnonymous: poll.anonymous,
      },
      groupId,
    ),
  );
  out.posted.save({
    chatId: reply.chatId,
    anchor,
    messageId: String(created.poll_id),
    platformPollId: `zalo:${created.poll_id}`,
    postedAt: out.clock.now(),
  });
}

async function lockPoll(out: ZaloOutput, chatId: string, anchor: string): Promise<void> {
  const posted = out.posted.find(chatId, anchor);
  if (!posted?.platformPollId) return;
  try {
    await runQueued(out, () => out.api.lockPoll(Number(posted.messageId)));
  } catch (error) {
    // Locked already, or gone: the result still goes out.
    if (!(error instanceof ZaloApiError) || isRateLimited(error)) throw error;
  }
}
