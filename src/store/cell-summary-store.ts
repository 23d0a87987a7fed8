import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { cellSummaries } from "../db/schema.js";

export type CellSummary = typeof cellSummaries.$inferSelect;

/** Registration counts per cell and period, compiled on a schedule, kept as history. */
export class CellSummaryStore {
  constructor(private readonly db: Db) {}

  save(summary: CellSummary): void {
    this.db
      .insert(cellSummaries)
      .values(summary)
      .onConflictDoUpdate({
        target: [cellSummaries.cellId, cellSummaries.period],
        set: summary,
      })
      .run();
  }

  ofCell(cellId: number): CellSummary[] {
    return this.db
      .select()
      .from(cellSummaries)
      .where(eq(cellSummaries.cellId, cellId))
      .orderBy(asc(cellSummaries.compiledAt))
      .all();
  }
}
