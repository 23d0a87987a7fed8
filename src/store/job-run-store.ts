import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { jobRuns, scheduleLooks } from "../db/schema.js";

export type JobRunRow = typeof jobRuns.$inferSelect;

/** The jobs that send (not looked at in quiet hours), and the others. */
export type JobKind = (typeof scheduleLooks.$inferSelect)["kind"];

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

  /** When the job last ran (not skipped) for the cell, if it ever did. */
  lastRanAt(job: string, cellId: number): Date | undefined {
    return this.db
      .select({ ranAt: jobRuns.ranAt })
      .from(jobRuns)
      .where(and(eq(jobRuns.job, job), eq(jobRuns.cellId, cellId), eq(jobRuns.outcome, "done")))
      .orderBy(desc(jobRuns.ranAt))
      .limit(1)
      .get()?.ranAt;
  }

  /** How far the scheduler has looked, per kind of job; unset: never on this database. */
  lookedAt(): Partial<Record<JobKind, Date>> {
    const rows = this.db.select().from(scheduleLooks).all();
    return Object.fromEntries(rows.map((row) => [row.kind, row.lookedAt]));
  }

  /** Every slot of these kinds due until `at` was run or let go. */
  lookedUntil(kinds: JobKind[], at: Date): void {
    for (const kind of kinds) {
      this.db
        .insert(scheduleLooks)
        .values({ kind, lookedAt: at })
        .onConflictDoUpdate({ target: scheduleLooks.kind, set: { lookedAt: at } })
        .run();
    }
  }
}
