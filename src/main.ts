import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { GrammyError } from "grammy";
import type { Logger } from "pino";
import { type App, createApp } from "./app.js";
import { systemClock } from "./clock.js";
import { loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { type Deliverer, OutboxSender } from "./outbox/outbox-sender.js";
import { ConsoleChat } from "./platforms/console/console-chat.js";
import { runConsole } from "./platforms/console/run-console.js";
import { TelegramRefusedError, telegramTrouble } from "./platforms/telegram/reach-telegram.js";
import { type RunningTelegram, runTelegram } from "./platforms/telegram/run-telegram.js";
import type { RunningZalo } from "./platforms/zalo/run-zalo.js";
import { type Heartbeat, startHeartbeat } from "./schedule/heartbeat.js";
import {
  type Ending,
  EXIT,
  exitWhenFlushed,
  limitStop,
  listenForStop,
  StopSteps,
  tellOperator,
} from "./shutdown.js";
import { describeStartupError, useVietnameseValidation } from "./startup-error.js";
import { processOwner, SchedulerLease } from "./store/scheduler-lease.js";

async function main(): Promise<void> {
  // V8 moves an allocation site's objects straight to the old generation once many of them
  // outlive two minor collections. The heartbeat's reading of every cell did so for drizzle's
  // rows, and from then on every turn's rows went there too, to be freed only by a full
  // collection: some 20 MB more at the benchmark's peak. A turn's objects live for a turn.
  setFlagsFromString("--no-allocation-site-pretenuring");
  const stop = listenForStop();
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
    const chat = new ConsoleChat(app, { dir });
    const print = (lines: string[]) => process.stdout.write(`\n${lines.join("\n")}\n`);
    const heartbeat = schedule(app, [chat.deliverer(print)], log);
    await runConsole(chat, app.translator, stop.signal);
    const reason = stop.signal.aborted ? String(stop.signal.reason) : "end of input";
    return shutDown(app, { heartbeat }, { code: EXIT.stopped, reason }, log);
  }
  const running: Running = {};
  const deliverers: Deliverer[] = [];
  // zca-js loads only when Zalo is on: it costs 0.4 s and 30 MB at start.
  if (config.ZALO_ENABLED) {
    running.zalo = (await import("./platforms/zalo/run-zalo.js")).runZalo(app, config, log);
    deliverers.push(running.zalo.deliverer);
  }
  if (telegram) {
    try {
      const apiRoot = config.TELEGRAM_API_ROOT;
      const { signal } = stop;
      running.telegram = await runTelegram(app, { token: telegram, apiRoot, log, signal });
    } catch (error) {
      const ending = stop.signal.aborted
        ? { code: EXIT.stopped, reason: String(stop.signal.reason) }
        : telegramEnding(error, log);
      return shutDown(app, running, ending, log);
    }
    deliverers.push(running.telegram.deliverer);
  }
  running.heartbeat = schedule(app, deliverers, log, running.zalo?.beforeJobs);
  // Until a signal, or until Telegram ends the polling (a revoked token, another process).
  const polling = running.telegram?.polling.then(
    (): Ending => ({ code: EXIT.failed, reason: "telegram polling ended" }),
    (error: unknown) => telegramEnding(error, log),
  );
  const ending = await Promise.race(polling ? [stop.requested, polling] : [stop.requested]);
  return shutDown(app, running, ending, log);
}

interface Running {
  telegram?: RunningTelegram;
  zalo?: RunningZalo;
  heartbeat?: Heartbeat;
}

/**
 * Stops taking updates and stops the heartbeat and the outbox first, then waits for the turn
 * and the beat under way, gives the lease up and closes the database. Each step runs even if
 * one before it failed; the whole stop is bounded (STOP_LIMIT_MS), then the process exits.
 */
async function shutDown(app: App, running: Running, ending: Ending, log: Logger): Promise<void> {
  if (ending.message) tellOperator(ending.message);
  log.info({ reason: ending.reason }, "stopping");
  limitStop(log);
  const steps = new StopSteps(log);
  const { telegram, zalo, heartbeat } = running;
  steps.run("heartbeat", () => heartbeat?.halt());
  steps.run("zalo", () => zalo?.stop());
  const [beatEnded] = await Promise.all([
    steps.wait("beat under way", heartbeat?.settled()),
    steps.wait("telegram", telegram?.stop()),
  ]);
  // A message may still be in flight: then the lease stays, and the next start on this
  // machine takes it at once (elsewhere once it is stale) and sends that message again.
  if (beatEnded) steps.run("scheduler lease", () => heartbeat?.releaseLease());
  steps.run("database", () => app.close());
  const code = steps.exitCode(ending);
  log.info({ code }, "stopped");
  exitWhenFlushed(code);
}

/** Why Telegram ended the polling, or refused to start, and what the operator is told. */
function telegramEnding(error: unknown, log: Logger): Ending {
  const code = error instanceof GrammyError ? error.error_code : undefined;
  if (code === 409) {
    return { code: EXIT.conflict, reason: "conflict", message: { key: "stop-conflict" } };
  }
  if (error instanceof TelegramRefusedError || code === 401) {
    const status = error instanceof TelegramRefusedError ? error.code : 401;
    const message = { key: "stop-token-refused", args: { code: status } };
    return { code: EXIT.failed, reason: "token refused", message };
  }
  log.error({ reason: telegramTrouble(error) }, "telegram failed");
  return { code: EXIT.failed, reason: "telegram failed" };
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
    sender: new OutboxSender(app.services, deliverers, log, app.outboxRules),
    lease: new SchedulerLease(app.database.db, processOwner(randomUUID())),
    log,
    beforeJobs,
  });
  heartbeat.beat().catch((error: unknown) => log.error({ err: error }, "first beat failed"));
  // An announcement or a poll goes out right after the turn that posted it: only the outbox
  // is sent, no job runs and no platform is read.
  app.router.onPosted = () => void heartbeat.drain();
  return heartbeat;
}

main().catch((error: unknown) => {
  process.stderr.write(`${describeStartupError(error)}\n`);
  // Whatever had started (Zalo's listener, a timer) must not keep a half-started process alive.
  exitWhenFlushed(EXIT.failed);
});
