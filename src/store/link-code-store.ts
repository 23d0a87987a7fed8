import { eq, lt } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { linkCodes } from "../db/schema.js";
import { CodeAttempts } from "./code-attempts.js";

/** One-time codes that join a member's accounts on two platforms. */
export class LinkCodeStore {
  readonly attempts: CodeAttempts;

  constructor(private readonly db: Db) {
    this.attempts = new CodeAttempts(db, "link");
  }

  /** A new code replaces the member's earlier ones. */
  issue(code: string, memberId: number, expiresAt: Date): void {
    this.db.delete(linkCodes).where(eq(linkCodes.memberId, memberId)).run();
    this.db.insert(linkCodes).values({ code, memberId, expiresAt }).run();
  }

  /** The member a code stands for, used up as it is read; undefined if unknown or expired. */
  redeem(code: string, now: Date): number | undefined {
    this.db.delete(linkCodes).where(lt(linkCodes.expiresAt, now)).run();
    const row = this.db.select().from(linkCodes).where(eq(linkCodes.code, code)).get();
    if (row) this.db.delete(linkCodes).where(eq(linkCodes.code, code)).run();
    return row?.memberId;
  }
}
