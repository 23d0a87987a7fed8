import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Logger, pino } from "pino";
import { vi } from "vitest";
import { Zalo } from "zca-js";
import { type App, createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { SendQueue } from "../../src/platforms/zalo/send-queue.js";
import type { ZaloApi } from "../../src/platforms/zalo/zalo-api.js";
import { type RunningZaloBot, startZaloBot } from "../../src/platforms/zalo/zalo-bot.js";
import { isRateLimited } from "../../src/platforms/zalo/zalo-errors.js";
import { zaloClientOptions } from "../../src/platforms/zalo/zalo-server.js";
import type { ZaloSessionTimings } from "../../src/platforms/zalo/zalo-session.js";
import { createHeartbeat, type Heartbeat } from "../../src/schedule/heartbeat.js";
import { SchedulerLease } from "../../src/store/scheduler-lease.js";
import { numberOf } from "./choices-shown.js";
import {
  FakeZaloServer,
  type FakeZaloServerOptions,
  type SayOptions,
  type ZaloPerson,
} from "./fake-zalo-server.js";
import type { Content } from "./fake-zalo-server-chat.js";
import { TEST_DATABASE_KEY, TestClock } from "./harness.js";

/**
 * The Zalo adapter through the real zca-js client, logged in to the fake of Zalo's servers, on
 * its own SQLite file, with the outbox and the jobs as the heartbeat runs them.
 */
export interface ZaloRig {
  zalo: FakeZaloServer;
  app: App;
  bot: RunningZaloBot;
  clock: TestClock;
  queue: SendQueue;
  /** The client logged in now. */
  api(): ZaloApi;
  /** `from` writes; resolves once chibo has answered it and sent what it posted. */
  say(from: ZaloPerson, text: string, groupId?: string, options?: SayOptions): Promise<string>;
  /** `from` types the number shown next to `label` in the latest numbered list of the chat. */
  press(from: ZaloPerson, label: string, groupId?: string): Promise<string>;
  /**
   * `from` types "/thamgia fullName" in the group and types "đồng ý" to the consent question
   * where chibo asked it: in the group, or in the private chat.
   */
  join(from: ZaloPerson, fullName: string, groupId: string): Promise<void>;
  /** `from` sends something that is not plain text (ZALO_CONTENT), answered as `say` is. */
  sayContent(from: ZaloPerson, content: Content, groupId?: string): Promise<string>;
  /** Waits until every message said so far was answered and what it posted was sent. */
  settle(): Promise<void>;
  /** The production heartbeat, beating when asked rather than every minute. */
  heartbeat: Heartbeat;
  /** What the heartbeat does: read Zalo's polls, run the jobs due, send the outbox. */
  beat(): Promise<void>;
  stop(): Promise<void>;
}

export interface ZaloRigOptions {
  timings?: Partial<ZaloSessionTimings>;
  gapMs?: number;
  server?: FakeZaloServerOptions;
  fileTimeoutMs?: number;
  strangerCap?: number;
  /** Whether to wait for the first connection before returning (default yes). */
  connect?: boolean;
  /** Where chibo logs (default: nowhere). */
  log?: Logger;
}

const FAST: ZaloSessionTimings = { reconnectMs: [5, 5, 5], loginMs: [5, 5], kickRetryMs: 5 };

export async function startZaloRig(
  now = "2024-03-10T02:00:00Z",
  options: ZaloRigOptions = {},
): Promise<ZaloRig> {
  const clock = new TestClock(new Date(now));
  const zalo = await FakeZaloServer.start({
    now: () => clock.now().getTime(),
    ...options.server,
  });
  const dir = mkdtempSync(join(tmpdir(), "chibo-zalo-"));
  const config = loadConfig({
    DATABASE_PATH: join(dir, "chibo.sqlite"),
    DATABASE_KEY: TEST_DATABASE_KEY,
  });
  const log = options.log ?? pino({ level: "silent" });
  const app = createApp(config, log, clock);
  const { services, router } = app;
  const queue = new SendQueue(options.gapMs ?? 0, isRateLimited, [10, 20]);
  const bot = startZaloBot({
    login: () => new Zalo(zaloClientOptions(zalo.url)).login(zalo.credentials()),
    app,
    queue,
    log,
    timings: { ...FAST, ...options.timings },
    fileTimeoutMs: options.fileTimeoutMs,
    strangerCap: options.strangerCap ?? 80,
  });
  // As in production: one beat at a time, within the lease; a turn that posts drains the outbox.
  const heartbeat = createHeartbeat({
    services,
    scheduler: app.scheduler,
    sender: new OutboxSender(services, [bot.deliverer], log, app.outboxRules),
    lease: new SchedulerLease(app.database.db, "zalo rig"),
    log,
    beforeJobs: () => bot.syncPolls(),
  });
  router.onPosted = () => void heartbeat.drain();
  const said: string[] = [];
  const answered = app.database.sqlite.prepare(
    "select 1 from processed_updates where update_key = ?",
  );
  const settle = async () => {
    await vi.waitFor(
      () => {
        const waiting = said.filter((id) => !answered.get(`zalo:${id}`));
        if (waiting.length > 0) throw new Error(`not answered yet: ${waiting.join(", ")}`);
      },
      { timeout: 10_000, interval: 5 },
    );
    said.length = 0;
    await bot.idle();
    await heartbeat.settled();
    await bot.idle();
    await queue.run(async () => undefined);
  };
  const rig: ZaloRig = {
    zalo,
    app,
    bot,
    clock,
    queue,
    api() {
      const api = bot.session.api;
      if (!api) throw new Error("not logged in");
      return api;
    },
    async say(from, text, groupId, sayOptions) {
      const id = zalo.say(from, text, groupId, sayOptions);
      said.push(id);
      await settle();
      return id;
    },
    async press(from, label, groupId) {
      return rig.say(from, numberOf(zalo.textsTo(groupId ?? from.id), label), groupId);
    },
    async join(from, fullName, groupId) {
      const asked = (text: string) => text.includes(`${fullName}, trước khi ghi tên`);
      const before = zalo.textsTo(from.id).length;
      await rig.say(from, `/thamgia ${fullName}`, groupId);
      if (zalo.textsTo(from.id).slice(before).some(asked)) {
        await rig.say(from, "đồng ý");
      } else if (zalo.textsTo(groupId).slice(-1).some(asked)) {
        await rig.say(from, "đồng ý", groupId);
      }
    },
    async sayContent(from, content, groupId) {
      const id = zalo.sayContent(from, content, groupId);
      said.push(id);
      await settle();
      return id;
    },
    settle,
    heartbeat,
    beat: heartbeat.beat,
    async stop() {
      await heartbeat.stop();
      bot.stop();
      await zalo.close();
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  if (options.connect !== false) {
    // Logging in and connecting take a while on a busy machine.
    await vi.waitFor(
      () => {
        if (!bot.session.connected) throw new Error("not connected yet");
      },
      { timeout: 10_000, interval: 10 },
    );
  }
  return rig;
}
