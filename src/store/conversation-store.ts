import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { dialogs, offeredChoices, privateChats, processedUpdates } from "../db/schema.js";
import { WEEK_MS } from "../domain/durations.js";
import type { Reply } from "../messages/reply.js";
import { prepareOnce } from "./prepared.js";

export interface OpenDialog {
  command: string;
  state: unknown;
}

/** What the bot remembers between messages: open dialogs, offered choices, seen updates. */
/** Platforms redeliver only recent updates; a week of ids is plenty to drop duplicates. */
export const UPDATE_MEMORY_MS = WEEK_MS;

export class ConversationStore {
  constructor(private readonly db: Db) {}

  // These run for (nearly) every update (docs/performance.md).
  private readonly prepared = prepareOnce(() => {
    const chatId = sql.placeholder("chatId");
    const personId = sql.placeholder("personId");
    const command = sql.placeholder("command");
    const state = sql.placeholder("state");
    const now = sql.placeholder("now");
    return {
      dialog: this.db
        .select({ command: dialogs.command, state: dialogs.state })
        .from(dialogs)
        .where(and(eq(dialogs.chatId, chatId), eq(dialogs.personId, personId)))
        .prepare(),
      saveDialog: this.db
        .insert(dialogs)
        .values({ chatId, personId, command, state, updatedAt: now })
        .onConflictDoUpdate({
          target: [dialogs.chatId, dialogs.personId],
          // The values just offered for insertion: the same as those of the call.
          set: {
            command: sql`excluded.command`,
            state: sql`excluded.state`,
            updatedAt: sql`excluded.updated_at`,
          },
        })
        .prepare(),
      notePrivateChat: this.db
        .insert(privateChats)
        .values({ personId, openedAt: now })
        .onConflictDoNothing()
        .prepare(),
      firstDelivery: this.db
        .insert(processedUpdates)
        .values({ updateKey: sql.placeholder("updateKey"), processedAt: now })
        .onConflictDoNothing()
        .prepare(),
      offerChoices: this.db
        .insert(offeredChoices)
        .values({ chatId, values: sql.placeholder("values"), offeredAt: now })
        .onConflictDoUpdate({
          target: offeredChoices.chatId,
          set: {
            values: sql`excluded.${sql.identifier("values")}`,
            offeredAt: sql`excluded.offered_at`,
          },
        })
        .prepare(),
      seen: this.db
        .select({ replies: processedUpdates.replies })
        .from(processedUpdates)
        .where(eq(processedUpdates.updateKey, sql.placeholder("updateKey")))
        .prepare(),
      // The answers are written by the caller as JSON: a placeholder takes no column mode.
      noteProcessed: this.db
        .insert(processedUpdates)
        .values({
          updateKey: sql.placeholder("updateKey"),
          processedAt: now,
          replies: sql`${sql.placeholder("replies")}`,
        })
        .prepare(),
      // One row by its key, not `in` a JSON list: an UPDATE over a list first collects the
      // rows in temporary tables, and for the one update a turn notes that cost a turn some
      // 5 µs more (10% of its bookkeeping).
      repliesDelivered: this.db
        .update(processedUpdates)
        .set({ replies: null })
        .where(eq(processedUpdates.updateKey, sql.placeholder("updateKey")))
        .prepare(),
    };
  });

  dialog(chatId: string, personId: string): OpenDialog | undefined {
    return this.prepared().dialog.get({ chatId, personId });
  }

  saveDialog(chatId: string, personId: string, command: string, state: unknown, now: Date): void {
    this.prepared().saveDialog.run({ chatId, personId, command, state, now });
  }

  closeDialog(chatId: string, personId: string): void {
    this.db
      .delete(dialogs)
      .where(and(eq(dialogs.chatId, chatId), eq(dialogs.personId, personId)))
      .run();
  }

  offerChoices(chatId: string, values: string[], now: Date): void {
    this.prepared().offerChoices.run({ chatId, values, now });
  }

  /** The values of the numbered list a chat was last offered, in order; none: empty. */
  offeredList(chatId: string): string[] {
    const row = this.db
      .select()
      .from(offeredChoices)
      .where(eq(offeredChoices.chatId, chatId))
      .get();
    return row?.values ?? [];
  }

  /** The value behind "2" in a chat that was last offered a numbered list. */
  offeredChoice(chatId: string, position: number): string | undefined {
    return this.offeredList(chatId)[position - 1];
  }

  notePrivateChat(personId: string, now: Date): void {
    this.prepared().notePrivateChat.run({ personId, now });
  }

  /** The platform refused a private message (the person blocked the bot): stop trying. */
  forgetPrivateChat(personId: string): void {
    this.db.delete(privateChats).where(eq(privateChats.personId, personId)).run();
  }

  hasPrivateChat(personId: string): boolean {
    return (
      this.db.select().from(privateChats).where(eq(privateChats.personId, personId)).get() !==
      undefined
    );
  }

  /** True the first time an update is seen; false when the platform delivers it again. */
  firstDelivery(updateKey: string, now: Date): boolean {
    return this.prepared().firstDelivery.run({ updateKey, now }).changes === 1;
  }

  /**
   * An update handled before: what it still owes, its answers if they never went out (a
   * crash), else nothing; undefined for an update not seen yet.
   */
  seen(updateKey: string): Reply[] | undefined {
    const row = this.prepared().seen.get({ updateKey });
    return row && (row.replies ?? []);
  }

  /**
   * The update is handled: noted with the turn's answers, kept until they are delivered. One
   * write at the end of the turn rather than a row at its start and the answers at its end.
   */
  noteProcessed(updateKey: string, now: Date, replies: Reply[]): void {
    const kept = replies.length > 0 ? JSON.stringify(replies) : null;
    this.prepared().noteProcessed.run({ updateKey, now, replies: kept });
  }

  /** These updates' answers went out: nothing more is owed for them. */
  repliesDelivered(updateKeys: string[]): void {
    const { repliesDelivered } = this.prepared();
    for (const updateKey of updateKeys) repliesDelivered.run({ updateKey });
  }

  /** Forgets the updates processed before `cutoff`; returns how many. */
  forgetUpdatesBefore(cutoff: Date): number {
    return this.db.delete(processedUpdates).where(lt(processedUpdates.processedAt, cutoff)).run()
      .changes;
  }

  /**
   * Forgets the numbered lists offered before `cutoff`, and with them the labels (names) they
   * showed: a digit typed that late answers nothing. Returns how many rows went (a list whose
   * labels are kept is two rows).
   */
  forgetOfferedBefore(cutoff: Date): number {
    return this.db.delete(offeredChoices).where(lt(offeredChoices.offeredAt, cutoff)).run().changes;
  }

  /** Closes the dialogs nobody touched since `cutoff` (abandoned half-way); returns how many. */
  forgetDialogsBefore(cutoff: Date): number {
    return this.db.delete(dialogs).where(lt(dialogs.updatedAt, cutoff)).run().changes;
  }
}
