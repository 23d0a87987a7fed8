/**
 * What the in-process measurement feeds grammY: Telegram updates as the Bot API sends them, and
 * a transformer that answers every API call at once, as Telegram would, without a network.
 */
import type { Transformer } from "grammy";
import type { Chat, Message, Update, User, UserFromGetMe } from "grammy/types";
import { botUser } from "../test/support/fake-bot-api.js";

export const BOT_TOKEN = "7000000001:benchmark-token";
export const BOT_INFO: UserFromGetMe = botUser(7000000001, "chibo_bench_bot");

const unixNow = () => Math.floor(Date.now() / 1000);

/**
 * Answers each call the way Telegram does when it succeeds: a sent message for the send
 * methods, an edited one for edits, a member for getChatMember, true for the rest. Counts the
 * calls, by method.
 */
export class InstantBotApi {
  readonly calls = new Map<string, number>();
  private messageId = 0;
  private pollId = 0;

  get total(): number {
    let sum = 0;
    for (const count of this.calls.values()) sum += count;
    return sum;
  }

  readonly transformer: Transformer = async (_prev, method, payload) => {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    // biome-ignore lint/suspicious/noExplicitAny: the result's type depends on the method.
    return { ok: true, result: this.result(method, payload as Record<string, unknown>) as any };
  };

  private result(method: string, payload: Record<string, unknown>): unknown {
    const chatId = Number(payload.chat_id);
    const chat: Chat =
      chatId > 0
        ? { id: chatId, type: "private", first_name: "Member" }
        : { id: chatId, type: "supergroup", title: "Group" };
    const { id, is_bot, first_name, username } = BOT_INFO;
    const base = {
      message_id: ++this.messageId,
      date: unixNow(),
      chat,
      from: { id, is_bot, first_name, username },
    };
    switch (method) {
      case "sendMessage":
      case "editMessageText":
        return { ...base, text: String(payload.text ?? "") };
      case "sendPhoto":
        return { ...base, photo: [] };
      case "sendDocument":
        return { ...base, document: { file_id: "f", file_unique_id: "f" } };
      case "sendPoll":
        return {
          ...base,
          poll: { id: String(5_900_000_000 + ++this.pollId), question: "", options: [] },
        };
      case "getChatMember":
        return { status: "member", user: { id: Number(payload.user_id), is_bot: false } };
      case "getMe":
        return BOT_INFO;
      default:
        return true;
    }
  }
}

/** Builds updates with ids that never repeat in a run (the router drops a repeated one). */
export class UpdateFactory {
  private messageId = 1_000_000;
  private queryId = 0;

  constructor(private nextUpdateId = 1) {}

  /** The next update id this factory would give; a fake server continues from there. */
  get updateId(): number {
    return this.nextUpdateId;
  }

  set updateId(value: number) {
    this.nextUpdateId = value;
  }

  user(id: number, name: string): User {
    return { id, is_bot: false, first_name: name };
  }

  group(id: number, title: string): Chat {
    return { id, type: "supergroup", title };
  }

  private privateChat(user: User): Chat {
    return { id: user.id, type: "private", first_name: user.first_name };
  }

  /** A text message: in the sender's private chat, or in `chat`. */
  text(from: User, text: string, chat: Chat = this.privateChat(from)): Update {
    const command = /^\/\S+/.exec(text);
    const message = {
      message_id: ++this.messageId,
      date: unixNow(),
      chat,
      from,
      text,
      ...(command
        ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] }
        : {}),
    } as Message.TextMessage;
    return { update_id: this.nextUpdateId++, message } as Update;
  }

  /** A press on an inline button under a message the bot posted in `chat`. */
  press(from: User, chat: Chat, messageId: number, data: string): Update {
    const { id, is_bot, first_name, username } = BOT_INFO;
    const message = {
      message_id: messageId,
      date: unixNow(),
      chat,
      from: { id, is_bot, first_name, username },
      text: "Thông báo sinh hoạt chi bộ",
    } as Message.TextMessage;
    return {
      update_id: this.nextUpdateId++,
      callback_query: {
        id: String(++this.queryId),
        from,
        message,
        chat_instance: String(chat.id),
        data,
      },
    } as Update;
  }
}
