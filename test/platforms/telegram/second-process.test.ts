import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createApp } from "../../../src/app.js";
import { loadConfig } from "../../../src/config.js";
import { schedulerLease } from "../../../src/db/schema.js";
import { EXIT } from "../../../src/shutdown.js";
import { startChibo, waitUntil } from "../../support/chibo-process.js";
import { FakeBotApi } from "../../support/fake-bot-api.js";

let fake: FakeBotApi | undefined;
let dir: string;
afterEach(async () => {
  await fake?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("a second process on the same bot and database", () => {
  it("the one whose polling Telegram ends (409) says why and exits, giving the jobs up; the other answers and stops when told", async () => {
    // As Telegram does: a second poller's getUpdates ends the first one's with 409.
    const api = await FakeBotApi.start({ pollConflicts: true });
    fake = api;
    dir = mkdtempSync(join(tmpdir(), "chibo-two-"));
    const env = {
      DATABASE_PATH: join(dir, "chibo.sqlite"),
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
      LOG_LEVEL: "info",
    };
    const first = startChibo(env);
    await waitUntil(() => api.waitingPolls > 0, "polling");
    await first.waitForLog("telegram started");
    const second = startChibo(env);

    expect(await first.exitCode()).toBe(EXIT.conflict);
    expect(first.stderr).toContain(
      "Telegram cho biết một tiến trình khác vừa nhận tin nhắn của bot này (409 Conflict)",
    );
    expect(api.refused.map((call) => `${call.method} ${call.error_code}`)).toEqual([
      "getUpdates 409",
    ]);
    // The first gave the jobs up as it left: the second takes them at its next beat.
    const app = createApp(loadConfig(env), pino({ level: "silent" }), { now: () => new Date() });
    const holders = app.database.db.select().from(schedulerLease).all();
    expect(holders.filter((lease) => lease.owner.includes(`#${first.child.pid}#`))).toEqual([]);
    app.close();

    // The one left polls and answers, undisturbed by the other's exit.
    const ha = api.addUser({ id: 7, first_name: "Hà" });
    api.sendText({ from: ha, text: "/chuyende" });
    await waitUntil(() => api.messagesTo(7).length > 0, "answered");
    expect(api.messagesTo(7)[0]?.text).toContain("Chuyên đề năm");
    second.child.kill("SIGTERM");
    expect(await second.exitCode()).toBe(EXIT.stopped);
    expect(api.refused).toHaveLength(1);
  }, 60_000);
});
