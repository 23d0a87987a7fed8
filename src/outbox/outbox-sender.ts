import type { Logger } from "pino";
import { localDay } from "../domain/calendar.js";
import type { Text } from "../i18n.js";
import type { Compose } from "../messages/intent.js";
import type { Reply } from "../messages/reply.js";
import type { OutboxMessage } from "../store/outbox-store.js";
import type { Services } from "../store/services.js";
import type { ChatAdapter } from "./chat-adapter.js";
import { type NumberedPlatform, rememberNumbered } from "./numbered-lists.js";
import { type DeliveryProgress, recordedProgress } from "./recorded-progress.js";
import { afterFailure, type DeliveryFailure } from "./retry-policy.js";
import { sendableFrom } from "./sendable-from.js";

/**
 * A platform's way of sending one outbox message, with what its adapter declares of the chats
 * it serves; it throws DeliveryError when it cannot.
 */
export interface Deliverer extends NumberedPlatform, Pick<ChatAdapter, "chatPrefix"> {
  /** False while the platform cannot send at all (a Zalo session to log in again): its messages wait. */
  ready?(): boolean;
  /**
   * Sends what is left of the reply: `progress.sentParts` parts of it went out already (a
   * long text cut in parts, then its file), and the deliverer counts up as it sends more.
   */
  deliver(reply: Reply, progress: DeliveryProgress): Promise<void>;
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

/**
 * What the features above the outbox decide for it: the jobs write the messages they queued
 * as intents; a message refused for good may leave something to undo (a poll no group has).
 */
export interface OutboxRules {
  compose: Compose;
  refused(message: OutboxMessage): void;
}

const BATCH = 50;

type Sent = "sent" | "failed" | "dropped" | "rate-limited" | "chat-limited";

/** Chats limited in one drain past which the limit is taken as the platform's, not theirs. */
const LIMITED_CHATS_BEFORE_PAUSE = 2;

/**
 * Drains the outbox through the platforms' deliverers, within their limits (the deliverer
 * throttles), retrying what can be retried and telling the group about people it cannot reach.
 */
export class OutboxSender {
  constructor(
    private readonly services: Services,
    private readonly deliverers: readonly Deliverer[],
    private readonly log: Logger,
    private readonly rules: OutboxRules,
  ) {}

  /**
   * Sends what is due, one message at a time, so that if the process dies only the message
   * in flight has an unknown fate. Stops during quiet hours, after a 429 (the platform asked
   * for a pause: the next beat goes on), and as soon as `mayContinue` says this process no
   * longer holds the lease. Returns how many were sent.
   */
  async drain(mayContinue: () => boolean = () => true): Promise<number> {
    const { outbox, clock } = this.services;
    // A platform that asked for a pause, or cannot send now, is left for a later beat.
    const paused = new Set(
      this.deliverers.filter((d) => d.ready?.() === false).map((d) => d.chatPrefix),
    );
    // Chats that asked for a pause, until when: their other messages wait, the rest go on.
    const limited = new Map<string, Date>();
    let sent = 0;
    for (;;) {
      const now = clock.now();
      // In the quiet hours only answers go: someone who just wrote is waiting for them.
      const quiet = sendableFrom(this.services, now) > now;
      const prefixes = this.deliverers.map((d) => d.chatPrefix).filter((p) => !paused.has(p));
      if (prefixes.length === 0) return sent;
      const batch = outbox.claimDue(now, prefixes, BATCH, quiet);
      if (batch.length === 0) return sent;
      for (const [index, message] of batch.entries()) {
        const until = limited.get(message.chatId);
        if (until) {
          outbox.release([message]);
          outbox.postponeChat(message.chatId, until);
          continue;
        }
        let outcome = mayContinue() ? await this.send(message) : "stopped";
        if (outcome === "chat-limited") {
          const wait = outbox.byId(message.id)?.notBefore ?? now;
          limited.set(message.chatId, wait);
          outbox.postponeChat(message.chatId, wait);
          if (limited.size < LIMITED_CHATS_BEFORE_PAUSE) continue;
          outcome = "rate-limited";
        }
        if (outcome === "sent") sent += 1;
        if (outcome === "rate-limited" || outcome === "stopped") {
          // Taken but not tried: back to the queue as they were.
          outbox.release(batch.slice(outcome === "stopped" ? index : index + 1));
          if (outcome === "stopped") return sent;
          paused.add(this.prefixOf(message.chatId));
          break;
        }
      }
    }
  }

  private prefixOf(chatId: string): string {
    return this.deliverers.find((d) => chatId.startsWith(d.chatPrefix))?.chatPrefix ?? chatId;
  }

  private async send(message: OutboxMessage): Promise<Sent> {
    const { outbox, clock } = this.services;
    // Held through the night, a retry or a crash: a reminder whose time is over stays unsent.
    if (this.expired(message, clock.now())) {
      outbox.giveUp(message.id, "expired", message.attempts, "expired");
      return "dropped";
    }
    const deliverer = this.deliverers.find((d) => message.chatId.startsWith(d.chatPrefix));
    if (!deliverer) throw new Error(`No deliverer for ${message.chatId}`);
    const progress = recordedProgress(outbox, message);
    try {
      const reply = this.written(message);
      if (!reply) {
        outbox.giveUp(message.id, "dropped", message.attempts, "nothing-left");
        return "dropped";
      }
      await deliverer.deliver(reply, progress);
      const now = clock.now();
      outbox.markSent(message.id, now, message.intent ? reply : undefined);
      rememberNumbered(this.services.conversations, deliverer, [reply], now);
      return "sent";
    } catch (error) {
      if (!(error instanceof DeliveryError)) this.log.error({ err: error }, "delivery failed");
      const failure: DeliveryFailure =
        error instanceof DeliveryError ? error.failure : { kind: "temporary" };
      const code = error instanceof DeliveryError ? error.code : "error";
      this.afterFailure({ ...message, sentParts: progress.sentParts }, failure, code);
      if (failure.kind !== "rate-limited") return "failed";
      return failure.chatOnly ? "chat-limited" : "rate-limited";
    }
  }

  private expired(message: OutboxMessage, now: Date): boolean {
    const { expiresAfter, intent } = message;
    if (expiresAfter && localDay(now, this.services.timeZone) > expiresAfter) return true;
    return intent?.until !== undefined && now >= new Date(intent.until);
  }

  /** The message as it goes out: an intent is written now, from what is true now. */
  private written(message: OutboxMessage): Reply | undefined {
    if (!message.intent) return message.reply;
    const composed = this.rules.compose(message.intent, message.chatId, this.services.clock.now());
    return composed && { ...composed, chatId: message.chatId };
  }

  private afterFailure(message: OutboxMessage, failure: DeliveryFailure, code: string): void {
    const { outbox, clock, cells } = this.services;
    const attempts = message.attempts + 1;
    const next = afterFailure(failure, attempts, clock.now());
    this.log.warn({ outbox: message.id, chat: message.chatId, code, attempts }, "not delivered");
    if ("retryAt" in next) {
      const at = message.isAnswer ? next.retryAt : sendableFrom(this.services, next.retryAt);
      outbox.retryLater(message.id, at, attempts, code, message.sentParts);
      return;
    }
    if ("retarget" in next) {
      this.services.transaction(() => {
        cells.moveGroup(message.chatId, next.retarget);
        outbox.retarget(message, next.retarget);
      });
      return;
    }
    this.services.transaction(() => {
      outbox.giveUp(message.id, next.giveUp, attempts, code);
      if (failure.kind === "rejected") this.rules.refused(message);
      if (next.giveUp !== "unreachable") return;
      if (message.memberId !== null) this.nameInGroup(message.chatId, message.memberId);
      // A group that refuses the bot has removed it: stop posting there until it is back.
      else if (cells.groupLink(message.chatId)) cells.setGroupActive(message.chatId, false);
    });
  }

  /** Someone who cannot be written to in private is asked, in their cell's group, to open it. */
  private nameInGroup(personId: string, memberId: number): void {
    const { members, cells, conversations, outbox, clock } = this.services;
    conversations.forgetPrivateChat(personId);
    const member = members.byId(memberId);
    if (!member) return;
    const now = clock.now();
    const platform = personId.slice(0, personId.indexOf(":") + 1);
    // On Zalo the bot's account reaches friends; elsewhere, those who opened a private chat.
    const key = platform === "zalo:" ? "zalo-unreachable" : "job-unreachable";
    const parts: Text[] = [{ key, args: { name: member.fullName } }];
    for (const group of cells.activeGroups(member.cellId)) {
      if (group.chatId.startsWith(platform)) {
        const reply = {
          chatId: group.chatId,
          parts,
          privateLink: { label: { key: "open-private-button" }, command: "help" },
        };
        outbox.add(reply, { notBefore: sendableFrom(this.services, now), now });
      }
    }
  }
}
