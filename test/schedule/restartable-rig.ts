import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { commands } from "../../commands/index.js";
import { type App, createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { launchTelegramBot } from "../../src/platforms/telegram/telegram-bot.js";
import { telegramDeliverer } from "../../src/platforms/telegram/telegram-deliverer.js";
import { FakeBotApi, type SentMessage } from "../support/fake-bot-api.js";
import { TestClock } from "../support/harness.js";

/**
 * chibo on Telegram as `npm start` puts it together (the real grammY bot and the outbox's own
 * client, over HTTP to the fake Bot API, on a SQLite file), which can be taken down and
 * started again on the same file while "Telegram" keeps running: a restart after an outage.
 */
export class RestartableRig {
  readonly fake: FakeBotApi;
  readonly clock: TestClock;
  private readonly dir = mkdtempSync(join(tmpdir(), "chibo-restart-"));
  private running: { app: App; stop: () => Promise<void>; beat: () => Promise<void> } | undefined;
  private beating: Promise<void> = Promise.resolve();

  private constructor(fake: FakeBotApi, now: string) {
    this.fake = fake;
    this.clock = new TestClock(new Date(now));
  }

  static async start(now: string): Promise<RestartableRig> {
    const rig = new RestartableRig(await FakeBotApi.start({ botUsername: "chibo_test_bot" }), now);
    await rig.up();
    return rig;
  }

  get app(): App {
    if (!this.running) throw new Error("chibo is down");
    return this.running.app;
  }

  /** Starts chibo: a new process's app, bot and outbox, with a scheduler that has not looked yet. */
  async up(): Promise<void> {
    const { fake, clock } = this;
    const config = loadConfig({
      DATABASE_PATH: join(this.dir, "chibo.sqlite"),
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
    });
    const log = pino({ level: "silent" });
    const app = createApp(config, log, clock);
    const telegram = await launchTelegramBot({
      token: fake.token,
      apiRoot: fake.apiRoot,
      router: app.router,
      translator: app.translator,
      posted: app.services.posted,
      clock,
      documents: app.documents,
      refreshEveryMs: 20,
      commands,
      log,
    });
    const deliverer = telegramDeliverer({
      token: fake.token,
      apiRoot: fake.apiRoot,
      botUsername: telegram.bot.botInfo.username,
      translator: app.translator,
      posted: app.services.posted,
      clock,
      documents: app.documents,
    });
    const sender = new OutboxSender(app.services, [deliverer], log, app.outboxRules);
    // As the heartbeat does each minute: run what is due, then send; one beat at a time.
    const beat = () => {
      this.beating = this.beating.then(async () => {
        app.scheduler.runDue(clock.now());
        await sender.drain();
      });
      return this.beating;
    };
    app.router.onPosted = () => void beat();
    this.running = {
      app,
      beat,
      stop: async () => {
        await this.beating;
        await telegram.stop();
        app.close();
      },
    };
  }

  async down(): Promise<void> {
    await this.running?.stop();
    this.running = undefined;
  }

  /** The clock moved to `iso`, then one beat. */
  async beatAt(iso: string): Promise<void> {
    this.clock.set(iso);
    await this.running?.beat();
    await this.settle();
  }

  /** Every update handled and every beat done. */
  async settle(): Promise<void> {
    await this.fake.waitForIdle();
    await this.beating;
    await this.fake.waitForIdle();
  }

  async messagesTo(chatId: number): Promise<SentMessage[]> {
    await this.settle();
    return this.fake.messagesTo(chatId);
  }

  async close(): Promise<void> {
    await this.down();
    await this.fake.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
