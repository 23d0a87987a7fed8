import { and, count, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { zaloContacts, zaloStrangerSends } from "../db/schema.js";

export type ZaloContact = typeof zaloContacts.$inferSelect;
export type Unreachable = NonNullable<ZaloContact["unreachable"]>;

/** Who the bot's Zalo account can reach privately: its friends, and those Zalo refused. */
export class ZaloContactStore {
  constructor(private readonly db: Db) {}

  get(personId: string): ZaloContact | undefined {
    return this.db.select().from(zaloContacts).where(eq(zaloContacts.personId, personId)).get();
  }

  /** A friend takes private messages: whatever Zalo refused before no longer holds. */
  befriend(personId: string, now: Date): void {
    this.upsert(personId, { friendSince: now, unreachable: null, unreachableAt: null });
  }

  isFriend(personId: string): boolean {
    return Boolean(this.get(personId)?.friendSince);
  }

  markUnreachable(personId: string, why: Unreachable, now: Date): void {
    this.upsert(personId, { unreachable: why, unreachableAt: now });
  }

  /** A private message went through: whatever Zalo refused before no longer holds. */
  reached(personId: string): void {
    if (!this.get(personId)?.unreachable) return;
    this.upsert(personId, { unreachable: null, unreachableAt: null });
  }

  markAskedToBefriend(personId: string, now: Date): void {
    this.upsert(personId, { askedToBefriendAt: now });
  }

  /** Of these people, those Zalo would not let the bot write to privately, and why. */
  unreachable(personIds: string[]): Map<string, Unreachable> {
    if (personIds.length === 0) return new Map();
    const rows = this.db
      .select({ personId: zaloContacts.personId, why: zaloContacts.unreachable })
      .from(zaloContacts)
      .where(and(inArray(zaloContacts.personId, personIds), isNotNull(zaloContacts.unreachable)))
      .all();
    return new Map(rows.flatMap((row) => (row.why ? [[row.personId, row.why]] : [])));
  }

  /** How many strangers were written to on a local day. */
  strangersWrittenTo(day: string): number {
    return (
      this.db
        .select({ n: count() })
        .from(zaloStrangerSends)
        .where(eq(zaloStrangerSends.day, day))
        .get()?.n ?? 0
    );
  }

  wroteToStranger(day: string, personId: string): boolean {
    const row = this.db
      .select()
      .from(zaloStrangerSends)
      .where(and(eq(zaloStrangerSends.day, day), eq(zaloStrangerSends.personId, personId)))
      .get();
    return row !== undefined;
  }

  noteStrangerWrittenTo(day: string, personId: string): void {
    this.db.insert(zaloStrangerSends).values({ day, personId }).onConflictDoNothing().run();
  }

  private upsert(personId: string, set: Partial<ZaloContact>): void {
    this.db
      .insert(zaloContacts)
      .values({ personId, ...set })
      .onConflictDoUpdate({ target: zaloContacts.personId, set })
      .run();
  }
}
