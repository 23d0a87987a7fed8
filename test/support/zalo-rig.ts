import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { type App, createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { syncZaloPolls } from "../../src/platforms/zalo/poll-sync.js";
import { SendQueue } from "../../src/platforms/zalo/send-queue.js";
import { isRateLimited } from "../../src/platforms/zalo/send-reply.js";
import { type RunningZaloBot, startZaloBot } from "../../src/platforms/zalo/zalo-bot.js";
import { zaloDeliverer } from "../../src/platforms/zalo/zalo-deliverer.js";
import { FakeZalo } from "./fake-zalo.js";
import { TestClock } from "./harness.js";

/** The Zalo adapter over the typed fake, on its own SQLite file, with the outbox and jobs. */
export interface ZaloRig {
  zalo: FakeZalo;
  app: App;
  bot: RunningZaloBot;
  clock: TestClock;
  queue: SendQueue;
  /** Waits until every message received so far was answered and what it posted was sent. */
  settle(): Promise<void>;
  /** What the heartbeat does: read Zalo's polls, run the jobs due, send the outbox. */
  beat(): Promise<void>;
  stop(): void;
}

export function startZaloRig(
  now = "2024-03-10T02:00:00Z",
  options: { reconnectDelaysMs?: number[]; gapMs?: number } = {},
): ZaloRig {
  const zalo = new FakeZalo();
  const dir = mkdtempSync(join(tmpdir(), "chibo-zalo-"));
  const config = loadConfig({ DATABASE_PATH: join(dir, "chibo.sqlite") });
  const log = pino({ level: "silent" });
  const clock = new TestClock(new Date(now));
  const app = createApp(config, log, clock);
  const { services, router, translator } = app;
  const queue = new SendQueue(options.gapMs ?? 0, isRateLimited, [10, 20]);
  const bot = startZaloBot({
    api: zalo,
    router,
    services,
    translator,
    queue,
    documents: app.documents,
    log,
    reconnectDelaysMs: options.reconnectDelaysMs ?? [5, 5, 5],
  });
  const sender = new OutboxSender(
    services,
    [zaloDeliverer({ api: zalo, queue, translator, services, documents: app.documents })],
    log,
  );
  let beating: Promise<void> = Promise.resolve();
  const beat = () => {
    beating = beating.then(async () => {
      await syncZaloPolls(zalo, queue, services, log);
      app.scheduler.runDue(clock.now());
      await sender.drain();
    });
    return beating;
  };
  router.onPosted = () => void beat();
  return {
    zalo,
    app,
    bot,
    clock,
    queue,
    beat,
    async settle() {
      await new Promise((resolve) => setImmediate(resolve));
      await bot.idle();
      await beating;
      await bot.idle();
    },
    stop() {
      bot.stop();
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
