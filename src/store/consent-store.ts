import { and, desc, eq, ne, notExists, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { memberRows } from "../db/personal-data.js";
import { consents, members } from "../db/schema.js";
import type { Member } from "./member-store.js";

export type Consent = typeof consents.$inferSelect;
export type ConsentAnswer = Consent["answer"];

/** One answer to the consent text: who answered (an account, or a member recorded by hand). */
export interface NewConsent {
  cellId: number;
  /** The chat account that answered; absent for a consent given on paper. */
  personId?: string;
  /** The roster entry it is for; absent for a refusal (nobody was added). */
  memberId?: number;
  textVersion: string;
  answer: ConsentAnswer;
  /** The secretary who recorded a consent given on paper. */
  recordedBy?: number;
  /** A withdrawal that also asks for the data to be deleted. */
  erasureAsked?: boolean;
  now: Date;
}

/** Consents to what chibo keeps (Law 91/2025/QH15): every answer is a row, never overwritten. */
export class ConsentStore {
  constructor(private readonly db: Db) {}

  record(input: NewConsent): Consent {
    return this.db
      .insert(consents)
      .values({
        cellId: input.cellId,
        personId: input.personId ?? null,
        memberId: input.memberId ?? null,
        textVersion: input.textVersion,
        answer: input.answer,
        recordedBy: input.recordedBy ?? null,
        erasureAsked: input.erasureAsked ?? false,
        answeredAt: input.now,
      })
      .returning()
      .get();
  }

  /** Every answer about a roster entry, oldest first. */
  ofMember(memberId: number): Consent[] {
    return this.db
      .select()
      .from(consents)
      .where(eq(consents.memberId, memberId))
      .orderBy(consents.answeredAt, consents.id)
      .all();
  }

  /**
   * Forgets the answers about an entry typed by mistake, as it is taken back: the person never
   * was on the roster. The caller rolls this back if the entry stays.
   */
  forgetMember(memberId: number): void {
    this.db.delete(consents).where(eq(consents.memberId, memberId)).run();
  }

  /** The last answer a chat account gave in a cell, if any. */
  lastOf(personId: string, cellId: number): Consent | undefined {
    return this.db
      .select()
      .from(consents)
      .where(and(eq(consents.personId, personId), eq(consents.cellId, cellId)))
      .orderBy(desc(consents.answeredAt), desc(consents.id))
      .get();
  }

  /** A member's latest answer, if they ever answered. */
  /**
   * Whether the member's latest answer is a request to delete their data: the secretary may
   * carry it out only then (an answer since, a consent or a plain withdrawal, takes it back).
   */
  asksErasure(memberId: number): boolean {
    return (
      this.db
        .select({ asked: consents.erasureAsked })
        .from(consents)
        .where(eq(consents.memberId, memberId))
        .orderBy(desc(consents.answeredAt), desc(consents.id))
        .get()?.asked ?? false
    );
  }

  latestAnswer(memberId: number): ConsentAnswer | undefined {
    return this.db
      .select({ answer: consents.answer })
      .from(consents)
      .where(eq(consents.memberId, memberId))
      .orderBy(desc(consents.answeredAt), desc(consents.id))
      .get()?.answer;
  }

  /**
   * Whether a member on the roster has said no: withdrew their consent (/dulieu), or, asked
   * after they were on the roster (an entry older than consent, /dongy), refused it. Either way
   * chibo sends them no private reminder, until the secretary transfers or removes them.
   */
  hasSaidNo(memberId: number): boolean {
    const last = this.latestAnswer(memberId);
    return last === "withdrawn" || last === "refused";
  }

  /** Whether a member's latest answer is a consent given: what approving them needs (/duyet). */
  hasGiven(memberId: number): boolean {
    return this.latestAnswer(memberId) === "given";
  }

  /**
   * The roster entries, in any roster state, with no consent given ever stored for them:
   * those made before consent was asked (migration 0020), or a pending one asked nothing.
   */
  entriesWithoutConsent(): Pick<Member, "id" | "fullName" | "roster">[] {
    const given = this.db
      .select({ one: sql`1` })
      .from(consents)
      .where(
        and(
          eq(consents.memberId, members.id),
          eq(consents.answer, "given"),
          ne(consents.textVersion, ""),
        ),
      );
    return this.db
      .select({ id: members.id, fullName: members.fullName, roster: members.roster })
      .from(members)
      .where(notExists(given))
      .orderBy(members.id)
      .all();
  }

  /**
   * The members counted in a cell (on the roster, not transferred) who never answered the
   * consent text at all: entries made before consent was asked, whom the consent-ask job asks.
   */
  unanswered(cellId: number): Pick<Member, "id" | "fullName">[] {
    const answer = this.db
      .select({ one: sql`1` })
      .from(consents)
      .where(eq(consents.memberId, members.id));
    return this.db
      .select({ id: members.id, fullName: members.fullName })
      .from(members)
      .where(
        and(
          eq(members.cellId, cellId),
          eq(members.roster, "active"),
          ne(members.status, "transferred"),
          notExists(answer),
        ),
      )
      .orderBy(members.id)
      .all();
  }

  /** The latest answer of each member of a cell who ever answered, by member id. */
  latestAnswersIn(cellId: number): Map<number, ConsentAnswer> {
    const rows = this.db
      .select({ memberId: consents.memberId, answer: consents.answer })
      .from(consents)
      .innerJoin(members, eq(members.id, consents.memberId))
      .where(eq(members.cellId, cellId))
      .orderBy(consents.answeredAt, consents.id)
      .all();
    // Oldest first: each member's later answers overwrite the earlier ones.
    return new Map(
      rows.flatMap((row) => (row.memberId === null ? [] : [[row.memberId, row.answer]])),
    );
  }

  /** The members of a cell whose latest answer is a request to delete their data. */
  erasureRequestsIn(cellId: number): number[] {
    const rows = this.db
      .select({ memberId: consents.memberId, asked: consents.erasureAsked })
      .from(consents)
      .innerJoin(members, eq(members.id, consents.memberId))
      .where(eq(members.cellId, cellId))
      .orderBy(consents.answeredAt, consents.id)
      .all();
    // Oldest first: each member's later answers overwrite the earlier ones.
    const latest = new Map(rows.map((row) => [row.memberId, row.asked]));
    return [...latest].flatMap(([memberId, asked]) =>
      asked && memberId !== null ? [memberId] : [],
    );
  }

  /** Everything chibo holds about a member, by table: their own copy (/dulieu). */
  dataOf(memberId: number, personIds: readonly string[]): Record<string, unknown[]> {
    return memberRows(this.db, memberId, personIds);
  }
}
