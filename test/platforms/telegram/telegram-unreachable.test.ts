import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EXIT } from "../../../src/shutdown.js";
import { startChibo, waitUntil } from "../../support/chibo-process.js";
import { FakeBotApi } from "../../support/fake-bot-api.js";

const TOKEN = "7000000001:fake-bot-api-token-for-tests";

let fake: FakeBotApi | undefined;
let dir: string;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** A port on 127.0.0.1 where nothing listens (a moment ago something did). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function env(apiRoot: string): Record<string, string> {
  dir = mkdtempSync(join(tmpdir(), "chibo-offline-"));
  return {
    DATABASE_PATH: join(dir, "chibo.sqlite"),
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    LOG_LEVEL: "info",
  };
}

const UNREACHABLE = "Telegram cannot be reached; trying again";

describe("Telegram unreachable", () => {
  it("at start-up, says so in the log (without the token), keeps trying, and starts once it answers", async () => {
    const port = await closedPort();
    const chibo = startChibo(env(`http://127.0.0.1:${port}`));
    await chibo.waitForLog(UNREACHABLE);
    expect(chibo.stderr).toContain('"reason":"ECONNREFUSED"');
    expect(chibo.stderr).not.toContain(TOKEN.split(":")[1]);

    const api = await FakeBotApi.start({ port });
    fake = api;
    await waitUntil(() => api.waitingPolls > 0, "polling");
    const ha = api.addUser({ id: 7, first_name: "Hà" });
    api.sendText({ from: ha, text: "/chuyende" });
    await waitUntil(() => api.messagesTo(7).length > 0, "answered");
    chibo.child.kill("SIGTERM");
    expect(await chibo.exitCode()).toBe(EXIT.stopped);
  }, 60_000);

  it("at start-up, a SIGTERM ends the waiting at once", async () => {
    const port = await closedPort();
    const chibo = startChibo(env(`http://127.0.0.1:${port}`));
    await chibo.waitForLog(UNREACHABLE);
    chibo.child.kill("SIGTERM");
    expect(await chibo.exitCode()).toBe(EXIT.stopped);
    expect(chibo.stderr).toContain('"msg":"stopped"');
  }, 60_000);

  it("while running, a SIGTERM still stops it", async () => {
    const api = await FakeBotApi.start();
    const chibo = startChibo(env(api.apiRoot));
    await waitUntil(() => api.waitingPolls > 0, "polling");
    await chibo.waitForLog("telegram started");
    await api.stop(); // Telegram is gone: the next getUpdates finds the port closed
    chibo.child.kill("SIGTERM");
    expect(await chibo.exitCode()).toBe(EXIT.stopped);
  }, 60_000);
});
