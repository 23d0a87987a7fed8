import { autoRetry } from "@grammyjs/auto-retry";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import { Api, GrammyError, HttpError } from "grammy";
import type { Clock } from "../../clock.js";
import type { DocumentMaker } from "../../documents/document-request.js";
import type { Reply } from "../../engine/reply.js";
import type { Translator } from "../../i18n.js";
import { type Deliverer, DeliveryError } from "../../outbox/outbox-sender.js";
import type { DeliveryFailure } from "../../outbox/retry-policy.js";
import type { PostedMessageStore } from "../../store/posted-message-store.js";
import { sendReply } from "./send-reply.js";

/** The least time between two messages of the outbox, to any chats: under 30 a second. */
const GLOBAL_GAP_MS = 34;

/**
 * The outbox's way out to Telegram: its own API client, throttled to Telegram's limits
 * (30 messages a second, 20 a minute per group, one a second per private chat), so that a
 * batch of reminders never slows down the answers people are waiting for.
 */
export function telegramDeliverer(options: {
  token: string;
  apiRoot: string;
  botUsername: string;
  translator: Translator;
  posted: PostedMessageStore;
  clock: Clock;
  documents: DocumentMaker;
}): Deliverer {
  // A request that hangs must not outlive the scheduler's lease (3 minutes).
  const api = new Api(options.token, { apiRoot: options.apiRoot, timeoutSeconds: 60 });
  // The plugin's default global limit lets 30 go at once, then 30 more when its own one-second
  // timer refills: two bursts that straddle a refill put up to 60 in one second, and Telegram
  // answers 429 (8 of 300 group posts in the benchmark, which then took 17.7 s instead of 10).
  // Spaced 34 ms apart (29.4 a second), no second holds more than 30 even when the network
  // brings them up to 20 ms closer together.
  api.config.use(apiThrottler({ global: { minTime: GLOBAL_GAP_MS } }));
  api.config.use(autoRetry({ maxRetryAttempts: 1, maxDelaySeconds: 5 }));
  return {
    chatPrefix: "tg:",
    hasButtons: true,
    hasNativePolls: true,
    async deliver(reply: Reply) {
      try {
        await sendReply({ ...options, api }, reply);
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
  };
}

function toDeliveryError(error: unknown): unknown {
  if (error instanceof HttpError) return new DeliveryError({ kind: "temporary" }, "network");
  if (!(error instanceof GrammyError)) return error;
  const code = String(error.error_code);
  let failure: DeliveryFailure;
  const movedTo = error.parameters.migrate_to_chat_id;
  if (movedTo !== undefined) {
    failure = { kind: "moved", newChatId: `tg:${movedTo}` };
  } else if (error.error_code === 429) {
    failure = { kind: "rate-limited", retryAfterSeconds: error.parameters.retry_after ?? 5 };
  } else if (error.error_code === 403 || /chat not found/i.test(error.description)) {
    failure = { kind: "unreachable" };
  } else if (error.error_code >= 500) {
    failure = { kind: "temporary" };
  } else {
    failure = { kind: "rejected" };
  }
  return new DeliveryError(failure, code);
}
