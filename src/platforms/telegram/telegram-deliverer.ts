import { autoRetry } from "@grammyjs/auto-retry";
import { Api, type Transformer } from "grammy";
import { type Deliverer, DeliveryError } from "../../outbox/outbox-sender.js";
import { ReplySender, type SendingContext } from "../send-reply.js";
import { telegramAdapter } from "./telegram-adapter.js";
import { failureCode, telegramFailure } from "./telegram-failure.js";
import { telegramThrottle } from "./telegram-throttle.js";

/**
 * The outbox's way out to Telegram: an API client with the outbox's own retries and time
 * limit, throttled by the same `throttle` as the answers' client, so that together they stay
 * within Telegram's limits (a throttle of its own when none is given).
 */
export function telegramDeliverer(
  options: SendingContext & {
    token: string;
    apiRoot: string;
    botUsername: string;
    throttle?: Transformer;
  },
): Deliverer {
  // A request that hangs must not outlive the scheduler's lease (3 minutes).
  const api = new Api(options.token, { apiRoot: options.apiRoot, timeoutSeconds: 60 });
  api.config.use(options.throttle ?? telegramThrottle());
  // The outbox has its own backoff: a network failure must end the send, not retry forever.
  api.config.use(autoRetry({ maxRetryAttempts: 1, maxDelaySeconds: 5, rethrowHttpErrors: true }));
  const sender = new ReplySender(telegramAdapter(api, options.botUsername), options);
  const { chatPrefix, hasButtons, hasNativePolls } = sender.adapter;
  return {
    chatPrefix,
    hasButtons,
    hasNativePolls,
    async deliver(reply, progress) {
      try {
        await sender.send(reply, progress);
      } catch (error) {
        const failure = telegramFailure(error);
        throw failure ? new DeliveryError(failure, failureCode(error)) : error;
      }
    },
  };
}
