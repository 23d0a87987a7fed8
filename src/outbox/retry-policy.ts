import { HOUR_MS, SECOND_MS } from "../domain/durations.js";
/** Why a message could not be delivered, as far as the outbox needs to know. */
export type DeliveryFailure =
  /**
   * Too many messages. `chatOnly`: the limit is the chat's (Telegram's 20 a minute in a group),
   * so only that chat waits; otherwise the whole platform does.
   */
  | { kind: "rate-limited"; retryAfterSeconds: number; chatOnly?: boolean }
  /** 403: the person never opened a private chat with the bot, or blocked it; or kicked. */
  | { kind: "unreachable" }
  /**
   * 5xx or the network: try again later. A platform may say how many tries in all are worth
   * it, after how long, and what a last failure means (Zalo's "cannot receive messages from
   * you" is tried once more, then the person counts as unreachable).
   */
  | {
      kind: "temporary";
      retryAfterSeconds?: number;
      maxAttempts?: number;
      finally?: "unreachable" | "failed";
    }
  /** 400: the platform will never accept this message. */
  | { kind: "rejected" }
  /** The chat has a new id (a Telegram group became a supergroup). */
  | { kind: "moved"; newChatId: string };

export const MAX_ATTEMPTS = 8;
const FIRST_BACKOFF_MS = 10_000;
const MAX_BACKOFF_MS = HOUR_MS;

export type NextStep =
  | { retryAt: Date }
  | { giveUp: "unreachable" | "failed" }
  | { retarget: string };

/** After a failed attempt: when to try again, or to stop. */
export function afterFailure(failure: DeliveryFailure, attempts: number, now: Date): NextStep {
  switch (failure.kind) {
    case "rate-limited":
      return {
        retryAt: new Date(now.getTime() + Math.max(1, failure.retryAfterSeconds) * SECOND_MS),
      };
    case "temporary": {
      if (attempts >= (failure.maxAttempts ?? MAX_ATTEMPTS)) {
        return { giveUp: failure.finally ?? "failed" };
      }
      const backoff =
        failure.retryAfterSeconds !== undefined
          ? failure.retryAfterSeconds * SECOND_MS
          : Math.min(FIRST_BACKOFF_MS * 2 ** (attempts - 1), MAX_BACKOFF_MS);
      return { retryAt: new Date(now.getTime() + backoff) };
    }
    case "unreachable":
      return { giveUp: "unreachable" };
    case "rejected":
      return { giveUp: "failed" };
    case "moved":
      return { retarget: failure.newChatId };
  }
}
