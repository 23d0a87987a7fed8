import type { Logger } from "pino";
import {
  FriendEventType,
  type GroupEvent,
  GroupEventType,
  type Message,
  ThreadType,
  type FriendEvent as ZaloFriendEvent,
} from "zca-js";
import type { App } from "../../app.js";
import { canManageRoster } from "../../domain/member-rules.js";
import type { Incoming } from "../../messages/incoming.js";
import type { Reply } from "../../messages/reply.js";
import { handOver } from "../../outbox/hand-over.js";
import type { Deliverer } from "../../outbox/outbox-sender.js";
import { ReplySender } from "../send-reply.js";
import { befriendHint } from "./befriend.js";
import { ZaloPollReader } from "./poll-sync.js";
import type { SendQueue } from "./send-queue.js";
import { isRecall, toIncoming } from "./to-incoming.js";
import { zaloAdapter } from "./zalo-adapter.js";
import { type ZaloApi, zaloGroupChat, zaloPerson } from "./zalo-api.js";
import { zaloDeliverer } from "./zalo-deliverer.js";
import { zaloFailureKind } from "./zalo-errors.js";
import { isNewer, isRecent } from "./zalo-history.js";
import { ZALO, ZaloSession, type ZaloSessionOptions } from "./zalo-session.js";

export { ZALO };

const LEAVING = [GroupEventType.LEAVE, GroupEventType.REMOVE_MEMBER, GroupEventType.BLOCK_MEMBER];

export interface ZaloBotOptions {
  login: ZaloSessionOptions["login"];
  /** The router and what answers are made with. */
  app: Pick<App, "router" | "services" | "translator" | "documents">;
  queue: SendQueue;
  log: Logger;
  timings?: ZaloSessionOptions["timings"];
  /** How long a message with a file may hold the queue (tests shorten it). */
  fileTimeoutMs?: number;
  /** The most strangers the account writes to privately in a day (ZALO_STRANGER_DAILY_CAP). */
  strangerCap: number;
  onEnded?(): void;
  onBack?(): void;
}

export interface RunningZaloBot {
  session: ZaloSession;
  /** The outbox's way out to Zalo, through the same queue and session. */
  deliverer: Deliverer;
  /** Reads back the open polls that are due (before the scheduler's jobs). */
  syncPolls(): Promise<void>;
  /** Settles once every message received so far has been answered. */
  idle(): Promise<void>;
  stop(): void;
}

/**
 * The Zalo adapter: zca-js's listener in, the router's replies out through the send queue.
 * The session (zalo-session.ts) keeps it logged in and connected; here each message is read,
 * answered once, in the order it came, and what Zalo sends again after a reconnection is
 * skipped when it was seen already, is the bot's own, was recalled, or is too old.
 */
export function startZaloBot(options: ZaloBotOptions): RunningZaloBot {
  const { log, queue, fileTimeoutMs } = options;
  const { router, services, translator, documents } = options.app;
  const { posted, clock } = services;
  const status = services.platforms;
  const titles = new Map<string, string>();
  const polls = new ZaloPollReader(queue, services, log);
  let handling: Promise<void> = Promise.resolve();

  const session: ZaloSession = new ZaloSession({
    login: options.login,
    services,
    log,
    timings: options.timings,
    onEnded: options.onEnded,
    onBack: options.onBack,
    attach(api) {
      const { listener } = api;
      listener.on("message", (message) => receive(api, message, "live"));
      listener.on("old_messages", (messages) => {
        for (const message of messages) receive(api, message, "history");
      });
      listener.on("group_event", (event) => guard(() => onGroupEvent(api, event)));
      listener.on("friend_event", (event) => guard(() => onFriendEvent(api, event)));
    },
    onConnected(api) {
      // Whatever came while the connection was down, from where reading stopped; on a first
      // start there is nothing to catch up on (old commands are not answered as if new).
      const cursor = status.get(ZALO)?.cursor ?? {};
      if (cursor.group) api.listener.requestOldMessages(ThreadType.Group, cursor.group);
      if (cursor.user) api.listener.requestOldMessages(ThreadType.User, cursor.user);
    },
  });

  // How answers and the outbox's messages go out: the same session, queue, words and files. An
  // answer waits out a "too many requests"; the outbox leaves it for a later beat.
  const sending = (retry: boolean) =>
    new ReplySender(
      zaloAdapter({
        api: () => session.api,
        queue,
        connected: () => session.connected,
        retry,
        fileTimeoutMs,
        groupInfo: (groupId) => {
          const api = session.api;
          return api ? groupInfo(api, groupId) : Promise.resolve(undefined);
        },
      }),
      { translator, documents, posted, clock },
    );
  const answers = sending(true);

  function groupInfo(api: ZaloApi, groupId: string) {
    return queue
      .run(() => api.getGroupInfo(groupId))
      .then((answer) => {
        const info = answer.gridInfoMap[groupId];
        if (info) titles.set(groupId, info.name);
        return info;
      });
  }

  async function groupTitle(api: ZaloApi, groupId: string): Promise<string> {
    return titles.get(groupId) ?? (await groupInfo(api, groupId))?.name ?? groupId;
  }

  /** Whether a message is one to answer now: not seen before, not our own, not stale. */
  function fresh(message: Message, from: "live" | "history"): boolean {
    if (from === "live") return true;
    if (message.isSelf || isRecall(message)) return false;
    const kind = message.type === ThreadType.Group ? "group" : "user";
    const cursor = status.get(ZALO)?.cursor?.[kind];
    return isNewer(message.data.msgId, cursor) && isRecent(message.data.ts, services.clock.now());
  }

  async function answer(api: ZaloApi, message: Message, from: "live" | "history") {
    if (!fresh(message, from)) return;
    const isGroup = message.type === ThreadType.Group;
    const kind = isGroup ? "group" : "user";
    if (isNewer(message.data.msgId, status.get(ZALO)?.cursor?.[kind])) {
      status.advance(ZALO, kind, message.data.msgId, services.clock.now());
    }
    const title = isGroup ? await groupTitle(api, message.threadId) : "";
    const incoming = toIncoming(message, title, api.getOwnId());
    if (incoming) await handle(api, incoming);
  }

  async function handle(api: ZaloApi, incoming: Incoming): Promise<void> {
    // A secretary may close a poll by hand: the votes until now are read first.
    const manager = services.members.byPerson(incoming.person.id);
    if (incoming.chat.kind === "private" && manager && canManageRoster(manager)) {
      await polls.sync(api, { cellId: manager.cellId });
    }
    const replies = await router.handle(incoming, answers.adapter);
    const hint = befriendHint(services, incoming);
    if (hint) withHint(replies, hint);
    for (const reply of replies) await send(reply);
    router.repliesDelivered(incoming.updateKey);
  }

  /** The hint goes under the last answer in the same chat, or alone when there is none. */
  function withHint(replies: Reply[], hint: Reply): void {
    const last = replies.findLast((reply) => reply.chatId === hint.chatId && !reply.poll);
    if (!last) return void replies.push(hint);
    last.parts = [...last.parts, ...hint.parts];
    last.mentions = [...(last.mentions ?? []), ...(hint.mentions ?? [])];
  }

  /** An answer that cannot go now is handed to the outbox, which tries again later. */
  async function send(reply: Reply): Promise<void> {
    const progress = { sentParts: 0 };
    try {
      await answers.send(reply, progress);
    } catch (error) {
      log.warn({ chat: reply.chatId, err: error }, "zalo reply not sent now");
      const kind = zaloFailureKind(error);
      if (kind === "session-gone") session.sessionGone();
      handOver(services, reply, {
        sentParts: progress.sentParts,
        worthRetrying: kind !== "rejected",
      });
    }
  }

  /** One message at a time, in the order they came. */
  function receive(api: ZaloApi, message: Message, from: "live" | "history"): void {
    handling = handling
      .then(() => answer(api, message, from))
      .catch((error: unknown) => log.error({ err: error }, "zalo message failed"));
  }

  /** Someone left or joined a group: the bot itself (the link follows), or a member who left. */
  function onGroupEvent(api: ZaloApi, event: GroupEvent): void {
    const leaving = LEAVING.includes(event.type);
    if (!(leaving || event.type === GroupEventType.JOIN)) return;
    if (!("updateMembers" in event.data) || !("sourceId" in event.data)) return;
    const { groupId, sourceId, time, groupName, updateMembers } = event.data;
    for (const { id } of updateMembers ?? []) {
      const own = String(id) === api.getOwnId();
      if (!leaving && !own) continue;
      const incoming: Incoming = {
        platform: "zalo",
        updateKey: `zalo:group:${groupId}:${event.act}:${time}:${id}`,
        chat: { id: zaloGroupChat(groupId), kind: "group", title: groupName },
        person: { id: zaloPerson(String(sourceId)), displayName: "" },
        content: own
          ? { type: leaving ? "bot-removed" : "bot-added" }
          : { type: "member-left", personId: zaloPerson(String(id)) },
      };
      handling = handling.then(() => handle(api, incoming)).catch(() => undefined);
    }
  }

  /** A member asked to be the bot's friend: accepted, so that private messages reach them. */
  function onFriendEvent(api: ZaloApi, event: ZaloFriendEvent): void {
    if (event.type !== FriendEventType.REQUEST || event.isSelf) return;
    const from = String(event.data.fromUid);
    queue
      .run(() => api.acceptFriendRequest(from))
      .then(() => services.zaloContacts.befriend(zaloPerson(from), services.clock.now()))
      .catch((error: unknown) => log.warn({ err: error }, "zalo friend not accepted"));
  }

  function guard(work: () => void): void {
    try {
      work();
    } catch (error) {
      log.error({ err: error }, "zalo event failed");
    }
  }

  void session.start();
  return {
    session,
    deliverer: zaloDeliverer({
      sender: sending(false),
      services,
      session,
      strangerCap: options.strangerCap,
    }),
    syncPolls: () => polls.sync(session.api),
    idle: () => handling,
    stop: () => session.stop(),
  };
}
