import type { Logger } from "pino";
import { CloseReason, type Message, ThreadType } from "zca-js";
import type { DocumentMaker } from "../../documents/document-request.js";
import type { Router, RouterPlatform } from "../../engine/router.js";
import type { Services } from "../../engine/services.js";
import type { Translator } from "../../i18n.js";
import { tellOperators } from "./operator-notice.js";
import type { SendQueue } from "./send-queue.js";
import { sendZaloReply } from "./send-reply.js";
import { toIncoming } from "./to-incoming.js";
import { type ZaloApi, zaloThread } from "./zalo-api.js";

export const ZALO = "zalo";

/** No self-update check at start (the version is pinned), and our own messages are not read. */
export const zaloOptions = { checkUpdate: false, selfListen: false, logging: false };

/**
 * Waits between reconnection attempts. After the last one the session is taken as expired and
 * the operators are told; attempts go on at the last pause, in case it was only the network.
 */
const RECONNECT_DELAYS_MS = [1_000, 5_000, 15_000, 60_000, 120_000, 300_000, 300_000, 300_000];

export interface ZaloBotOptions {
  api: ZaloApi;
  router: Router;
  services: Services;
  translator: Translator;
  queue: SendQueue;
  documents: DocumentMaker;
  log: Logger;
  reconnectDelaysMs?: number[];
  /** Called once when the session is kicked out or taken as expired. */
  onSessionEnded?: () => void;
}

export interface RunningZaloBot {
  /** Settles once every message received so far has been answered. */
  idle(): Promise<void>;
  stop(): void;
}

/**
 * The Zalo adapter: zca-js's listener in, the router's replies out through the send queue.
 * It is supervised: a dropped connection is reopened with growing pauses and the messages
 * missed meanwhile are fetched (the router drops the ones already answered); a session taken
 * over by another Zalo Web login, or one that no longer connects, stops it and the operators
 * are told that a new QR scan is needed. Telegram and the scheduler go on meanwhile.
 */
export function startZaloBot(options: ZaloBotOptions): RunningZaloBot {
  const { api, router, services, log } = options;
  const { listener } = api;
  const delays = options.reconnectDelaysMs ?? RECONNECT_DELAYS_MS;
  const status = services.platforms;
  const titles = new Map<string, string>();
  let attempts = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let handling: Promise<void> = Promise.resolve();

  const platform: RouterPlatform = {
    hasButtons: false,
    // A Zalo account may write to anyone; those it cannot reach are named in the group.
    canWriteFirst: true,
    async isChatAdmin(chatId, personId) {
      const { threadId } = zaloThread(chatId);
      const info = (await api.getGroupInfo(threadId)).gridInfoMap[threadId];
      const uid = zaloThread(personId).threadId;
      return info !== undefined && (info.creatorId === uid || info.adminIds.includes(uid));
    },
  };

  async function groupTitle(groupId: string): Promise<string> {
    let title = titles.get(groupId);
    if (title === undefined) {
      title = (await api.getGroupInfo(groupId)).gridInfoMap[groupId]?.name ?? groupId;
      titles.set(groupId, title);
    }
    return title;
  }

  async function answer(message: Message): Promise<void> {
    const isGroup = message.type === ThreadType.Group;
    const incoming = toIncoming(message, isGroup ? await groupTitle(message.threadId) : "");
    status.advance(ZALO, isGroup ? "group" : "user", message.data.msgId, services.clock.now());
    if (!incoming) return;
    const replies = await router.handle(incoming, platform);
    for (const reply of replies) {
      try {
        await sendZaloReply({ ...options, posted: services.posted, clock: services.clock }, reply);
      } catch (error) {
        log.warn({ chat: reply.chatId, err: describe(error) }, "zalo reply not sent");
      }
    }
  }

  /** One message at a time, in the order they came. */
  function receive(message: Message): void {
    handling = handling
      .then(() => answer(message))
      .catch((error: unknown) => log.error({ err: describe(error) }, "zalo message failed"));
  }

  listener.on("message", receive);
  listener.on("old_messages", (messages) => {
    for (const message of messages) receive(message);
  });
  listener.on("connected", () => log.info("zalo connected"));
  // The session is really up once Zalo sends the key its messages are encrypted with.
  listener.on("cipher_key", () => {
    attempts = 0;
    guard("status", () => {
      status.set(ZALO, "ok", null, services.clock.now());
      // Whatever came while the connection was down, from where reading stopped; on a first
      // start there is nothing to catch up on (old commands are not answered as if new).
      const cursor = status.get(ZALO)?.cursor ?? {};
      if (cursor.group) listener.requestOldMessages(ThreadType.Group, cursor.group);
      if (cursor.user) listener.requestOldMessages(ThreadType.User, cursor.user);
    });
  });
  listener.on("closed", (code) => {
    if (stopped) return;
    if (code === CloseReason.DuplicateConnection || code === CloseReason.KickConnection) {
      return endSession("kicked", String(code));
    }
    reconnect(String(code));
  });
  listener.on("error", (error) => {
    log.warn({ err: describe(error) }, "zalo listener error");
  });

  /** Listener callbacks run outside any promise: a failure there must not end the process. */
  function guard(what: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      log.error({ what, err: describe(error) }, "zalo supervision step failed");
    }
  }

  function reconnect(detail: string): void {
    const delay = delays[Math.min(attempts, delays.length - 1)] ?? 300_000;
    attempts += 1;
    guard("status", () => {
      if (attempts > delays.length) endSession("expired", detail, false);
      else status.set(ZALO, "reconnecting", detail, services.clock.now());
    });
    log.warn(
      { code: detail, attempt: attempts, inMs: delay },
      "zalo connection lost; reconnecting",
    );
    timer = setTimeout(() => {
      if (!stopped) listener.start({ retryOnClose: false });
    }, delay);
  }

  /** Tells once that a new QR scan is needed; a kicked session also stops listening. */
  function endSession(state: "kicked" | "expired", detail: string, stop = true): void {
    if (stop) {
      stopped = true;
      listener.stop();
    }
    guard("session end", () => {
      if (!status.set(ZALO, state, detail, services.clock.now())) return;
      log.error({ state, code: detail }, "zalo session ended: log in again with `zalo login`");
      services.transaction(() => tellOperators(services, state));
      options.onSessionEnded?.();
    });
  }

  listener.start({ retryOnClose: false });
  return {
    idle: () => handling,
    stop() {
      stopped = true;
      clearTimeout(timer);
      listener.stop();
    },
  };
}

/** What may be logged of a Zalo error: its code and class, never the message it was sending. */
export function describe(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    return { name: error.name, code: (error as { code?: unknown }).code ?? null };
  }
  return { error: String(error) };
}
