import { autoRetry } from "@grammyjs/auto-retry";
import { Api, type Transformer } from "grammy";
import type { Clock } from "../../clock.js";
import type { Translator } from "../../i18n.js";
import type { DocumentMaker } from "../../messages/document-request.js";
import { type Deliverer, DeliveryError } from "../../outbox/outbox-sender.js";
import type { PostedMessageStore } from "../../store/posted-message-store.js";
import { sendReply } from "./send-reply.js";
import { failureCode, telegramFailure } from "./telegram-failure.js";
import { telegramThrottle } from "./telegram-throttle.js";

/**
 * The outbox's way out to Telegram: an API client with the outbox's own retries and time
 * limit, throttled by the same `throttle` as the answers' client, so that together they stay
 * within Telegram's limits (a throttle of its own when none is given).
 */
export function telegramDeliverer(options: {
  token: string;
  apiRoot: string;
  botUsername: string;
  translator: Translator;
  posted: PostedMessageStore;
  clock: Clock;
  documents: DocumentMaker;
  throttle?: Transformer;
}): Deliverer {
  // A request that hangs must not outlive the scheduler's lease (3 minutes).
  const api = new Api(options.token, { apiRoot: options.apiRoot, timeoutSeconds: 60 });
  api.config.use(options.throttle ?? telegramThrottle());
  // The outbox has its own backoff: a network failure must end the send, not retry forever.
  api.config.use(autoRetry({ maxRetryAttempts: 1, maxDelaySeconds: 5, rethrowHttpErrors: true }));
  return {
    chatPrefix: "tg:",
    hasButtons: true,
    hasNativePolls: true,
    async deliver(reply, progress) {
      try {
        await sendReply({ ...options, api }, reply, progress);
      } catch (error) {
        const failure = telegramFailure(error);
        throw failure ? new DeliveryError(failure, failureCode(error)) : error;
      }
    },
  };
}
