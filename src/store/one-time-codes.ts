import { randomInt } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { oneTimeCodes } from "../db/schema.js";
import { CodeAttempts, type CodePurpose } from "./code-attempts.js";

/** A typed code's outcome: its target, a wrong code (counted), or too many wrong ones before. */
export type CodeTry = { target: number } | { wrong: true } | { locked: Date };

/** Eight digits: guessing one within its lifetime, five wrong tries an hour, is hopeless. */
const CODE_DIGITS = 8;

/**
 * A member has one link code and one claim code out, the last given; a committee has a code out
 * for each officer invited and each cell asked to link to it.
 */
const ONE_PER_TARGET: Record<CodePurpose, boolean> = {
  link: true,
  claim: true,
  officer: false,
  committee: false,
};

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
    const target = this.peek(code, now);
    if (target !== undefined) this.db.delete(oneTimeCodes).where(this.row(code)).run();
    return target;
  }

  /** The target a code stands for, left to be redeemed once the person has confirmed. */
  peek(code: string, now: Date): number | undefined {
    this.forgetExpired(now);
    return this.db.select().from(oneTimeCodes).where(this.row(code)).get()?.targetId;
  }

  /** Forgets the codes, of every purpose, that expired before `now`; returns how many. */
  forgetExpired(now: Date): number {
    return this.db.delete(oneTimeCodes).where(lt(oneTimeCodes.expiresAt, now)).run().changes;
  }

  /**
   * What a code a person typed stands for: a code that stands for nothing counts as a wrong try,
   * and after too many none is read. "peek" leaves the code for `redeem` once they confirm.
   */
  tryCode(personId: string, code: string, now: Date, use: "redeem" | "peek"): CodeTry {
    const locked = this.attempts.lockedUntil(personId, now);
    if (locked) return { locked };
    const target = use === "redeem" ? this.redeem(code, now) : this.peek(code, now);
    if (target !== undefined) return { target };
    this.attempts.noteWrong(personId, now);
    return { wrong: true };
  }

  private row(code: string) {
    return and(eq(oneTimeCodes.purpose, this.purpose), eq(oneTimeCodes.code, code));
  }
}
