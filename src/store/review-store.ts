import { and, asc, eq, isNotNull, isNull, ne } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { members, yearResults } from "../db/schema.js";
import type { Level } from "../domain/grading-rules.js";
import type { Member } from "./member-store.js";
import { reportedResult, type YearResult, type YearResultRow } from "./result-store.js";

/** The level the cell agreed for a member, when, and who recorded it. */
export interface AgreedLevel {
  level: Level;
  at: Date | null;
  by: number | null;
}

/**
 * A member's year as the review sees it: what they reported (none if they never did) and the
 * level the cell agreed (none yet), kept apart: the cell may grade one who never reported.
 */
export interface Review {
  result: YearResult | undefined;
  agreed: AgreedLevel | undefined;
}

/** A member on the cell's roster, with their review for the year. */
export interface ReviewEntry extends Review {
  member: Member;
}

function reviewOf(row: YearResultRow | undefined): Review {
  const agreed =
    row?.agreedLevel == null
      ? undefined
      : { level: row.agreedLevel, at: row.agreedAt, by: row.agreedBy };
  return { result: reportedResult(row), agreed };
}

/**
 * The cell's review of its members' results (/danhgia): the level the cell agreed, kept in its
 * own columns beside the one the member proposed, which it never changes. A member who never
 * reported (no chat account, say) may still be graded: their row then holds the level alone.
 */
export class ReviewStore {
  constructor(private readonly db: Db) {}

  /**
   * The cell's members on its roster, by name, each with their review for the year: those who
   * never reported are listed too, so that the secretary sees who is missing.
   */
  entries(cellId: number, year: number): ReviewEntry[] {
    return this.db
      .select({ member: members, row: yearResults })
      .from(members)
      .leftJoin(yearResults, and(eq(yearResults.memberId, members.id), eq(yearResults.year, year)))
      .where(this.onRoster(cellId))
      .orderBy(asc(members.nameKey), asc(members.id))
      .all()
      .map(({ member, row }) => ({ member, ...reviewOf(row ?? undefined) }));
  }

  /** One member's review for the year: their results if they reported, the cell's level if any. */
  of(memberId: number, year: number): Review {
    return reviewOf(this.db.select().from(yearResults).where(this.rowOf(memberId, year)).get());
  }

  /**
   * Records the level the cell agreed for a member of `cellId`, or changes it; `by` is the
   * secretary or deputy who records it. A member who never reported gets a row with the level
   * alone, which their report later fills in. False when the member is not of the cell.
   */
  agree(
    cellId: number,
    memberId: number,
    year: number,
    level: Level,
    by: number,
    now: Date,
  ): boolean {
    if (!this.isOfCell(cellId, memberId)) return false;
    const agreed = { agreedLevel: level, agreedAt: now, agreedBy: by };
    this.db
      .insert(yearResults)
      .values({ memberId, year, ...agreed })
      .onConflictDoUpdate({ target: [yearResults.memberId, yearResults.year], set: agreed })
      .run();
    return true;
  }

  /**
   * Takes back a level recorded by mistake; the member's own report stays. A row that held the
   * level alone goes with it, so that nothing is left that looks like a report. False when
   * there was no level to take back.
   */
  clear(cellId: number, memberId: number, year: number): boolean {
    if (!this.isOfCell(cellId, memberId)) return false;
    const withLevel = and(this.rowOf(memberId, year), isNotNull(yearResults.agreedLevel));
    return this.db.transaction((tx) => {
      const levelOnly = and(withLevel, isNull(yearResults.submittedAt));
      if (tx.delete(yearResults).where(levelOnly).run().changes === 1) return true;
      return (
        tx
          .update(yearResults)
          .set({ agreedLevel: null, agreedAt: null, agreedBy: null })
          .where(withLevel)
          .run().changes === 1
      );
    });
  }

  /** Counted as the cell's: on its roster, not moved away. */
  private onRoster(cellId: number) {
    return and(
      eq(members.cellId, cellId),
      eq(members.roster, "active"),
      ne(members.status, "transferred"),
    );
  }

  private rowOf(memberId: number, year: number) {
    return and(eq(yearResults.memberId, memberId), eq(yearResults.year, year));
  }

  /** Whether the member belongs to the cell: a level is never written for another cell's. */
  private isOfCell(cellId: number, memberId: number): boolean {
    const found = this.db
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.id, memberId), eq(members.cellId, cellId)))
      .get();
    return found !== undefined;
  }
}
