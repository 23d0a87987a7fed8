import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { commitmentRevisions, commitments } from "../db/schema.js";
import type { CommitmentParts } from "../domain/commitment-rules.js";
import { inJsonList, jsonList, prepareOnce } from "./prepared.js";

export type Commitment = typeof commitments.$inferSelect;

export class CommitmentStore {
  constructor(private readonly db: Db) {}

  // Asked at every step of /dangky.
  private readonly planOf = prepareOnce(() =>
    this.db
      .select()
      .from(commitments)
      .where(
        and(
          eq(commitments.memberId, sql.placeholder("memberId")),
          eq(commitments.year, sql.placeholder("year")),
        ),
      )
      .prepare(),
  );

  of(memberId: number, year: number): Commitment | undefined {
    return this.planOf().get({ memberId, year });
  }

  // A report reads a cell's plans.
  private readonly plansOf = prepareOnce(() =>
    this.db
      .select()
      .from(commitments)
      .where(
        and(
          inJsonList(commitments.memberId, "memberIds"),
          eq(commitments.year, sql.placeholder("year")),
        ),
      )
      .prepare(),
  );

  ofMembers(memberIds: number[], year: number): Commitment[] {
    if (memberIds.length === 0) return [];
    return this.plansOf().all({ memberIds: jsonList(memberIds), year });
  }

  /** Saves a new version; earlier versions stay in commitment_revisions. */
  save(memberId: number, year: number, parts: CommitmentParts, now: Date): Commitment {
    return this.db.transaction((tx) => {
      const existing = tx
        .select()
        .from(commitments)
        .where(and(eq(commitments.memberId, memberId), eq(commitments.year, year)))
        .get();
      const saved = existing
        ? tx
            .update(commitments)
            .set({ ...parts, revision: existing.revision + 1, updatedAt: now })
            .where(eq(commitments.id, existing.id))
            .returning()
            .get()
        : tx
            .insert(commitments)
            .values({ memberId, year, ...parts, revision: 1, submittedAt: now, updatedAt: now })
            .returning()
            .get();
      tx.insert(commitmentRevisions)
        .values({ commitmentId: saved.id, revision: saved.revision, ...parts, savedAt: now })
        .run();
      return saved;
    });
  }

  revisions(commitmentId: number): (typeof commitmentRevisions.$inferSelect)[] {
    return this.db
      .select()
      .from(commitmentRevisions)
      .where(eq(commitmentRevisions.commitmentId, commitmentId))
      .orderBy(commitmentRevisions.revision)
      .all();
  }
}
