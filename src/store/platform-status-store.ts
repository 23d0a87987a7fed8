import { eq } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { platformStatus } from "../db/schema.js";

export type PlatformStatus = typeof platformStatus.$inferSelect;
export type PlatformState = PlatformStatus["state"];

export class PlatformStatusStore {
  constructor(private readonly db: Db) {}

  get(platform: string): PlatformStatus | undefined {
    return this.db.select().from(platformStatus).where(eq(platformStatus.platform, platform)).get();
  }

  /** Records the state; returns whether it changed (so that news is told once). */
  set(platform: string, state: PlatformState, detail: string | null, now: Date): boolean {
    const before = this.get(platform);
    this.db
      .insert(platformStatus)
      .values({ platform, state, detail, updatedAt: now })
      .onConflictDoUpdate({
        target: platformStatus.platform,
        set: { state, detail, updatedAt: now },
      })
      .run();
    return before?.state !== state;
  }

  /** Remembers the last message id seen in a kind of thread. */
  advance(platform: string, kind: string, messageId: string, now: Date): void {
    const cursor = { ...this.get(platform)?.cursor, [kind]: messageId };
    this.db
      .insert(platformStatus)
      .values({ platform, state: "ok", cursor, updatedAt: now })
      .onConflictDoUpdate({ target: platformStatus.platform, set: { cursor } })
      .run();
  }
}
