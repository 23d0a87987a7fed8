import { setTimeout as delay } from "node:timers/promises";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import type { Transformer } from "grammy";
import { MINUTE_MS } from "../../domain/durations.js";

/**
 * The least time between two messages, to any chats: under 30 a second. The plugin's default
 * lets 30 go at once, then 30 more when its own one-second timer refills: two bursts that
 * straddle a refill put up to 60 in one second, and Telegram answers 429 (8 of 300 group posts
 * in the benchmark, which then took 17.7 s instead of 10). Spaced 34 ms apart (29.4 a second),
 * no second holds more than 30 even when the network brings them up to 20 ms closer together.
 */
const GLOBAL_GAP_MS = 34;
/**
 * Between two messages to one person: Telegram's one a second, counted from when the one
 * before was answered, not sent. A message reaches Telegram some time after it leaves, and on
 * a loaded machine or network the one before may take longer than this one: spaced by their
 * departures, two could arrive within the second.
 */
const PRIVATE_GAP_MS = 1050;
/** In a group: one a second, and at most 20 a minute (the plugin's default). */
const GROUP = {
  maxConcurrent: 1,
  minTime: 1000,
  reservoir: 20,
  reservoirRefreshAmount: 20,
  reservoirRefreshInterval: MINUTE_MS,
};

/**
 * Telegram's flood limits, as one transformer for every API client of the bot: the answers'
 * and the outbox's clients use the same one (`api.config.use(throttle)`), so that together
 * they stay within the limits. Only messages wait their turn; reading (getChatMember), edits
 * (a live count, spaced already) and answers to button presses are no messages.
 */
export function telegramThrottle(): Transformer {
  const throttle = apiThrottler({
    global: { minTime: GLOBAL_GAP_MS },
    group: GROUP,
    // One person's messages are paced below, after each answer; the plugin only bounds them.
    out: { maxConcurrent: 1, minTime: 0 },
  });
  const toPeople = new PrivatePacer();
  return (prev, method, payload, signal) => {
    if (!isMessage(method)) return prev(method, payload, signal);
    const send = () => throttle(prev, method, payload, signal);
    const chatId = Number((payload as { chat_id?: unknown }).chat_id);
    return chatId > 0 ? toPeople.paced(chatId, send) : send();
  };
}

/** One person's messages one after another, each PRIVATE_GAP_MS after the last was answered. */
class PrivatePacer {
  private readonly tails = new Map<number, Promise<void>>();

  paced<T>(chatId: number, send: () => Promise<T>): Promise<T> {
    const sent = (this.tails.get(chatId) ?? Promise.resolve()).then(send);
    const tail = sent.then(pause, pause);
    this.tails.set(chatId, tail);
    // Only chats with a message under way are kept.
    void tail.then(() => {
      if (this.tails.get(chatId) === tail) this.tails.delete(chatId);
    });
    return sent;
  }
}

const pause = () => delay(PRIVATE_GAP_MS);

function isMessage(method: string): boolean {
  return method.startsWith("send") && method !== "sendChatAction";
}
