import { and, asc, eq, gt, lte } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { codeAttempts } from "../db/schema.js";
import { HOUR_MS } from "../domain/durations.js";

/** Wrong codes a person may type within the window: a one-time code cannot be guessed so. */
export const MAX_WRONG_CODES = 5;
export const WRONG_CODE_WINDOW_MS = HOUR_MS;

/** What a one-time code is for: joining an account (/lienket), a committee officer (/tonghop). */
export type CodePurpose = (typeof codeAttempts.$inferInsert)["kind"];

/** The wrong one-time codes one kind of code (/lienket, /tonghop) was typed with, per person. */
export class CodeAttempts {
  constructor(
    private readonly db: Db,
    private readonly kind: CodePurpose,
  ) {}

  /** Until when this person may type no code, after too many wrong ones; undefined: now. */
  lockedUntil(personId: string, now: Date): Date | undefined {
    const since = new Date(now.getTime() - WRONG_CODE_WINDOW_MS);
    const recent = this.db
      .select({ at: codeAttempts.at })
      .from(codeAttempts)
      .where(and(this.of(personId), gt(codeAttempts.at, since)))
      .orderBy(asc(codeAttempts.at))
      .all();
    if (recent.length < MAX_WRONG_CODES) return undefined;
    // Once the oldest of the last few falls out of the window, one more try is allowed.
    const oldest = recent[recent.length - MAX_WRONG_CODES]?.at ?? now;
    return new Date(oldest.getTime() + WRONG_CODE_WINDOW_MS);
  }

  /** Notes a wrong code, and forgets this person's tries older than the window. */
  noteWrong(personId: string, now: Date): void {
    const since = new Date(now.getTime() - WRONG_CODE_WINDOW_MS);
    this.db
      .delete(codeAttempts)
      .where(and(this.of(personId), lte(codeAttempts.at, since)))
      .run();
    this.db.insert(codeAttempts).values({ personId, kind: this.kind, at: now }).run();
  }

  private of(personId: string) {
    return and(eq(codeAttempts.personId, personId), eq(codeAttempts.kind, this.kind));
  }
}
