import { setTimeout as delay } from "node:timers/promises";
import type { Transformer } from "grammy";
import { MINUTE_MS } from "../../domain/durations.js";

/** Telegram's flood limits, as chibo keeps them (tests shorten them). */
export interface TelegramLimits {
  /**
   * The least time between two messages, to any chats: under 30 a second. Letting 30 go at
   * once, then 30 more a second later, puts up to 60 in one second when the two bursts straddle
   * the refill, and Telegram answers 429 (8 of 300 group posts in the benchmark, which then took
   * 17.7 s instead of 10). Spaced 34 ms apart (29.4 a second), no second holds more than 30
   * even when the network brings them up to 20 ms closer together.
   */
  globalGapMs: number;
  /**
   * Between two messages to one person: Telegram's one a second, counted from when the one
   * before was answered, not sent. A message reaches Telegram some time after it leaves, and on
   * a loaded machine or network the one before may take longer than this one: spaced by their
   * departures, two could arrive within the second.
   */
  privateGapMs: number;
  /** In a group: one at a time, a second from one start to the next... */
  groupGapMs: number;
  /** ...and at most this many in any minute. */
  groupPerMinute: number;
  minuteMs: number;
}

export const TELEGRAM_LIMITS: TelegramLimits = {
  globalGapMs: 34,
  privateGapMs: 1050,
  groupGapMs: 1000,
  groupPerMinute: 20,
  minuteMs: MINUTE_MS,
};

/**
 * Telegram's flood limits, as one transformer for every API client of the bot: the answers'
 * and the outbox's clients use the same one (`api.config.use(throttle)`), so that together
 * they stay within the limits. Only messages wait their turn; reading (getChatMember), edits
 * (a live count, spaced already) and answers to button presses are no messages.
 *
 * Written here rather than with @grammyjs/transformer-throttler: its Bottleneck limiters (one
 * per chat, chained to a global one, each group's woken four times a second for its minute's
 * count) allocated 46 MB while chibo answered 330 updates, and raised its peak memory by 15 MB
 * (the quick benchmark's load). A wait here is one timer.
 */
export function telegramThrottle(limits: TelegramLimits = TELEGRAM_LIMITS): Transformer {
  const global = new Spacing(limits.globalGapMs);
  const people = new PrivatePacer(limits.privateGapMs);
  const groups = new GroupPacer(limits);
  return (prev, method, payload, signal) => {
    if (!isMessage(method)) return prev(method, payload, signal);
    const send = async () => {
      await global.turn();
      return prev(method, payload, signal);
    };
    const chatId = Number((payload as { chat_id?: unknown }).chat_id);
    return chatId < 0 ? groups.paced(chatId, send) : people.paced(chatId, send);
  };
}

/**
 * A timer fires a little after its time: a start that late is made up on the next one, so that
 * 300 posts take 300 gaps, not 300 gaps and 300 of these. Thirty gaps less this still exceed a
 * second: no second holds more than 30.
 */
export const MADE_UP_MS = 3;

/**
 * Starts `gapMs` apart, in the order they are asked for; any number may be under way. Each
 * waits for the one before to have started: a timer that fires later than MADE_UP_MS (a busy
 * event loop) delays the ones after it rather than bunching them up.
 */
class Spacing {
  /** When the last start went, and when the next one is due. */
  private last = Number.NEGATIVE_INFINITY;
  private due = Number.NEGATIVE_INFINITY;
  private queue = Promise.resolve();

  constructor(private readonly gapMs: number) {}

  /** Resolves when this start may go. */
  turn(): Promise<void> {
    this.queue = this.queue.then(async () => {
      const at = Math.max(this.due, this.last + this.gapMs - MADE_UP_MS);
      const wait = at - Date.now();
      if (wait > 0) await delay(wait);
      this.last = Date.now();
      this.due = at + this.gapMs;
    });
    return this.queue;
  }
}

/** One person's messages one after another, each `gapMs` after the last was answered. */
class PrivatePacer {
  private readonly tails = new Map<number, Promise<void>>();

  constructor(private readonly gapMs: number) {}

  paced<T>(chatId: number, send: () => Promise<T>): Promise<T> {
    const sent = (this.tails.get(chatId) ?? Promise.resolve()).then(send);
    const pause = () => delay(this.gapMs);
    const tail = sent.then(pause, pause);
    this.tails.set(chatId, tail);
    // Only chats with a message under way are kept.
    void tail.then(() => {
      if (this.tails.get(chatId) === tail) this.tails.delete(chatId);
    });
    return sent;
  }
}

interface Group {
  /** Settles when the last message asked for has been answered or has failed. */
  tail: Promise<void>;
  waiting: number;
  /** When the last `groupPerMinute` messages started, oldest first. */
  starts: number[];
}

/**
 * One group's messages one after another (the next starts once the one before was answered),
 * a start at least `groupGapMs` after the one before, and no more than `groupPerMinute` starts
 * in any minute.
 */
class GroupPacer {
  private readonly groups = new Map<number, Group>();
  private swept = Date.now();

  constructor(private readonly limits: TelegramLimits) {}

  paced<T>(chatId: number, send: () => Promise<T>): Promise<T> {
    this.sweep();
    let group = this.groups.get(chatId);
    if (!group) {
      group = { tail: Promise.resolve(), waiting: 0, starts: [] };
      this.groups.set(chatId, group);
    }
    const own = group;
    own.waiting += 1;
    const sent = own.tail.then(async () => {
      const wait = this.nextStart(own.starts) - Date.now();
      if (wait > 0) await delay(wait);
      own.starts.push(Date.now());
      if (own.starts.length > this.limits.groupPerMinute) own.starts.shift();
      return send();
    });
    const settle = () => {
      own.waiting -= 1;
    };
    own.tail = sent.then(settle, settle);
    return sent;
  }

  private nextStart(starts: number[]): number {
    const { groupGapMs, groupPerMinute, minuteMs } = this.limits;
    const last = starts.at(-1) ?? Number.NEGATIVE_INFINITY;
    const minuteAgo =
      starts.length >= groupPerMinute ? (starts[0] ?? 0) + minuteMs : Number.NEGATIVE_INFINITY;
    return Math.max(last + groupGapMs, minuteAgo);
  }

  /** Once a minute: groups with nothing waiting and no start within the minute are forgotten. */
  private sweep(): void {
    const now = Date.now();
    if (now - this.swept < this.limits.minuteMs) return;
    this.swept = now;
    for (const [chatId, group] of this.groups) {
      const last = group.starts.at(-1) ?? Number.NEGATIVE_INFINITY;
      if (group.waiting === 0 && now - last >= this.limits.minuteMs) this.groups.delete(chatId);
    }
  }
}

function isMessage(method: string): boolean {
  return method.startsWith("send") && method !== "sendChatAction";
}
