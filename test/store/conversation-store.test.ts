import { afterEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.js";
import type { Reply } from "../../src/messages/reply.js";
import { ConversationStore } from "../../src/store/conversation-store.js";

let database: Database | undefined;
afterEach(() => database?.close());

const NOW = new Date("2024-04-10T02:00:00Z");
const answer = (chatId: string): Reply[] => [{ chatId, parts: [{ key: "help-header" }] }];

describe("kept answers", () => {
  it("are owed until noted as delivered, each update on its own, several at once too", () => {
    database = openDatabase(":memory:");
    const conversations = new ConversationStore(database.db);
    for (const key of ["tg:1", "tg:2", "tg:3"]) {
      expect(conversations.seen(key)).toBeUndefined();
      conversations.noteProcessed(key, NOW, answer(`tg:chat-${key}`));
    }

    conversations.repliesDelivered(["tg:1", "tg:3"]);
    conversations.repliesDelivered([]);

    expect(conversations.seen("tg:1")).toEqual([]);
    expect(conversations.seen("tg:2")).toEqual(answer("tg:chat-tg:2"));
    expect(conversations.seen("tg:3")).toEqual([]);
  });
});
