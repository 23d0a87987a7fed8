import type { Logger } from "pino";
import { commands } from "../../../commands/index.js";
import type { App } from "../../app.js";
import { handOver } from "../../outbox/hand-over.js";
import type { Deliverer } from "../../outbox/outbox-sender.js";
import { launchTelegramBot, type RunningTelegramBot } from "./telegram-bot.js";
import { telegramDeliverer } from "./telegram-deliverer.js";
import { telegramThrottle } from "./telegram-throttle.js";

export interface RunningTelegram extends RunningTelegramBot {
  /** The outbox's way out to Telegram. */
  deliverer: Deliverer;
}

/**
 * The Telegram bot polling for updates, and the outbox's way out. The answers and the outbox
 * share one throttle, so that together they stay within Telegram's limits; an answer that
 * cannot go now is handed to the outbox.
 */
export async function runTelegram(
  app: App,
  options: {
    token: string;
    apiRoot: string;
    log: Logger;
    signal?: AbortSignal;
    /** How often a live count may be edited, at most (tests make it short). */
    refreshEveryMs?: number;
  },
): Promise<RunningTelegram> {
  const { token, apiRoot, log } = options;
  const { services, translator, documents } = app;
  const throttle = telegramThrottle();
  const running = await launchTelegramBot({
    ...options,
    router: app.router,
    translator,
    posted: services.posted,
    clock: services.clock,
    documents,
    commands,
    throttle,
    onUnsent: (reply, unsent) => handOver(services, reply, unsent),
  });
  const deliverer = telegramDeliverer({
    token,
    apiRoot,
    botUsername: running.bot.botInfo.username,
    translator,
    posted: services.posted,
    clock: services.clock,
    documents,
    throttle,
  });
  log.info({ bot: running.bot.botInfo.username, apiRoot }, "telegram started");
  return { ...running, deliverer };
}
