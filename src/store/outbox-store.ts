import { and, asc, eq, inArray, like, lte, or } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { outbox } from "../db/schema.js";
import type { Reply } from "../engine/reply.js";

export type OutboxMessage = typeof outbox.$inferSelect;

export class OutboxStore {
  constructor(private readonly db: Db) {}

  add(
    reply: Reply,
    when: { notBefore: Date; now: Date; expiresAfter?: string },
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
      })
      .run();
  }

  /**
   * Takes the messages due now, oldest first, and marks them "sending" before anything goes
   * out: after a crash those are the only ones whose fate is unknown.
   */
  claimDue(now: Date, chatPrefixes: string[], limit: number): OutboxMessage[] {
    return this.db.transaction((tx) => {
      const platforms = or(...chatPrefixes.map((prefix) => like(outbox.chatId, `${prefix}%`)));
      const due = tx
        .select()
        .from(outbox)
        .where(and(eq(outbox.state, "pending"), lte(outbox.notBefore, now), platforms))
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

  markSent(id: number, now: Date): void {
    this.db.update(outbox).set({ state: "sent", sentAt: now }).where(eq(outbox.id, id)).run();
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
    state: "unreachable" | "failed" | "expired",
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
   * Messages left "sending" by a process that died: whether they went out is unknown, so
   * they go again (at most the one in flight per chat can arrive twice; none is lost).
   */
  requeueInterrupted(): number {
    return this.db.update(outbox).set({ state: "pending" }).where(eq(outbox.state, "sending")).run()
      .changes;
  }

  all(): OutboxMessage[] {
    return this.db.select().from(outbox).orderBy(asc(outbox.id)).all();
  }
}
