import { and, asc, eq, inArray, like, lt, lte, or } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { outbox } from "../db/schema.js";
import type { OutboxIntent } from "../messages/intent.js";
import type { Reply } from "../messages/reply.js";

export type OutboxMessage = typeof outbox.$inferSelect;

export class OutboxStore {
  constructor(private readonly db: Db) {}

  add(
    reply: Reply,
    when: { notBefore: Date; now: Date; expiresAfter?: string; isAnswer?: boolean },
    memberId?: number,
    sentParts = 0,
  ): void {
    this.db
      .insert(outbox)
      .values({
        chatId: reply.chatId,
        reply,
        memberId,
        notBefore: when.notBefore,
        expiresAfter: when.expiresAfter,
        createdAt: when.now,
        sentParts,
        isAnswer: when.isAnswer ?? false,
      })
      .run();
  }

  /** A message written when it goes out (see OutboxIntent), to one chat. */
  addIntent(
    chatId: string,
    intent: OutboxIntent,
    when: { notBefore: Date; now: Date; expiresAfter?: string },
    memberId?: number,
  ): void {
    this.db
      .insert(outbox)
      .values({
        chatId,
        reply: { chatId, parts: [] },
        intent,
        memberId,
        notBefore: when.notBefore,
        expiresAfter: when.expiresAfter,
        createdAt: when.now,
      })
      .run();
  }

  /**
   * Takes the messages due now, oldest first, and marks them "sending" before anything goes
   * out: after a crash those are the only ones whose fate is unknown.
   */
  /** `answersOnly`: during the quiet hours, only answers to people who just wrote go out. */
  claimDue(now: Date, chatPrefixes: string[], limit: number, answersOnly = false): OutboxMessage[] {
    return this.db.transaction((tx) => {
      const platforms = or(...chatPrefixes.map((prefix) => like(outbox.chatId, `${prefix}%`)));
      const due = tx
        .select()
        .from(outbox)
        .where(
          and(
            eq(outbox.state, "pending"),
            lte(outbox.notBefore, now),
            platforms,
            answersOnly ? eq(outbox.isAnswer, true) : undefined,
          ),
        )
        .orderBy(asc(outbox.id))
        .limit(limit)
        .all();
      if (due.length > 0) {
        tx.update(outbox)
          .set({ state: "sending" })
          .where(
            inArray(
              outbox.id,
              due.map((m) => m.id),
            ),
          )
          .run();
      }
      return due;
    });
  }

  /** Claimed messages that were not tried go back to the queue untouched. */
  release(messages: OutboxMessage[]): void {
    if (messages.length === 0) return;
    this.db
      .update(outbox)
      .set({ state: "pending" })
      .where(
        and(
          eq(outbox.state, "sending"),
          inArray(
            outbox.id,
            messages.map((m) => m.id),
          ),
        ),
      )
      .run();
  }

  /** Sent; an intent keeps the message it was written as, for the record. */
  byId(id: number): OutboxMessage | undefined {
    return this.db.select().from(outbox).where(eq(outbox.id, id)).get();
  }

  /** A chat asked for a pause: its waiting messages go no earlier than `notBefore`. */
  postponeChat(chatId: string, notBefore: Date): void {
    this.db
      .update(outbox)
      .set({ notBefore })
      .where(
        and(
          eq(outbox.chatId, chatId),
          eq(outbox.state, "pending"),
          lt(outbox.notBefore, notBefore),
        ),
      )
      .run();
  }

  markSent(id: number, now: Date, reply?: Reply): void {
    this.db
      .update(outbox)
      .set({ state: "sent", sentAt: now, ...(reply ? { reply } : {}) })
      .where(eq(outbox.id, id))
      .run();
  }

  /** A part went out: written at once, so that a restart after a crash does not send it again. */
  partsDelivered(id: number, sentParts: number, messageId?: string): void {
    this.db
      .update(outbox)
      .set({ sentParts, ...(messageId === undefined ? {} : { messageId }) })
      .where(eq(outbox.id, id))
      .run();
  }

  retryLater(
    id: number,
    notBefore: Date,
    attempts: number,
    error: string,
    sentParts: number,
  ): void {
    this.db
      .update(outbox)
      .set({ state: "pending", notBefore, attempts, lastError: error, sentParts })
      .where(eq(outbox.id, id))
      .run();
  }

  /** The chat moved (a Telegram group became a supergroup): the message follows it. */
  retarget(message: OutboxMessage, chatId: string): void {
    this.db
      .update(outbox)
      .set({ chatId, reply: { ...message.reply, chatId }, state: "pending" })
      .where(eq(outbox.id, message.id))
      .run();
  }

  giveUp(
    id: number,
    state: "unreachable" | "failed" | "expired" | "dropped",
    attempts: number,
    error: string,
  ): void {
    this.db
      .update(outbox)
      .set({ state, attempts, lastError: error })
      .where(eq(outbox.id, id))
      .run();
  }

  /**
   * Messages left "sending" by a process that died: the parts written down as delivered
   * stay sent; the rest go again (the one part in flight may arrive twice; none is lost).
   */
  requeueInterrupted(): number {
    return this.db.update(outbox).set({ state: "pending" }).where(eq(outbox.state, "sending")).run()
      .changes;
  }

  /**
   * Forgets the messages written before `cutoff` that are done with (sent, or dropped with
   * nothing left to say); returns how many. Those that failed stay for the operator to read.
   */
  forgetDoneBefore(cutoff: Date): number {
    return this.db
      .delete(outbox)
      .where(and(inArray(outbox.state, ["sent", "dropped"]), lt(outbox.createdAt, cutoff)))
      .run().changes;
  }

  all(): OutboxMessage[] {
    return this.db.select().from(outbox).orderBy(asc(outbox.id)).all();
  }
}
