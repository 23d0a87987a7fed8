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
 * Between two messages to one person: Telegram's one a second, and a margin, because a message
 * reaches Telegram some milliseconds after it leaves and the one before may have taken longer.
 */
const PRIVATE_GAP_MS = 1100;
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
    out: { maxConcurrent: 1, minTime: PRIVATE_GAP_MS },
  });
  return (prev, method, payload, signal) =>
    isMessage(method) ? throttle(prev, method, payload, signal) : prev(method, payload, signal);
}

function isMessage(method: string): boolean {
  return method.startsWith("send") && method !== "sendChatAction";
}
