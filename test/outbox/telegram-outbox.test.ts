import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { systemClock } from "../../src/clock.js";
import { loadConfig } from "../../src/config.js";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { telegramDeliverer } from "../../src/platforms/telegram/telegram-deliverer.js";
import { registrationReminder } from "../../src/schedule/jobs/registration-reminder.js";
import { FakeBotApi } from "../support/fake-bot-api.js";

const GROUP = -1004242;
const PEOPLE = [501, 502, 503, 504, 505, 506];

let fake: FakeBotApi;
let dir: string;
afterEach(async () => {
  await fake?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function env(): NodeJS.ProcessEnv {
  return {
    DATABASE_PATH: join(dir, "chibo.sqlite"),
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    BOT_QUIET_HOURS: "off",
    LOG_LEVEL: "silent",
  };
}

/** A Telegram cell of six who never registered, all reachable in private, and a queued reminder. */
function cellWithReminderQueued(): App {
  const app = createApp(loadConfig(env()), pino({ level: "silent" }), systemClock);
  const { cells, members, conversations } = app.services;
  const now = systemClock.now();
  const cell = cells.createWithGroup("Chi bộ 9", { chatId: `tg:${GROUP}`, title: "Chi bộ 9" }, now);
  PEOPLE.forEach((id, index) => {
    members.create({
      cellId: cell.id,
      fullName: `Đảng Viên ${index + 1}`,
      role: index === 0 ? "secretary" : "member",
      roster: "active",
      personId: `tg:${id}`,
      displayName: `Người ${id}`,
      now,
    });
    conversations.notePrivateChat(`tg:${id}`, now);
    fake.addUser({ id, first_name: `Người ${id}` });
    fake.startedBot(id);
  });
  fake.addGroup({ id: GROUP, title: "Chi bộ 9" });
  // As of a day after the 14-days-before reminder: the group and each of the six in private.
  const at = new Date(now.getTime() + 17 * 24 * 60 * 60 * 1000);
  app.scheduler.runAt(registrationReminder, cell, at);
  return app;
}

function reminders(chatId: number) {
  return fake.messagesTo(chatId).filter((m) => m.text.includes("hạn đăng ký"));
}

function start(): { child: ChildProcess; exited: Promise<unknown> } {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { PATH: process.env.PATH, ...env() },
    stdio: "ignore",
  });
  return { child, exited: new Promise((resolve) => child.once("exit", resolve)) };
}

describe("the outbox on Telegram", () => {
  it("copes with a 429 storm and a person who blocked the bot", async () => {
    fake = await FakeBotApi.start();
    dir = mkdtempSync(join(tmpdir(), "chibo-outbox-"));
    const app = cellWithReminderQueued();
    fake.block(503);
    fake.failNext({ method: "sendMessage", times: 4, errorCode: 429, retryAfter: 1 });
    const deliverer = telegramDeliverer({
      token: fake.token,
      apiRoot: fake.apiRoot,
      botUsername: fake.me.username ?? "",
      translator: app.translator,
      posted: app.services.posted,
      clock: app.services.clock,
      documents: app.documents,
    });
    const sender = new OutboxSender(
      app.services,
      [deliverer],
      pino({ level: "silent" }),
      app.outboxRules,
    );
    for (let round = 0; round < 6; round++) {
      await sender.drain();
      if (app.services.outbox.all().every((m) => m.state !== "pending")) break;
      await new Promise((resolve) => setTimeout(resolve, 1100));
    }
    await sender.drain(); // the notice about the one who blocked the bot
    for (const chat of [GROUP, ...PEOPLE.filter((id) => id !== 503)]) {
      expect(reminders(chat), String(chat)).toHaveLength(1);
    }
    expect(fake.refused.filter((c) => c.error_code === 429).length).toBeGreaterThan(0);
    const notice = fake.messagesTo(GROUP).filter((m) => m.text.includes("chưa nhắn riêng được"));
    expect(notice.map((m) => m.text)).toEqual([expect.stringContaining("Đảng Viên 3")]);
    app.close();
  }, 30_000);

  it("the one limit: a message Telegram took just before the kill is sent once more", async () => {
    fake = await FakeBotApi.start();
    dir = mkdtempSync(join(tmpdir(), "chibo-kill-"));
    cellWithReminderQueued().close();

    // Telegram receives the fourth message, but the process dies before it hears back.
    const held = fake.holdCall("sendMessage", 3, { carryOut: true });
    const first = start();
    await held;
    first.child.kill("SIGKILL");
    await first.exited;

    const second = start();
    try {
      await fake.waitFor(
        () => [GROUP, ...PEOPLE].every((chat) => reminders(chat).length > 0),
        20_000,
      );
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const counts = [GROUP, ...PEOPLE].map((chat) => reminders(chat).length);
      expect(counts.filter((n) => n === 2)).toHaveLength(1);
      expect(counts.filter((n) => n === 1)).toHaveLength(counts.length - 1);
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }
  }, 60_000);

  it("after a SIGKILL in the middle of a batch, sends every remaining reminder once", async () => {
    fake = await FakeBotApi.start();
    dir = mkdtempSync(join(tmpdir(), "chibo-kill-"));
    cellWithReminderQueued().close();

    const held = fake.holdCall("sendMessage", 3); // the fourth reminder hangs in flight
    const first = start();
    await held;
    first.child.kill("SIGKILL");
    await first.exited;
    const beforeRestart = [GROUP, ...PEOPLE].reduce((n, chat) => n + reminders(chat).length, 0);
    expect(beforeRestart).toBe(3);

    const second = start();
    try {
      await fake.waitFor(
        () => [GROUP, ...PEOPLE].every((chat) => reminders(chat).length > 0),
        20_000,
      );
      await new Promise((resolve) => setTimeout(resolve, 1500)); // anything sent twice shows now
      for (const chat of [GROUP, ...PEOPLE]) expect(reminders(chat), String(chat)).toHaveLength(1);
    } finally {
      second.child.kill("SIGTERM");
      await second.exited;
    }
  }, 60_000);
});
