import { eq, lt } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { committeeOfficers, officerCodes } from "../db/schema.js";
import { CodeAttempts } from "./code-attempts.js";

/** Who may ask for a committee's roll-up, and the one-time codes that make them so. */
export class OfficerStore {
  readonly attempts: CodeAttempts;

  constructor(private readonly db: Db) {
    this.attempts = new CodeAttempts(db, "officer");
  }

  committeeOf(personId: string): number | undefined {
    return this.db
      .select()
      .from(committeeOfficers)
      .where(eq(committeeOfficers.personId, personId))
      .get()?.committeeId;
  }

  issueCode(code: string, committeeId: number, expiresAt: Date): void {
    this.db.insert(officerCodes).values({ code, committeeId, expiresAt }).run();
  }

  /** Makes the person an officer of the code's committee; false if the code is unknown or old. */
  claim(code: string, personId: string, now: Date): number | undefined {
    this.db.delete(officerCodes).where(lt(officerCodes.expiresAt, now)).run();
    const row = this.db.select().from(officerCodes).where(eq(officerCodes.code, code)).get();
    if (!row) return undefined;
    this.db.delete(officerCodes).where(eq(officerCodes.code, code)).run();
    this.db
      .insert(committeeOfficers)
      .values({ personId, committeeId: row.committeeId, addedAt: now })
      .onConflictDoUpdate({
        target: committeeOfficers.personId,
        set: { committeeId: row.committeeId, addedAt: now },
      })
      .run();
    return row.committeeId;
  }
}
