import type { Chat, Message, Update, User } from "grammy/types";
import type { Content, Incoming, PollEvent } from "../../engine/incoming.js";
import { parseCommand } from "../parse-command.js";

/** Telegram's update as the router's Incoming; null for what chibo does not answer. */
export function toIncoming(update: Update, botUsername: string): Incoming | null {
  const updateKey = `tg:${update.update_id}`;
  if (update.message) return fromMessage(updateKey, update.message, botUsername, false);
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
  const change = update.my_chat_member;
  if (change && ["left", "kicked"].includes(change.new_chat_member.status)) {
    return incoming(updateKey, change.chat, change.from, { type: "bot-removed" });
  }
  return null;
}

/** A vote in one of the bot's polls (named voters only), or a poll's new counts. */
export function toPollEvent(update: Update): PollEvent | null {
  const updateKey = `tg:${update.update_id}`;
  const answer = update.poll_answer;
  if (answer?.user) {
    return {
      updateKey,
      platformPollId: answer.poll_id,
      kind: "vote",
      personId: `tg:${answer.user.id}`,
      optionIds: answer.option_ids,
    };
  }
  if (update.poll) {
    const counts = update.poll.options.map((option) => option.voter_count);
    return { updateKey, platformPollId: update.poll.id, kind: "counts", counts };
  }
  return null;
}

function fromMessage(
  updateKey: string,
  message: Message,
  botUsername: string,
  edited: boolean,
): Incoming | null {
  // Posts a linked channel forwards into its discussion group are not people talking.
  if (message.is_automatic_forward || !message.from) return null;
  if (message.migrate_to_chat_id) {
    const content = { type: "group-moved", newChatId: `tg:${message.migrate_to_chat_id}` } as const;
    return incoming(updateKey, message.chat, message.from, content);
  }
  const text = message.text ?? message.caption;
  let content: Content;
  if (message.sender_chat) content = { type: "anonymous" };
  else if (edited) content = { type: "edited" };
  else if (text !== undefined) content = parseCommand(text, botUsername) ?? { type: "text", text };
  else if (isServiceMessage(message)) return null;
  else content = { type: "unsupported" };
  return incoming(updateKey, message.chat, message.from, content);
}

function incoming(updateKey: string, chat: Chat, from: User, content: Content): Incoming | null {
  if (chat.type === "channel") return null;
  const displayName = [from.first_name, from.last_name].filter(Boolean).join(" ");
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
