import { and, asc, eq, gte, inArray, lt } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { polls, pollVotes } from "../db/schema.js";
import type { Text } from "../i18n.js";

export type Poll = typeof polls.$inferSelect;
export type PollVote = typeof pollVotes.$inferSelect;

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

  create(input: NewPoll, now: Date): Poll {
    return this.db
      .insert(polls)
      .values({ ...input, createdAt: now })
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

  /** A cell's polls created in [from, to). */
  ofCell(cellId: number, from: Date, to: Date): Poll[] {
    return this.db
      .select()
      .from(polls)
      .where(and(eq(polls.cellId, cellId), gte(polls.createdAt, from), lt(polls.createdAt, to)))
      .orderBy(asc(polls.id))
      .all();
  }

  /** A cell's polls that close in [from, to): what the scheduler closes. */
  closingIn(cellId: number, from: Date, to: Date): Poll[] {
    return this.db
      .select()
      .from(polls)
      .where(and(eq(polls.cellId, cellId), gte(polls.closesAt, from), lt(polls.closesAt, to)))
      .all();
  }

  close(id: number, now: Date): Poll {
    return this.db
      .update(polls)
      .set({ state: "closed", closedAt: now })
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

  votes(pollIds: number[]): PollVote[] {
    if (pollIds.length === 0) return [];
    return this.db.select().from(pollVotes).where(inArray(pollVotes.pollId, pollIds)).all();
  }
}
