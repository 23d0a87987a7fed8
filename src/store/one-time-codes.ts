import { randomInt } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { oneTimeCodes } from "../db/schema.js";
import { CodeAttempts, type CodePurpose } from "./code-attempts.js";

/** Eight digits: guessing one within its lifetime, five wrong tries an hour, is hopeless. */
const CODE_DIGITS = 8;

/**
 * A member has one link code out, the last asked for; an operator may give several officers of
 * one committee a code each.
 */
const ONE_PER_TARGET: Record<CodePurpose, boolean> = { link: true, officer: false };

/**
 * The one-time codes of one purpose: a code stands for its target (a member to join an account
 * to, a committee to speak for) until it is redeemed or expires.
 */
export class OneTimeCodes {
  readonly attempts: CodeAttempts;

  constructor(
    private readonly db: Db,
    private readonly purpose: CodePurpose,
  ) {
    this.attempts = new CodeAttempts(db, purpose);
  }

  /** A new code for the target, valid until `expiresAt`. */
  issue(targetId: number, expiresAt: Date): string {
    if (ONE_PER_TARGET[this.purpose]) {
      this.db
        .delete(oneTimeCodes)
        .where(and(eq(oneTimeCodes.purpose, this.purpose), eq(oneTimeCodes.targetId, targetId)))
        .run();
    }
    const code = String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, "0");
    this.db.insert(oneTimeCodes).values({ purpose: this.purpose, code, targetId, expiresAt }).run();
    return code;
  }

  /** The target a code stands for, used up as it is read; undefined if unknown or expired. */
  redeem(code: string, now: Date): number | undefined {
    this.db.delete(oneTimeCodes).where(lt(oneTimeCodes.expiresAt, now)).run();
    const mine = and(eq(oneTimeCodes.purpose, this.purpose), eq(oneTimeCodes.code, code));
    const row = this.db.select().from(oneTimeCodes).where(mine).get();
    if (row) this.db.delete(oneTimeCodes).where(mine).run();
    return row?.targetId;
  }
}
