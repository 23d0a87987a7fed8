import { hostname } from "node:os";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { schedulerLease } from "../db/schema.js";
import { MINUTE_MS } from "../domain/durations.js";

/** A lease not renewed for this long is taken to belong to a process that died. */
export const LEASE_TIMEOUT_MS = 3 * MINUTE_MS;

/** An owner name that says which process on which machine holds the lease. */
export function processOwner(id: string): string {
  return `${hostname()}#${process.pid}#${id}`;
}

/**
 * Only one process may run jobs and send the outbox, or two would send everything twice.
 * The holder renews its lease on every heartbeat; another may take it once it is stale, or at
 * once when the holder was a process on this machine that no longer exists (killed).
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
    if (result.changes === 1) return true;
    const holder = this.db.select().from(schedulerLease).get()?.owner;
    if (!holder || !isDeadLocalProcess(holder)) return false;
    return (
      this.db
        .update(schedulerLease)
        .set({ owner: this.owner, renewedAt: now })
        .where(eq(schedulerLease.owner, holder))
        .run().changes === 1
    );
  }

  release(): void {
    this.db.delete(schedulerLease).where(eq(schedulerLease.owner, this.owner)).run();
  }
}

function isDeadLocalProcess(owner: string): boolean {
  const [host, pid] = owner.split("#");
  if (host !== hostname() || !pid || !/^\d+$/.test(pid)) return false;
  // Our own pid under another owner's name: restarted in a container, where the pid repeats.
  if (Number(pid) === process.pid) return true;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}
