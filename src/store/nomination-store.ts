import { and, asc, count, desc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { members, nominationRounds, nominations, nominationVotes } from "../db/schema.js";
import type { MemberRole } from "../domain/member-rules.js";
import {
  collectiveKey,
  NOMINATION_ROUNDS,
  type NominationRound,
  type NomineeKind,
} from "../domain/nomination-rules.js";

export type NominationRoundRow = typeof nominationRounds.$inferSelect;

/** Which round: a cell's, in a year, at mid-term or year end. */
export interface RoundRef {
  cellId: number;
  year: number;
  round: NominationRound;
}

/** A nomination as lists show it: who or what, the reason, the support it has. */
export interface NominationEntry {
  id: number;
  kind: NomineeKind;
  nomineeId: number | null;
  /** The member's full name, or the collective's name as typed. */
  name: string;
  /** The member's role in the cell; null for a collective. */
  role: MemberRole | null;
  reason: string;
  proposedBy: number;
  votes: number;
  confirmed: boolean;
}

export type NewNomination =
  | { kind: "individual"; nomineeId: number; reason: string; proposedBy: number }
  | { kind: "collective"; collective: string; reason: string; proposedBy: number };

/** Rounds of nominations for praise, proposals and votes (/bieuduong). */
export class NominationStore {
  constructor(private readonly db: Db) {}

  round(ref: RoundRef): NominationRoundRow | undefined {
    return this.db.select().from(nominationRounds).where(roundIs(ref)).get();
  }

  /** The round of a year opened last and not yet confirmed: the one members take part in. */
  current(cellId: number, year: number): NominationRoundRow | undefined {
    return this.db
      .select()
      .from(nominationRounds)
      .where(
        and(
          eq(nominationRounds.cellId, cellId),
          eq(nominationRounds.year, year),
          isNull(nominationRounds.confirmedAt),
        ),
      )
      .orderBy(desc(nominationRounds.openedAt))
      .get();
  }

  /** The round opened last in a year, confirmed or not. */
  latest(cellId: number, year: number): NominationRoundRow | undefined {
    return this.db
      .select()
      .from(nominationRounds)
      .where(and(eq(nominationRounds.cellId, cellId), eq(nominationRounds.year, year)))
      .orderBy(desc(nominationRounds.openedAt))
      .get();
  }

  /** Opens a round; false if it was opened before (it is never opened twice). */
  open(ref: RoundRef, now: Date): boolean {
    const row = { ...ref, openedAt: now };
    return this.db.insert(nominationRounds).values(row).onConflictDoNothing().run().changes === 1;
  }

  /** Proposals end and the cell's vote begins; false if it had begun, or the round is confirmed. */
  startVoting(ref: RoundRef, now: Date): boolean {
    return (
      this.db
        .update(nominationRounds)
        .set({ votingAt: now })
        .where(
          and(
            roundIs(ref),
            isNull(nominationRounds.votingAt),
            isNull(nominationRounds.confirmedAt),
          ),
        )
        .run().changes === 1
    );
  }

  propose(ref: RoundRef, input: NewNomination, now: Date): number {
    const nominee =
      input.kind === "individual"
        ? { nomineeId: input.nomineeId }
        : { collective: input.collective, collectiveKey: collectiveKey(input.collective) };
    return this.db
      .insert(nominations)
      .values({
        ...ref,
        kind: input.kind,
        ...nominee,
        reason: input.reason,
        proposedBy: input.proposedBy,
        proposedAt: now,
      })
      .returning({ id: nominations.id })
      .get().id;
  }

  /** The members proposed in a round. */
  nomineesOf(ref: RoundRef): Set<number> {
    const rows = this.db
      .select({ id: nominations.nomineeId })
      .from(nominations)
      .where(and(nominationIn(ref), isNotNull(nominations.nomineeId)))
      .all();
    return new Set(rows.flatMap((row) => (row.id === null ? [] : [row.id])));
  }

  /** Whether a collective of this name, however spelled, is proposed in a round already. */
  hasCollective(ref: RoundRef, name: string): boolean {
    const row = this.db
      .select({ id: nominations.id })
      .from(nominations)
      .where(and(nominationIn(ref), eq(nominations.collectiveKey, collectiveKey(name))))
      .get();
    return row !== undefined;
  }

  /** A round's nominations with their support: individuals first (kinds sort backwards), as proposed. */
  entries(ref: RoundRef): NominationEntry[] {
    // Counted a nomination at a time from nomination_votes' key, not over every round's votes.
    const votes = this.db.$count(nominationVotes, eq(nominationVotes.nominationId, nominations.id));
    const rows = this.db
      .select({
        id: nominations.id,
        kind: nominations.kind,
        nomineeId: nominations.nomineeId,
        fullName: members.fullName,
        role: members.role,
        collective: nominations.collective,
        reason: nominations.reason,
        proposedBy: nominations.proposedBy,
        votes,
        confirmedAt: nominations.confirmedAt,
      })
      .from(nominations)
      .leftJoin(members, eq(members.id, nominations.nomineeId))
      .where(nominationIn(ref))
      .orderBy(desc(nominations.kind), asc(nominations.id))
      .all();
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      nomineeId: row.nomineeId,
      name: row.fullName ?? row.collective ?? "",
      role: row.kind === "individual" ? row.role : null,
      reason: row.reason,
      proposedBy: row.proposedBy,
      votes: Number(row.votes),
      confirmed: row.confirmedAt !== null,
    }));
  }

  /** How many nominations a round has: what a group may be told. */
  countOf(ref: RoundRef): number {
    return this.db.select({ n: count() }).from(nominations).where(nominationIn(ref)).get()?.n ?? 0;
  }

  /** The nominations of a round a member supports. */
  votesOf(ref: RoundRef, memberId: number): Set<number> {
    const rows = this.db
      .select({ id: nominationVotes.nominationId })
      .from(nominationVotes)
      .innerJoin(nominations, eq(nominations.id, nominationVotes.nominationId))
      .where(and(nominationIn(ref), eq(nominationVotes.memberId, memberId)))
      .all();
    return new Set(rows.map((row) => row.id));
  }

  /** One support per member per nomination: false if it was given already. */
  vote(nominationId: number, memberId: number, now: Date): boolean {
    const row = { nominationId, memberId, votedAt: now };
    return this.db.insert(nominationVotes).values(row).onConflictDoNothing().run().changes === 1;
  }

  unvote(nominationId: number, memberId: number): boolean {
    return (
      this.db
        .delete(nominationVotes)
        .where(
          and(
            eq(nominationVotes.nominationId, nominationId),
            eq(nominationVotes.memberId, memberId),
          ),
        )
        .run().changes === 1
    );
  }

  /**
   * The list the cell puts forward: these nominations of the round confirmed, and the round with
   * them; false if it was confirmed before.
   */
  confirm(ref: RoundRef, nominationIds: readonly number[], now: Date): boolean {
    // The round and its list together: never a round confirmed with nobody on its list.
    return this.db.transaction((tx) => {
      const done = tx
        .update(nominationRounds)
        .set({ confirmedAt: now })
        .where(and(roundIs(ref), isNull(nominationRounds.confirmedAt)))
        .run();
      if (done.changes !== 1) return false;
      if (nominationIds.length > 0) {
        tx.update(nominations)
          .set({ confirmedAt: now })
          .where(and(nominationIn(ref), inArray(nominations.id, [...nominationIds])))
          .run();
      }
      return true;
    });
  }

  /** The rounds of a year in which the cell proposed anyone, in the year's order. */
  proposedRounds(cellId: number, year: number): NominationRound[] {
    const proposed = new Set(
      this.db
        .selectDistinct({ round: nominations.round })
        .from(nominations)
        .where(and(eq(nominations.cellId, cellId), eq(nominations.year, year)))
        .all()
        .map((row) => row.round),
    );
    return NOMINATION_ROUNDS.filter((round) => proposed.has(round));
  }

  /** What the committee receives: a round's confirmed nominations (all of the year's without one). */
  confirmed(cellId: number, year: number, round?: NominationRound): NominationEntry[] {
    const rounds = round ? [round] : NOMINATION_ROUNDS;
    return rounds.flatMap((r) =>
      this.entries({ cellId, year, round: r }).filter((entry) => entry.confirmed),
    );
  }
}

function roundIs({ cellId, year, round }: RoundRef) {
  return and(
    eq(nominationRounds.cellId, cellId),
    eq(nominationRounds.year, year),
    eq(nominationRounds.round, round),
  );
}

function nominationIn({ cellId, year, round }: RoundRef) {
  return and(
    eq(nominations.cellId, cellId),
    eq(nominations.year, year),
    eq(nominations.round, round),
  );
}
