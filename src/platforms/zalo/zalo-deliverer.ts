import { localDay } from "../../domain/calendar.js";
import { type Deliverer, DeliveryError } from "../../outbox/outbox-sender.js";
import type { DeliveryFailure } from "../../outbox/retry-policy.js";
import type { Services } from "../../store/services.js";
import type { ReplySender } from "../send-reply.js";
import { zaloThread } from "./zalo-api.js";
import { ZaloSendError, zaloFailureKind } from "./zalo-errors.js";
import type { ZaloSession } from "./zalo-session.js";
import { ZALO } from "./zalo-session.js";

/** Whether the Zalo session can send: up, or only reconnecting after a routine drop. */
export function sessionWorks(services: Services): boolean {
  const state = services.platforms.get(ZALO)?.state;
  return state === undefined || state === "ok" || state === "reconnecting";
}

/** How long the outbox waits after Zalo said "too many requests" (reported to last hours). */
const RATE_LIMIT_PAUSE_SECONDS = 3600;
/** After Zalo refused the session's cookies: a new login is tried meanwhile. */
const SESSION_GONE_PAUSE_SECONDS = 60;
/** "Cannot receive messages from you" (123/127): one more try, this much later. */
const REFUSED_RETRY_SECONDS = 3600;

export interface ZaloDelivererOptions {
  /** The steps over Zalo's adapter, leaving a "too many requests" to the outbox. */
  sender: ReplySender;
  session: Pick<ZaloSession, "api" | "sessionGone">;
  services: Services;
  /** The most strangers the account writes to privately in a day: Zalo caps them (~100). */
  strangerCap: number;
}

/**
 * The outbox's way out to Zalo, through the same queue as the answers, at its pace. A private
 * message to someone who is not the bot's friend counts against the day's cap on strangers;
 * past it, or when the person refuses strangers, they are named in the group instead.
 */
export function zaloDeliverer(options: ZaloDelivererOptions): Deliverer {
  const { services, session, sender } = options;
  const { chatPrefix, hasButtons, hasNativePolls } = sender.adapter;
  return {
    chatPrefix,
    hasButtons,
    hasNativePolls,
    // While the session is down nothing can go out: the messages wait for a new login.
    ready: () => sessionWorks(services) && session.api !== undefined,
    async deliver(reply, progress) {
      if (!session.api) throw new DeliveryError({ kind: "temporary" }, "not-logged-in");
      const { isGroup } = zaloThread(reply.chatId);
      if (!isGroup) takeStrangerSlot(options, reply.chatId);
      try {
        await sender.send(reply, progress);
      } catch (error) {
        throw toDeliveryError(options, error, reply.chatId, isGroup);
      }
      if (!isGroup) services.zaloContacts.reached(reply.chatId);
    },
  };
}

/** A stranger written to today counts once; a new one past the cap is not written to. */
function takeStrangerSlot(options: ZaloDelivererOptions, personId: string): void {
  const { zaloContacts, clock, timeZone } = options.services;
  if (zaloContacts.isFriend(personId)) return;
  const day = localDay(clock.now(), timeZone);
  if (zaloContacts.wroteToStranger(day, personId)) return;
  if (zaloContacts.strangersWrittenTo(day) >= options.strangerCap) {
    zaloContacts.markUnreachable(personId, "cap", clock.now());
    throw new DeliveryError({ kind: "unreachable" }, "stranger-cap");
  }
  zaloContacts.noteStrangerWrittenTo(day, personId);
}

function toDeliveryError(
  options: ZaloDelivererOptions,
  error: unknown,
  chatId: string,
  isGroup: boolean,
): DeliveryError {
  const code = error instanceof ZaloSendError ? error.reason : String(codeOf(error) ?? "zalo");
  const { zaloContacts, clock } = options.services;
  let failure: DeliveryFailure;
  switch (zaloFailureKind(error)) {
    case "rate-limited":
      failure = { kind: "rate-limited", retryAfterSeconds: RATE_LIMIT_PAUSE_SECONDS };
      break;
    case "session-gone":
      // Zalo's outbox waits (a pause counts no attempt) while the session logs in again.
      options.session.sessionGone();
      failure = { kind: "rate-limited", retryAfterSeconds: SESSION_GONE_PAUSE_SECONDS };
      break;
    case "refuses-strangers":
      // Only a person refuses strangers: never a reason to leave a group.
      if (!isGroup) zaloContacts.markUnreachable(chatId, "strangers", clock.now());
      failure = isGroup ? { kind: "rejected" } : { kind: "unreachable" };
      break;
    case "refused-for-now":
      if (!isGroup) zaloContacts.markUnreachable(chatId, "refused", clock.now());
      failure = {
        kind: "temporary",
        retryAfterSeconds: REFUSED_RETRY_SECONDS,
        maxAttempts: 2,
        finally: isGroup ? "failed" : "unreachable",
      };
      break;
    case "malformed":
      failure = { kind: "temporary", maxAttempts: 2 };
      break;
    case "temporary":
      failure = { kind: "temporary" };
      break;
    case "rejected":
      failure = { kind: "rejected" };
      break;
  }
  return new DeliveryError(failure, code);
}

function codeOf(error: unknown): unknown {
  return (error as { code?: unknown } | undefined)?.code;
}
