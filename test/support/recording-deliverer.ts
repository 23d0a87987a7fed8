import type { Clock } from "../../src/clock.js";
import { formatInstant } from "../../src/domain/calendar.js";
import { plainText } from "../../src/domain/rich-text.js";
import type { Translator } from "../../src/i18n.js";
import type { Reply } from "../../src/messages/reply.js";
import type { Deliverer } from "../../src/outbox/outbox-sender.js";
import { DeliveryError } from "../../src/outbox/outbox-sender.js";
import type { DeliveryFailure } from "../../src/outbox/retry-policy.js";

export interface Delivered {
  chatId: string;
  /** Local time in Vietnam, "dd/mm/yyyy HH:mm". */
  at: string;
  text: string;
}

/** A deliverer for the console platform that records what it sends, and can be made to fail. */
export class RecordingDeliverer implements Deliverer {
  readonly chatPrefix = "console:";
  readonly hasButtons = false;
  readonly delivered: Delivered[] = [];
  private readonly failures = new Map<string, DeliveryFailure[]>();

  constructor(
    private readonly translator: Translator,
    private readonly clock: Clock,
  ) {}

  /** The next deliveries to a chat fail as given, in order. */
  failNext(chatId: string, ...failures: DeliveryFailure[]): void {
    this.failures.set(chatId, [...(this.failures.get(chatId) ?? []), ...failures]);
  }

  async deliver(reply: Reply): Promise<void> {
    const failure = this.failures.get(reply.chatId)?.shift();
    if (failure) throw new DeliveryError(failure, failure.kind);
    this.delivered.push({
      chatId: reply.chatId,
      at: formatInstant(this.clock.now(), "Asia/Ho_Chi_Minh"),
      text: reply.parts.map((part) => plainText(this.translator.text(part))).join("\n"),
    });
  }

  to(chatId: string): Delivered[] {
    return this.delivered.filter((d) => d.chatId === chatId);
  }
}
