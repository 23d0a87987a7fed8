import { eq } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { committeeOfficers } from "../db/schema.js";

/** Who may ask for a committee's roll-up: its officers, each named once by a one-time code. */
export class OfficerStore {
  constructor(private readonly db: Db) {}

  committeeOf(personId: string): number | undefined {
    return this.db
      .select()
      .from(committeeOfficers)
      .where(eq(committeeOfficers.personId, personId))
      .get()?.committeeId;
  }

  /** The people who speak for a committee (their person ids), in the order they were named. */
  officersOf(committeeId: number): string[] {
    return this.db
      .select({ personId: committeeOfficers.personId })
      .from(committeeOfficers)
      .where(eq(committeeOfficers.committeeId, committeeId))
      .orderBy(committeeOfficers.addedAt)
      .all()
      .map((row) => row.personId);
  }

  /** Makes the person an officer of the committee, in place of any other they spoke for. */
  appoint(personId: string, committeeId: number, now: Date): void {
    this.db
      .insert(committeeOfficers)
      .values({ personId, committeeId, addedAt: now })
      .onConflictDoUpdate({
        target: committeeOfficers.personId,
        set: { committeeId, addedAt: now },
      })
      .run();
  }
}
