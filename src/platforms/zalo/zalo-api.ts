import type { EventEmitter } from "node:events";
import type { API } from "zca-js";

/**
 * The part of zca-js's API chibo uses, picked from its own types so that a test fake that
 * implements it is checked by the compiler against the real library.
 */
export type ZaloApi = Pick<
  API,
  | "sendMessage"
  | "createPoll"
  | "getPollDetail"
  | "lockPoll"
  | "getOwnId"
  | "getGroupInfo"
  | "acceptFriendRequest"
  | "getCookie"
> & { listener: ZaloListener };

/** The listener's own methods, and subscribing to its events as any emitter of them does. */
export type ZaloListener = Pick<API["listener"], "start" | "stop" | "requestOldMessages"> &
  Pick<EventEmitter<ZaloListenerEvents>, "on" | "off">;

/** The listener's events, as zca-js declares them. */
export type ZaloListenerEvents =
  API["listener"] extends EventEmitter<infer Events> ? Events : never;

// Zalo numbers users and groups separately: a group's chat id is marked so the two never meet.
const GROUP_PREFIX = "zalo:g";

export function zaloGroupChat(groupId: string): string {
  return `${GROUP_PREFIX}${groupId}`;
}

export function zaloPerson(userId: string): string {
  return `zalo:${userId}`;
}

/** The thread a chat id stands for: a group, or a person's private chat. */
export function zaloThread(chatId: string): { threadId: string; isGroup: boolean } {
  return chatId.startsWith(GROUP_PREFIX)
    ? { threadId: chatId.slice(GROUP_PREFIX.length), isGroup: true }
    : { threadId: chatId.slice("zalo:".length), isGroup: false };
}
