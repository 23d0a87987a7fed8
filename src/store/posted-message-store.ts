import { and, eq } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { postedMessages } from "../db/schema.js";
import { inJsonList, jsonList, prepareOnce } from "./prepared.js";

export type PostedMessage = typeof postedMessages.$inferSelect;

/** Which platform message shows what: the way back to edit it, or to find a poll's votes. */
export class PostedMessageStore {
  constructor(private readonly db: Db) {}

  find(chatId: string, anchor: string): PostedMessage | undefined {
    return this.db
      .select()
      .from(postedMessages)
      .where(and(eq(postedMessages.chatId, chatId), eq(postedMessages.anchor, anchor)))
      .get();
  }

  /** The latest message under an anchor replaces the one before it. */
  save(entry: Omit<PostedMessage, "pollOptionIds"> & { pollOptionIds?: number[] }): void {
    const pollOptionIds = entry.pollOptionIds ?? null;
    this.db
      .insert(postedMessages)
      .values({ ...entry, pollOptionIds })
      .onConflictDoUpdate({
        target: [postedMessages.chatId, postedMessages.anchor],
        set: {
          messageId: entry.messageId,
          platformPollId: entry.platformPollId,
          pollOptionIds,
          postedAt: entry.postedAt,
        },
      })
      .run();
  }

  byPlatformPoll(platformPollId: string): PostedMessage | undefined {
    return this.db
      .select()
      .from(postedMessages)
      .where(eq(postedMessages.platformPollId, platformPollId))
      .get();
  }

  /** Every chat's copy of an anchored message, e.g. a poll posted in two groups. */
  copies(anchor: string): PostedMessage[] {
    return this.copiesOf([anchor]);
  }

  /** The copies of several anchored messages in one query (a report's polls). */
  copiesOf(anchors: string[]): PostedMessage[] {
    if (anchors.length === 0) return [];
    return this.copiesOfAnchors().all({ anchors: jsonList(anchors) });
  }

  private readonly copiesOfAnchors = prepareOnce(() =>
    this.db
      .select()
      .from(postedMessages)
      .where(inJsonList(postedMessages.anchor, "anchors"))
      .prepare(),
  );
}
