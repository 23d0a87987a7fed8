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

  it("saves no cookies while the session counts as ended, and saves them again once it is back", async () => {
    zalo = await FakeZaloServer.start();
    dir = mkdtempSync(join(tmpdir(), "chibo-zalo-outage-"));
    const path = join(dir, "zalo-credentials.json");
    writeFileSync(path, JSON.stringify(zalo.credentials()));
    chmodSync(path, 0o600);
    const config = loadConfig({
      DATABASE_PATH: join(dir, "chibo.sqlite"),
      ZALO_CREDENTIALS_PATH: path,
      ZALO_SERVER: zalo.url,
    });
    app = createApp(config, pino({ level: "silent" }), new TestClock(new Date()));
    const status = () => app?.services.platforms.get("zalo")?.state;
    running = runZalo(app, config, pino({ level: "silent" }), {
      reconnectMs: [5, 5, 5],
      loginMs: [5],
      kickRetryMs: 5,
    });
    await vi.waitFor(() => expect(status()).toBe("ok"));
    // The login's cookies were written back.
    await vi.waitFor(() => expect(readFileSync(path, "utf8")).not.toBe(""));
    const server = zalo;

    // Down for longer than the reconnections last: taken as expired.
    server.offline = true;
    server.drop();
    await vi.waitFor(() => expect(status()).toBe("expired"));
    writeFileSync(path, "a session a new `zalo login` saved");
    running.stop();
    expect(readFileSync(path, "utf8")).toBe("a session a new `zalo login` saved");
  });

  it("saves the session again when it comes back", async () => {
    zalo = await FakeZaloServer.start();
    dir = mkdtempSync(join(tmpdir(), "chibo-zalo-outage-"));
    const path = join(dir, "zalo-credentials.json");
    writeFileSync(path, JSON.stringify(zalo.credentials()));
    chmodSync(path, 0o600);
    const config = loadConfig({
      DATABASE_PATH: join(dir, "chibo.sqlite"),
      ZALO_CREDENTIALS_PATH: path,
      ZALO_SERVER: zalo.url,
    });
    app = createApp(config, pino({ level: "silent" }), new TestClock(new Date()));
    const status = () => app?.services.platforms.get("zalo")?.state;
    running = runZalo(app, config, pino({ level: "silent" }), {
      reconnectMs: [5, 5, 5],
      loginMs: [5],
      kickRetryMs: 5,
    });
    await vi.waitFor(() => expect(status()).toBe("ok"));
    const server = zalo;
    server.offline = true;
    server.drop();
    await vi.waitFor(() => expect(status()).toBe("expired"));
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
