/**
 * A fake Telegram Bot API server on 127.0.0.1 for tests: the real grammY client talks to it over
 * HTTP (`new Bot(fake.token, { client: { apiRoot: fake.apiRoot } })`). Every call is checked
 * against the Bot API spec and refused the way Telegram refuses it, and everything is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type {
  Chat,
  ChatMember,
  Message,
  MessageEntity,
  Poll,
  Update,
  User,
  UserFromGetMe,
} from "grammy/types";
import {
  decodeFormField,
  defaultResult,
  isKnownMethod,
  minimalValue,
  minimalVariant,
  type Params,
  returnTypesOf,
  UploadedFile,
  validateCall,
} from "./bot-api-spec.js";
import { parseTelegramHtml } from "./telegram-html.js";

export interface FakeBotApiOptions {
  token?: string;
  botUsername?: string;
  firstUpdateId?: number;
  /** Telegram's flood limits; off by default because they make tests depend on timing. */
  rateLimits?: boolean;
  /**
   * Telegram's limit across all chats (about 30 messages a second for bulk sending): at most
   * `count` messages in any `windowMs`, refused with 429 beyond. Off unless given; it applies
   * whether or not `rateLimits` is on.
   */
  globalLimit?: { count: number; windowMs: number };
  /**
   * As Telegram does when two processes poll one bot: a getUpdates that comes while another is
   * held ends the held one with 409 ("terminated by other getUpdates request"). Off by default.
   */
  pollConflicts?: boolean;
  /** The port to listen on (a test that first finds the port closed); any free one by default. */
  port?: number;
}

export interface RecordedCall {
  method: string;
  params: Params;
  ok: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
}

/** A message the bot sent, as it stands now: edits are applied in place, deletions flagged. */
export interface SentMessage {
  method: string;
  chatId: number;
  messageId: number;
  /** What people see: entities decoded, tags removed. */
  text: string;
  /** The text (or caption, or poll question) exactly as the bot sent it. */
  html: string;
  replyMarkup: unknown;
  deleted: boolean;
  message: Message;
}

export interface ForcedFailure {
  /** Without a method, any call but getUpdates matches. */
  method?: string;
  chatId?: number | string;
  times?: number;
  /** 409 is the conflict Telegram answers getUpdates with when another process polls the bot. */
  errorCode?: 400 | 409 | 429 | 500 | 502;
  retryAfter?: number;
}

export type NewUpdate = Omit<Update, "update_id"> & { update_id?: number };
export type MemberStatus = ChatMember["status"];

/** The sender Telegram shows for anonymous group admins; `sender_chat` is then the group. */
export const GROUP_ANONYMOUS_BOT: User = {
  id: 1087968824,
  is_bot: true,
  first_name: "Group",
  username: "GroupAnonymousBot",
};

/** The sender Telegram shows for messages a channel posts into a group. */
export const CHANNEL_BOT: User = {
  id: 136817688,
  is_bot: true,
  first_name: "Channel",
  username: "Channel_Bot",
};

const DEFAULT_TOKEN = "7000000001:fake-bot-api-token-for-tests";
// Update types Telegram holds back unless allowed_updates names them.
const OPT_IN_UPDATES = ["chat_member", "message_reaction", "message_reaction_count"];
const FLOOD_LIMITS = {
  private: { count: 1, windowMs: 1000 },
  group: { count: 20, windowMs: 60_000 },
};
const COMMAND = /^\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\p{L}\p{N}_/<>])/u;
const NOT_MODIFIED =
  "Bad Request: message is not modified: specified new message content and reply markup are " +
  "exactly the same as a current content and reply markup of the message";

class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly retryAfter?: number,
  ) {
    super(description);
  }
}

function tooManyRequests(seconds: number): ApiError {
  return new ApiError(429, `Too Many Requests: retry after ${seconds}`, seconds);
}

function pollConflict(): ApiError {
  const description =
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is " +
    "running";
  return new ApiError(409, description);
}

// 400's wording is one Telegram gives for a poll it will not take; chibo reads only the code.
const FORCED_DESCRIPTIONS = {
  400: "Bad Request: POLL_ANSWERS_INVALID",
  500: "Internal Server Error",
  502: "Bad Gateway",
};

/** What getMe answers for a bot: chibo, as the fake server and the benchmark present it. */
export function botUser(id: number, username: string): UserFromGetMe {
  return {
    id,
    is_bot: true,
    first_name: "chibo",
    username,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    // Newer getMe fields that grammY's types expect.
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}

export class FakeBotApi {
  readonly token: string;
  readonly me: UserFromGetMe;
  readonly calls: RecordedCall[] = [];
  readonly sent: SentMessage[] = [];
  readonly users = new Map<number, User>();
  readonly chats = new Map<number, Chat>();
  rateLimits: boolean;
  readonly globalLimit: { count: number; windowMs: number } | undefined;
  readonly pollConflicts: boolean;

  private readonly server = createServer((request, response) => {
    void this.handle(request, response);
  });
  private readonly started = new Set<number>();
  /** Chats the bot may not write to, with the 403 description Telegram gives. */
  private readonly forbidden = new Map<number, string>();
  private readonly members = new Map<number, Map<number, MemberStatus>>();
  private readonly incoming = new Map<string, Message>();
  private readonly lastMessageIds = new Map<number, number>();
  private readonly openCallbackQueries = new Set<string>();
  /** Each user's current choice in each poll the bot sent, by poll id, then user id. */
  private readonly pollVotes = new Map<string, Map<number, number[]>>();
  private pollCount = 0;
  private readonly sendTimes = new Map<number, number[]>();
  /** When the messages counted by `globalLimit` were sent, oldest first. */
  private globalSendTimes: number[] = [];
  private readonly failures: (ForcedFailure & { times: number })[] = [];
  private hold:
    | {
        method: string;
        after: number;
        seen: number;
        reached: () => void;
        carryOut: boolean;
        until?: Promise<unknown>;
      }
    | undefined;
  private readonly heldPolls = new Set<() => void>();
  /** How to end each held long poll with 409, when `pollConflicts` is on. */
  private readonly pollEnders = new Set<() => void>();
  /** While set, queued updates wait to be taken together (`together`). */
  private holdingUpdates = false;
  private readonly callListeners = new Set<() => void>();
  /** Updates not yet confirmed by a getUpdates offset. */
  private queue: Update[] = [];
  private readonly delivered = new WeakSet<Update>();
  private allowedUpdates: string[] = [];
  private nextUpdateId: number;
  private callbackQueryCount = 0;
  /** Files people sent, by file_id: their bytes, the size Telegram states, their file_path. */
  private readonly files = new Map<string, { content: Uint8Array; size: number; path: string }>();
  /** The file_path of every file the bot downloaded, in order. */
  readonly downloads: string[] = [];
  private stopping = false;
  private busyRequests = 0;
  private lastActivity = Date.now();

  private constructor(options: FakeBotApiOptions) {
    this.token = options.token ?? DEFAULT_TOKEN;
    this.me = botUser(
      Number(this.token.split(":")[0]) || 7000000001,
      options.botUsername ?? "chibo_test_bot",
    );
    this.nextUpdateId = options.firstUpdateId ?? 1;
    this.rateLimits = options.rateLimits ?? false;
    this.globalLimit = options.globalLimit;
    this.pollConflicts = options.pollConflicts ?? false;
  }

  static async start(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
    const fake = new FakeBotApi(options);
    await new Promise<void>((resolve) =>
      fake.server.listen(options.port ?? 0, "127.0.0.1", resolve),
    );
    return fake;
  }

  get apiRoot(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  get refused(): RecordedCall[] {
    return this.calls.filter((call) => !call.ok);
  }

  /** Answers held long polls, then closes every connection so the test process can exit. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const release of this.heldPolls) release();
    // One turn of the event loop lets the released polls' answers go out.
    await new Promise((resolve) => setImmediate(resolve));
    const closed = new Promise((resolve) => this.server.close(resolve));
    this.server.closeAllConnections();
    await closed;
  }

  // --- What the test controls -------------------------------------------------------------

  startedBot(userId: number): void {
    this.started.add(userId);
    this.forbidden.delete(userId);
  }

  block(userId: number): void {
    this.forbidden.set(userId, "Forbidden: bot was blocked by the user");
  }

  removeFromChat(chatId: number): void {
    const type = this.chats.get(chatId)?.type ?? "group";
    this.forbidden.set(chatId, `Forbidden: bot was kicked from the ${type} chat`);
  }

  setChatMember(chatId: number, userId: number, status: MemberStatus): void {
    const members = this.members.get(chatId) ?? new Map<number, MemberStatus>();
    this.members.set(chatId, members.set(userId, status));
  }

  /** The next matching calls fail with the given error (429, retry after 1 s, by default). */
  failNext(failure: ForcedFailure): void {
    this.failures.push({ ...failure, times: failure.times ?? 1 });
  }

  /**
   * Holds the call of `method` that comes after `after` successful ones, before Telegram would
   * act on it, for as long as the client waits: a client killed meanwhile has sent nothing.
   * With `until`, the call goes through as usual once that settles (a slow network, not a
   * dead one). Resolves once that call has arrived.
   */
  holdCall(
    method: string,
    after: number,
    options: { carryOut?: boolean; until?: Promise<unknown> } = {},
  ): Promise<void> {
    return new Promise((reached) => {
      const { carryOut = false, until } = options;
      this.hold = { method, after, seen: 0, reached, carryOut, until };
    });
  }

  /**
   * Delivers the updates that `push` queues in one getUpdates answer, as Telegram does with
   * updates that came while the bot was busy.
   */
  together(push: () => void): void {
    this.holdingUpdates = true;
    try {
      push();
    } finally {
      this.holdingUpdates = false;
    }
    for (const wake of this.heldPolls) wake();
  }

  /** How many long polls are waiting for updates now (a bot that is polling has one). */
  get waitingPolls(): number {
    return this.heldPolls.size;
  }

  /** True when the held call is to be carried out although its client has gone. */
  private async waitIfHeld(method: string, clientGone: AbortSignal): Promise<boolean> {
    const hold = this.hold;
    if (hold?.method !== method) return false;
    if (hold.seen++ < hold.after) return false;
    this.hold = undefined;
    hold.reached();
    await new Promise<void>((resolve) => {
      clientGone.addEventListener("abort", () => resolve());
      hold.until?.then(
        () => resolve(),
        () => resolve(),
      );
    });
    return hold.carryOut || !clientGone.aborted;
  }

  // --- Users, chats and updates -----------------------------------------------------------

  addUser(user: Partial<User> & { id: number }): User {
    const full: User = { is_bot: false, first_name: `User ${user.id}`, ...user };
    this.users.set(full.id, full);
    return full;
  }

  addGroup(group: { id: number; title: string; type?: "group" | "supergroup" }): Chat {
    const chat = { type: "supergroup", ...group } as Chat;
    this.chats.set(chat.id, chat);
    return chat;
  }

  privateChat(user: User): Chat.PrivateChat {
    const { id, first_name, last_name, username } = user;
    return { id, type: "private", first_name, last_name, username };
  }

  /**
   * Queues an update for getUpdates and wakes a waiting long poll. Pushing an update again with
   * its update_id delivers it once more, as Telegram does when an update was not confirmed.
   */
  pushUpdate(update: NewUpdate): Update {
    const full = { ...update, update_id: update.update_id ?? this.nextUpdateId } as Update;
    this.nextUpdateId = Math.max(this.nextUpdateId, full.update_id + 1);
    this.learnFrom(full);
    this.queue.push(full);
    if (!this.holdingUpdates) for (const wake of this.heldPolls) wake();
    return full;
  }

  /**
   * A text message in `chat` (by default the sender's private chat). With `senderChat` and no
   * `from`, it is sent on behalf of that chat: the group itself for an anonymous admin, or a
   * channel; `from` is then Telegram's stand-in bot.
   */
  sendText(options: {
    text: string;
    from?: User;
    chat?: Chat;
    senderChat?: Chat;
    replyTo?: Message;
  }): Update {
    const { text, senderChat, replyTo } = options;
    const chat = options.chat ?? (options.from && this.privateChat(options.from));
    const standIn = senderChat?.id === chat?.id ? GROUP_ANONYMOUS_BOT : CHANNEL_BOT;
    const from = options.from ?? (senderChat && standIn);
    if (chat === undefined || from === undefined) throw new Error("sendText needs a sender");
    const message = {
      message_id: this.nextMessageId(chat.id),
      date: unixNow(),
      chat,
      from,
      sender_chat: senderChat,
      text,
      entities: commandEntities(text),
      reply_to_message: replyTo,
    } as Message & Update.NonChannel;
    return this.pushUpdate({ message });
  }

  /**
   * The user sends a file (a document) to the bot, in private by default. `statedSize` is the
   * size Telegram states, when a test wants one the bytes do not have (a 50 MB file).
   */
  sendDocument(options: {
    from: User;
    chat?: Chat;
    name: string;
    content: Uint8Array;
    mimeType?: string;
    statedSize?: number;
  }): Update {
    const { from, name, content, mimeType } = options;
    const chat = options.chat ?? this.privateChat(from);
    const fileId = `doc-${this.files.size + 1}`;
    const size = options.statedSize ?? content.length;
    const path = `documents/file_${this.files.size + 1}${/\.\w+$/.exec(name)?.[0] ?? ""}`;
    this.files.set(fileId, { content, size, path });
    const document = {
      file_id: fileId,
      file_unique_id: `unique-${fileId}`,
      file_name: name,
      mime_type: mimeType,
      file_size: size,
    };
    const message = {
      message_id: this.nextMessageId(chat.id),
      date: unixNow(),
      chat,
      from,
      document,
    } as Message & Update.NonChannel;
    return this.pushUpdate({ message });
  }

  /** The user edits one of their earlier messages. */
  editText(options: { message: Message; text: string }): Update {
    const { message, text } = options;
    const edited_message = {
      ...message,
      text,
      entities: commandEntities(text),
      edit_date: unixNow(),
    } as Message & Update.Edited & Update.NonChannel;
    return this.pushUpdate({ edited_message });
  }

  /** The user presses a button (chosen by callback data or label) under a message the bot sent. */
  clickButton(options: {
    from: User;
    message: SentMessage | Message;
    data?: string;
    label?: string;
  }): Update {
    const { from, data, label } = options;
    const { message } = this.sentMessage(options.message);
    const buttons: { text: string; callback_data?: string }[] =
      message.reply_markup?.inline_keyboard.flat() ?? [];
    const button = buttons.find((candidate) =>
      data === undefined ? candidate.text === label : candidate.callback_data === data,
    );
    if (button?.callback_data === undefined) {
      const offered = JSON.stringify(buttons);
      throw new Error(`No callback button ${data ?? label} on that message; it has ${offered}`);
    }
    const id = String(++this.callbackQueryCount);
    this.openCallbackQueries.add(id);
    const chat_instance = String(message.chat.id);
    return this.pushUpdate({
      callback_query: { id, from, message, chat_instance, data: button.callback_data },
    });
  }

  /**
   * The user votes in a poll the bot sent, changes their vote, or retracts it with `optionIds: []`.
   * What a Telegram client would not let them do throws. Pushes a poll_answer update (for
   * non-anonymous polls only) and the poll's new state, as Telegram does for the bot's own polls,
   * and returns them.
   */
  vote(options: { from: User; message: SentMessage | Message; optionIds: number[] }): Update[] {
    const { from, optionIds } = options;
    const sent = this.sentMessage(options.message);
    const poll = sent.message.poll;
    if (poll === undefined) {
      throw new Error(`Message ${sent.messageId} in chat ${sent.chatId} has no poll`);
    }
    if (poll.is_closed) throw new Error("poll is closed");
    if (from.is_bot) throw new Error("Bots cannot vote in polls");
    const chosen = [...new Set(optionIds)].sort((a, b) => a - b);
    if (chosen.length < optionIds.length) throw new Error("An option can be chosen only once");
    const outOfRange = chosen.find((id) => !Number.isInteger(id) || !poll.options[id]);
    if (outOfRange !== undefined) {
      throw new Error(`No option ${outOfRange}: the poll has ${poll.options.length} options`);
    }
    if (chosen.length > 1 && !poll.allows_multiple_answers) {
      throw new Error("The poll allows only one answer");
    }
    const votes = this.pollVotes.get(poll.id) ?? new Map<number, number[]>();
    const voted = votes.has(from.id);
    // Clients offer "Retract vote" only to voters, and only where revoting is allowed.
    if (!voted && chosen.length === 0) throw new Error(`User ${from.id} has no vote to retract`);
    if (voted && !poll.allows_revoting) throw new Error("The poll does not allow changing a vote");
    if (chosen.length === 0) votes.delete(from.id);
    else votes.set(from.id, chosen);
    this.pollVotes.set(poll.id, votes);
    const counted = countVotes(poll, votes);
    sent.message = { ...sent.message, poll: counted } as Message;
    const updates: Update[] = [];
    // Telegram tells the bot who voted only in non-anonymous polls.
    if (!poll.is_anonymous) {
      const option_persistent_ids = chosen.map((id) => poll.options[id]?.persistent_id ?? "");
      const poll_answer = {
        poll_id: poll.id,
        user: from,
        option_ids: chosen,
        option_persistent_ids,
      };
      updates.push(this.pushUpdate({ poll_answer }));
    }
    updates.push(this.pushUpdate({ poll: pollOutsideMessage(counted) }));
    return updates;
  }

  /** The bot is removed from a group, or blocked in a private chat. */
  botRemoved(chat: Chat, by?: User): Update {
    if (chat.type === "private") this.block(chat.id);
    else this.removeFromChat(chat.id);
    return this.myChatMember(chat, "member", chat.type === "group" ? "left" : "kicked", by);
  }

  /** The bot is added to a group, or unblocked in a private chat. */
  botAdded(chat: Chat, by?: User): Update {
    if (chat.type === "private") this.startedBot(chat.id);
    else this.forbidden.delete(chat.id);
    return this.myChatMember(chat, chat.type === "private" ? "kicked" : "left", "member", by);
  }

  // --- Assertions and waiting -------------------------------------------------------------

  /** Messages the bot sent to the chat and has not deleted, in order. */
  messagesTo(chatId: number): SentMessage[] {
    return this.sent.filter((sent) => sent.chatId === chatId && !sent.deleted);
  }

  /** Resolves with the first recorded call that matches; the index helps skip older calls. */
  waitFor(
    predicate: (call: RecordedCall, index: number) => boolean,
    timeoutMs = 5000,
  ): Promise<RecordedCall> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const found = this.calls.find(predicate);
        if (found === undefined) return;
        clearTimeout(timer);
        this.callListeners.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.callListeners.delete(check);
        reject(new Error(`No matching Bot API call in ${timeoutMs} ms.\n${this.recentCalls()}`));
      }, timeoutMs);
      this.callListeners.add(check);
      check();
    });
  }

  /**
   * Resolves once every pushed update was fetched and confirmed (so the bot handled it) and no
   * call came for `quietMs`: the moment to assert that nothing (more) was sent.
   */
  async waitForIdle(quietMs = 100, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const quiet = Date.now() - this.lastActivity >= quietMs;
      if (this.queue.length === 0 && this.busyRequests === 0 && quiet) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const pending = `${this.queue.length} updates pending`;
    throw new Error(`Not idle after ${timeoutMs} ms, ${pending}.\n${this.recentCalls()}`);
  }

  /** The last calls, one a line, to explain a failed wait. Empty polls are left out. */
  recentCalls(count = 15): string {
    const lines = this.calls
      .filter((call) => call.method !== "getUpdates" || !isEmptyArray(call.result))
      .slice(-count)
      .map((call) => {
        const outcome = call.ok ? "ok" : `${call.error_code} ${call.description}`;
        return `  ${call.method} ${JSON.stringify(call.params).slice(0, 200)} -> ${outcome}`;
      });
    return `Recent calls:\n${lines.join("\n") || "  (none)"}`;
  }

  // --- HTTP -------------------------------------------------------------------------------

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const download = /^\/file\/bot([^/]*)\/(.+)$/.exec(request.url ?? "");
    if (download) return this.serveFile(download[1] ?? "", download[2] ?? "", response);
    const [, token, method = ""] = /^\/bot([^/]*)\/([^/?]*)/.exec(request.url ?? "") ?? [];
    // grammY aborts its held getUpdates when the bot stops; then nobody waits for the answer.
    const clientGone = new AbortController();
    response.on("close", () => clientGone.abort());
    const isPoll = method === "getUpdates";
    if (!isPoll) this.busyRequests += 1;
    let params: Params = {};
    let call: RecordedCall;
    let retryAfter: number | undefined;
    try {
      if (token !== this.token) throw new ApiError(401, "Unauthorized");
      if (!isKnownMethod(method)) throw new ApiError(404, "Not Found");
      params = await readParams(request, method);
      const result = await this.call(method, params, clientGone.signal);
      if (clientGone.signal.aborted) return;
      call = { method, params, ok: true, result };
    } catch (thrown) {
      const error =
        thrown instanceof ApiError ? thrown : new ApiError(500, `Internal Server Error: ${thrown}`);
      call = { method, params, ok: false, error_code: error.code, description: error.description };
      retryAfter = error.retryAfter;
    } finally {
      if (!isPoll) this.busyRequests -= 1;
    }
    this.record(call, isPoll);
    const { ok, result, error_code, description } = call;
    const parameters = retryAfter === undefined ? undefined : { retry_after: retryAfter };
    const body = ok ? { ok, result } : { ok, error_code, description, parameters };
    response.writeHead(error_code ?? 200, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  }

  /**
   * A file's bytes at its address. READ (getFile's description in the Bot API spec): the file is
   * downloaded from <apiRoot>/file/bot<token>/<file_path>. ASSUMED: a plain GET answered with the
   * bytes and their length, and 404 for a wrong token or path.
   */
  private serveFile(token: string, path: string, response: ServerResponse): void {
    this.lastActivity = Date.now();
    const wanted = decodeURIComponent(path);
    const file =
      token === this.token ? [...this.files.values()].find((f) => f.path === wanted) : undefined;
    if (file === undefined) {
      const body = JSON.stringify({ ok: false, error_code: 404, description: "Not Found" });
      return void response.writeHead(404, { "content-type": "application/json" }).end(body);
    }
    this.downloads.push(file.path);
    response
      .writeHead(200, {
        "content-type": "application/octet-stream",
        "content-length": file.content.length,
      })
      .end(file.content);
  }

  private record(call: RecordedCall, isPoll: boolean): void {
    if (!isPoll || !isEmptyArray(call.result)) this.lastActivity = Date.now();
    this.calls.push(call);
    for (const listener of this.callListeners) listener();
  }

  // --- The Bot API ------------------------------------------------------------------------

  private async call(method: string, params: Params, clientGone: AbortSignal): Promise<unknown> {
    this.applyForcedFailure(method, params);
    const problem = validateCall(method, params)[0];
    if (problem !== undefined) throw new ApiError(400, `Bad Request: ${problem}`);
    if (method === "getUpdates") return this.getUpdates(params, clientGone);
    const chat = params.chat_id === undefined ? undefined : this.resolveChat(params.chat_id);
    if (chat !== undefined && !method.startsWith("get")) this.checkAccess(chat);
    if (chat !== undefined && isSending(method)) {
      // Telegram may have acted on a request whose client died before the answer came.
      const carryOut = await this.waitIfHeld(method, clientGone);
      if (clientGone.aborted && !carryOut) return undefined;
      this.checkFloodLimit(chat);
      return this.send(method, params, chat).message;
    }
    return this.perform(method, params);
  }

  private perform(method: string, params: Params): unknown {
    switch (method) {
      case "getMe":
        return this.me;
      case "editMessageText":
        return this.editMessage(params, String(params.text));
      case "editMessageReplyMarkup":
        return this.editMessage(params, undefined);
      case "deleteMessage":
        return this.deleteMessage(params);
      case "stopPoll":
        return this.stopPoll(params);
      case "answerCallbackQuery":
        return this.answerCallbackQuery(String(params.callback_query_id));
      case "getChat":
        return { ...(minimalValue("ChatFullInfo") as Params), ...this.resolveChat(params.chat_id) };
      case "getFile":
        return this.getFile(String(params.file_id));
      case "getChatMember":
        return this.chatMember(this.resolveChat(params.chat_id).id, Number(params.user_id));
      case "leaveChat": {
        const chat = this.resolveChat(params.chat_id);
        this.forbidden.set(chat.id, `Forbidden: bot is not a member of the ${chat.type} chat`);
        return true;
      }
      case "deleteWebhook":
        if (params.drop_pending_updates === true) this.queue = [];
        return true;
      default:
        return defaultResult(method);
    }
  }

  private applyForcedFailure(method: string, params: Params): void {
    const rule = this.failures.find(
      (candidate) =>
        (candidate.method ? candidate.method === method : method !== "getUpdates") &&
        (candidate.chatId === undefined || candidate.chatId === params.chat_id),
    );
    if (rule === undefined) return;
    rule.times -= 1;
    if (rule.times <= 0) this.failures.splice(this.failures.indexOf(rule), 1);
    const { errorCode = 429, retryAfter = 1 } = rule;
    if (errorCode === 429) throw tooManyRequests(retryAfter);
    if (errorCode === 409) throw pollConflict();
    throw new ApiError(errorCode, FORCED_DESCRIPTIONS[errorCode]);
  }

  /** A positive id is a user's private chat; anything else must be a chat the bot knows. */
  private resolveChat(chatId: unknown): Chat {
    const known =
      typeof chatId === "number"
        ? this.chats.get(chatId)
        : [...this.chats.values()].find((chat) => `@${chat.username}` === chatId);
    if (known !== undefined) return known;
    if (typeof chatId === "number" && chatId > 0) {
      return this.privateChat(this.users.get(chatId) ?? this.addUser({ id: chatId }));
    }
    throw new ApiError(400, "Bad Request: chat not found");
  }

  private checkAccess(chat: Chat): void {
    const forbidden = this.forbidden.get(chat.id);
    if (forbidden !== undefined) throw new ApiError(403, forbidden);
    if (chat.type === "private" && !this.started.has(chat.id)) {
      throw new ApiError(403, "Forbidden: bot can't initiate conversation with a user");
    }
  }

  private checkFloodLimit(chat: Chat): void {
    const now = Date.now();
    // Refused by either limit, a message counts for neither.
    const recordGlobal = this.checkGlobalLimit(now);
    if (this.rateLimits) {
      const { count, windowMs } = FLOOD_LIMITS[chat.type === "private" ? "private" : "group"];
      const recent = (this.sendTimes.get(chat.id) ?? []).filter((time) => now - time < windowMs);
      const oldest = recent[0];
      if (oldest !== undefined && recent.length >= count) {
        throw tooManyRequests(Math.ceil((oldest + windowMs - now) / 1000));
      }
      this.sendTimes.set(chat.id, [...recent, now]);
    }
    recordGlobal();
  }

  /**
   * At most `globalLimit.count` messages in any window of `globalLimit.windowMs`, all chats
   * together. Returns how to count the message once it is let through.
   */
  private checkGlobalLimit(now: number): () => void {
    if (this.globalLimit === undefined) return () => {};
    const { count, windowMs } = this.globalLimit;
    const firstRecent = this.globalSendTimes.findIndex((time) => now - time < windowMs);
    this.globalSendTimes = firstRecent < 0 ? [] : this.globalSendTimes.slice(firstRecent);
    const oldest = this.globalSendTimes[0];
    if (oldest !== undefined && this.globalSendTimes.length >= count) {
      throw tooManyRequests(Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)));
    }
    return () => this.globalSendTimes.push(now);
  }

  private getUpdates(params: Params, clientGone: AbortSignal): Update[] | Promise<Update[]> {
    // The newer request wins: Telegram ends the long poll that was waiting.
    if (this.pollConflicts) for (const end of this.pollEnders) end();
    this.confirmUpdates(Number(params.offset ?? 0));
    if (Array.isArray(params.allowed_updates)) this.allowedUpdates = params.allowed_updates;
    const limit = Number(params.limit ?? 100);
    const ready = this.takeUpdates(limit);
    const timeoutMs = Number(params.timeout ?? 0) * 1000;
    if (ready.length > 0 || timeoutMs <= 0 || this.stopping) return ready;
    // Long polling: hold the request until an update comes, the timeout passes, the client gives
    // up or the server stops.
    return new Promise((resolve, reject) => {
      const finish = (updates: Update[] | ApiError): void => {
        clearTimeout(timer);
        this.heldPolls.delete(wake);
        this.pollEnders.delete(conflict);
        clientGone.removeEventListener("abort", abandon);
        if (updates instanceof ApiError) reject(updates);
        else resolve(updates);
      };
      const wake = (): void => {
        const updates = this.takeUpdates(limit);
        if (updates.length > 0 || this.stopping) finish(updates);
      };
      const abandon = (): void => finish([]);
      const conflict = (): void => finish(pollConflict());
      const timer = setTimeout(abandon, timeoutMs).unref();
      clientGone.addEventListener("abort", abandon);
      this.heldPolls.add(wake);
      this.pollEnders.add(conflict);
    });
  }

  /** An update is dropped once it was delivered and the bot then asks for later ones. */
  private confirmUpdates(offset: number): void {
    if (offset < 0) this.queue = this.queue.slice(offset);
    else this.queue = this.queue.filter((u) => u.update_id >= offset || !this.delivered.has(u));
  }

  private takeUpdates(limit: number): Update[] {
    const allowed = this.allowedUpdates.length > 0 ? this.allowedUpdates : undefined;
    // Telegram does not keep updates of types the bot did not ask for.
    this.queue = this.queue.filter((update) => {
      const type = Object.keys(update).find((key) => key !== "update_id") ?? "";
      return allowed ? allowed.includes(type) : !OPT_IN_UPDATES.includes(type);
    });
    const updates = this.queue.slice(0, limit);
    for (const update of updates) this.delivered.add(update);
    return updates;
  }

  private send(method: string, params: Params, chat: Chat): SentMessage {
    const messageId = this.nextMessageId(chat.id);
    const { html, text } = shownText(method, params);
    const { id, is_bot, first_name, username } = this.me;
    const content =
      method === "sendPoll"
        ? { poll: newPoll(params, this.nextPollId(), text) }
        : messageContent(method, params, text);
    const message = {
      message_id: messageId,
      date: unixNow(),
      chat,
      from: { id, is_bot, first_name, username },
      ...content,
      reply_markup: params.reply_markup,
    } as Message;
    const replyMarkup = params.reply_markup;
    const sent = {
      method,
      chatId: chat.id,
      messageId,
      text,
      html,
      replyMarkup,
      deleted: false,
      message,
    };
    this.sent.push(sent);
    return sent;
  }

  private editMessage(params: Params, html: string | undefined): Message | true {
    if (params.inline_message_id !== undefined) return true;
    const sent = this.findSent(params.chat_id, params.message_id);
    if (sent === undefined) throw new ApiError(400, "Bad Request: message to edit not found");
    // Polls, documents and other media have no text; a caption has its own method.
    if (html !== undefined && sent.message.text === undefined) {
      throw new ApiError(400, "Bad Request: there is no text in the message to edit");
    }
    const shown = html === undefined ? sent : shownText("editMessageText", params);
    // Telegram drops the keyboard from an edit that does not repeat it.
    const replyMarkup = params.reply_markup;
    const sameMarkup = JSON.stringify(replyMarkup) === JSON.stringify(sent.replyMarkup);
    if (shown.html === sent.html && sameMarkup) throw new ApiError(400, NOT_MODIFIED);
    const text = html === undefined ? sent.message.text : shown.text;
    const edit_date = unixNow();
    const message = { ...sent.message, text, edit_date, reply_markup: replyMarkup } as Message;
    Object.assign(sent, { html: shown.html, text: shown.text, replyMarkup, message });
    return message;
  }

  /**
   * READ (getFile and File in the spec): a File with its file_path; bots download files of up to
   * 20 MB. ASSUMED: Telegram's wording for a larger one ("file is too big") and an unknown id.
   */
  private getFile(fileId: string): unknown {
    const file = this.files.get(fileId);
    if (file === undefined) throw new ApiError(400, "Bad Request: invalid file_id");
    if (file.size > 20 * 2 ** 20) throw new ApiError(400, "Bad Request: file is too big");
    const { size: file_size, path: file_path } = file;
    return { file_id: fileId, file_unique_id: `unique-${fileId}`, file_size, file_path };
  }

  private stopPoll(params: Params): Poll {
    const sent = this.findSent(params.chat_id, params.message_id);
    const key = messageKey(this.resolveChat(params.chat_id).id, Number(params.message_id));
    if (sent === undefined && !this.incoming.has(key)) {
      throw new ApiError(400, "Bad Request: message to stop not found");
    }
    const poll = sent?.message.poll;
    if (sent === undefined || poll === undefined) {
      throw new ApiError(400, "Bad Request: message with poll to stop not found");
    }
    if (poll.is_closed) throw new ApiError(400, "Bad Request: poll has already been closed");
    // Unlike editMessageText, stopping keeps the keyboard unless a new one is given.
    const replyMarkup = params.reply_markup ?? sent.replyMarkup;
    const closed = { ...poll, is_closed: true };
    sent.message = { ...sent.message, poll: closed, reply_markup: replyMarkup } as Message;
    sent.replyMarkup = replyMarkup;
    const stopped = pollOutsideMessage(closed);
    this.pushUpdate({ poll: stopped });
    return stopped;
  }

  private deleteMessage(params: Params): true {
    const sent = this.findSent(params.chat_id, params.message_id);
    const key = messageKey(this.resolveChat(params.chat_id).id, Number(params.message_id));
    if (sent !== undefined) sent.deleted = true;
    else if (!this.incoming.delete(key)) {
      throw new ApiError(400, "Bad Request: message to delete not found");
    }
    return true;
  }

  private answerCallbackQuery(id: string): true {
    if (!this.openCallbackQueries.delete(id)) {
      const description = "query is too old and response timeout expired or query ID is invalid";
      throw new ApiError(400, `Bad Request: ${description}`);
    }
    return true;
  }

  private chatMember(chatId: number, userId: number): ChatMember {
    const status = this.members.get(chatId)?.get(userId) ?? "member";
    const user = this.users.get(userId) ?? {
      id: userId,
      is_bot: false,
      first_name: `User ${userId}`,
    };
    return { ...minimalVariant("ChatMember", status), user } as ChatMember;
  }

  // --- Bookkeeping ------------------------------------------------------------------------

  /** Registers who wrote where; writing to the bot in private counts as starting it. */
  private learnFrom(update: Update): void {
    const message = update.message;
    if (message === undefined) return;
    if (message.chat.type !== "private") this.chats.set(message.chat.id, message.chat);
    this.incoming.set(messageKey(message.chat.id, message.message_id), message);
    const from = message.from;
    if (from === undefined || from.is_bot) return;
    if (!this.users.has(from.id)) this.addUser(from);
    if (message.chat.type === "private") this.startedBot(from.id);
  }

  private myChatMember(chat: Chat, from: MemberStatus, to: MemberStatus, by?: User): Update {
    const actor =
      by ??
      (chat.type === "private"
        ? (this.users.get(chat.id) ?? this.addUser({ id: chat.id, first_name: chat.first_name }))
        : GROUP_ANONYMOUS_BOT);
    const member = (status: MemberStatus) =>
      ({ ...minimalVariant("ChatMember", status), user: this.me }) as unknown as ChatMember;
    return this.pushUpdate({
      my_chat_member: {
        chat,
        from: actor,
        date: unixNow(),
        old_chat_member: member(from),
        new_chat_member: member(to),
      },
    });
  }

  private nextMessageId(chatId: number): number {
    const id = (this.lastMessageIds.get(chatId) ?? 0) + 1;
    this.lastMessageIds.set(chatId, id);
    return id;
  }

  private findSent(chatId: unknown, messageId: unknown): SentMessage | undefined {
    const chat = this.resolveChat(chatId).id;
    return this.sent.find((s) => s.chatId === chat && s.messageId === messageId && !s.deleted);
  }

  /** The bot's message as it stands now, however the test holds it. */
  private sentMessage(message: SentMessage | Message): SentMessage {
    const [chatId, messageId] =
      "messageId" in message
        ? [message.chatId, message.messageId]
        : [message.chat.id, message.message_id];
    const current = this.findSent(chatId, messageId);
    if (current === undefined) throw new Error(`The bot sent no message ${messageId} to ${chatId}`);
    return current;
  }

  /** Telegram's poll ids are long digit strings, unique across chats. */
  private nextPollId(): string {
    this.pollCount += 1;
    return `54${String(this.pollCount).padStart(17, "0")}`;
  }
}

// --- Reading requests ---------------------------------------------------------------------

async function readParams(request: IncomingMessage, method: string): Promise<Params> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const contentType = request.headers["content-type"] ?? "";
  if (contentType.startsWith("application/json")) {
    const parsed: unknown = body.length === 0 ? {} : parseJson(body.toString());
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw new ApiError(400, "Bad Request: can't parse request JSON object");
    }
    return parsed as Params;
  }
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const form = boundary
    ? parseMultipart(body, boundary[1] ?? boundary[2] ?? "")
    : { fields: new URLSearchParams(body.toString()), files: new Map<string, UploadedFile>() };
  const params: Params = {};
  for (const [name, raw] of form.fields) {
    params[name] = attachFiles(decodeFormField(method, name, raw), form.files);
  }
  return params;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "Bad Request: can't parse JSON");
  }
}

/**
 * grammY writes part headers as `content-disposition:form-data;name="x";filename=y.dat`, without
 * spaces and with the file name unquoted. Telegram accepts that but undici's Request.formData()
 * does not, so the parts are split here.
 */
function parseMultipart(body: Buffer, boundary: string) {
  const fields = new Map<string, string>();
  const files = new Map<string, UploadedFile>();
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  // A leading CRLF makes the first delimiter look like the others.
  const data = Buffer.concat([Buffer.from("\r\n"), body]);
  let start = data.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length + 2; // past the CRLF that ends the delimiter line
    const end = data.indexOf(delimiter, partStart);
    if (end === -1) break;
    const part = data.subarray(partStart, end);
    const headerEnd = part.indexOf("\r\n\r\n");
    const headers = part.subarray(0, headerEnd).toString();
    const content = part.subarray(headerEnd + 4);
    const name = /[;\s]name="([^"]*)"/i.exec(headers)?.[1] ?? "";
    const filename = /filename="?([^";\r\n]*)"?/i.exec(headers)?.[1];
    if (filename === undefined) fields.set(name, content.toString());
    else files.set(name, new UploadedFile(filename, Buffer.from(content)));
    start = end;
  }
  return { fields, files };
}

/** Replaces the `attach://<part>` references grammY uses with the uploaded files. */
function attachFiles(value: unknown, files: Map<string, UploadedFile>): unknown {
  if (typeof value === "string" && value.startsWith("attach://")) {
    return files.get(value.slice("attach://".length)) ?? value;
  }
  if (Array.isArray(value)) return value.map((item) => attachFiles(item, files));
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).map(([key, item]) => [key, attachFiles(item, files)]);
    return Object.fromEntries(entries);
  }
  return value;
}

// --- Building results and updates ---------------------------------------------------------

function isSending(method: string): boolean {
  return method.startsWith("send") && returnTypesOf(method).includes("Message");
}

/** The text people see in a sent message, and the raw text it came from. */
function shownText(method: string, params: Params): { html: string; text: string } {
  const [field, parseMode] =
    method === "sendPoll"
      ? ["question", params.question_parse_mode]
      : [params.text === undefined ? "caption" : "text", params.parse_mode];
  const html = String(params[field] ?? "");
  return { html, text: (parseMode === "HTML" ? parseTelegramHtml(html) : html).trim() };
}

function messageContent(method: string, params: Params, text: string) {
  if (method === "sendMessage") return { text };
  const caption = text === "" ? {} : { caption: text };
  if (method !== "sendDocument") return caption;
  const file = params.document;
  const name = file instanceof UploadedFile ? file.filename : undefined;
  const fileId = `file-${name ?? String(file)}`;
  return { document: { file_id: fileId, file_unique_id: fileId, file_name: name }, ...caption };
}

/** A poll as Telegram stores it when the bot sends one: defaults filled in, nobody voted yet. */
function newPoll(params: Params, id: string, question: string): Poll {
  const type = params.type === "quiz" ? "quiz" : "regular";
  const options = (params.options as Params[]).map((option, index) => ({
    // Unique within the poll, and kept when options are added or deleted later.
    persistent_id: String(index),
    text: visibleText(option, "text"),
    ...definedFields(option, ["text_entities"]),
    voter_count: 0,
  }));
  const openPeriod = params.open_period;
  const closeDate = typeof openPeriod === "number" ? unixNow() + openPeriod : params.close_date;
  return {
    // Required fields a newer spec adds get neutral values until the fake learns them.
    ...(minimalValue("Poll") as Params),
    id,
    question,
    ...definedFields(params, ["question_entities"]),
    options,
    total_voter_count: 0,
    is_closed: params.is_closed ?? false,
    is_anonymous: params.is_anonymous ?? true,
    type,
    allows_multiple_answers: params.allows_multiple_answers ?? false,
    allows_revoting: params.allows_revoting ?? type === "regular",
    members_only: params.members_only ?? false,
    ...definedFields(params, ["country_codes", "correct_option_ids", "open_period"]),
    ...definedFields(params, ["explanation_entities", "description_entities"]),
    ...visibleFields(params, ["explanation", "description"]),
    ...(closeDate === undefined ? {} : { close_date: closeDate }),
  } as Poll;
}

/** The poll with each option's voter_count and total_voter_count recomputed from the votes. */
function countVotes(poll: Poll, votes: Map<number, number[]>): Poll {
  const choices = [...votes.values()];
  const options = poll.options.map((option, index) => ({
    ...option,
    voter_count: choices.filter((chosen) => chosen.includes(index)).length,
  }));
  return { ...poll, options, total_voter_count: choices.length };
}

/**
 * The poll as poll updates and stopPoll carry it: description and media are "for polls inside the
 * Message object only".
 */
function pollOutsideMessage(poll: Poll): Poll {
  const { description, description_entities, media, ...rest } = poll;
  return rest;
}

/** A text field as people see it: parsed when its `<field>_parse_mode` is HTML. */
function visibleText(owner: Params, field: string): string {
  const raw = String(owner[field] ?? "");
  return owner[`${field}_parse_mode`] === "HTML" ? parseTelegramHtml(raw).trim() : raw;
}

/** The named text fields that are set, as people see them. */
function visibleFields(owner: Params, names: string[]): Params {
  const set = names.filter((name) => owner[name] !== undefined);
  return Object.fromEntries(set.map((name) => [name, visibleText(owner, name)]));
}

/** The named fields that are set, copied as they are. */
function definedFields(owner: Params, names: string[]): Params {
  return Object.fromEntries(
    names.flatMap((name) => (owner[name] === undefined ? [] : [[name, owner[name]]])),
  );
}

function commandEntities(text: string): MessageEntity[] | undefined {
  const command = COMMAND.exec(text);
  return command ? [{ type: "bot_command", offset: 0, length: command[0].length }] : undefined;
}

function messageKey(chatId: number, messageId: number): string {
  return `${chatId}:${messageId}`;
}

function isEmptyArray(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}

function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}
