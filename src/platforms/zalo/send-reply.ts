import { PNG } from "pngjs";
import {
  type AttachmentSource,
  type SendMessageResponse,
  ThreadType,
  ZaloApiError,
  type Mention as ZaloMention,
} from "zca-js";
import type { Clock } from "../../clock.js";
import { htmlToPlain } from "../../domain/html.js";
import type { Text, Translator } from "../../i18n.js";
import type { DocumentMaker, DocumentRequest } from "../../messages/document-request.js";
import type { Reply } from "../../messages/reply.js";
import type { PostedMessageStore } from "../../store/posted-message-store.js";
import { numberedChoices, renderReply } from "../render-reply.js";
import type { SendQueue } from "./send-queue.js";
import { type ZaloApi, zaloThread } from "./zalo-api.js";
import { isRateLimited, ZaloSendError } from "./zalo-errors.js";

/** Zalo states no limit; long messages are cut into parts of about this size. */
export const ZALO_MAX_TEXT = 2000;

/**
 * How long a message with a file may take: zca-js waits, with no limit of its own, for Zalo
 * to confirm the upload over the websocket (`file_done`), and that confirmation can be missed.
 */
const FILE_TIMEOUT_MS = 90_000;

export interface ZaloOutput {
  api: ZaloApi;
  queue: SendQueue;
  translator: Translator;
  posted: PostedMessageStore;
  clock: Clock;
  documents: DocumentMaker;
  /** Whether the listener is connected: a file's upload is confirmed through it. */
  connected: () => boolean;
  /** Whether a "too many requests" is waited out here (answers) or left to the outbox. */
  retry?: boolean;
  fileTimeoutMs?: number;
}

/** One message of a reply as it goes out: a part of the text, maybe with the file. */
interface ZaloPart {
  msg: string;
  file?: DocumentRequest;
}

/**
 * Sends one reply to a Zalo thread as plain text: choices as a numbered list, the way to the
 * private chat as a sentence, the people it names as @mentions, a poll as Zalo's own poll.
 * Zalo messages cannot be edited: a reply that only refreshes a count is not sent.
 * `progress.sentParts` parts went out before (a retry): only the rest is sent, and the count
 * goes up as each part is confirmed with a message id, so that a failure never sends twice
 * what already arrived.
 */
export async function sendZaloReply(
  out: ZaloOutput,
  reply: Reply,
  progress: { sentParts: number } = { sentParts: 0 },
): Promise<void> {
  const { threadId, isGroup } = zaloThread(reply.chatId);
  if (reply.stopsPoll) await lockPoll(out, reply.chatId, reply.stopsPoll);
  if (reply.refresh) return;
  // A poll in a group is Zalo's own, after its introduction: its options are not numbered.
  const nativePoll = reply.poll !== undefined && isGroup;
  const parts = partsOf(out, nativePoll ? { ...reply, choices: undefined } : reply);
  const type = isGroup ? ThreadType.Group : ThreadType.User;
  for (const [index, part] of parts.entries()) {
    if (index < progress.sentParts) continue;
    const mentions = isGroup ? mentionsIn(part.msg, reply) : [];
    const content = { msg: part.msg, ...(mentions.length > 0 ? { mentions } : {}) };
    let sent: SendMessageResponse;
    if (part.file) {
      const file = part.file;
      // Zalo confirms a file's upload only to a connected listener: without one it never ends.
      if (!isPicture(file) && !out.connected()) throw new ZaloSendError("not-connected");
      const attachment = await attach(out, file);
      sent = await runQueued(
        out,
        () => out.api.sendMessage({ ...content, attachments: [attachment] }, threadId, type),
        out.fileTimeoutMs ?? FILE_TIMEOUT_MS,
      );
    } else {
      sent = await runQueued(out, () => out.api.sendMessage(content, threadId, type));
    }
    // A picture with text is one message whose id is the picture's (`message` is null).
    const messageId = sent.message?.msgId ?? sent.attachment[0]?.msgId;
    if (messageId === undefined || messageId === null) {
      throw new ZaloSendError("no-message-id");
    }
    progress.sentParts = index + 1;
    if (index === parts.length - 1 && reply.anchor && !nativePoll) {
      out.posted.save({
        chatId: reply.chatId,
        anchor: reply.anchor,
        messageId: String(messageId),
        platformPollId: null,
        postedAt: out.clock.now(),
      });
    }
  }
  if (nativePoll && progress.sentParts === parts.length) {
    await createPoll(out, reply, threadId);
    progress.sentParts = parts.length + 1;
  }
}

/**
 * The text cut to Zalo's size, with the numbered list and the way to the private chat under
 * it. A picture goes with the last part as its caption; another file is a part of its own
 * (zca-js sends it apart from the text anyway), so that a text already sent is never resent
 * when only the file failed.
 */
function partsOf(out: ZaloOutput, reply: Reply): ZaloPart[] {
  const rendered = renderReply(reply, out.translator, ZALO_MAX_TEXT);
  const chunks = rendered.chunks.map(htmlToPlain);
  const tail = [...numberedChoices(rendered, out.translator)];
  if (rendered.privateLink) {
    const command = rendered.privateLink.payload.replace("_", " ");
    tail.push(htmlToPlain(out.translator.t("zalo-private-link", { command })));
  }
  if (tail.length > 0) chunks.push(...withList(chunks.pop() ?? "", tail));
  const parts: ZaloPart[] = chunks.map((msg) => ({ msg }));
  const file = reply.document;
  if (!file) return parts;
  const last = parts.at(-1);
  if (isPicture(file) && last) last.file = file;
  else parts.push({ msg: "", file });
  return parts;
}

/** Charts are pictures: zca-js sends them with the text as a caption, and waits for nothing. */
function isPicture(file: DocumentRequest): boolean {
  return file.kind.endsWith("-chart");
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

function runQueued<T>(out: ZaloOutput, call: () => Promise<T>, timeoutMs?: number): Promise<T> {
  return out.queue.run(call, { retry: out.retry !== false, timeoutMs });
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

/**
 * Zalo's own poll, closing by itself when chibo closes it. Votes are matched by the ids Zalo
 * gives the options, never by their order: Zalo may list them in another.
 */
async function createPoll(out: ZaloOutput, reply: Reply, groupId: string): Promise<void> {
  const { poll, anchor } = reply;
  if (!poll || !anchor) throw new Error("A poll needs an anchor, by which its votes are found.");
  const plain = (text: Text) => htmlToPlain(out.translator.text(text));
  const options = poll.options.map(plain);
  const created = await runQueued(out, () =>
    out.api.createPoll(
      {
        question: plain(poll.question),
        options,
        // Named: each vote is checked against the roster (secret ballots are cast in private).
        isAnonymous: false,
        ...(poll.closesAt ? { expiredTime: Date.parse(poll.closesAt) } : {}),
      },
      groupId,
    ),
  );
  const byContent = new Map(created.options.map((option) => [option.content, option.option_id]));
  const pollOptionIds = options.map(
    (content, index) => byContent.get(content) ?? created.options[index]?.option_id ?? -1,
  );
  out.posted.save({
    chatId: reply.chatId,
    anchor,
    messageId: String(created.poll_id),
    platformPollId: `zalo:${created.poll_id}`,
    pollOptionIds,
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
