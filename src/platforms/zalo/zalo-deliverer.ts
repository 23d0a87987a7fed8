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
    async deliver(reply) {
      // While the session is down nothing can go out: wait for a new login.
      const state = services.platforms.get(ZALO)?.state;
      if (state === "kicked" || state === "expired") {
        throw new DeliveryError({ kind: "temporary" }, `session-${state}`);
      }
      try {
        await sendZaloReply({ ...options, posted: services.posted, clock: services.clock }, reply);
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
