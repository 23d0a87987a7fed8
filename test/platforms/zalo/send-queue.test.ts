import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ThreadType, ZaloApiError } from "zca-js";
import type { Text } from "../../../src/i18n.js";
import type { Reply } from "../../../src/messages/reply.js";
import { CALL_TIMEOUT_MS, SendQueue } from "../../../src/platforms/zalo/send-queue.js";
import { ZALO_MAX_TEXT } from "../../../src/platforms/zalo/zalo-adapter.js";
import { isRateLimited, ZaloSendError } from "../../../src/platforms/zalo/zalo-errors.js";
import { startZaloRig, type ZaloRig } from "../../support/zalo-rig.js";

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rateLimited = () => new ZaloApiError("Vượt quá số request cho phép", 221);

/**
 * Timings are measured with Date.now() and checked with a margin below (a timer may fire a
 * millisecond early) and none above (a loaded machine may be slow): never exact.
 */
const EARLY = 5;

/** A call that records when it ran and whether another ran at the same time. */
function recorder() {
  const runs: { start: number; end: number }[] = [];
  let active = 0;
  let overlapped = false;
  const call =
    <T>(value: T, ms = 10, error?: unknown) =>
    async (): Promise<T> => {
      active += 1;
      if (active > 1) overlapped = true;
      const start = Date.now();
      await delay(ms);
      runs.push({ start, end: Date.now() });
      active -= 1;
      if (error) throw error;
      return value;
    };
  return { runs, call, overlapped: () => overlapped };
}

describe("the Zalo send queue", () => {
  it("runs calls one at a time, in order, at least the gap apart", async () => {
    const queue = new SendQueue(30, isRateLimited);
    const { runs, call, overlapped } = recorder();
    const started = Date.now();
    const results = await Promise.all([1, 2, 3, 4].map((n) => queue.run(call(n))));
    expect(results).toEqual([1, 2, 3, 4]);
    expect(overlapped()).toBe(false);
    for (const [index, run] of runs.entries()) {
      const previous = runs[index - 1];
      if (previous) expect(run.start - previous.end).toBeGreaterThanOrEqual(30 - EARLY);
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * 30 + 4 * 10 - EARLY);
  });

  it("keeps the gap for a call that comes while another is waiting its turn", async () => {
    const queue = new SendQueue(30, isRateLimited);
    const { runs, call } = recorder();
    const first = queue.run(call("a"));
    await delay(5);
    await Promise.all([first, queue.run(call("b"))]);
    const [a, b] = runs;
    expect(b && a && b.start - a.end).toBeGreaterThanOrEqual(30 - EARLY);
  });

  it("retries a rate-limited call after each pause of its list, then gives up", async () => {
    const pauses: number[] = [];
    const queue = new SendQueue(0, isRateLimited, [10, 20], async (ms) => {
      pauses.push(ms);
    });
    let calls = 0;
    const error = rateLimited();
    await expect(
      queue.run(async () => {
        calls += 1;
        throw error;
      }),
    ).rejects.toBe(error);
    expect(calls).toBe(3);
    expect(pauses).toEqual([10, 20]);
  });

  it("succeeds on a retry, having really waited its pauses", async () => {
    const queue = new SendQueue(0, isRateLimited, [20, 40]);
    let calls = 0;
    const started = Date.now();
    const value = await queue.run(async () => {
      calls += 1;
      if (calls < 3) throw rateLimited();
      return "sent";
    });
    expect(value).toBe("sent");
    expect(calls).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(20 + 40 - EARLY);
  });

  it("does not retry other errors", async () => {
    const pauses: number[] = [];
    const queue = new SendQueue(0, isRateLimited, [10, 20], async (ms) => {
      pauses.push(ms);
    });
    for (const error of [
      new ZaloApiError("Không thể nhận tin nhắn từ bạn", 114),
      // A request Zalo could not read: the outbox tries it once more, the queue does not.
      new ZaloApiError("Retry limit", -69),
      new Error("socket hang up"),
    ]) {
      let calls = 0;
      await expect(
        queue.run(async () => {
          calls += 1;
          throw error;
        }),
      ).rejects.toBe(error);
      expect(calls).toBe(1);
    }
    expect(pauses).toEqual([]);
  });

  it("goes on after a failed call, still keeping the gap after it", async () => {
    const queue = new SendQueue(30, isRateLimited);
    const { runs, call } = recorder();
    const failure = new ZaloApiError("Tham số không hợp lệ", 114);
    const failed = queue.run(call("lost", 10, failure));
    const next = queue.run(call("sent"));
    const after = queue.run(call("also sent"));
    await expect(failed).rejects.toBe(failure);
    await expect(next).resolves.toBe("sent");
    await expect(after).resolves.toBe("also sent");
    const [first, second] = runs;
    expect(second && first && second.start - first.end).toBeGreaterThanOrEqual(30 - EARLY);
  });

  it("keeps the gap before a retry too, when the pause is shorter than the gap", async () => {
    const queue = new SendQueue(60, isRateLimited, [5]);
    const { runs, call } = recorder();
    let calls = 0;
    const value = await queue.run(() => {
      calls += 1;
      return call("sent", 10, calls === 1 ? rateLimited() : undefined)();
    });
    expect(value).toBe("sent");
    const [refused, retried] = runs;
    expect(retried && refused && retried.start - refused.end).toBeGreaterThanOrEqual(60 - EARLY);
  });

  it("fails a call that never settles with a timeout, and runs the next call", async () => {
    const queue = new SendQueue(0, isRateLimited);
    const hung = queue.run(() => new Promise<string>(() => {}), { timeoutMs: 40 });
    const next = queue.run(async () => "sent");
    await expect(hung).rejects.toThrow(ZaloSendError);
    await expect(hung).rejects.toMatchObject({ name: "ZaloSendError", reason: "timeout" });
    await expect(next).resolves.toBe("sent");
  });

  it("holds the queue for a call that names no time until CALL_TIMEOUT_MS, no longer", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    try {
      const queue = new SendQueue(0, isRateLimited);
      const hung = queue.run(() => new Promise<string>(() => {}));
      const failed = hung.catch((error: unknown) => error);
      let nextRan = false;
      const next = queue.run(async () => {
        nextRan = true;
        return "sent";
      });
      await vi.advanceTimersByTimeAsync(CALL_TIMEOUT_MS - 1);
      // The hung call still holds the queue: the next one waits its turn.
      expect(nextRan).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const error = await failed;
      expect(error).toBeInstanceOf(ZaloSendError);
      expect(error).toMatchObject({ reason: "timeout" });
      await expect(next).resolves.toBe("sent");
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("isRateLimited", () => {
  it("knows Zalo's too-many-requests refusals", () => {
    expect(isRateLimited(new ZaloApiError("Vượt quá số request cho phép", 221))).toBe(true);
    expect(isRateLimited(new ZaloApiError("Anything", 221))).toBe(true);
    expect(isRateLimited(new ZaloApiError("Bạn đã gửi vượt quá số lượng tin nhắn cho phép"))).toBe(
      true,
    );
    expect(isRateLimited(new ZaloApiError("Too many requests", 0))).toBe(true);
  });

  it("takes nothing else for one", () => {
    // -69 "Retry limit" is mostly a request Zalo could not read: not a reason to slow down.
    expect(isRateLimited(new ZaloApiError("Retry limit", -69))).toBe(false);
    expect(isRateLimited(new ZaloApiError("Anything", -69))).toBe(false);
    expect(isRateLimited(new ZaloApiError("Không thể nhận tin nhắn từ bạn", 114))).toBe(false);
    expect(isRateLimited(new ZaloApiError("Không thể nhận tin nhắn từ bạn.", 123))).toBe(false);
    expect(isRateLimited(new ZaloApiError("Tham số không hợp lệ", -68))).toBe(false);
    expect(isRateLimited(new ZaloApiError("Poll not found", 404))).toBe(false);
    expect(isRateLimited(new ZaloSendError("timeout"))).toBe(false);
    // Only Zalo's own errors: a network failure that mentions the limit is not Zalo's answer.
    expect(isRateLimited(new Error("Vượt quá số request cho phép"))).toBe(false);
    expect(isRateLimited("vượt quá")).toBe(false);
    expect(isRateLimited(undefined)).toBe(false);
  });
});

describe("a long reply on Zalo", () => {
  let rig: ZaloRig;
  beforeEach(async () => {
    rig = await startZaloRig();
  });
  afterEach(() => rig.stop());

  const verbatim = (text: string): Text => ({ key: "verbatim", args: { text } });
  const send = (reply: Reply) => rig.bot.deliverer.deliver(reply, { sentParts: 0 });
  /** Paragraph i: its number, then filler with characters that HTML escapes. */
  const paragraph = (i: number, length: number) => `Đoạn ${i}: ${"a & b < c ".repeat(length / 10)}`;

  it("is split into messages of at most 2000 characters, the numbered list under the last", async () => {
    const paragraphs = Array.from({ length: 14 }, (_, i) => paragraph(i + 1, 300));
    await send({
      chatId: "zalo:101",
      parts: paragraphs.map(verbatim),
      choices: [
        { label: verbatim("Đồng ý"), value: "x:1" },
        { label: verbatim("Không đồng ý"), value: "x:2" },
      ],
    });
    const sent = rig.zalo.sent;
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const message of sent) {
      expect(message.threadId).toBe("101");
      expect(message.type).toBe(ThreadType.User);
      expect(message.text.length).toBeLessThanOrEqual(ZALO_MAX_TEXT);
    }
    // Nothing lost, nothing repeated, in order; plain text, not HTML.
    const joined = sent.map((m) => m.text).join("\n");
    expect(joined.split("\n").filter((line) => line.startsWith("Đoạn"))).toEqual(paragraphs);
    expect(joined).not.toContain("&amp;");
    const lastText = sent.at(-1)?.text ?? "";
    expect(lastText).toContain("  1. Đồng ý\n  2. Không đồng ý\nTrả lời bằng một số: 1, 2.");
    expect(lastText.endsWith("Trả lời bằng một số: 1, 2.")).toBe(true);
    for (const message of sent.slice(0, -1)) expect(message.text).not.toContain("1. Đồng ý");
  });

  it("cuts one paragraph longer than a message, and a line longer than a message", async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `Dòng ${i + 1}: ${"x".repeat(100)}`);
    const endless = `Liền một dòng: ${"y".repeat(4500)}`;
    await send({
      chatId: "zalo:g5550001",
      parts: [verbatim(lines.join("\n")), verbatim(endless)],
      choices: [{ label: verbatim("Xong"), value: "x:1" }],
    });
    const sent = rig.zalo.sent;
    for (const message of sent) {
      expect(message.threadId).toBe("5550001");
      expect(message.type).toBe(ThreadType.Group);
      expect(message.text.length).toBeLessThanOrEqual(ZALO_MAX_TEXT);
    }
    const joined = sent.map((m) => m.text).join("\n");
    for (const line of lines) expect(joined).toContain(line);
    expect(joined.replace(/[^y]/g, "")).toHaveLength(4500);
    expect(sent.at(-1)?.text).toContain("  1. Xong\nTrả lời bằng một số: 1.");
  });

  it("sends the list on its own when it does not fit under the last part", async () => {
    // The text fills one message nearly to the limit: the list cannot go under it.
    await send({
      chatId: "zalo:101",
      parts: [verbatim("z".repeat(ZALO_MAX_TEXT - 10))],
      choices: [
        { label: verbatim("Một"), value: "x:1" },
        { label: verbatim("Hai"), value: "x:2" },
      ],
    });
    const texts = rig.zalo.sent.map((m) => m.text);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toBe("z".repeat(ZALO_MAX_TEXT - 10));
    expect(texts[1]).toBe("  1. Một\n  2. Hai\nTrả lời bằng một số: 1, 2.");
  });

  it("splits a numbered list longer than a message too, the numbers in order", async () => {
    // A large cell's check-in sheet: a line per member.
    const names = Array.from({ length: 120 }, (_, i) => `⬜ Nguyễn Văn Thành Viên ${i + 1}`);
    await send({
      chatId: "zalo:101",
      parts: [verbatim("Điểm danh")],
      choices: names.map((name, i) => ({ label: verbatim(name), value: `x:${i}` })),
    });
    const sent = rig.zalo.sent;
    const tooLong = sent.map((m) => m.text.length).filter((length) => length > ZALO_MAX_TEXT);
    expect(tooLong).toEqual([]);
    expect(sent.length).toBeGreaterThanOrEqual(3);
    const numbered = sent
      .flatMap((m) => m.text.split("\n"))
      .filter((line) => /^\s+\d+\. /.test(line));
    expect(numbered).toEqual(names.map((name, i) => `  ${i + 1}. ${name}`));
    expect(
      sent.at(-1)?.text.endsWith(`Trả lời bằng một số: ${names.map((_, i) => i + 1).join(", ")}.`),
    ).toBe(true);
  });
});
