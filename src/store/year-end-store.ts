import { and, count, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { cellModels, commitments, members, nominations, yearResults } from "../db/schema.js";
import type { Level } from "../domain/grading-rules.js";
import type { MemberStatus, RosterState } from "../domain/member-rules.js";
import { inParts } from "./in-parts.js";
import { inJsonList, jsonList, prepareOnce } from "./prepared.js";

/** How many of a cell's members stand so, and how many of them registered a plan. */
export interface RegistrationCount {
  cellId: number;
  status: MemberStatus;
  roster: RosterState;
  members: number;
  registered: number;
}

/**
 * How many of a cell's members stand so, how many registered a plan, how many reported results,
 * and their agreed levels.
 */
export interface ResultCount extends RegistrationCount {
  reported: number;
  agreed: Record<Level, number>;
}

/**
 * What the committee's roll-up reads of the second half of the year across many cells: results
 * counted, models' titles, nominations confirmed. Read only; a cell's own rows are read through
 * the stores that write them (results, cellModels, nominations). A hundred cells' worth at a
 * time, never a query a cell.
 */
export class YearEndStore {
  constructor(private readonly db: Db) {}

  // A roll-up asks these for each hundred cells.
  private readonly resultCounts = prepareOnce(() => {
    const agreed = (level: Level) =>
      sql<number>`coalesce(sum(case when ${yearResults.agreedLevel} = ${level} then 1 else 0 end), 0)`;
    return (
      this.db
        .select({
          cellId: members.cellId,
          status: members.status,
          roster: members.roster,
          members: count(),
          registered: count(commitments.memberId),
          // A row without a submission is a level the cell gave one who never reported.
          reported: count(yearResults.submittedAt),
          excellent: agreed("excellent"),
          good: agreed("good"),
          done: agreed("done"),
          notDone: agreed("notDone"),
        })
        .from(members)
        // Plans and results in the same pass over the members: each pass reads 15,000 of them.
        .leftJoin(
          commitments,
          and(eq(commitments.memberId, members.id), eq(commitments.year, sql.placeholder("year"))),
        )
        .leftJoin(
          yearResults,
          and(eq(yearResults.memberId, members.id), eq(yearResults.year, sql.placeholder("year"))),
        )
        .where(inJsonList(members.cellId, "cellIds"))
        .groupBy(members.cellId, members.status, members.roster)
        .prepare()
    );
  });

  /**
   * Several cells' members by where they stand, with how many registered a plan for the year,
   * how many reported results and the levels the cell agreed: counted by SQLite in one pass,
   * no member read as a row.
   */
  resultCountsOfCells(cellIds: readonly number[], year: number): ResultCount[] {
    if (cellIds.length === 0) return [];
    return this.resultCounts()
      .all({ cellIds: jsonList(cellIds), year })
      .map(({ excellent, good, done, notDone, ...row }) => ({
        ...row,
        agreed: { excellent, good, done, notDone },
      }));
  }

  /** Each cell's model title of the year, by cell. */
  modelTitlesOfCells(cellIds: readonly number[], year: number): Map<number, string> {
    const rows = inParts(cellIds, (part) =>
      this.db
        .select({ cellId: cellModels.cellId, title: cellModels.title })
        .from(cellModels)
        .where(and(inJsonList(cellModels.cellId, "ids"), eq(cellModels.year, year)))
        .all({ ids: jsonList(part) }),
    );
    return new Map(rows.map((row) => [row.cellId, row.title]));
  }

  /** How many members and collectives each cell confirmed for praise in the year, both rounds. */
  confirmedNominationsOfCells(
    cellIds: readonly number[],
    year: number,
  ): { cellId: number; kind: "individual" | "collective"; count: number }[] {
    return inParts(cellIds, (part) =>
      this.db
        .select({ cellId: nominations.cellId, kind: nominations.kind, count: count() })
        .from(nominations)
        .where(
          and(
            inJsonList(nominations.cellId, "ids"),
            eq(nominations.year, year),
            isNotNull(nominations.confirmedAt),
          ),
        )
        .groupBy(nominations.cellId, nominations.kind)
        .all({ ids: jsonList(part) }),
    );
  }
}
