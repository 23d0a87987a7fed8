import { Writable } from "node:stream";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { Router } from "../../src/engine/router.js";
import type { Content } from "../../src/messages/incoming.js";
import { Harness } from "../support/harness.js";

describe("the router's log", () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.app.close());

  it("has one debug line a turn: the update, what it was, the replies and the time, never the words", async () => {
    harness = new Harness();
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const router = new Router(harness.app.services, commands, pino({ level: "debug" }, sink));
    const SECRET = "Bí mật của Hùng 4242";
    const platform = { hasButtons: false, canWriteFirst: true, isChatAdmin: async () => true };
    const say = (key: string, content: Content) =>
      router.handle(
        {
          platform: "console",
          updateKey: key,
          chat: { id: "console:group:1", kind: "group", title: "Nhóm 1" },
          person: { id: "console:Hùng", displayName: SECRET },
          content,
        },
        platform,
      );
    await say("u1", { type: "command", name: "khoitao", args: SECRET, mention: "none" });
    await say("u2", { type: "command", name: "x".repeat(50), args: SECRET, mention: "none" });
    await say("u3", { type: "text", text: SECRET });
    await new Promise((resolve) => setImmediate(resolve));
    const turns = lines.filter((line) => line.msg === "turn");
    expect(turns.map((line) => [line.update, line.what])).toEqual([
      ["u1", "khoitao"],
      ["u2", "unknown"],
      ["u3", "text"],
    ]);
    for (const line of turns) expect(typeof line.ms).toBe("number");
    expect(JSON.stringify(lines)).not.toContain("4242");
  });
});
