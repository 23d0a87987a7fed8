import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import type { Reply } from "../../src/messages/reply.js";
import { type Deliverer, OutboxSender } from "../../src/outbox/outbox-sender.js";
import type { DeliveryProgress } from "../../src/outbox/recorded-progress.js";
import { afterFailure, MAX_ATTEMPTS } from "../../src/outbox/retry-policy.js";
import { readPlanFile } from "../../src/plan/plan-file.js";
import { Harness, texts } from "../support/harness.js";
import { RecordingDeliverer } from "../support/recording-deliverer.js";

let harness: Harness;
afterEach(() => harness?.close());

/** A cell of three where Hùng and Tư have opened a private chat; Lan (secretary) too. */
async function setUp(h: Harness) {
  await h.cellWith(["Hùng", "Tư"]);
  for (const name of ["Hùng", "Tư"]) await h.say(name, "private", "/chuyende");
  const deliverer = new RecordingDeliverer(h.app.translator, h.clock);
  return {
    deliverer,
    sender: new OutboxSender(
      h.app.services,
      [deliverer],
      pino({ level: "silent" }),
      h.app.outboxRules,
    ),
  };
}

const states = (h: Harness) => h.app.services.outbox.all().map((m) => `${m.chatId} ${m.state}`);

describe("the outbox", () => {
  it("waits for retry_after after a 429, then sends once", async () => {
    harness = new Harness({ now: "2024-04-16T03:00:00Z" });
    const { deliverer, sender } = await setUp(harness);
    deliverer.failNext("console:group:1", { kind: "rate-limited", retryAfterSeconds: 30 });
    await harness.say("Lan", "private", "/nhacnho");
    await sender.drain();
    expect(deliverer.to("console:group:1")).toEqual([]);
    harness.clock.set("2024-04-16T03:00:20Z");
    await sender.drain();
    expect(deliverer.to("console:group:1")).toEqual([]);
    harness.clock.set("2024-04-16T03:00:31Z");
    await sender.drain();
    expect(deliverer.to("console:group:1")).toHaveLength(1);
    await sender.drain();
    expect(deliverer.to("console:group:1")).toHaveLength(1);
  });

  it("pauses the whole batch after a 429, and stops when it loses the lease", async () => {
    harness = new Harness({ now: "2024-04-16T03:00:00Z" });
    const { deliverer, sender } = await setUp(harness);
    await harness.say("Lan", "private", "/nhacnho");
    const queued = harness.app.services.outbox.all().length;
    expect(await sender.drain(() => false)).toBe(0);
    expect(states(harness).every((s) => s.endsWith("pending"))).toBe(true);
    deliverer.failNext("console:group:1", { kind: "rate-limited", retryAfterSeconds: 5 });
    expect(await sender.drain()).toBe(0);
    expect(states(harness).filter((s) => s.endsWith("pending"))).toHaveLength(queued);
  });

  it("follows a group to its new id, and stops posting to a group that removed the bot", async () => {
    harness = new Harness({ now: "2024-04-16T03:00:00Z" });
    const { deliverer, sender } = await setUp(harness);
    deliverer.failNext("console:group:1", { kind: "moved", newChatId: "console:group:7" });
    await harness.say("Lan", "private", "/nhacnho");
    await sender.drain();
    await sender.drain();
    expect(deliverer.to("console:group:7")).toHaveLength(1);
    expect(harness.app.services.cells.groupLink("console:group:7")?.active).toBe(true);

    harness.clock.set("2024-04-17T03:00:00Z");
    deliverer.failNext("console:group:7", { kind: "unreachable" });
    await harness.say("Lan", "private", "/nhacnho");
    await sender.drain();
    expect(harness.app.services.cells.groupLink("console:group:7")?.active).toBe(false);
  });

  it("backs off on server errors and gives up after a bounded number of tries", () => {
    const now = new Date("2024-04-16T03:00:00Z");
    const waits = [1, 2, 3].map((attempt) => {
      const next = afterFailure({ kind: "temporary" }, attempt, now);
      return "retryAt" in next ? next.retryAt.getTime() - now.getTime() : 0;
    });
    expect(waits).toEqual([10_000, 20_000, 40_000]);
    expect(afterFailure({ kind: "temporary" }, MAX_ATTEMPTS, now)).toEqual({ giveUp: "failed" });
  });

  it("names in the group a person it cannot write to in private, and stops trying them", async () => {
    harness = new Harness({ now: "2024-04-16T03:00:00Z" });
    const { deliverer, sender } = await setUp(harness);
    deliverer.failNext("console:Hùng", { kind: "unreachable" });
    await harness.say("Lan", "private", "/nhacnho");
    await sender.drain();
    expect(states(harness)).toContain("console:Hùng unreachable");
    const group = deliverer.to("console:group:1").map((d) => d.text);
    expect(group.some((t) => t.includes("chưa nhắn riêng được cho đồng chí Hùng"))).toBe(true);
    expect(harness.app.services.conversations.hasPrivateChat("console:Hùng")).toBe(false);
    expect(deliverer.to("console:Tư")).toHaveLength(1);
  });

  it("keeps what /nhacnho queued at night until 07:00", async () => {
    harness = new Harness({ now: "2024-04-16T15:30:00Z" }); // 22:30 in Vietnam
    const { deliverer, sender } = await setUp(harness);
    expect(texts(await harness.say("Lan", "private", "/nhacnho"))).toContain(
      "Lúc 17/04/2024 07:00 chibo sẽ nhắc các đồng chí khi đó còn chưa đăng ký (bây giờ là 3 đồng chí)",
    );
    await sender.drain();
    expect(deliverer.delivered).toEqual([]); // then the group, and Lan, Hùng and Tư in private
    harness.clock.set("2024-04-16T23:59:00Z"); // 06:59
    await sender.drain();
    expect(deliverer.delivered).toEqual([]);
    harness.clock.set("2024-04-17T00:00:00Z");
    await sender.drain();
    expect(deliverer.delivered.map((d) => d.at)).toEqual(Array(4).fill("17/04/2024 07:00"));
  });

  it("never sends a reminder held past its deadline", async () => {
    harness = new Harness({ now: "2024-04-30T13:30:00Z" }); // 20:30 on the deadline day
    const { deliverer, sender } = await setUp(harness);
    harness.app.database.sqlite.prepare("update cells set created_at = 0").run();
    // Telegram asks for an hour's pause: that is in the night, so the morning; too late.
    deliverer.failNext("console:group:1", { kind: "rate-limited", retryAfterSeconds: 3600 });
    expect(texts(await harness.say("Lan", "private", "/nhacnho"))).toContain("Đã nhắc");
    await sender.drain();
    harness.clock.set("2024-05-01T00:00:00Z"); // 07:00 the next day
    await sender.drain();
    expect(deliverer.delivered).toEqual([]);
    expect(states(harness).every((s) => s.endsWith("expired"))).toBe(true);
  });

  it("/nhacnho at night on the deadline day says it can no longer remind, and queues nothing", async () => {
    harness = new Harness({ now: "2024-04-30T15:00:00Z" }); // 22:00 on the deadline day
    await setUp(harness);
    harness.app.database.sqlite.prepare("update cells set created_at = 0").run();
    const before = harness.snapshot();
    expect(texts(await harness.say("Lan", "private", "/nhacnho"))).toContain(
      "Hôm nay là hạn cuối đăng ký, mà chibo không nhắn vào ban đêm",
    );
    expect(harness.snapshot()).toBe(before);
  });

  it("sends again after a crash what was left in flight, and nothing that had gone", async () => {
    harness = new Harness({ now: "2024-04-16T03:00:00Z" });
    const { deliverer } = await setUp(harness);
    await harness.say("Lan", "private", "/nhacnho");
    const { outbox, clock } = harness.app.services;
    const [first] = outbox.claimDue(clock.now(), ["console:"], 1);
    outbox.markSent(first?.id ?? 0, clock.now());
    outbox.claimDue(clock.now(), ["console:"], 1); // taken, then the process dies
    harness.app.close();

    harness = new Harness({ dir: harness.dir, now: "2024-04-16T03:05:00Z" });
    expect(harness.app.services.outbox.requeueInterrupted()).toBe(1);
    const again = new RecordingDeliverer(harness.app.translator, harness.clock);
    await new OutboxSender(
      harness.app.services,
      [again],
      pino({ level: "silent" }),
      harness.app.outboxRules,
    ).drain();
    expect(again.delivered).toHaveLength(3); // the one in flight and the two still waiting
    expect(again.delivered.map((d) => d.chatId)).not.toContain(first?.chatId);
    expect(deliverer.delivered).toEqual([]);
  });
});

/**
 * A platform that sends a reply as one message per paragraph and says how far it got: with
 * the id of each message where it returns one (Telegram), or as a count (Zalo). It can be
 * made to hang on a part, as a process killed there would.
 */
class PartsDeliverer implements Deliverer {
  readonly chatPrefix = "console:";
  readonly hasButtons = false;
  readonly sent: string[] = [];

  constructor(
    private readonly reports: "ids" | "count",
    private readonly hangsOn?: number,
  ) {}

  async deliver(reply: Reply, progress: DeliveryProgress): Promise<void> {
    for (const [index, part] of reply.parts.entries()) {
      if (index < progress.sentParts) continue;
      if (index === this.hangsOn) return new Promise(() => {});
      this.sent.push(String(part.args?.text));
      if (this.reports === "ids") progress.delivered?.(`message-${index + 1}`);
      else progress.sentParts = index + 1;
    }
  }
}

describe("a message in parts, killed half-way", () => {
  it.each(["ids", "count"] as const)(
    "keeps each part written down as it went (%s): the restart sends only the rest",
    async (reports) => {
      harness = new Harness({ now: "2024-04-16T03:00:00Z" });
      await harness.cellWith([]);
      const { outbox, clock } = harness.app.services;
      const parts = ["một", "hai", "ba"].map((text) => ({ key: "verbatim", args: { text } }));
      outbox.add(
        { chatId: "console:group:1", parts },
        { notBefore: clock.now(), now: clock.now() },
      );

      const first = new PartsDeliverer(reports, 1);
      void new OutboxSender(
        harness.app.services,
        [first],
        pino({ level: "silent" }),
        harness.app.outboxRules,
      ).drain();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(first.sent).toEqual(["một"]);
      const [inFlight] = outbox.all();
      expect(inFlight).toMatchObject({ state: "sending", sentParts: 1 });
      expect(inFlight?.messageId).toBe(reports === "ids" ? "message-1" : null);
      harness.app.close(); // the process dies here

      harness = new Harness({ dir: harness.dir, now: "2024-04-16T03:05:00Z" });
      expect(harness.app.services.outbox.requeueInterrupted()).toBe(1);
      const second = new PartsDeliverer(reports);
      await new OutboxSender(
        harness.app.services,
        [second],
        pino({ level: "silent" }),
        harness.app.outboxRules,
      ).drain();
      expect(second.sent).toEqual(["hai", "ba"]);
      expect(harness.app.services.outbox.all()).toEqual([
        expect.objectContaining({ state: "sent", sentParts: 3 }),
      ]);
    },
  );
});

describe("/nhacnho", () => {
  it("reminds once a day, only while registration is open, only if someone is missing", async () => {
    harness = new Harness({ now: "2024-04-16T03:00:00Z" });
    await setUp(harness);
    expect(texts(await harness.say("Hùng", "private", "/nhacnho"))).toContain("Chỉ bí thư");
    expect(texts(await harness.say("Lan", "group:1", "/nhacnho"))).toContain("Đã nhắc 3 đồng chí");
    expect(texts(await harness.say("Lan", "private", "/nhacnho"))).toContain(
      "Hôm nay chi bộ đã được nhắc",
    );
    harness.clock.set("2024-05-17T03:00:00Z"); // a month after the cell started: the deadline passed
    expect(texts(await harness.say("Lan", "private", "/nhacnho"))).toContain("không nhắc nữa");
  });

  it("does not remind again on a day the scheduled reminder went out", async () => {
    harness = new Harness({ now: "2024-03-10T02:00:00Z" });
    await setUp(harness);
    const plan = readPlanFile("plans/2024-binh-duong.yaml");
    harness.app.services.plans.import(plan, "all", harness.clock.now());
    harness.clock.set("2024-04-16T03:00:00Z"); // 10:00: the 08:00 reminder is made up now
    const ran = harness.app.scheduler.runDue(harness.clock.now()).map((r) => r.job);
    expect(ran).toContain("registration-reminder");
    expect(texts(await harness.say("Lan", "private", "/nhacnho"))).toContain(
      "Hôm nay chi bộ đã được nhắc",
    );
  });

  it("the scheduled reminder stays quiet on a day /nhacnho already reminded", async () => {
    harness = new Harness({ now: "2024-03-10T02:00:00Z" });
    await setUp(harness);
    const plan = readPlanFile("plans/2024-binh-duong.yaml");
    harness.app.services.plans.import(plan, "all", harness.clock.now());
    harness.clock.set("2024-04-16T00:30:00Z"); // 07:30
    await harness.say("Lan", "private", "/nhacnho");
    const reminders = () =>
      harness.app.services.outbox
        .all()
        .filter((row) => row.intent?.job === "registration-reminder");
    const queued = reminders().length;
    harness.clock.set("2024-04-16T01:00:00Z"); // 08:00
    const [run] = harness.app.scheduler
      .runDue(harness.clock.now())
      .filter((r) => r.job === "registration-reminder");
    expect(run).toMatchObject({ outcome: "done", messages: 0 });
    expect(reminders()).toHaveLength(queued);
  });

  it("has nobody to remind when everyone registered, and can be asked again later", async () => {
    harness = new Harness({ now: "2024-04-16T03:00:00Z" });
    await harness.cellWith([]);
    await harness.say("Lan", "private", "/dangky");
    for (const part of [
      "Học chuyên đề năm, ghi chép đầy đủ",
      "Giải quyết hồ sơ đúng hạn",
      "Giữ gìn gia đình văn hóa",
    ])
      await harness.say("Lan", "private", part);
    await harness.press("Lan", "private", "✅ Lưu");
    const before = harness.snapshot();
    expect(texts(await harness.say("Lan", "private", "/nhacnho"))).toContain("Không cần nhắc");
    expect(harness.snapshot()).toBe(before);
  });
});
