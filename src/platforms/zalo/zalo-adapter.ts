import { PNG } from "pngjs";
import {
  type AttachmentSource,
  ThreadType,
  ZaloApiError,
  type Mention as ZaloMention,
} from "zca-js";
import { plainText } from "../../domain/rich-text.js";
import type { BuiltDocument } from "../../messages/document-request.js";
import type { Mention } from "../../messages/reply.js";
import type { ChatAdapter, ChatCapabilities } from "../../outbox/chat-adapter.js";
import { typedCommand } from "../render-reply.js";
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

const ZALO_CAPABILITIES: ChatCapabilities = {
  // Choices are a numbered list, the way to the private chat a sentence.
  hasButtons: false,
  // Zalo messages cannot be edited: a reply that only refreshes a count is not sent.
  canEdit: false,
  // Polls are posted in groups, where Zalo has its own.
  hasNativePolls: true,
  sendsDocuments: true,
  // A Zalo account may write to anyone; those it cannot reach are named in the group.
  canWriteFirst: true,
  maxText: ZALO_MAX_TEXT,
};

export interface ZaloAdapterOptions {
  /** The client logged in now, if any. */
  api: () => ZaloApi | undefined;
  /** Everything the account sends goes through it, at its pace. */
  queue: SendQueue;
  /** Whether the listener is connected: a file's upload is confirmed through it. */
  connected: () => boolean;
  /** Whether a "too many requests" is waited out here (answers) or left to the outbox. */
  retry: boolean;
  fileTimeoutMs?: number;
  /** A group's creator and admins, as Zalo says them. */
  groupInfo(groupId: string): Promise<{ creatorId: string; adminIds: string[] } | undefined>;
}

/**
 * Zalo through zca-js: plain text, the people a message names as @mentions, a chart as a
 * picture with the text as its caption, another file as a message of its own, polls of its
 * own in groups.
 */
export function zaloAdapter(options: ZaloAdapterOptions): ChatAdapter {
  const run = <T>(call: (api: ZaloApi) => Promise<T>, timeoutMs?: number): Promise<T> => {
    const api = options.api();
    if (!api) throw new Error("Zalo is not logged in");
    return options.queue.run(() => call(api), { retry: options.retry, timeoutMs });
  };
  return {
    ...ZALO_CAPABILITIES,
    chatPrefix: "zalo:",
    format: plainText,
    privateLinkText: (link) => ({
      key: "zalo-private-link",
      args: { command: typedCommand(link) },
    }),
    // Charts are pictures: zca-js sends them with the text as a caption, and waits for nothing.
    fileWithText: (file) => file.kind.endsWith("-chart"),
    async send(message) {
      const { threadId, isGroup } = zaloThread(message.chatId);
      const type = isGroup ? ThreadType.Group : ThreadType.User;
      const mentions = isGroup ? mentionsIn(message.text, message.mentions) : [];
      const content = { msg: message.text, ...(mentions.length > 0 ? { mentions } : {}) };
      const { file } = message;
      // Zalo confirms a file's upload only to a connected listener: without one it never ends.
      if (file && !file.image && !options.connected()) throw new ZaloSendError("not-connected");
      const sent = file
        ? await run(
            (api) =>
              api.sendMessage({ ...content, attachments: [attachment(file)] }, threadId, type),
            options.fileTimeoutMs ?? FILE_TIMEOUT_MS,
          )
        : await run((api) => api.sendMessage(content, threadId, type));
      // A picture with text is one message whose id is the picture's (`message` is null).
      const messageId = sent.message?.msgId ?? sent.attachment[0]?.msgId;
      if (messageId === undefined || messageId === null) throw new ZaloSendError("no-message-id");
      return { messageId: String(messageId) };
    },
    /**
     * Zalo's own poll, closing by itself when chibo closes it. Votes are matched by the ids Zalo
     * gives the options, never by their order: Zalo may list them in another.
     */
    async sendPoll(poll) {
      const { threadId, isGroup } = zaloThread(poll.chatId);
      if (!isGroup) throw new Error("Zalo has polls only in groups.");
      const created = await run((api) =>
        api.createPoll(
          {
            question: poll.question,
            options: poll.options,
            // Named: each vote is checked against the roster (secret ballots are cast in private).
            isAnonymous: false,
            ...(poll.closesAt ? { expiredTime: Date.parse(poll.closesAt) } : {}),
          },
          threadId,
        ),
      );
      const byContent = new Map(created.options.map((o) => [o.content, o.option_id]));
      const pollOptionIds = poll.options.map(
        (content, index) => byContent.get(content) ?? created.options[index]?.option_id ?? -1,
      );
      const pollId = String(created.poll_id);
      return { messageId: pollId, pollId: `zalo:${pollId}`, pollOptionIds };
    },
    // Never asked: Zalo messages cannot be edited.
    edit: async () => false,
    async stopPoll(_chatId, posted) {
      if (!posted.platformPollId) return;
      try {
        await run((api) => api.lockPoll(Number(posted.messageId)));
      } catch (error) {
        // Locked already, or gone: the result still goes out.
        if (!(error instanceof ZaloApiError) || isRateLimited(error)) throw error;
      }
    },
    async isChatAdmin(chatId, personId) {
      const info = await options.groupInfo(zaloThread(chatId).threadId);
      const uid = zaloThread(personId).threadId;
      return info !== undefined && (info.creatorId === uid || info.adminIds.includes(uid));
    },
  };
}

/** A file as zca-js takes it from memory: pictures need their size. */
function attachment(file: BuiltDocument): AttachmentSource {
  const size = file.image ? PNG.sync.read(file.data) : undefined;
  return {
    data: file.data,
    filename: file.filename as `${string}.${string}`,
    metadata: {
      totalSize: file.data.length,
      ...(size ? { width: size.width, height: size.height } : {}),
    },
  };
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Each person named, at a place the text shows their name as a whole word ("Lan", not the end
 * of "Đặng Thị Lan") and that no one else is tagged at: two members of one name get one each.
 */
function mentionsIn(msg: string, named: readonly Mention[]): ZaloMention[] {
  const taken: { pos: number; len: number }[] = [];
  const free = (pos: number, len: number) =>
    !WORD.test(msg[pos - 1] ?? "") &&
    !WORD.test(msg[pos + len] ?? "") &&
    taken.every((t) => pos + len <= t.pos || t.pos + t.len <= pos);
  return named.flatMap((mention) => {
    if (!mention.personId.startsWith("zalo:")) return [];
    const len = mention.name.length;
    let pos = msg.indexOf(mention.name);
    while (pos >= 0 && !free(pos, len)) pos = msg.indexOf(mention.name, pos + 1);
    if (pos < 0) return [];
    taken.push({ pos, len });
    return [{ pos, len, uid: mention.personId.slice("zalo:".length) }];
  });
}
