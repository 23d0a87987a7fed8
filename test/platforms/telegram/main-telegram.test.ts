import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FakeBotApi } from "../../support/fake-bot-api.js";

describe("npm start with TELEGRAM_BOT_TOKEN", () => {
  let fake: FakeBotApi | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await fake?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("runs the Telegram bot against TELEGRAM_API_ROOT, publishes its menu and answers", async () => {
    fake = await FakeBotApi.start({ botUsername: "chibo_test_bot" });
    dir = mkdtempSync(join(tmpdir(), "chibo-main-"));
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: {
        PATH: process.env.PATH,
        TELEGRAM_BOT_TOKEN: fake.token,
        TELEGRAM_API_ROOT: fake.apiRoot,
        DATABASE_PATH: join(dir, "chibo.sqlite"),
        LOG_LEVEL: "silent",
      },
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      // Polling starts right after deleteWebhook; a held getUpdates is recorded only when answered.
      await fake.waitFor((call) => call.method === "deleteWebhook", 20_000);
      fake.sendText({ from: fake.addUser({ id: 7, first_name: "Hà" }), text: "/chuyende" });
      await fake.waitFor((call) => call.method === "sendMessage", 10_000);
      expect(fake.messagesTo(7)[0]?.text).toContain("Chuyên đề năm");
      expect(fake.calls.filter((c) => c.method === "setMyCommands" && c.ok)).toHaveLength(2);
      expect(fake.refused).toEqual([]);
    } finally {
      child.kill("SIGTERM");
      await exited;
    }
  });
});
