import { and, eq, gte } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { jobRuns } from "../db/schema.js";

export type JobRunRow = typeof jobRuns.$inferSelect;

export class JobRunStore {
  constructor(private readonly db: Db) {}

  /** Claims a run; false if this job already ran (or was skipped) for this cell and period. */
  claim(
    job: string,
    cellId: number,
    period: string,
    outcome: JobRunRow["outcome"],
    now: Date,
  ): boolean {
    const result = this.db
      .insert(jobRuns)
      .values({ job, cellId, period, outcome, ranAt: now })
      .onConflictDoNothing()
      .run();
    return result.changes === 1;
  }

  /** Every run of a cell as "job|period": one query per cell and beat. */
  periodsOf(cellId: number): Set<string> {
    const rows = this.db
      .select({ job: jobRuns.job, period: jobRuns.period })
      .from(jobRuns)
      .where(eq(jobRuns.cellId, cellId))
      .all();
    return new Set(rows.map((row) => `${row.job}|${row.period}`));
  }

  /** Whether the job ran (not skipped) for the cell at or after `since`. */
  ranSince(job: string, cellId: number, since: Date): boolean {
    const row = this.db
      .select()
      .from(jobRuns)
      .where(
        and(
          eq(jobRuns.job, job),
          eq(jobRuns.cellId, cellId),
          eq(jobRuns.outcome, "done"),
          gte(jobRuns.ranAt, since),
        ),
      )
      .get();
    return row !== undefined;
  }
}
