import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { handOver } from "../../src/outbox/hand-over.js";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { telegramDeliverer } from "../../src/platforms/telegram/telegram-deliverer.js";
import { FakeBotApi } from "../support/fake-bot-api.js";
import { TestClock } from "../support/harness.js";

const GROUPS = [-1001, -1002, -1003, -1004];

describe("a 429 in the outbox", () => {
  let fake: FakeBotApi | undefined;
  let app: App | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await fake?.stop();
    app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function setUp() {
    fake = await FakeBotApi.start();
    dir = mkdtempSync(join(tmpdir(), "chibo-chat-limit-"));
    const clock = new TestClock(new Date("2024-03-11T02:00:00Z"));
    const config = loadConfig({ DATABASE_PATH: join(dir, "chibo.sqlite") });
    app = createApp(config, pino({ level: "silent" }), clock);
    const { services } = app;
    for (const id of GROUPS) fake.addGroup({ id, title: `Nhóm ${id}` });
    const post = (chat: number, text: string) =>
      services.outbox.add(
        { chatId: `tg:${chat}`, parts: [{ key: "verbatim", args: { text } }] },
        { notBefore: clock.now(), now: clock.now() },
      );
    post(-1001, "Nhóm một, tin một");
    post(-1001, "Nhóm một, tin hai");
    for (const id of GROUPS.slice(1)) post(id, `Tin cho nhóm ${id}`);
    const deliverer = telegramDeliverer({
      token: fake.token,
      apiRoot: fake.apiRoot,
      botUsername: "chibo_test_bot",
      translator: app.translator,
      posted: services.posted,
      clock,
      documents: app.documents,
    });
    return {
      sender: new OutboxSender(services, [deliverer], pino({ level: "silent" }), app.outboxRules),
      clock,
    };
  }

  it("makes only the limited chat wait: the other groups get theirs in the same drain", async () => {
    const { sender, clock } = await setUp();
    fake?.failNext({
      method: "sendMessage",
      chatId: -1001,
      times: 1,
      errorCode: 429,
      retryAfter: 30,
    });
    await sender.drain();
    for (const id of GROUPS.slice(1)) {
      expect(fake?.messagesTo(id).map((m) => m.text)).toEqual([`Tin cho nhóm ${id}`]);
    }
    expect(fake?.messagesTo(-1001)).toEqual([]);
    const waiting = app?.services.outbox.all().filter((m) => m.chatId === "tg:-1001") ?? [];
    expect(waiting.map((m) => m.state)).toEqual(["pending", "pending"]);
    for (const m of waiting) {
      expect(m.notBefore.getTime()).toBeGreaterThanOrEqual(clock.now().getTime() + 30_000);
    }
    // Their time come, both go, in order.
    clock.set(new Date(clock.now().getTime() + 31_000).toISOString());
    await sender.drain();
    expect(fake?.messagesTo(-1001).map((m) => m.text)).toEqual([
      "Nhóm một, tin một",
      "Nhóm một, tin hai",
    ]);
  });

  it("pauses the whole platform when two chats are limited in one drain", async () => {
    const { sender } = await setUp();
    fake?.failNext({ method: "sendMessage", times: 2, errorCode: 429, retryAfter: 30 });
    await sender.drain();
    // The first two chats tried were refused; nothing else was tried after them.
    const sentTo = GROUPS.filter((id) => (fake?.messagesTo(id).length ?? 0) > 0);
    expect(sentTo).toEqual([]);
    expect(app?.services.outbox.all().every((m) => m.state === "pending")).toBe(true);
  });
  it("sends at night an answer handed over, and nothing else", async () => {
    const { sender, clock } = await setUp();
    // 22:00 in Hà Nội: the quiet hours.
    clock.set("2024-03-11T15:00:00Z");
    fake?.addUser({ id: 501, first_name: "Lan" });
    fake?.startedBot(501);
    const answer = {
      chatId: "tg:501",
      parts: [{ key: "verbatim", args: { text: "Câu trả lời cho Lan" } }],
    };
    if (!app) throw new Error("no app");
    expect(handOver(app.services, answer, { sentParts: 0, worthRetrying: true })).toBe(true);
    await sender.drain();
    expect(fake?.messagesTo(501).map((m) => m.text)).toEqual(["Câu trả lời cho Lan"]);
    for (const id of GROUPS) expect(fake?.messagesTo(id)).toEqual([]);
  });
});
