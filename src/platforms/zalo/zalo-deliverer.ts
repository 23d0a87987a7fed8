import { ZaloApiError } from "zca-js";
import type { DocumentMaker } from "../../documents/document-request.js";
import type { Services } from "../../engine/services.js";
import type { Translator } from "../../i18n.js";
import { type Deliverer, DeliveryError } from "../../outbox/outbox-sender.js";
import type { DeliveryFailure } from "../../outbox/retry-policy.js";
import type { SendQueue } from "./send-queue.js";
import { isRateLimited, sendZaloReply } from "./send-reply.js";
import type { ZaloApi } from "./zalo-api.js";
import { ZALO } from "./zalo-bot.js";

/** Whether the Zalo session can send: not kicked out, not expired. */
export function sessionWorks(services: Services): boolean {
  const state = services.platforms.get(ZALO)?.state;
  return state !== "kicked" && state !== "expired";
}

/** How long the outbox waits after Zalo said "too many requests", past the queue's own retries. */
const RATE_LIMIT_PAUSE_SECONDS = 600;

/** The outbox's way out to Zalo, through the same queue as the answers, at its pace. */
export function zaloDeliverer(options: {
  api: ZaloApi;
  queue: SendQueue;
  translator: Translator;
  services: Services;
  documents: DocumentMaker;
}): Deliverer {
  const { services } = options;
  return {
    chatPrefix: "zalo:",
    hasButtons: false,
    hasNativePolls: true,
    // While the session is down nothing can go out: the messages wait for a new login.
    ready: () => sessionWorks(services),
    async deliver(reply) {
      try {
        const out = { ...options, posted: services.posted, clock: services.clock, retry: false };
        await sendZaloReply(out, reply);
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
  };
}

function toDeliveryError(error: unknown): unknown {
  if (!(error instanceof ZaloApiError)) return new DeliveryError({ kind: "temporary" }, "network");
  const code = String(error.code ?? "zalo");
  let failure: DeliveryFailure;
  if (isRateLimited(error)) {
    failure = { kind: "rate-limited", retryAfterSeconds: RATE_LIMIT_PAUSE_SECONDS };
  } else if (/không thể nhận tin nhắn/i.test(error.message)) {
    // "Cannot receive messages from you": this person does not take messages from strangers.
    failure = { kind: "unreachable" };
  } else {
    failure = { kind: "rejected" };
  }
  return new DeliveryError(failure, code);
}
