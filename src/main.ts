import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Logger } from "pino";
import { commands } from "../commands/index.js";
import { type App, createApp } from "./app.js";
import { systemClock } from "./clock.js";
import { type Config, loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { type Deliverer, OutboxSender } from "./outbox/outbox-sender.js";
import { ConsoleChat } from "./platforms/console/console-chat.js";
import { runConsole } from "./platforms/console/run-console.js";
import { launchTelegramBot } from "./platforms/telegram/telegram-bot.js";
import { telegramDeliverer } from "./platforms/telegram/telegram-deliverer.js";
import { startHeartbeat } from "./schedule/heartbeat.js";
import { describeStartupError, useVietnameseValidation } from "./startup-error.js";
import { processOwner, SchedulerLease } from "./store/scheduler-lease.js";

async function main(): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  useVietnameseValidation();
  const config = loadConfig(process.env);
  const telegram = config.TELEGRAM_BOT_TOKEN;
  const platforms = Boolean(telegram) || config.ZALO_ENABLED;
  // The console chat shares the terminal: keep routine logs out of the way there.
  const log = createLogger(platforms || process.env.LOG_LEVEL ? config.LOG_LEVEL : "warn");
  const app = createApp(config, log, systemClock);
  process.once("exit", () => app.close());

  if (!platforms) {
    const dir = join(dirname(config.DATABASE_PATH), "exports");
    const chat = new ConsoleChat(app.router, app.translator, { documents: app.documents, dir });
    const print = (lines: string[]) => process.stdout.write(`\n${lines.join("\n")}\n`);
    const heartbeat = schedule(app, [chat.deliverer(print)], log);
    await runConsole(chat, app.translator);
    await heartbeat.stop();
    return;
  }
  const stopped = new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
  });
  const deliverers: Deliverer[] = [];
  // zca-js loads only when Zalo is on: it costs 0.4 s and 30 MB at start.
  const zalo = config.ZALO_ENABLED
    ? (await import("./platforms/zalo/run-zalo.js")).runZalo(app, config, log)
    : undefined;
  if (zalo) deliverers.push(zalo.deliverer);
  const running = telegram ? await startTelegram(app, config, telegram, log) : undefined;
  if (running) deliverers.push(running.deliverer);
  const heartbeat = schedule(app, deliverers, log, zalo?.beforeJobs);
  // Until a signal, or until Telegram polling ends by itself (a revoked token).
  await Promise.race([stopped, running?.polling].filter(Boolean));
  await running?.bot.stop();
  await running?.polling;
  zalo?.stop();
  await heartbeat.stop();
}

/** The Telegram bot, polling, and its way out for the outbox. */
async function startTelegram(app: App, config: Config, token: string, log: Logger) {
  const { bot, polling } = await launchTelegramBot({
    token,
    apiRoot: config.TELEGRAM_API_ROOT,
    router: app.router,
    translator: app.translator,
    posted: app.services.posted,
    clock: app.services.clock,
    documents: app.documents,
    commands,
    log,
  });
  const deliverer = telegramDeliverer({
    token,
    apiRoot: config.TELEGRAM_API_ROOT,
    botUsername: bot.botInfo.username,
    translator: app.translator,
    posted: app.services.posted,
    clock: app.services.clock,
    documents: app.documents,
  });
  log.info({ bot: bot.botInfo.username, apiRoot: config.TELEGRAM_API_ROOT }, "telegram started");
  return { bot, polling, deliverer };
}

/** Scheduled jobs and the outbox: one beat at once (catching up what was missed), then every minute. */
function schedule(
  app: App,
  deliverers: Deliverer[],
  log: Logger,
  beforeJobs?: () => Promise<void>,
) {
  const heartbeat = startHeartbeat({
    services: app.services,
    scheduler: app.scheduler,
    sender: new OutboxSender(app.services, deliverers, log),
    lease: new SchedulerLease(app.database.db, processOwner(randomUUID())),
    log,
    beforeJobs,
  });
  heartbeat.beat().catch((error: unknown) => log.error({ err: error }, "first beat failed"));
  // An announcement or a poll goes out right after the turn that posted it.
  app.router.onPosted = () => void heartbeat.beat();
  return heartbeat;
}

main().catch((error: unknown) => {
  process.stderr.write(`${describeStartupError(error)}\n`);
  process.exitCode = 1;
});
