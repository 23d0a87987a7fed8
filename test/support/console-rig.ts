import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Logger, pino } from "pino";
import { type App, createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { ConsoleChat } from "../../src/platforms/console/console-chat.js";
import { createHeartbeat, type Heartbeat } from "../../src/schedule/heartbeat.js";
import { SchedulerLease } from "../../src/store/scheduler-lease.js";
import { TEST_DATABASE_KEY, TestClock } from "./harness.js";

/**
 * The console chat as `npm start` without a platform puts it together: the chat, its outbox
 * printed as it would arrive, the production heartbeat, on its own SQLite file.
 */
export interface ConsoleRig {
  app: App;
  chat: ConsoleChat;
  clock: TestClock;
  heartbeat: Heartbeat;
  /** Where the files replies carry are saved. */
  exportDir: string;
  /** One line typed, then what a turn posted sent: every line printed meanwhile. */
  type(line: string): Promise<string[]>;
  /** What the heartbeat does each minute: run the jobs due now, then send the outbox. */
  beat(): Promise<string[]>;
  /** What a turn that posts asks for: only the outbox sent. */
  drain(): Promise<string[]>;
  stop(): Promise<void>;
}

export async function startConsoleRig(
  now = "2024-03-10T02:00:00Z",
  options: { log?: Logger } = {},
): Promise<ConsoleRig> {
  const dir = mkdtempSync(join(tmpdir(), "chibo-console-"));
  const clock = new TestClock(new Date(now));
  const log = options.log ?? pino({ level: "silent" });
  const config = loadConfig({
    DATABASE_PATH: join(dir, "chibo.sqlite"),
    DATABASE_KEY: TEST_DATABASE_KEY,
  });
  const app = createApp(config, log, clock);
  const exportDir = join(dir, "exports");
  const chat = new ConsoleChat(app, { dir: exportDir });
  let printed: string[] = [];
  const heartbeat = createHeartbeat({
    services: app.services,
    scheduler: app.scheduler,
    sender: new OutboxSender(
      app.services,
      [chat.deliverer((lines) => printed.push(...lines))],
      log,
      app.outboxRules,
    ),
    lease: new SchedulerLease(app.database.db, "console rig"),
    log,
  });
  app.router.onPosted = () => void heartbeat.drain();
  const taken = async () => {
    await heartbeat.settled();
    const lines = printed;
    printed = [];
    return lines;
  };
  return {
    app,
    chat,
    clock,
    heartbeat,
    exportDir,
    async type(line) {
      const answered = await chat.type(line);
      return [...answered, ...(await taken())];
    },
    async beat() {
      await heartbeat.beat();
      return taken();
    },
    async drain() {
      await heartbeat.drain();
      return taken();
    },
    async stop() {
      await heartbeat.stop();
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
