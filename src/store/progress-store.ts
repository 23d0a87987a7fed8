import { and, asc, eq, gte, max, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { type EvidenceRef, members, progressNotes } from "../db/schema.js";
import type { CommitmentPart } from "../domain/commitment-rules.js";
import type { ProgressStatus } from "../domain/progress-rules.js";
import { prepareOnce } from "./prepared.js";

export type ProgressNote = typeof progressNotes.$inferSelect;

/** One part's progress as its member says it now. */
export interface NewProgressNote {
  part: CommitmentPart;
  status: ProgressStatus;
  note?: string;
  evidence?: EvidenceRef;
}

/** How members say their plans are going during the year (/tiendo). */
export class ProgressStore {
  constructor(private readonly db: Db) {}

  /** Adds a round of notes at once; earlier notes stay, as the year-end results show them all. */
  add(memberId: number, year: number, notes: readonly NewProgressNote[], now: Date): void {
    if (notes.length === 0) return;
    this.db
      .insert(progressNotes)
      .values(
        notes.map((note) => ({
          memberId,
          year,
          part: note.part,
          status: note.status,
          note: note.note ?? null,
          evidence: note.evidence ?? null,
          notedAt: now,
        })),
      )
      .run();
  }

  // Read by every /tiendo question.
  private readonly notesOf = prepareOnce(() =>
    this.db
      .select()
      .from(progressNotes)
      .where(
        and(
          eq(progressNotes.memberId, sql.placeholder("memberId")),
          eq(progressNotes.year, sql.placeholder("year")),
        ),
      )
      .orderBy(asc(progressNotes.notedAt), asc(progressNotes.id))
      .prepare(),
  );

  /** Every note of a member for a year, oldest first: for /tiendo, /ketqua and the documents. */
  ofMember(memberId: number, year: number): ProgressNote[] {
    return this.notesOf().all({ memberId, year });
  }

  /** The latest note of each part a member has reported on in a year. */
  latest(memberId: number, year: number): Partial<Record<CommitmentPart, ProgressNote>> {
    const latest: Partial<Record<CommitmentPart, ProgressNote>> = {};
    // Oldest first: a later note of a part replaces the one before it.
    for (const note of this.ofMember(memberId, year)) latest[note.part] = note;
    return latest;
  }

  /**
   * The members of a cell who have reported progress for a year since an instant, with when
   * they last did: the secretary's view counts and names them, never what they wrote.
   */
  reportedSince(cellId: number, year: number, since: Date): Map<number, Date> {
    const rows = this.db
      .select({ memberId: progressNotes.memberId, last: max(progressNotes.notedAt) })
      .from(progressNotes)
      .innerJoin(members, eq(members.id, progressNotes.memberId))
      .where(
        and(
          eq(members.cellId, cellId),
          eq(progressNotes.year, year),
          gte(progressNotes.notedAt, since),
        ),
      )
      .groupBy(progressNotes.memberId)
      .all();
    return new Map(rows.flatMap((row) => (row.last ? [[row.memberId, row.last] as const] : [])));
  }
}
