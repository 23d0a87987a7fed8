import type { Chat, ChatMember, Document, Message, PhotoSize, Update, User } from "grammy/types";
import { profileFullName } from "../../domain/names.js";
import type {
  Content,
  Incoming,
  IncomingFile,
  IncomingPhoto,
  PollEvent,
} from "../../messages/incoming.js";
import { telegramCommand } from "./start-link.js";

/** How a document sent to the bot is fetched, if a command asks for it. */
export type FileOf = (document: Document) => IncomingFile;

/** Telegram's update as the router's Incoming; null for what chibo does not answer. */
export function toIncoming(update: Update, botUsername: string, fileOf?: FileOf): Incoming | null {
  const updateKey = `tg:${update.update_id}`;
  if (update.message) return fromMessage(updateKey, update.message, botUsername, false, fileOf);
  if (update.edited_message) {
    return fromMessage(updateKey, update.edited_message, botUsername, true);
  }
  const query = update.callback_query;
  if (query?.data && query.message) {
    return incoming(updateKey, query.message.chat, query.from, {
      type: "choice",
      value: query.data,
    });
  }
  const mine = update.my_chat_member;
  if (mine) {
    const was = inChat(mine.old_chat_member);
    const is = inChat(mine.new_chat_member);
    if (was === is) return null;
    return incoming(updateKey, mine.chat, mine.from, { type: is ? "bot-added" : "bot-removed" });
  }
  // Sent only to a bot that administers the group and asks for it; the service message
  // "left the group" reaches every bot, and the router tells the secretary once either way.
  const member = update.chat_member;
  if (member && inChat(member.old_chat_member) && !inChat(member.new_chat_member)) {
    return memberLeft(updateKey, member.chat, member.from, member.new_chat_member.user);
  }
  return null;
}

/** Whether a chat member is in the chat: a restricted one may have left it. */
function inChat(member: ChatMember): boolean {
  if (member.status === "restricted") return member.is_member;
  return member.status !== "left" && member.status !== "kicked";
}

/** A vote in one of the bot's polls (named: chibo posts no anonymous native poll). */
export function toPollEvent(update: Update): PollEvent | null {
  const updateKey = `tg:${update.update_id}`;
  const answer = update.poll_answer;
  if (answer?.user) {
    return {
      updateKey,
      platformPollId: answer.poll_id,
      personId: `tg:${answer.user.id}`,
      optionIds: answer.option_ids,
    };
  }
  return null;
}

function fromMessage(
  updateKey: string,
  message: Message,
  botUsername: string,
  edited: boolean,
  fileOf?: FileOf,
): Incoming | null {
  // Posts a linked channel forwards into its discussion group are not people talking.
  if (message.is_automatic_forward || !message.from) return null;
  if (message.migrate_to_chat_id) {
    const content = { type: "group-moved", newChatId: `tg:${message.migrate_to_chat_id}` } as const;
    return incoming(updateKey, message.chat, message.from, content);
  }
  if (message.left_chat_member) {
    return memberLeft(updateKey, message.chat, message.from, message.left_chat_member);
  }
  const text = message.text ?? message.caption;
  // Pins, renames, video chats, joins: Telegram's notices, whoever (an anonymous admin too)
  // caused them, answer nobody.
  if (text === undefined && isServiceMessage(message)) return null;
  let content: Content;
  if (message.sender_chat) content = { type: "anonymous" };
  else if (edited) content = { type: "edited" };
  else if (message.forward_origin) content = { type: "forwarded" };
  // A file's caption is not read: the file is what was sent.
  else if (message.document && fileOf) {
    content = {
      type: "file",
      file: { ...fileOf(message.document), ref: message.document.file_id },
    };
  } else if (message.photo && message.photo.length > 0) {
    content = { type: "photo", photo: { ...largest(message.photo), caption: message.caption } };
  } else if (text !== undefined)
    content = telegramCommand(text, botUsername) ?? { type: "text", text };
  else content = { type: "unsupported" };
  return incoming(updateKey, message.chat, message.from, content);
}

/**
 * A photo as Telegram sends it, in several sizes: the largest, by its file_id, which the bot can
 * send again.
 */
function largest(sizes: readonly PhotoSize[]): IncomingPhoto {
  const area = (size: PhotoSize) => size.width * size.height;
  const [first, ...rest] = sizes as [PhotoSize, ...PhotoSize[]];
  const photo = rest.reduce((best, size) => (area(size) > area(best) ? size : best), first);
  return { ref: photo.file_id, name: "", size: photo.file_size, sentAs: "photo" };
}

/** Someone left a group or was removed: news for the secretary, if they were a member. */
function memberLeft(updateKey: string, chat: Chat, from: User, left: User): Incoming | null {
  // The bot's own leaving comes as my_chat_member; other bots are nobody's members.
  if (left.is_bot || chat.type === "private") return null;
  return incoming(updateKey, chat, from, { type: "member-left", personId: `tg:${left.id}` });
}

function incoming(updateKey: string, chat: Chat, from: User, content: Content): Incoming | null {
  if (chat.type === "channel") return null;
  const displayName = profileFullName(from.first_name, from.last_name);
  return {
    platform: "tg",
    updateKey,
    chat: {
      id: `tg:${chat.id}`,
      kind: chat.type === "private" ? "private" : "group",
      title: chat.type === "private" ? displayName : chat.title,
    },
    person: { id: `tg:${from.id}`, displayName },
    content,
  };
}

/** Joins, leaves, title changes and the like: Telegram's notices, not something a person said. */
function isServiceMessage(message: Message): boolean {
  const said = ["voice", "audio", "photo", "video", "video_note", "sticker", "document"] as const;
  return !said.some((kind) => message[kind] !== undefined);
}
