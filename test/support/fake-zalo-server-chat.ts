/**
 * The fake Zalo server's websocket and the messages it carries (zca-js's apis/listen.js): the
 * cipher key frame, message events (501 a person's chat, 521 groups), controls (601), old
 * messages (510/511 subCmd 1), the duplicate-connection frame (3000) and closes. READ: the
 * frames and the fields the listener reads. ASSUMED: what else Zalo's messages hold, and that an
 * old-messages request gets the latest history whatever it asks from.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { ThreadType } from "zca-js";
import { type WireMessage, wireMessage, type ZaloPerson } from "./fake-zalo-server-data.js";
import {
  type EventEncryption,
  encodeEvent,
  readZaloFrame,
  ServerSocket,
  zaloFrame,
} from "./zalo-wire.js";

export interface SayOptions {
  mentions?: { uid: string; pos: number; len: number }[];
  /** The id of the message this one replies to (quotes). */
  quote?: string;
}

export type Content = { msgType: string; content: WireMessage["content"] };

interface Connection {
  socket: ServerSocket;
  cipherKey: Buffer;
}

export class ZaloChat {
  readonly oldRequests: { type: ThreadType; lastId: string | null }[] = [];
  readonly history = { user: [] as WireMessage[], group: [] as WireMessage[] };
  encrypt: EventEncryption = 2;
  echoOwnMessages = true;
  oldMessagesLimit = 50;
  /** Websocket connections accepted so far. */
  connections = 0;
  private readonly open = new Set<Connection>();
  private readonly sockets = new Set<Duplex>();
  private readonly waiters: (() => void)[] = [];
  private nextMsgId = 7_300_000_000_001;

  constructor(
    private readonly botId: string,
    private readonly botName: string,
    private readonly now: () => number,
  ) {}

  // --- Connections -------------------------------------------------------------------------

  /** A websocket upgrade on /ws by a client whose session is (`alive`) or is not good. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer, alive: boolean): void {
    // READ: zca-js sends the chat.zalo.me cookies. ASSUMED: a dead session is refused so.
    if (!alive) return void socket.end("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n");
    if (head.length > 0) socket.unshift(head);
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    const connection = { cipherKey: randomBytes(16) } as Connection;
    const accepted = ServerSocket.accept(
      request,
      socket,
      (data) => this.onFrame(connection, data),
      () => this.open.delete(connection),
    );
    if (!accepted) return void socket.destroy();
    connection.socket = accepted;
    this.open.add(connection);
    this.connections += 1;
    // READ: version 1, cmd 1, subCmd 1 with `key` is the cipher key; zca-js emits cipher_key.
    // ASSUMED: a 16-byte key (AES-128-GCM); zca-js imports whatever it is given.
    accepted.send(zaloFrame(1, 1, { key: connection.cipherKey.toString("base64") }));
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  connected(): boolean {
    return this.open.size > 0;
  }

  waitForConnection(): Promise<void> {
    if (this.connected()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** READ: cmd 3000 makes zca-js close its own socket with 3000 (any JSON body will do). */
  duplicateConnection(): void {
    for (const connection of this.open) connection.socket.send(zaloFrame(3000, 0, {}));
  }

  /** A close frame with `code`, or (1006) the TCP connection cut without one. */
  drop(code: number, reason = ""): void {
    for (const connection of this.open) {
      if (code === 1006) connection.socket.terminate();
      else connection.socket.close(code, reason);
    }
  }

  destroy(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  /** An event (subCmd 0) to every open connection, encrypted with each one's key. */
  broadcast(cmd: number, payload: unknown): void {
    for (const connection of this.open) {
      const event = encodeEvent(payload, this.encrypt, connection.cipherKey);
      connection.socket.send(zaloFrame(cmd, 0, event));
    }
  }

  /** READ: listen.js reads `data.controls[].content` (act_type, act, data, fileId). */
  control(...contents: Record<string, unknown>[]): void {
    this.broadcast(601, { data: { controls: contents.map((content) => ({ content })) } });
  }

  /**
   * What the client sends: pings (cmd 2, ASSUMED unanswered) and old-messages requests (510 a
   * person's chats, 511 groups, subCmd 1, {first, lastId, preIds}). ASSUMED: Zalo answers with
   * the latest messages whatever lastId says, the bot's own and recalled ones included.
   */
  private onFrame(connection: Connection, data: Buffer): void {
    const frame = readZaloFrame(data);
    if (!frame || (frame.cmd !== 510 && frame.cmd !== 511) || frame.subCmd !== 1) return;
    const isGroup = frame.cmd === 511;
    const lastId = frame.body.lastId;
    this.oldRequests.push({
      type: isGroup ? ThreadType.Group : ThreadType.User,
      lastId: lastId === null || lastId === undefined ? null : String(lastId),
    });
    const latest = this.history[isGroup ? "group" : "user"].slice(-this.oldMessagesLimit);
    const payload = { data: isGroup ? { groupMsgs: latest } : { msgs: latest } };
    const event = encodeEvent(payload, this.encrypt, connection.cipherKey);
    connection.socket.send(zaloFrame(frame.cmd, 1, event));
  }

  // --- Messages ----------------------------------------------------------------------------

  /** A person's message: kept for old-messages requests, and pushed if `live`. */
  incoming(
    from: ZaloPerson,
    content: Content,
    groupId: string | undefined,
    options: SayOptions,
    extra: Partial<WireMessage>,
    live: boolean,
  ): string {
    const message = this.message(from.id, from.name, groupId, content);
    if (groupId && options.mentions) {
      // READ: type 1 is "@all" (uid "-1"), as sendMessage.js writes it.
      message.mentions = options.mentions.map((m) => ({ ...m, type: m.uid === "-1" ? 1 : 0 }));
    }
    if (options.quote) message.quote = this.quoteOf(options.quote, groupId);
    Object.assign(message, extra);
    this.history[groupId ? "group" : "user"].push(message);
    if (live) this.push(groupId, message);
    return message.msgId;
  }

  /** The bot's own message: uidFrom "0" (READ: zca-js's isSelf), kept and echoed. */
  own(
    threadId: string,
    isGroup: boolean,
    content: Content,
    cliMsgId: string,
    mentions: { pos: number; len: number; uid: string }[],
  ): string {
    const groupId = isGroup ? threadId : undefined;
    const message = this.message("0", this.botName, groupId, content, cliMsgId);
    if (!isGroup) message.idTo = threadId;
    if (isGroup && mentions.length > 0) message.mentions = mentions.map((m) => ({ ...m, type: 0 }));
    this.history[isGroup ? "group" : "user"].push(message);
    // RFS-ADRENO/zca-js#376: Zalo sends the account's own messages back over the websocket.
    if (this.echoOwnMessages) this.push(groupId, message);
    return message.msgId;
  }

  /**
   * READ: content.deleteMsg makes zca-js emit "undo". ASSUMED: msgType "chat.undo", and that
   * the message itself stays in the history.
   */
  recall(from: ZaloPerson, msgId: string, groupId?: string): void {
    const original = this.history[groupId ? "group" : "user"].find((m) => m.msgId === msgId);
    const content = {
      globalMsgId: Number(msgId),
      cliMsgId: Number(original?.cliMsgId ?? 0),
      deleteMsg: 1,
      srcId: from.id,
      destId: groupId ?? this.botId,
    };
    this.push(
      groupId,
      this.message(from.id, from.name, groupId, { msgType: "chat.undo", content }),
    );
  }

  private message(
    uidFrom: string,
    dName: string,
    groupId: string | undefined,
    { msgType, content }: Content,
    cliMsgId = String(this.now()),
  ): WireMessage {
    const msgId = String(this.nextMsgId++);
    const cmd = groupId ? 521 : 501;
    // ASSUMED: a person's message to the bot names it "0", as zca-js's UserMessage fills in.
    const idTo = groupId ?? "0";
    const ts = this.now();
    return wireMessage({ msgId, cliMsgId, uidFrom, idTo, dName, ts, msgType, content, cmd });
  }

  /** READ: 521 carries data.groupMsgs, 501 data.msgs. */
  private push(groupId: string | undefined, message: WireMessage): void {
    const data = groupId ? { groupMsgs: [message] } : { msgs: [message] };
    this.broadcast(groupId ? 521 : 501, { data });
  }

  /** ASSUMED: TQuote's fields filled from the quoted message. */
  private quoteOf(msgId: string, groupId: string | undefined): WireMessage["quote"] {
    const quoted = this.history[groupId ? "group" : "user"].find((m) => m.msgId === msgId);
    return {
      ownerId: quoted?.uidFrom === "0" ? this.botId : (quoted?.uidFrom ?? ""),
      cliMsgId: Number(quoted?.cliMsgId ?? 0),
      globalMsgId: Number(msgId),
      cliMsgType: 1,
      ts: Number(quoted?.ts ?? 0),
      msg: typeof quoted?.content === "string" ? quoted.content : "",
      attach: "",
      fromD: quoted?.dName ?? "",
      ttl: 0,
    };
  }
}
