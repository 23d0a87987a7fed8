import { setTimeout as sleep } from "node:timers/promises";
import { Api, GrammyError, HttpError } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import { MINUTE_MS, SECOND_MS } from "../../domain/durations.js";

/** Telegram does not take the bot's token (401), or the API root serves no such bot (404). */
export class TelegramRefusedError extends Error {
  constructor(readonly code: number) {
    super(`Telegram refused the bot's token (${code})`);
  }
}

/** grammY types its signals with a polyfill's AbortSignal; Node's own is what it gets at run time. */
export type ApiSignal = Parameters<Api["getMe"]>[0];

const FIRST_PAUSE_MS = 1000;
const LONGEST_PAUSE_MS = MINUTE_MS;

/**
 * Asks Telegram who the bot is until it answers. While it cannot be reached (the network, a
 * closed port, a 5xx, a 429) each try is logged and the next comes after a pause that doubles
 * up to a minute; `signal` (a stop) ends the wait at once, rejecting with its reason.
 */
export async function reachTelegram(options: {
  token: string;
  apiRoot: string;
  log: Logger;
  signal?: AbortSignal;
}): Promise<UserFromGetMe> {
  const { apiRoot, log, signal } = options;
  // A bare client: the bot's own one retries network errors forever, saying nothing.
  const api = new Api(options.token, { apiRoot, timeoutSeconds: 30 });
  let pauseMs = FIRST_PAUSE_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await api.getMe(signal as ApiSignal);
    } catch (error) {
      signal?.throwIfAborted();
      if (error instanceof GrammyError && [401, 404].includes(error.error_code)) {
        throw new TelegramRefusedError(error.error_code);
      }
      if (!isPassing(error)) throw error;
      const retryAfter = error instanceof GrammyError ? error.parameters.retry_after : undefined;
      const waitMs = retryAfter === undefined ? pauseMs : retryAfter * SECOND_MS;
      const retryInSeconds = waitMs / SECOND_MS;
      log.warn(
        { apiRoot, attempt, reason: telegramTrouble(error), retryInSeconds },
        "Telegram cannot be reached; trying again",
      );
      await sleep(waitMs, undefined, { signal });
      pauseMs = Math.min(pauseMs * 2, LONGEST_PAUSE_MS);
    }
  }
}

/** Trouble that passes: the network, Telegram's own faults, a request to slow down. */
function isPassing(error: unknown): error is HttpError | GrammyError {
  if (error instanceof HttpError) return true;
  return error instanceof GrammyError && (error.error_code >= 500 || error.error_code === 429);
}

/**
 * What may be logged of a failed call to Telegram: the network error's code, or Telegram's own.
 * Never the message of a network error, which holds the request's URL and so the token.
 */
export function telegramTrouble(error: unknown): string {
  if (error instanceof GrammyError) return `${error.error_code} ${error.description}`;
  if (error instanceof HttpError) {
    const cause = error.error as { code?: unknown; name?: unknown } | undefined;
    return String(cause?.code ?? cause?.name ?? "network");
  }
  return error instanceof Error ? error.name : "unknown";
}
