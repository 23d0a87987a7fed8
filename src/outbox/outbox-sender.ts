import type { Logger } from "pino";
import { afterQuietHours } from "../domain/schedule-rules.js";
import type { Reply } from "../engine/reply.js";
import type { Services } from "../engine/services.js";
import type { OutboxMessage } from "../store/outbox-store.js";
import { afterFailure, type DeliveryFailure } from "./retry-policy.js";

/** A platform's way of sending one outbox message; it throws DeliveryError when it cannot. */
export interface Deliverer {
  /** The platform prefix of the chats it serves: "tg:", "console:". */
  chatPrefix: string;
  deliver(reply: Reply): Promise<void>;
}

export class DeliveryError extends Error {
  constructor(
    readonly failure: DeliveryFailure,
    /** The platform's error code, for the record; never the message. */
    readonly code: string,
  ) {
    super(`${failure.kind} (${code})`);
  }
}

const BATCH = 50;

/**
 * Drains the outbox through the platforms' deliverers, within their limits (the deliverer
 * throttles), retrying what can be retried and telling the group about people it cannot reach.
 */
export class OutboxSender {
  constructor(
    private readonly services: Services,
    private readonly deliverers: readonly Deliverer[],
    private readonly log: Logger,
  ) {}

  /** Sends everything due now; returns how many were sent. Nothing goes during quiet hours. */
  async drain(): Promise<number> {
    const { outbox, clock, timeZone, quietHours } = this.services;
    const prefixes = this.deliverers.map((d) => d.chatPrefix);
    let sent = 0;
    for (;;) {
      const now = clock.now();
      if (afterQuietHours(now, timeZone, quietHours) > now) return sent;
      const batch = outbox.claimDue(now, prefixes, BATCH);
      if (batch.length === 0) return sent;
      // One at a time: if the process dies, only the message in flight has an unknown fate.
      for (const message of batch) {
        if (await this.send(message)) sent += 1;
      }
    }
  }

  private async send(message: OutboxMessage): Promise<boolean> {
    const deliverer = this.deliverers.find((d) => message.chatId.startsWith(d.chatPrefix));
    try {
      await deliverer?.deliver(message.reply);
      this.services.outbox.markSent(message.id, this.services.clock.now());
      return true;
    } catch (error) {
      const failure: DeliveryFailure =
        error instanceof DeliveryError ? error.failure : { kind: "temporary" };
      const code = error instanceof DeliveryError ? error.code : "error";
      if (!(error instanceof DeliveryError)) this.log.error({ err: error }, "delivery failed");
      this.afterFailure(message, failure, code);
      return false;
    }
  }

  private afterFailure(message: OutboxMessage, failure: DeliveryFailure, code: string): void {
    const { outbox, clock, timeZone, quietHours } = this.services;
    const attempts = message.attempts + 1;
    const next = afterFailure(failure, attempts, clock.now());
    this.log.warn({ outbox: message.id, chat: message.chatId, code, attempts }, "not delivered");
    if ("retryAt" in next) {
      const notBefore = afterQuietHours(next.retryAt, timeZone, quietHours);
      outbox.retryLater(message.id, notBefore, attempts, code);
      return;
    }
    this.services.transaction(() => {
      outbox.giveUp(message.id, next.giveUp, attempts, code);
      if (next.giveUp === "unreachable" && message.memberId !== null) {
        this.nameInGroup(message.chatId, message.memberId);
      }
    });
  }

  /** Someone who cannot be written to in private is asked, in their cell's group, to open it. */
  private nameInGroup(personId: string, memberId: number): void {
    const { members, cells, conversations, outbox, clock, timeZone, quietHours } = this.services;
    conversations.forgetPrivateChat(personId);
    const member = members.byId(memberId);
    if (!member) return;
    const now = clock.now();
    const platform = personId.slice(0, personId.indexOf(":") + 1);
    for (const group of cells.activeGroups(member.cellId)) {
      if (!group.chatId.startsWith(platform)) continue;
      const reply = {
        chatId: group.chatId,
        parts: [{ key: "job-unreachable", args: { name: member.fullName } }],
      };
      outbox.add(reply, afterQuietHours(now, timeZone, quietHours), now);
    }
  }
}
