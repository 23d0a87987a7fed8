import type { Transformer } from "grammy";
import { describe, expect, it } from "vitest";
import {
  MADE_UP_MS,
  type TelegramLimits,
  telegramThrottle,
} from "../../../src/platforms/telegram/telegram-throttle.js";

/** Telegram's limits shortened, so that a test waits milliseconds where chibo waits seconds. */
const LIMITS: TelegramLimits = {
  globalGapMs: 15,
  privateGapMs: 60,
  groupGapMs: 40,
  groupPerMinute: 3,
  minuteMs: 300,
};
/** A timer may fire up to a millisecond before the clock reads its time. */
const EARLY_MS = 2;

interface Call {
  method: string;
  chatId: number;
  startedAt: number;
  answeredAt: number;
}

/** Telegram as the throttle's next step: records when each call started and was answered. */
function fakeTelegram(answerMs: number, failFor: number[] = []) {
  const calls: Call[] = [];
  const prev = (async (method: string, payload: { chat_id: number }) => {
    const call = { method, chatId: payload.chat_id, startedAt: performance.now(), answeredAt: 0 };
    calls.push(call);
    await new Promise((resolve) => setTimeout(resolve, answerMs));
    call.answeredAt = performance.now();
    if (failFor.includes(payload.chat_id)) throw new Error("Too Many Requests");
    return { ok: true, result: true };
  }) as unknown as Parameters<Transformer>[0];
  return { calls, prev };
}

function send(
  throttle: Transformer,
  prev: Parameters<Transformer>[0],
  method: string,
  chatId: number,
) {
  return throttle(prev, method as never, { chat_id: chatId, text: "x" } as never);
}

describe("Telegram's flood limits", () => {
  it("spaces messages to different chats by the global gap, in the order they came", async () => {
    const { calls, prev } = fakeTelegram(1);
    const throttle = telegramThrottle(LIMITS);
    const chats = [-101, 201, -102, 202, -103, 203, -104, 204, -105, 205];
    await Promise.all(chats.map((chat) => send(throttle, prev, "sendMessage", chat)));
    expect(calls.map((call) => call.chatId)).toEqual(chats);
    // Any n gaps take n gaps' time, less what a late timer's start made up on the next one.
    for (const [i, first] of calls.entries()) {
      for (const [j, later] of calls.entries()) {
        if (j <= i) continue;
        const least = (j - i) * LIMITS.globalGapMs - MADE_UP_MS - EARLY_MS;
        expect(later.startedAt - first.startedAt).toBeGreaterThanOrEqual(least);
      }
    }
  });

  it("sends one person's messages one after another, each a gap after the last was answered", async () => {
    const { calls, prev } = fakeTelegram(20);
    const throttle = telegramThrottle(LIMITS);
    await Promise.all([1, 2, 3].map(() => send(throttle, prev, "sendMessage", 301)));
    expect(calls).toHaveLength(3);
    for (const [i, call] of calls.slice(1).entries()) {
      const before = calls[i]?.answeredAt ?? 0;
      expect(call.startedAt - before).toBeGreaterThanOrEqual(LIMITS.privateGapMs - EARLY_MS);
    }
  });

  it("sends a group's messages one at a time, a gap apart, and no more than the minute allows", async () => {
    const { calls, prev } = fakeTelegram(50);
    const throttle = telegramThrottle(LIMITS);
    await Promise.all([1, 2, 3, 4, 5].map(() => send(throttle, prev, "sendPhoto", -401)));
    expect(calls).toHaveLength(5);
    for (const [i, call] of calls.slice(1).entries()) {
      const before = calls[i];
      // The one before was answered first, and started at least the gap before.
      expect(call.startedAt).toBeGreaterThanOrEqual((before?.answeredAt ?? 0) - EARLY_MS);
      expect(call.startedAt - (before?.startedAt ?? 0)).toBeGreaterThanOrEqual(
        LIMITS.groupGapMs - EARLY_MS,
      );
    }
    // The fourth waits for the first to be a minute old, the fifth for the second.
    for (const later of [3, 4]) {
      const since = (calls[later]?.startedAt ?? 0) - (calls[later - 3]?.startedAt ?? 0);
      expect(since).toBeGreaterThanOrEqual(LIMITS.minuteMs - EARLY_MS);
    }
  });

  it("lets edits, presses' answers, typing and reads through while messages wait", async () => {
    const { calls, prev } = fakeTelegram(1);
    const throttle = telegramThrottle(LIMITS);
    const queued = [1, 2, 3].map(() => send(throttle, prev, "sendMessage", -501));
    const others = ["editMessageText", "answerCallbackQuery", "sendChatAction", "getChatMember"];
    await Promise.all(others.map((method) => send(throttle, prev, method, -501)));
    await Promise.all(queued);
    // Only the first message had gone when the others were answered.
    expect(calls.map((call) => call.method)).toEqual([
      ...others,
      "sendMessage",
      "sendMessage",
      "sendMessage",
    ]);
  });

  it("goes on with a chat's next message after one failed", async () => {
    const { calls, prev } = fakeTelegram(1, [-601, 602]);
    const throttle = telegramThrottle(LIMITS);
    for (const chat of [-601, 602]) {
      const results = await Promise.allSettled(
        [1, 2].map(() => send(throttle, prev, "sendMessage", chat)),
      );
      expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    }
    expect(calls.map((call) => call.chatId)).toEqual([-601, -601, 602, 602]);
  });
});
