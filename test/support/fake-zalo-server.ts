/**
 * A fake of Zalo Web's servers on 127.0.0.1 for tests: the real zca-js 2.2.0 client logs in to
 * it with saved cookies (or a QR code), listens to its websocket and sends through it, with
 * `new Zalo(zaloClientOptions(server.url))` redirecting every call here by path. It plays the
 * part test/support/fake-bot-api.ts plays for grammY: what people say is pushed as Zalo's
 * encrypted frames, what the bot sends is decrypted and recorded as people would read it, and
 * faults are scripted per kind of call.
 *
 * READ from zca-js's code: encryption, framing, paths, parameters and the fields the client
 * reads. ASSUMED about Zalo: whatever else its answers hold, where errors sit, history
 * semantics, poll option order, close-code echoes; each is marked where it is made, in
 * fake-zalo-server-{login,services,chat,data}.ts and zalo-wire.ts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { TGroupEventBase, ThreadType } from "zca-js";
import { type Content, type SayOptions, ZaloChat } from "./fake-zalo-server-chat.js";
import {
  groupEventData,
  type PollOrder,
  type WireMessage,
  type ZaloFault,
  type ZaloFaultKind,
  type ZaloPerson,
} from "./fake-zalo-server-data.js";
import { type QrOutcome, ZaloLogin, zaloImei } from "./fake-zalo-server-login.js";
import { ZaloServices } from "./fake-zalo-server-services.js";
import type { EventEncryption } from "./zalo-wire.js";

export type { SayOptions } from "./fake-zalo-server-chat.js";
export {
  DEAD_SESSION,
  type PollOrder,
  type WireMessage,
  ZALO_CONTENT,
  ZALO_ERRORS,
  type ZaloFault,
  type ZaloFaultKind,
  type ZaloPerson,
  type ZaloSent,
} from "./fake-zalo-server-data.js";
export type { QrOutcome } from "./fake-zalo-server-login.js";

export interface FakeZaloServerOptions {
  /** The bot's Zalo id: 19 digits, above 2^53, as Zalo's ids are. */
  botId?: string;
  botName?: string;
  imei?: string;
  userAgent?: string;
  /** How events are encrypted on the websocket (default 2, AES-GCM over deflate). */
  encrypt?: EventEncryption;
  /** settings.features.sharefile.chunk_size_file: files are uploaded in chunks of this size. */
  chunkSize?: number;
  /** When the websocket's file_done follows an upload: after a moment, never, or on cue. */
  fileDone?: "auto" | "never" | "manual";
  /** The moment: zca-js listens for file_done only once it has read the upload's answer. */
  fileDoneDelayMs?: number;
  /** Zalo echoes the account's own messages back over the websocket (zca-js#376). */
  echoOwnMessages?: boolean;
  pollOrder?: PollOrder;
  /** How many of the latest messages an old-messages request gets (ASSUMED). */
  oldMessagesLimit?: number;
  now?: () => number;
}

const DEFAULT_USER_AGENT =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) " +
  "Chrome/130.0.0.0 Safari/537.36";

export class FakeZaloServer {
  readonly botId: string;
  readonly botName: string;
  readonly url: string;
  /** Every connection is cut and refused: fetch fails, the websocket cannot connect. */
  offline = false;
  private readonly login: ZaloLogin;
  private readonly services: ZaloServices;
  private readonly chat: ZaloChat;
  private readonly held = new Set<ServerResponse>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly now: () => number;
  /** Files people sent, by the path they are served at. */
  private readonly files = new Map<string, Uint8Array>();
  /** The paths of the files the bot downloaded, in order. */
  readonly downloads: string[] = [];

  private constructor(
    private readonly server: Server,
    port: number,
    options: FakeZaloServerOptions,
  ) {
    this.url = `http://127.0.0.1:${port}`;
    this.botId = options.botId ?? "8136422530105427968";
    this.botName = options.botName ?? "Chibo";
    this.now = options.now ?? Date.now;
    this.chat = new ZaloChat(this.botId, this.botName, this.now);
    this.chat.encrypt = options.encrypt ?? 2;
    this.chat.echoOwnMessages = options.echoOwnMessages ?? true;
    this.chat.oldMessagesLimit = options.oldMessagesLimit ?? 50;
    this.services = new ZaloServices({
      botId: this.botId,
      now: this.now,
      fileDoneDelayMs: options.fileDoneDelayMs ?? 50,
      sessionOf: (request) => this.login.sessionOf(request),
      own: (...args) => this.chat.own(...args),
      fileDone: (fileId, url) => this.fileDoneNow(fileId, url),
      later: (ms, run) => {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          run();
        }, ms);
        this.timers.add(timer);
      },
    });
    this.services.fileDone = options.fileDone ?? "auto";
    this.services.pollOrder = options.pollOrder ?? "created";
    const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    const host = {
      botId: this.botId,
      wsUrl: `ws://127.0.0.1:${port}/ws`,
      chunkSize: options.chunkSize ?? 3 * 1024 * 1024,
      loginFault: (response: ServerResponse) => {
        const fault = this.services.takeFault("login", "");
        return fault !== undefined && this.services.applyFault(fault, response, () => {});
      },
      hold: (response: ServerResponse) => {
        this.held.add(response);
        response.on("close", () => this.held.delete(response));
      },
    };
    this.login = new ZaloLogin(host, options.imei ?? zaloImei(userAgent), userAgent);
    server.on("request", (request, response) => void this.handle(request, response));
    server.on("upgrade", (request, socket, head) => {
      const path = new URL(request.url ?? "/", this.url).pathname;
      if (this.offline || path !== "/ws") return void socket.destroy();
      this.chat.upgrade(request, socket, head, this.login.sessionOf(request) !== null);
    });
  }

  static async start(options: FakeZaloServerOptions = {}): Promise<FakeZaloServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    // The port is known before the fake exists: the login answer names it.
    return new FakeZaloServer(server, (server.address() as AddressInfo).port, options);
  }

  /** Closes every socket and long poll, then the server. */
  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.chat.destroy();
    for (const response of this.held) response.socket?.destroy();
    const closed = new Promise((resolve) => this.server.close(resolve));
    this.server.closeAllConnections();
    await closed;
  }

  // --- Logging in --------------------------------------------------------------------------

  /** The saved session: what `new Zalo(…).login(…)` takes. */
  credentials() {
    return this.login.credentials();
  }

  /** Logins with cookies so far, each with the imei it named and whether it was let in. */
  get logins(): readonly { imei: string; ok: boolean }[] {
    return this.login.attempts;
  }

  /** QR logins that reached checksession. */
  get qrLogins(): number {
    return this.login.qrLogins;
  }

  /** How the next QR logins go on the phone. */
  set qrOutcome(outcome: QrOutcome) {
    this.login.qr.outcome = outcome;
  }

  /**
   * The cookies die (Zalo ended the session): logins fail ("Đăng nhập thất bại"; with
   * via "serverInfo", "Failed to fetch server info: zpw_sek bị thiếu hoặc không đúng"), every
   * call answers 600 and the websocket is refused. ASSUMED: which of the two Zalo does.
   */
  expireSession(via: "loginInfo" | "serverInfo" = "loginInfo"): void {
    this.login.expire(via);
  }

  /** Scripted refusals for a kind of call, consumed first to last. */
  fail(kind: ZaloFaultKind, ...faults: ZaloFault[]): void {
    this.services.fail(kind, faults);
  }

  // --- Groups and polls --------------------------------------------------------------------

  addGroup(
    id: string,
    name: string,
    creator: ZaloPerson,
    admins: ZaloPerson[] = [],
    members: ZaloPerson[] = [],
  ): string {
    const memberIds = [...new Set([creator, ...admins, ...members].map((p) => p.id))];
    const adminIds = admins.map((a) => a.id);
    this.services.groups.set(id, { name, creatorId: creator.id, adminIds, memberIds, left: false });
    return id;
  }

  /** `from` votes for options by index (as created) or content; a locked poll refuses. */
  vote(from: ZaloPerson, pollId: number, choice: number | string | (number | string)[]): void {
    const poll = this.polls.get(pollId);
    if (!poll) throw new Error(`no poll ${pollId}`);
    if (poll.closed) throw new Error(`poll ${pollId} is locked: Zalo refuses the vote`);
    const chosen = [choice].flat().map((each) => {
      const option =
        typeof each === "number"
          ? poll.options[each]
          : poll.options.find((o) => o.content === each);
      if (!option) throw new Error(`poll ${pollId} has no option ${each}`);
      return option;
    });
    if (chosen.length > 1 && !poll.allow_multi_choices) throw new Error("one choice only");
    for (const option of poll.options) option.voters = option.voters.filter((id) => id !== from.id);
    for (const option of chosen) option.voters.push(from.id);
  }

  // --- What people do ----------------------------------------------------------------------

  /** `from` writes in a group, or (no group) to the bot; the message id. */
  say(from: ZaloPerson, text: string, groupId?: string, options: SayOptions = {}): string {
    return this.chat.incoming(
      from,
      { msgType: "webchat", content: text },
      groupId,
      options,
      {},
      true,
    );
  }

  /** Content that is not plain text: see ZALO_CONTENT (sticker, photo, file, voice, link). */
  sayContent(
    from: ZaloPerson,
    content: Content,
    groupId?: string,
    extra: Partial<WireMessage> = {},
  ) {
    return this.chat.incoming(from, content, groupId, {}, extra, true);
  }

  /**
   * A file a person is about to send: served here, its address for ZALO_CONTENT.file's href.
   * ASSUMED: Zalo's file addresses (its file servers) answer a plain GET with the bytes, no
   * cookies needed, as the links in its apps do.
   */
  hostFile(name: string, content: Uint8Array): string {
    const path = `/f/${this.files.size + 1}/${encodeURIComponent(name)}`;
    this.files.set(path, content);
    return `${this.url}${path}`;
  }

  /** A message written while the bot was not connected: only old-messages requests get it. */
  sayWhileDown(from: ZaloPerson, text: string, groupId?: string, options: SayOptions = {}) {
    const content = { msgType: "webchat", content: text };
    return this.chat.incoming(from, content, groupId, options, {}, false);
  }

  /** `from` takes a message back: zca-js emits "undo". */
  recall(from: ZaloPerson, msgId: string, groupId?: string): void {
    this.chat.recall(from, msgId, groupId);
  }

  /** A group event (cmd 601, act_type "group"); `act` as zca-js's getGroupEventType reads it. */
  groupEvent(groupId: string, act: string, data: Partial<TGroupEventBase> = {}): void {
    const event = groupEventData(groupId, this.services.groups.get(groupId), data, this.now());
    this.chat.control({ act_type: "group", act, data: JSON.stringify(event) });
  }

  /**
   * `by` removes `member` (default: the bot) from a group. READ: zca-js counts an event naming
   * the account in updateMembers as its own (isSelf) and drops it unless selfListen is on.
   */
  removeFromGroup(groupId: string, by: ZaloPerson, member?: ZaloPerson): void {
    const target = member ?? { id: this.botId, name: this.botName };
    const group = this.services.groups.get(groupId);
    if (group) {
      group.memberIds = group.memberIds.filter((id) => id !== target.id);
      if (target.id === this.botId) group.left = true;
    }
    const updateMembers = [
      { id: target.id, dName: target.name, avatar: "", avatar_25: "", type: 0 },
    ];
    this.groupEvent(groupId, "remove_member", { sourceId: by.id, updateMembers });
  }

  /**
   * `from` asks to be the bot's friend. READ: zca-js reads act "req_v2" and skips "req", which
   * Zalo sends as well. ASSUMED: the data beyond toUid, fromUid, src, message.
   */
  friendRequest(from: ZaloPerson, message: string): void {
    this.services.friendRequests.set(from.id, message);
    const data = JSON.stringify({ toUid: this.botId, fromUid: from.id, src: 30, message });
    this.chat.control(
      { act_type: "fr", act: "req", data },
      { act_type: "fr", act: "req_v2", data },
    );
  }

  /** Any control event (cmd 601): `content` as zca-js reads control.content. */
  control(content: Record<string, unknown>): void {
    this.chat.control(content);
  }

  /** Sends the file_done of every upload held back; their ids. */
  completeUploads(): string[] {
    const ids = this.services.heldFiles.splice(0);
    for (const id of ids) this.fileDoneNow(id, this.services.fileUrl(id));
    return ids;
  }

  // --- The connection ----------------------------------------------------------------------

  /** Websocket connections accepted so far. */
  get connections(): number {
    return this.chat.connections;
  }

  connected(): boolean {
    return this.chat.connected();
  }

  /** Resolves once a websocket is open (at once if one is). */
  waitForConnection(): Promise<void> {
    return this.chat.waitForConnection();
  }

  /** Another tab opened the same session (cmd 3000): zca-js closes its socket with 3000. */
  duplicateConnection(): void {
    this.chat.duplicateConnection();
  }

  /** The session was taken over: Zalo closes the socket with 3003. */
  kick(): void {
    this.chat.drop(3003, "kick");
  }

  /** The connection drops: 1006 cuts it without a close frame; another code closes with it. */
  drop(code = 1006): void {
    this.chat.drop(code);
  }

  /** Drops the connection every `ms` (Zalo does about every minute) until the returned stop. */
  dropEvery(ms: number, code = 1006): () => void {
    const timer = setInterval(() => this.drop(code), ms);
    this.timers.add(timer);
    return () => {
      clearInterval(timer);
      this.timers.delete(timer);
    };
  }

  /** Requests for old messages: 0 a person's chats, 1 groups, with the lastId asked from. */
  get oldRequests(): readonly { type: ThreadType; lastId: string | null }[] {
    return this.chat.oldRequests;
  }

  /** Every message kept for old-messages requests, oldest first (copies). */
  messages(kind: "user" | "group"): WireMessage[] {
    return structuredClone(this.chat.history[kind]);
  }

  get encrypt(): EventEncryption {
    return this.chat.encrypt;
  }

  set encrypt(type: EventEncryption) {
    this.chat.encrypt = type;
  }

  // --- What the bot did --------------------------------------------------------------------

  /** The bot's messages as people see them, first to last. */
  get sent() {
    return this.services.sent;
  }

  textsTo(threadId: string): string[] {
    return this.sent.filter((m) => m.threadId === threadId).map((m) => m.text);
  }

  /** Every service call, decrypted: its path (from /api) and parameters. */
  get calls() {
    return this.services.calls;
  }

  get polls() {
    return this.services.polls;
  }

  get acceptedFriends(): readonly string[] {
    return this.services.acceptedFriends;
  }

  get rejectedFriends(): readonly string[] {
    return this.services.rejectedFriends;
  }

  /** Friend requests not yet answered: who asked, with their message. */
  get friendRequests(): ReadonlyMap<string, string> {
    return this.services.friendRequests;
  }

  /** Uploaded files whose file_done is held back (fileDone "never" or "manual"). */
  get heldFiles(): readonly string[] {
    return this.services.heldFiles;
  }

  get fileDone(): "auto" | "never" | "manual" {
    return this.services.fileDone;
  }

  set fileDone(mode: "auto" | "never" | "manual") {
    this.services.fileDone = mode;
  }

  /** The order getPollDetail lists options in: as created, reversed, by votes. */
  get pollOrder(): PollOrder {
    return this.services.pollOrder;
  }

  set pollOrder(order: PollOrder) {
    this.services.pollOrder = order;
  }

  // --- Internals ---------------------------------------------------------------------------

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (this.offline) return void request.socket.destroy();
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(request.url ?? "/", this.url);
    const file = request.method === "GET" ? this.files.get(url.pathname) : undefined;
    if (file) {
      this.downloads.push(url.pathname);
      const headers = { "content-type": "application/octet-stream", "content-length": file.length };
      return void response.writeHead(200, headers).end(file);
    }
    try {
      if (this.login.handle(request, response, url, body.toString("utf8"))) return;
      // Each service's calls come under /s/<service> (the login answer's service map).
      const path = /^\/s\/[a-z_]+(\/api\/.+)$/.exec(url.pathname)?.[1];
      if (path) return this.services.handle(request, response, url, body, path);
      response.writeHead(404, { "content-type": "text/plain" }).end("Not Found");
    } catch (error) {
      response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
  }

  /** READ: control.content.fileId and control.content.data.url. */
  private fileDoneNow(fileId: string, url: string): void {
    this.chat.control({ act_type: "file_done", act: "file_done", fileId, data: { url } });
  }
}
