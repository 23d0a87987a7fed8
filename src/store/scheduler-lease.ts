import { sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { schedulerLease } from "../db/schema.js";

/** A lease not renewed for this long is taken to belong to a process that died. */
export const LEASE_TIMEOUT_MS = 3 * 60 * 1000;

/**
 * Only one process may run jobs and send the outbox, or two would send everything twice.
 * The holder renews its lease on every heartbeat; another may take it only once it is stale.
 */
export class SchedulerLease {
  constructor(
    private readonly db: Db,
    readonly owner: string,
  ) {}

  /** Takes or renews the lease; false while another live process holds it. */
  acquire(now: Date): boolean {
    const stale = new Date(now.getTime() - LEASE_TIMEOUT_MS);
    const result = this.db
      .insert(schedulerLease)
      .values({ id: 1, owner: this.owner, renewedAt: now })
      .onConflictDoUpdate({
        target: schedulerLease.id,
        set: { owner: this.owner, renewedAt: now },
        setWhere: sql`${schedulerLease.owner} = ${this.owner} or ${schedulerLease.renewedAt} < ${stale.getTime()}`,
      })
      .run();
    return result.changes === 1;
  }

  release(): void {
    this.db.delete(schedulerLease).where(sql`${schedulerLease.owner} = ${this.owner}`).run();
  }
}
