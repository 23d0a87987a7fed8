import type { Logger } from "pino";
import { type Credentials, Zalo } from "zca-js";
import type { App } from "../../app.js";
import type { Config } from "../../config.js";
import { HOUR_MS } from "../../domain/durations.js";
import type { Deliverer } from "../../outbox/outbox-sender.js";
import { readCredentials, saveCredentials } from "./credentials.js";
import { SendQueue } from "./send-queue.js";
import type { ZaloApi } from "./zalo-api.js";
import { startZaloBot } from "./zalo-bot.js";
import { isRateLimited } from "./zalo-errors.js";
import { zaloClientOptions } from "./zalo-server.js";
import type { LoginSource, ZaloSessionTimings } from "./zalo-session.js";

/** Cookies Zalo refreshes are saved this often, so that a restart logs in with fresh ones. */
const SAVE_SESSION_EVERY_MS = HOUR_MS;

export interface RunningZalo {
  deliverer: Deliverer;
  beforeJobs: () => Promise<void>;
  stop(): void;
}

/**
 * Logs the bot's Zalo account in with the saved session and keeps it listening (zalo-session.ts).
 * It returns at once: a login that fails for the network is tried again in the background, and
 * when the session is missing or dead it is said once (log, `zalo status`, the secretaries on
 * Telegram) while the rest of chibo runs without Zalo.
 */
export function runZalo(
  app: App,
  config: Config,
  log: Logger,
  timings?: Partial<ZaloSessionTimings>,
): RunningZalo {
  const path = config.ZALO_CREDENTIALS_PATH;
  let saved: Credentials | undefined;
  let latest: ZaloApi | undefined;
  // Once the session is kicked out or expired its cookies are dead: they must never be
  // written over the session a new `zalo login` saves. They are saved again once it is back.
  let ended = false;

  const cookiesOf = (api: ZaloApi) => api.getCookie().toJSON()?.cookies ?? [];
  const save = () => {
    if (ended || !saved || !latest) return;
    try {
      saveCredentials(path, { ...saved, cookie: cookiesOf(latest) });
    } catch (error) {
      log.error({ err: error }, "zalo session not saved");
    }
  };

  /** From the saved session, or from the cookies the running session has been given since. */
  async function login(source: LoginSource): Promise<ZaloApi> {
    const fromFile = readCredentials(path);
    const credentials =
      source === "current" && latest ? { ...fromFile, cookie: cookiesOf(latest) } : fromFile;
    const api = await new Zalo(zaloClientOptions(config.ZALO_SERVER)).login(credentials);
    saved = credentials;
    latest = api;
    ended = false;
    setImmediate(save);
    return api;
  }

  const queue = new SendQueue(config.ZALO_SEND_GAP_MS, isRateLimited);
  const bot = startZaloBot({
    login,
    app,
    queue,
    log,
    timings,
    strangerCap: config.ZALO_STRANGER_DAILY_CAP,
    onEnded: () => {
      ended = true;
    },
    onBack: () => {
      ended = false;
      save();
    },
  });
  const timer = setInterval(save, SAVE_SESSION_EVERY_MS).unref();
  return {
    deliverer: bot.deliverer,
    beforeJobs: () => bot.syncPolls(),
    stop() {
      clearInterval(timer);
      bot.stop();
      save();
    },
  };
}
