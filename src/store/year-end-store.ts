import { and, asc, count, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import {
  cellModelProgress,
  cellModels,
  members,
  nominationRounds,
  nominations,
  nominationVotes,
  progressNotes,
  yearResults,
} from "../db/schema.js";
import type { Level } from "../domain/grading-rules.js";
import type { MemberStatus, RosterState } from "../domain/member-rules.js";
import type { NominationRound } from "../domain/nomination-rules.js";
import { inParts } from "./in-parts.js";
import { inJsonList, jsonList, prepareOnce } from "./prepared.js";

export type YearResult = typeof yearResults.$inferSelect;
export type ProgressNote = typeof progressNotes.$inferSelect;
export type CellModel = typeof cellModels.$inferSelect;
export type ModelProgress = typeof cellModelProgress.$inferSelect;
export type NominationRoundRow = typeof nominationRounds.$inferSelect;

/** A nomination as a list shows it: the member's name and role, or the collective's name. */
export interface NominationEntry {
  id: number;
  round: NominationRound;
  kind: "individual" | "collective";
  nomineeName: string | null;
  nomineeRole: (typeof members.$inferSelect)["role"] | null;
  collective: string | null;
  reason: string;
  votes: number;
  confirmedAt: Date | null;
}

/** How many of a cell's members stand so, how many reported results, and their agreed levels. */
export interface ResultCount {
  cellId: number;
  status: MemberStatus;
  roster: RosterState;
  members: number;
  reported: number;
  agreed: Record<Level, number>;
}

/**
 * What the documents and the committee's roll-up read of the second half of the year: results,
 * progress notes, the cell's model, nominations. Read only; the stores of /tiendo, /ketqua,
 * /danhgia, /mohinh and /bieuduong write them. A cell's or a hundred cells' worth at a time,
 * never a query a member.
 */
export class YearEndStore {
  constructor(private readonly db: Db) {}

  resultsOf(memberIds: readonly number[], year: number): YearResult[] {
    return inParts(memberIds, (part) =>
      this.db
        .select()
        .from(yearResults)
        .where(and(inJsonList(yearResults.memberId, "ids"), eq(yearResults.year, year)))
        .all({ ids: jsonList(part) }),
    );
  }

  /** A member's progress notes of a year, oldest first. */
  progressOf(memberId: number, year: number): ProgressNote[] {
    return this.db
      .select()
      .from(progressNotes)
      .where(and(eq(progressNotes.memberId, memberId), eq(progressNotes.year, year)))
      .orderBy(asc(progressNotes.notedAt), asc(progressNotes.id))
      .all();
  }

  /** The cell's model of a year and what it reported of it, by quarter. */
  modelOf(cellId: number, year: number): { model: CellModel; progress: ModelProgress[] } | null {
    const model = this.db
      .select()
      .from(cellModels)
      .where(and(eq(cellModels.cellId, cellId), eq(cellModels.year, year)))
      .get();
    if (!model) return null;
    const progress = this.db
      .select()
      .from(cellModelProgress)
      .where(eq(cellModelProgress.modelId, model.id))
      .orderBy(asc(cellModelProgress.quarter))
      .all();
    return { model, progress };
  }

  roundsOf(cellId: number, year: number): NominationRoundRow[] {
    return this.db
      .select()
      .from(nominationRounds)
      .where(and(eq(nominationRounds.cellId, cellId), eq(nominationRounds.year, year)))
      .orderBy(asc(nominationRounds.openedAt))
      .all();
  }

  /** A cell's nominations of a year, each with its votes; proposal order. */
  nominationsOf(cellId: number, year: number): NominationEntry[] {
    return this.db
      .select({
        id: nominations.id,
        round: nominations.round,
        kind: nominations.kind,
        nomineeName: members.fullName,
        nomineeRole: members.role,
        collective: nominations.collective,
        reason: nominations.reason,
        votes: count(nominationVotes.memberId),
        confirmedAt: nominations.confirmedAt,
      })
      .from(nominations)
      .leftJoin(members, eq(members.id, nominations.nomineeId))
      .leftJoin(nominationVotes, eq(nominationVotes.nominationId, nominations.id))
      .where(and(eq(nominations.cellId, cellId), eq(nominations.year, year)))
      .groupBy(nominations.id)
      .orderBy(asc(nominations.proposedAt), asc(nominations.id))
      .all();
  }

  // A roll-up asks these for each hundred cells.
  private readonly resultCounts = prepareOnce(() => {
    const agreed = (level: Level) =>
      sql<number>`coalesce(sum(case when ${yearResults.agreedLevel} = ${level} then 1 else 0 end), 0)`;
    return this.db
      .select({
        cellId: members.cellId,
        status: members.status,
        roster: members.roster,
        members: count(),
        // A row without a submission is a level the cell gave one who never reported.
        reported: count(yearResults.submittedAt),
        excellent: agreed("excellent"),
        good: agreed("good"),
        done: agreed("done"),
        notDone: agreed("notDone"),
      })
      .from(members)
      .leftJoin(
        yearResults,
        and(eq(yearResults.memberId, members.id), eq(yearResults.year, sql.placeholder("year"))),
      )
      .where(inJsonList(members.cellId, "cellIds"))
      .groupBy(members.cellId, members.status, members.roster)
      .prepare();
  });

  /**
   * Several cells' members by where they stand, with how many reported results for the year
   * and the levels the cell agreed: counted by SQLite, no member read as a row.
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
