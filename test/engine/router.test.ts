import { afterEach, describe, expect, it, vi } from "vitest";
import { UserError } from "../../src/engine/user-error.js";
import { Harness } from "../support/harness.js";

let harness: Harness;
afterEach(() => harness?.close());

function keys(said: { reply: { parts: { key: string }[] } }[]): string[] {
  return said.flatMap((s) => s.reply.parts.map((part) => part.key));
}

describe("an update, recorded in the turn's transaction", () => {
  it("rolls back a refused turn's writes, yet counts the update and notes the private chat", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    const { conversations } = harness.app.services;
    const save = conversations.saveDialog.bind(conversations);
    vi.spyOn(conversations, "saveDialog").mockImplementation((...args) => {
      save(...args);
      throw new UserError("choice-expired");
    });

    const refused = await harness.say("Hùng", "private", "/dangky", { updateKey: "r1" });
    expect(keys(refused)).toEqual(["choice-expired"]);
    expect(conversations.dialog("console:Hùng", "console:Hùng")).toBeUndefined();
    expect(conversations.hasPrivateChat("console:Hùng")).toBe(true);
    expect(await harness.say("Hùng", "private", "/dangky", { updateKey: "r1" })).toEqual([]);
  });

  it("answers a fault with error-internal and does not run the update again", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    const { members, conversations } = harness.app.services;
    vi.spyOn(members, "byPerson").mockImplementationOnce(() => {
      throw new Error("disk I/O error");
    });
    const before = harness.snapshot();

    const failed = await harness.say("Hùng", "private", "/chuyende", { updateKey: "f1" });
    expect(keys(failed)).toEqual(["error-internal"]);
    expect(harness.snapshot()).toBe(before);
    expect(conversations.hasPrivateChat("console:Hùng")).toBe(true);
    expect(await harness.say("Hùng", "private", "/chuyende", { updateKey: "f1" })).toEqual([]);
  });

  it("answers error-internal once when asking the platform for admins fails", async () => {
    harness = new Harness();
    const platform = {
      hasButtons: true,
      canWriteFirst: true,
      isChatAdmin: () => Promise.reject(new Error("network down")),
    };
    const incoming = {
      platform: "console" as const,
      updateKey: "a1",
      chat: { id: "console:group:1", kind: "group" as const, title: "Nhóm 1" },
      person: { id: "console:Lan", displayName: "Lan" },
      content: {
        type: "command" as const,
        name: "khoitao",
        args: "Chi bộ 1",
        mention: "none" as const,
      },
    };
    const first = await harness.app.router.handle(incoming, platform);
    expect(first.flatMap((reply) => reply.parts.map((part) => part.key))).toEqual([
      "error-internal",
    ]);
    expect(await harness.app.router.handle(incoming, platform)).toEqual([]);
    expect(harness.app.services.cells.list()).toHaveLength(0);
  });
});
