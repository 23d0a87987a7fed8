import { createHmac, randomBytes } from "node:crypto";
import { and, asc, eq, gte, lt, notInArray, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { identities, members, polls, pollVotes } from "../db/schema.js";
import type { Text } from "../i18n.js";
import type { Member } from "./member-store.js";
import { inJsonList, jsonList, prepareOnce } from "./prepared.js";

export type Poll = typeof polls.$inferSelect;
export type PollVote = typeof pollVotes.$inferSelect;

export interface Voter {
  personId: string;
  memberId: number;
  roster: Member["roster"];
  status: Member["status"];
}

export interface NewPoll {
  cellId: number;
  meetingId: number | null;
  question: Text;
  options: Text[];
  anonymous: boolean;
  closesAt: Date;
  createdBy: number | null;
}

/** Quick polls and the votes known one by one. */
export class PollStore {
  constructor(private readonly db: Db) {}

  // A report reads a year of a cell's polls and their votes.
  private readonly prepared = prepareOnce(() => ({
    ofCell: this.db
      .select()
      .from(polls)
      .where(
        and(
          eq(polls.cellId, sql.placeholder("cellId")),
          gte(polls.createdAt, sql.placeholder("from")),
          lt(polls.createdAt, sql.placeholder("to")),
        ),
      )
      .orderBy(asc(polls.id))
      .prepare(),
    votes: this.db
      .select()
      .from(pollVotes)
      .where(inJsonList(pollVotes.pollId, "pollIds"))
      .prepare(),
  }));

  create(input: NewPoll, now: Date): Poll {
    const voteSalt = input.anonymous ? randomBytes(16).toString("hex") : null;
    return this.db
      .insert(polls)
      .values({ ...input, voteSalt, createdAt: now })
      .returning()
      .get();
  }

  byId(id: number): Poll | undefined {
    return this.db.select().from(polls).where(eq(polls.id, id)).get();
  }

  open(cellId: number): Poll[] {
    return this.db
      .select()
      .from(polls)
      .where(and(eq(polls.cellId, cellId), eq(polls.state, "open")))
      .orderBy(asc(polls.id))
      .all();
  }

  /** Every cell's open polls: what the scheduler looks at, once a beat. */
  allOpen(): Poll[] {
    return (
      this.db
        .select()
        .from(polls)
        // Written out, not bound: only then can SQLite use the partial polls_open_idx.
        .where(sql`${polls.state} = 'open'`)
        .orderBy(asc(polls.closesAt))
        .all()
    );
  }

  /** A cell's polls created in [from, to). */
  ofCell(cellId: number, from: Date, to: Date): Poll[] {
    return this.prepared().ofCell.all({ cellId, from: from.getTime(), to: to.getTime() });
  }

  /** A cell's open polls due to close before `to`: what the scheduler closes. */
  openClosingBefore(cellId: number, to: Date): Poll[] {
    return this.db
      .select()
      .from(polls)
      .where(and(eq(polls.cellId, cellId), eq(polls.state, "open"), lt(polls.closesAt, to)))
      .all();
  }

  close(id: number, now: Date): Poll {
    return this.db
      .update(polls)
      .set({ state: "closed", closedAt: now, voteSalt: null })
      .where(eq(polls.id, id))
      .returning()
      .get();
  }

  /** A new vote replaces the person's earlier one; no options withdraws it. */
  vote(
    vote: { pollId: number; personId: string; memberId: number | null; optionIds: number[] },
    now: Date,
  ): void {
    const { pollId, personId, optionIds } = vote;
    if (optionIds.length === 0) {
      this.db
        .delete(pollVotes)
        .where(and(eq(pollVotes.pollId, pollId), eq(pollVotes.personId, personId)))
        .run();
      return;
    }
    this.db
      .insert(pollVotes)
      .values({ ...vote, votedAt: now })
      .onConflictDoUpdate({
        target: [pollVotes.pollId, pollVotes.personId],
        set: { memberId: vote.memberId, optionIds, votedAt: now },
      })
      .run();
  }

  /**
   * Of a poll's votes, keeps only those cast under these voter keys: at its close, the others
   * (from outside the cell, or a member's second account) go, so the result stays as counted.
   */
  keepVotes(pollId: number, voters: string[]): void {
    this.db
      .delete(pollVotes)
      .where(and(eq(pollVotes.pollId, pollId), notInArray(pollVotes.personId, voters)))
      .run();
  }

  /** The platform accounts of a cell's members, with where each member stands: who may vote. */
  accountsOf(cellId: number): Voter[] {
    return this.db
      .select({
        personId: identities.personId,
        memberId: members.id,
        roster: members.roster,
        status: members.status,
      })
      .from(identities)
      .innerJoin(members, eq(members.id, identities.memberId))
      .where(eq(members.cellId, cellId))
      .all();
  }

  /** Who a vote is kept under: the person, or for an anonymous poll a hash nobody can undo later. */
  voterKey(poll: Poll, personId: string): string {
    if (!poll.voteSalt) return personId;
    return createHmac("sha256", poll.voteSalt).update(personId).digest("hex");
  }

  votes(pollIds: number[]): PollVote[] {
    if (pollIds.length === 0) return [];
    return this.prepared().votes.all({ pollIds: jsonList(pollIds) });
  }
}
