import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type App, createApp } from "../../../src/app.js";
import { loadConfig } from "../../../src/config.js";
import { type RunningZalo, runZalo } from "../../../src/platforms/zalo/run-zalo.js";
import { FakeZaloServer } from "../../support/fake-zalo-server.js";
import { TestClock } from "../../support/harness.js";

describe("runZalo through an outage", () => {
  let zalo: FakeZaloServer | undefined;
  let app: App | undefined;
  let running: RunningZalo | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    running?.stop();
    await zalo?.close();
    app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** chibo's Zalo logged in with a saved session, reconnecting within milliseconds. */
  async function startLoggedIn() {
    const server = await FakeZaloServer.start();
    zalo = server;
    dir = mkdtempSync(join(tmpdir(), "chibo-zalo-outage-"));
    const path = join(dir, "zalo-credentials.json");
    writeFileSync(path, JSON.stringify(server.credentials()));
    chmodSync(path, 0o600);
    const config = loadConfig({
      DATABASE_PATH: join(dir, "chibo.sqlite"),
      ZALO_CREDENTIALS_PATH: path,
      ZALO_SERVER: server.url,
    });
    const started = createApp(config, pino({ level: "silent" }), new TestClock(new Date()));
    app = started;
    const status = () => started.services.platforms.get("zalo")?.state;
    running = runZalo(started, config, pino({ level: "silent" }), {
      reconnectMs: [5, 5, 5],
      loginMs: [5],
      kickRetryMs: 5,
    });
    await vi.waitFor(() => expect(status()).toBe("ok"));
    return { server, path, status };
  }

  it("saves no cookies while the session counts as ended, and saves them again once it is back", async () => {
    const { server, path, status } = await startLoggedIn();

    // Down for longer than the reconnections last: Zalo counts as unreachable.
    server.offline = true;
    server.drop();
    await vi.waitFor(() => expect(status()).toBe("unreachable"));
    writeFileSync(path, "a session a new `zalo login` saved");
    running?.stop();
    expect(readFileSync(path, "utf8")).toBe("a session a new `zalo login` saved");
  });

  it("saves the session again when it comes back", async () => {
    const { server, path, status } = await startLoggedIn();
    server.offline = true;
    server.drop();
    await vi.waitFor(() => expect(status()).toBe("unreachable"));
    // Meanwhile the file is as it was; once the connection is back it is written anew.
    writeFileSync(path, JSON.stringify(server.credentials()));
    chmodSync(path, 0o600);
    const before = statSync(path).mtimeMs;
    server.offline = false;
    await vi.waitFor(() => expect(status()).toBe("ok"), { timeout: 5000 });
    await vi.waitFor(() => expect(statSync(path).mtimeMs).toBeGreaterThan(before));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(readFileSync(path, "utf8"));
    expect(saved.cookie.length).toBeGreaterThan(0);
  });
});
