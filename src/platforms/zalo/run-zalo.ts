import type { Logger } from "pino";
import { type API, Zalo } from "zca-js";
import type { App } from "../../app.js";
import type { Config } from "../../config.js";
import type { Deliverer } from "../../outbox/outbox-sender.js";
import { CredentialsError, readCredentials, saveCredentials } from "./credentials.js";
import { tellOperators } from "./operator-notice.js";
import { syncZaloPolls } from "./poll-sync.js";
import { SendQueue } from "./send-queue.js";
import { isRateLimited } from "./send-reply.js";
import { describe, type RunningZaloBot, startZaloBot, ZALO, zaloOptions } from "./zalo-bot.js";
import { zaloDeliverer } from "./zalo-deliverer.js";

/** Cookies Zalo refreshes are saved this often, so that a restart logs in with fresh ones. */
const SAVE_SESSION_EVERY_MS = 60 * 60 * 1000;

export interface RunningZalo {
  deliverer: Deliverer;
  beforeJobs: () => Promise<void>;
  stop(): void;
}

/**
 * Logs the bot's Zalo account in with the saved session and starts listening. When the session
 * is missing or no longer accepted it says so once (log, `zalo status`, the secretaries on
 * Telegram) and returns undefined: the rest of chibo runs without Zalo.
 */
export async function runZalo(
  app: App,
  config: Config,
  log: Logger,
): Promise<RunningZalo | undefined> {
  const { services, router, translator } = app;
  let api: API;
  try {
    const credentials = readCredentials(config.ZALO_CREDENTIALS_PATH);
    api = await new Zalo(zaloOptions).login(credentials);
    // Once the session is kicked out or expired its cookies are dead: they must never be
    // written over the session a new `zalo login` saves.
    let ended = false;
    const save = () => {
      if (ended) return;
      try {
        saveCredentials(config.ZALO_CREDENTIALS_PATH, {
          ...credentials,
          cookie: api.getCookie().toJSON()?.cookies ?? [],
        });
      } catch (error) {
        log.error({ err: describe(error) }, "zalo session not saved");
      }
    };
    save();
    const timer = setInterval(save, SAVE_SESSION_EVERY_MS).unref();
    const onSessionEnded = () => {
      ended = true;
      clearInterval(timer);
    };
    const queue = new SendQueue(config.ZALO_SEND_GAP_MS, isRateLimited);
    const { documents } = app;
    const bot: RunningZaloBot = startZaloBot({
      api,
      router,
      services,
      translator,
      queue,
      documents,
      log,
      onSessionEnded,
    });
    return {
      deliverer: zaloDeliverer({ api, queue, translator, services, documents }),
      beforeJobs: () => syncZaloPolls(api, queue, services, log),
      stop() {
        clearInterval(timer);
        bot.stop();
        save();
      },
    };
  } catch (error) {
    const key = error instanceof CredentialsError ? error.key : "zalo-login-failed";
    log.error(
      { reason: key, err: describe(error) },
      "zalo not started: run `npm run cli -- zalo login`",
    );
    if (services.platforms.set(ZALO, "expired", key, services.clock.now())) {
      services.transaction(() => tellOperators(services, "expired"));
    }
    return undefined;
  }
}
