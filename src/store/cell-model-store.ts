import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import {
  cellModelProgress,
  cellModels,
  members,
  progressNotes,
  yearResults,
} from "../db/schema.js";
import type { LocalDay } from "../domain/calendar.js";
import type { ReportResult } from "../domain/cell-report.js";

/** What the secretary writes of the cell's model: its name, what it is, who does it, by when. */
export interface CellModelFields {
  title: string;
  what: string;
  who: string;
  byDay: LocalDay;
}

/** What came of the model in one quarter. */
export interface ModelProgress {
  quarter: number;
  note: string;
  notedAt: Date;
}

export interface CellModel extends CellModelFields {
  id: number;
  cellId: number;
  year: number;
  createdAt: Date;
  updatedAt: Date;
  /** One note a quarter at most, by quarter. */
  progress: ModelProgress[];
}

/** The cell's own model of the year and its quarterly progress (/mohinh). */
export class CellModelStore {
  constructor(private readonly db: Db) {}

  /** The cell's model of a year, with its progress by quarter; undefined if none is registered. */
  of(cellId: number, year: number): CellModel | undefined {
    const model = this.db
      .select()
      .from(cellModels)
      .where(and(eq(cellModels.cellId, cellId), eq(cellModels.year, year)))
      .get();
    if (!model) return undefined;
    const progress = this.db
      .select({
        quarter: cellModelProgress.quarter,
        note: cellModelProgress.note,
        notedAt: cellModelProgress.notedAt,
      })
      .from(cellModelProgress)
      .where(eq(cellModelProgress.modelId, model.id))
      .orderBy(asc(cellModelProgress.quarter))
      .all();
    return { ...model, progress };
  }

  /**
   * Registers the cell's model of a year, or replaces what it says: the model keeps its id, so
   * the progress reported so far stays with it.
   */
  register(cellId: number, year: number, fields: CellModelFields, now: Date): CellModel {
    this.db
      .insert(cellModels)
      .values({ cellId, year, ...fields, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [cellModels.cellId, cellModels.year],
        set: {
          title: sql`excluded.title`,
          what: sql`excluded.what`,
          who: sql`excluded.who`,
          byDay: sql`excluded.by_day`,
          updatedAt: sql`excluded.updated_at`,
        },
      })
      .run();
    const saved = this.of(cellId, year);
    if (!saved) throw new Error("The cell's model was not saved");
    return saved;
  }

  /** The quarter's progress of a model: one note a quarter, a second one replaces the first. */
  reportProgress(modelId: number, quarter: number, note: string, now: Date): void {
    this.db
      .insert(cellModelProgress)
      .values({ modelId, quarter, note, notedAt: now })
      .onConflictDoUpdate({
        target: [cellModelProgress.modelId, cellModelProgress.quarter],
        set: { note: sql`excluded.note`, notedAt: sql`excluded.noted_at` },
      })
      .run();
  }

  /*
   * What the cell's report (/baocao) counts of its members' second half of the year beside the
   * model: read here, in one query each, rather than through the stores of /tiendo and /ketqua,
   * so that the report needs nothing of how they keep a member's notes and results.
   */

  /** The members of a cell (roster entries of it) who reported progress on their plan in a year. */
  progressReporters(cellId: number, year: number): Set<number> {
    const rows = this.db
      .selectDistinct({ memberId: progressNotes.memberId })
      .from(progressNotes)
      .innerJoin(members, eq(members.id, progressNotes.memberId))
      .where(and(eq(members.cellId, cellId), eq(progressNotes.year, year)))
      .all();
    return new Set(rows.map((row) => row.memberId));
  }

  /**
   * Each member of a cell with results for a year: whether they reported, and the level the cell
   * agreed (the cell may grade one who never reported).
   */
  resultLevels(cellId: number, year: number): ReportResult[] {
    return this.db
      .select({
        memberId: yearResults.memberId,
        submittedAt: yearResults.submittedAt,
        agreedLevel: yearResults.agreedLevel,
      })
      .from(yearResults)
      .innerJoin(members, eq(members.id, yearResults.memberId))
      .where(and(eq(members.cellId, cellId), eq(yearResults.year, year)))
      .all()
      .map(({ memberId, submittedAt, agreedLevel }) => ({
        memberId,
        reported: submittedAt !== null,
        agreedLevel,
      }));
  }
}
