import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { members, type PartResult, yearResults } from "../db/schema.js";
import type { CommitmentPart } from "../domain/commitment-rules.js";
import type { Level } from "../domain/grading-rules.js";
import { inParts } from "./in-parts.js";
import { inJsonList, jsonList, prepareOnce } from "./prepared.js";

/** A row of year_results: a member's report, the cell's agreed level, or both. */
export type YearResultRow = typeof yearResults.$inferSelect;
export type ResultParts = Record<CommitmentPart, PartResult>;
/** A row whose member reported through /ketqua: their parts, proposed level and when. */
export type YearResult = YearResultRow & {
  parts: ResultParts;
  proposedLevel: Level;
  submittedAt: Date;
};

/** What a member sends at the end of /ketqua. */
export interface ResultReport {
  parts: ResultParts;
  proposedLevel: Level;
}

/**
 * The member's report in a row, or undefined where the row holds only the cell's level (a
 * member graded without reporting, e.g. one with no chat account).
 */
export function reportedResult(row: YearResultRow | undefined): YearResult | undefined {
  if (!row?.parts || !row.proposedLevel || !row.submittedAt) return undefined;
  return {
    ...row,
    parts: row.parts,
    proposedLevel: row.proposedLevel,
    submittedAt: row.submittedAt,
  };
}

/** Members' results against their plans and the levels they propose (/ketqua). */
export class ResultStore {
  constructor(private readonly db: Db) {}

  // Asked at every step of /ketqua.
  private readonly resultOf = prepareOnce(() =>
    this.db
      .select()
      .from(yearResults)
      .where(
        and(
          eq(yearResults.memberId, sql.placeholder("memberId")),
          eq(yearResults.year, sql.placeholder("year")),
        ),
      )
      .prepare(),
  );

  /** A member's reported results; none where the cell only recorded a level. */
  of(memberId: number, year: number): YearResult | undefined {
    return reportedResult(this.resultOf().get({ memberId, year }));
  }

  /**
   * Saves a member's results, anew or over their earlier ones. The cell's agreed level (and
   * who recorded it, and when) is the review's (ReviewStore) and is never written here: a
   * member who edits after the cell agreed, or reports after the cell graded them without a
   * report, keeps the agreed level. `submittedAt` is the last
   * save, so that a review can see results changed after it agreed.
   */
  save(memberId: number, year: number, report: ResultReport, now: Date): YearResult {
    const values = { parts: report.parts, proposedLevel: report.proposedLevel, submittedAt: now };
    const row = this.db
      .insert(yearResults)
      .values({ memberId, year, ...values })
      .onConflictDoUpdate({ target: [yearResults.memberId, yearResults.year], set: values })
      .returning()
      .get();
    return { ...row, ...values };
  }

  /**
   * Several members' rows for a year: their reports, the cell's levels, or both (the documents
   * print a level the cell gave one who never reported).
   */
  rowsOf(memberIds: readonly number[], year: number): YearResultRow[] {
    return inParts(memberIds, (part) =>
      this.db
        .select()
        .from(yearResults)
        .where(and(inJsonList(yearResults.memberId, "ids"), eq(yearResults.year, year)))
        .all({ ids: jsonList(part) }),
    );
  }

  // Every results reminder asks it, for each cell.
  private readonly reportedIn = prepareOnce(() =>
    this.db
      .select({ memberId: yearResults.memberId })
      .from(yearResults)
      .innerJoin(members, eq(members.id, yearResults.memberId))
      .where(
        and(
          eq(members.cellId, sql.placeholder("cellId")),
          eq(yearResults.year, sql.placeholder("year")),
          isNotNull(yearResults.submittedAt),
        ),
      )
      .prepare(),
  );

  /**
   * The members of a cell (whatever they stand as now) who have reported for a year; not those
   * the cell graded without a report, who are still asked for one.
   */
  reportedOfCell(cellId: number, year: number): Set<number> {
    return new Set(
      this.reportedIn()
        .all({ cellId, year })
        .map((row) => row.memberId),
    );
  }
}
