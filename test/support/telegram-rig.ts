import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Bot } from "grammy";
import type { Chat, User } from "grammy/types";
import { type Logger, pino } from "pino";
import { commands } from "../../commands/index.js";
import { type App, createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { launchTelegramBot } from "../../src/platforms/telegram/telegram-bot.js";
import { telegramDeliverer } from "../../src/platforms/telegram/telegram-deliverer.js";
import {
  type TelegramLimits,
  telegramThrottle,
} from "../../src/platforms/telegram/telegram-throttle.js";
import { createHeartbeat, type Heartbeat } from "../../src/schedule/heartbeat.js";
import { SchedulerLease } from "../../src/store/scheduler-lease.js";
import { pressable } from "./choices-shown.js";
import { FakeBotApi, type SentMessage } from "./fake-bot-api.js";
import { CONSENT_YES, TEST_DATABASE_KEY, TestClock } from "./harness.js";

/** The real grammY bot over HTTP to the fake Bot API, on its own SQLite file. */
export interface TelegramRig {
  fake: FakeBotApi;
  app: App;
  bot: Bot;
  clock: TestClock;
  /** The bot's messages to a chat after every queued update was handled. */
  lastTo(chatId: number, count?: number): Promise<SentMessage[]>;
  /**
   * `from` presses the button whose text is `label` (or matches a RegExp) under the latest
   * message to `chatId` that has one; throws, naming the buttons there, if none or several do.
   */
  press(from: User, chatId: number, label: string | RegExp): Promise<void>;
  /**
   * `from` types "/thamgia fullName" in the group `chat` and agrees to the consent question
   * where chibo asked it: its button in the group, or typed in the private chat.
   */
  join(from: User, chat: Chat, fullName: string): Promise<void>;
  /** The production heartbeat, beating when asked rather than every minute. */
  heartbeat: Heartbeat;
  /** What the heartbeat does each minute: run the jobs due now, then send the outbox. */
  beat(): Promise<void>;
  stop(): Promise<void>;
}

export interface TelegramRigOptions {
  /** Where chibo logs (default: nowhere). */
  log?: Logger;
  /** Telegram's flood limits as the outbox keeps them; Telegram's own by default. */
  limits?: TelegramLimits;
}

export async function startTelegramRig(
  now = "2024-03-10T02:00:00Z",
  options: TelegramRigOptions = {},
): Promise<TelegramRig> {
  const fake = await FakeBotApi.start({ botUsername: "chibo_test_bot" });
  const dir = mkdtempSync(join(tmpdir(), "chibo-tg-"));
  const config = loadConfig({
    DATABASE_PATH: join(dir, "chibo.sqlite"),
    DATABASE_KEY: TEST_DATABASE_KEY,
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
  });
  const log = options.log ?? pino({ level: "silent" });
  const clock = new TestClock(new Date(now));
  const app = createApp(config, log, clock);
  const { bot } = await launchTelegramBot({
    token: fake.token,
    apiRoot: config.TELEGRAM_API_ROOT,
    router: app.router,
    translator: app.translator,
    posted: app.services.posted,
    clock: app.services.clock,
    documents: app.documents,
    refreshEveryMs: 20,
    commands,
    log,
  });
  const sender = new OutboxSender(
    app.services,
    [
      telegramDeliverer({
        token: fake.token,
        apiRoot: fake.apiRoot,
        botUsername: bot.botInfo.username,
        translator: app.translator,
        posted: app.services.posted,
        clock,
        documents: app.documents,
        throttle: telegramThrottle(options.limits),
      }),
    ],
    log,
    app.outboxRules,
  );
  // As in production: one beat at a time, within the lease; a turn that posts drains the outbox.
  const heartbeat = createHeartbeat({
    services: app.services,
    scheduler: app.scheduler,
    sender,
    lease: new SchedulerLease(app.database.db, "telegram rig"),
    log,
  });
  app.router.onPosted = () => void heartbeat.drain();
  const rig: TelegramRig = {
    fake,
    app,
    bot,
    clock,
    heartbeat,
    beat: heartbeat.beat,
    async lastTo(chatId, count = 1) {
      await fake.waitForIdle();
      await heartbeat.settled();
      await fake.waitForIdle();
      return fake.messagesTo(chatId).slice(-count);
    },
    async press(from, chatId, label) {
      await fake.waitForIdle();
      await heartbeat.settled();
      const { message, text } = pressable(fake.messagesTo(chatId), label);
      fake.clickButton({ from, message: message as never, label: text });
    },
    async join(from, chat, fullName) {
      const asked = (m: SentMessage) => m.text.includes(`${fullName}, trước khi ghi tên`);
      const before = fake.messagesTo(from.id).length;
      fake.sendText({ from, chat, text: `/thamgia ${fullName}` });
      await rig.lastTo(chat.id);
      if (fake.messagesTo(from.id).slice(before).some(asked)) {
        fake.sendText({ from, text: "đồng ý" });
      } else if (fake.messagesTo(chat.id).slice(-1).some(asked)) {
        await rig.press(from, chat.id, CONSENT_YES);
      }
      await rig.lastTo(chat.id);
    },
    async stop() {
      await heartbeat.stop();
      await bot.stop();
      await fake.stop();
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return rig;
}
