import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Reply } from "../../../src/messages/reply.js";
import { RefreshCoalescer } from "../../../src/platforms/telegram/refresh-coalescer.js";

const count = (chatId: string, anchor: string, present: number): Reply => ({
  chatId,
  anchor,
  refresh: true,
  parts: [{ key: "verbatim", args: { text: `Có mặt: ${present}` } }],
});
const shown = (reply: Reply) => reply.parts[0]?.args?.text;

describe("a live count on Telegram", () => {
  let sent: Reply[];
  let coalescer: RefreshCoalescer;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    coalescer = new RefreshCoalescer(
      3000,
      async (reply) => void sent.push(reply),
      pino({ level: "silent" }),
    );
  });
  afterEach(() => vi.useRealTimers());

  it("is edited once per pause, to the newest count, whatever came in between", async () => {
    for (const present of [1, 2, 3]) coalescer.schedule(count("tg:-1", "checkin:1", present));
    await vi.advanceTimersByTimeAsync(2999);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map(shown)).toEqual(["Có mặt: 3"]);

    coalescer.schedule(count("tg:-1", "checkin:1", 4));
    await vi.advanceTimersByTimeAsync(3000);
    expect(sent.map(shown)).toEqual(["Có mặt: 3", "Có mặt: 4"]);
  });

  it("keeps each message's count apart", async () => {
    coalescer.schedule(count("tg:-1", "checkin:1", 5));
    coalescer.schedule(count("tg:-2", "checkin:1", 7));
    coalescer.schedule(count("tg:-1", "meeting:1", 2));
    coalescer.schedule(count("tg:-1", "checkin:1", 6));
    await vi.advanceTimersByTimeAsync(3000);
    expect(sent.map((reply) => [reply.chatId, reply.anchor, shown(reply)])).toEqual([
      ["tg:-1", "checkin:1", "Có mặt: 6"],
      ["tg:-2", "checkin:1", "Có mặt: 7"],
      ["tg:-1", "meeting:1", "Có mặt: 2"],
    ]);
  });
});
