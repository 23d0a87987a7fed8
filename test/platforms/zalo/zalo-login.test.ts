/**
 * Logging the bot's Zalo account in, as the operator does it: `npm run cli -- zalo login` through
 * zca-js's own QR login, `zalo status`, and runZalo starting from the saved session, all against
 * the fake of Zalo's servers (test/support/fake-zalo-server.ts).
 */
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsQR from "jsqr";
import { pino } from "pino";
import { PNG } from "pngjs";
import QRCode from "qrcode";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type Credentials, Zalo } from "zca-js";
import { createApp } from "../../../src/app.js";
import { runCli } from "../../../src/cli/cli.js";
import { loadConfig } from "../../../src/config.js";
import { CredentialsError, readCredentials } from "../../../src/platforms/zalo/credentials.js";
import { qrForTerminal } from "../../../src/platforms/zalo/qr-terminal.js";
import { runZalo } from "../../../src/platforms/zalo/run-zalo.js";
import { zaloClientOptions } from "../../../src/platforms/zalo/zalo-server.js";
import { FakeZaloServer } from "../../support/fake-zalo-server.js";
import { TEST_DATABASE_KEY, TestClock } from "../../support/harness.js";
import { startZaloRig } from "../../support/zalo-rig.js";

const NOW = "2024-03-10T02:00:00Z";
/** NOW in Hà Nội, as `zalo status` writes it. */
const SINCE = "10/03/2024 09:00";
const silent = pino({ level: "silent" });

let dir: string;
/** What each test started, undone last first: clients, apps, rigs, then the fake servers. */
let cleanups: (() => unknown)[] = [];
let servers: FakeZaloServer[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chibo-zalo-login-"));
});
afterEach(async () => {
  vi.useRealTimers();
  for (const cleanup of cleanups.reverse()) await cleanup();
  for (const server of servers) await server.close();
  cleanups = [];
  servers = [];
  rmSync(dir, { recursive: true, force: true });
});

async function startServer(): Promise<FakeZaloServer> {
  const server = await FakeZaloServer.start();
  servers.push(server);
  return server;
}

/** `npm run cli -- …` on the test's database; `env` as in .env. */
async function cli(
  argv: string[],
  env: Record<string, string> = {},
  onOut?: (text: string) => void,
) {
  const out: string[] = [];
  const err: string[] = [];
  const config = loadConfig({ DATABASE_PATH: join(dir, "chibo.sqlite"), ...env });
  const code = await runCli(argv, config, silent, new TestClock(new Date(NOW)), {
    out: (text) => {
      out.push(text);
      onOut?.(text);
    },
    err: (text) => err.push(text),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

// ---------------------------------------------------------------------------------------------
// QR pictures

/** One row per line, "#" dark: a grid of QR modules. */
type Grid = string[];

/** The modules of a QR code of `text`, as `qrcode` makes them. */
function qrGrid(text: string, errorCorrectionLevel: "L" | "M" | "Q" | "H" = "M"): Grid {
  const { modules } = QRCode.create(text, { errorCorrectionLevel });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, col) => (modules.get(row, col) ? "#" : ".")).join(""),
  );
}

/** The grid drawn as a PNG: `scale` pixels a module, `margin` light modules around it. */
function gridPng(grid: Grid, scale = 4, margin = 4, background = [255, 255, 255, 255]): Buffer {
  const size = (grid.length + 2 * margin) * scale;
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const row = grid[Math.floor(y / scale) - margin];
      const dark = row?.[Math.floor(x / scale) - margin] === "#";
      const i = (size * y + x) * 4;
      png.data.set(dark ? [0, 0, 0, 255] : background, i);
    }
  }
  return PNG.sync.write(png);
}

/**
 * The modules a terminal shows, read back from the characters: two rows a character, light
 * blocks being the paper (" " both dark, "▄" only the upper, "▀" only the lower, "█" neither).
 */
function terminalGrid(drawing: string): Grid {
  const rows: Grid = [];
  for (const line of drawing.split("\n")) {
    const chars = [...line];
    rows.push(chars.map((c) => (c === " " || c === "▄" ? "#" : ".")).join(""));
    rows.push(chars.map((c) => (c === " " || c === "▀" ? "#" : ".")).join(""));
  }
  return rows;
}

/** What a phone reads when it scans the terminal. */
function scanTerminal(drawing: string): string | undefined {
  const png = PNG.sync.read(gridPng(terminalGrid(drawing), 4, 0));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** What a QR picture holds in these tests; Zalo's own content is not known here. */
const LOGIN_URL = "https://example.com/login?code=3f9c2a7b1e";

describe("qrForTerminal", () => {
  it("draws a code a phone reads as the picture's", () => {
    const drawing = qrForTerminal(gridPng(qrGrid(LOGIN_URL)).toString("base64"));
    expect(scanTerminal(drawing)).toBe(LOGIN_URL);
    // Any text, not only a web address.
    const vietnamese = "Đăng nhập chibo — chi bộ Phường 7";
    expect(scanTerminal(qrForTerminal(gridPng(qrGrid(vietnamese)).toString("base64")))).toBe(
      vietnamese,
    );
  });

  it("draws two rows a line with two modules of paper all round", () => {
    const drawing = qrForTerminal(gridPng(qrGrid(LOGIN_URL)).toString("base64"));
    const lines = drawing.split("\n");
    const grid = terminalGrid(drawing);
    const size = [...(lines[0] ?? "")].length - 4;
    // A QR code is 17 + 4n modules across, n its version.
    expect((size - 17) % 4).toBe(0);
    expect(lines).toHaveLength(Math.ceil((size + 4) / 2));
    for (const line of lines) expect([...line]).toHaveLength(size + 4);
    for (const row of [0, 1, size + 2, size + 3]) expect(grid[row]).toBe(".".repeat(size + 4));
    for (const row of grid.slice(0, size + 4)) expect(row.slice(0, 2) + row.slice(-2)).toBe("....");
    // The finder pattern in the top-left corner, after the quiet zone.
    expect(grid.slice(2, 9).map((row) => row.slice(2, 9))).toEqual([
      "#######",
      "#.....#",
      "#.###.#",
      "#.###.#",
      "#.###.#",
      "#.....#",
      "#######",
    ]);
  });

  it("reads the picture whatever its pixel size, margin, data-URL prefix or error correction", () => {
    for (const [scale, margin, level] of [
      [1, 4, "L"],
      [3, 2, "M"],
      [7, 5, "H"],
    ] as const) {
      const base64 = gridPng(qrGrid(LOGIN_URL, level), scale, margin).toString("base64");
      expect(scanTerminal(qrForTerminal(base64))).toBe(LOGIN_URL);
      expect(qrForTerminal(`data:image/png;base64,${base64}`)).toBe(qrForTerminal(base64));
    }
  });

  it("takes a transparent background as paper", () => {
    const png = gridPng(qrGrid(LOGIN_URL), 3, 4, [0, 0, 0, 0]);
    expect(scanTerminal(qrForTerminal(png.toString("base64")))).toBe(LOGIN_URL);
  });

  it("refuses a picture without a QR code", () => {
    const blank = gridPng(["....", "....", "....", "...."]);
    expect(() => qrForTerminal(blank.toString("base64"))).toThrow("no QR code");
    const stripes = gridPng(Array.from({ length: 21 }, (_, i) => (i % 2 ? "#" : ".").repeat(21)));
    expect(() => qrForTerminal(stripes.toString("base64"))).toThrow("no QR code");
  });
});

// ---------------------------------------------------------------------------------------------
// zalo login

const SCAN = "Mở Zalo trên điện thoại của tài khoản chibo, chọn quét mã QR và quét mã trên";
const EXPIRED = "Mã QR đã hết hạn; đang tạo mã mới.";

/** `zalo login --qr <qr>` saving to `credentials`, through zca-js against `server`. */
function zaloLogin(
  server: FakeZaloServer,
  credentials: string,
  qr: string,
  onOut?: (text: string) => void,
) {
  const env = { ZALO_CREDENTIALS_PATH: credentials, ZALO_SERVER: server.url };
  return cli(["zalo", "login", "--qr", qr], env, onOut);
}

/** The fields of saved cookies that name the session. */
function cookieFields(credentials: Credentials): { key: string; value: string; domain: string }[] {
  const cookies = Array.isArray(credentials.cookie)
    ? credentials.cookie
    : credentials.cookie.cookies;
  return (cookies as { key: string; value: string; domain: string }[]).map(
    ({ key, value, domain }) => ({ key, value, domain }),
  );
}

function zpwSek(credentials: Credentials): string {
  const sek = cookieFields(credentials).find((cookie) => cookie.key === "zpw_sek")?.value;
  if (typeof sek !== "string" || !sek) throw new Error("no zpw_sek cookie");
  return sek;
}

describe("npm run cli -- zalo login", () => {
  it("shows the QR, saves the session readable by its owner only once it is confirmed", async () => {
    const server = await startServer();
    const credentials = join(dir, "data", "zalo-credentials.json");
    const qr = join(dir, "zalo-qr.png");

    const result = await zaloLogin(server, credentials, qr);

    expect(result.code).toBe(0);
    expect(result.err).toBe("");
    // The QR as a PNG file, and the same picture drawn in blocks in the terminal.
    const png = PNG.sync.read(readFileSync(qr));
    const held = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    expect(held).toBeTruthy();
    const drawing = result.out
      .split("\n")
      .filter((line) => /^[█▀▄ ]+$/.test(line))
      .join("\n");
    expect(scanTerminal(drawing)).toBe(held);
    expect(result.out).toContain(`${SCAN} (hoặc ảnh ${qr}).`);
    expect(result.out).toContain("Đã quét bởi Chibo. Xin bấm xác nhận đăng nhập trên điện thoại.");
    expect(result.out).toContain(`Đã đăng nhập. Phiên được lưu ở ${credentials}`);
    // The QR comes before the instructions that point at it.
    expect(result.out.indexOf("█")).toBeLessThan(result.out.indexOf("Mở Zalo"));
    expect(server.qrLogins).toBe(1);

    expect(statSync(credentials).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "data")).mode & 0o077).toBe(0);
    // What chibo reads at start, and what Zalo lets in.
    const saved = readCredentials(credentials);
    const api = await new Zalo(zaloClientOptions(server.url)).login(saved);
    expect(api.getOwnId()).toBe(server.botId);
    expect(server.logins.at(-1)).toEqual({ imei: saved.imei, ok: true });
    // Nothing secret on the terminal.
    expect(result.out).not.toContain(zpwSek(saved));
    expect(result.out).not.toContain(saved.imei);
  });

  it("replaces an earlier session file that others could read with one they cannot", async () => {
    const server = await startServer();
    const credentials = join(dir, "zalo-credentials.json");
    writeFileSync(credentials, "{}", { mode: 0o644 });
    chmodSync(credentials, 0o644);
    expect((await zaloLogin(server, credentials, join(dir, "qr.png"))).code).toBe(0);
    expect(statSync(credentials).mode & 0o777).toBe(0o600);
    const api = await new Zalo(zaloClientOptions(server.url)).login(readCredentials(credentials));
    expect(api.getOwnId()).toBe(server.botId);
  });

  it("makes a new QR when the first one expires unscanned, and logs in with that one", async () => {
    const server = await startServer();
    server.qrOutcome = "expired";
    const credentials = join(dir, "zalo-credentials.json");
    // zca-js's own 100-second timer ends a QR nobody scans.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    let shown = () => {};
    const firstShown = new Promise<void>((resolve) => {
      shown = resolve;
    });
    const login = zaloLogin(server, credentials, join(dir, "qr.png"), (text) => {
      if (text.startsWith(SCAN)) shown();
      // The phone scans the next code.
      if (text === EXPIRED) server.qrOutcome = "confirmed";
    });
    await firstShown;
    expect(existsSync(credentials)).toBe(false);
    await vi.advanceTimersByTimeAsync(100_000);
    const result = await login;

    expect(result.code).toBe(0);
    expect(result.out).toContain(EXPIRED);
    expect(result.out.split(SCAN)).toHaveLength(3);
    // The new code is drawn again after the notice.
    expect(result.out.lastIndexOf("█")).toBeGreaterThan(result.out.indexOf(EXPIRED));
    expect(result.out).toContain(`Đã đăng nhập. Phiên được lưu ở ${credentials}`);
    expect(server.qrLogins).toBe(1);
    expect(statSync(credentials).mode & 0o777).toBe(0o600);
    vi.useRealTimers();
    const api = await new Zalo(zaloClientOptions(server.url)).login(readCredentials(credentials));
    expect(api.getOwnId()).toBe(server.botId);
  });

  it("stops with exit code 1 and saves nothing when the login is declined on the phone", async () => {
    const server = await startServer();
    server.qrOutcome = "declined";
    const credentials = join(dir, "data", "zalo-credentials.json");
    const result = await zaloLogin(server, credentials, join(dir, "qr.png"));
    expect(result.code).toBe(1);
    expect(result.out).toContain("Đã quét bởi Chibo.");
    expect(result.out).toContain(
      "Đăng nhập bị từ chối trên điện thoại. Chạy lại lệnh để thử lần nữa.",
    );
    expect(result.out).not.toContain("Đã đăng nhập");
    expect(existsSync(credentials)).toBe(false);
    expect(server.qrLogins).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// runZalo and zalo status

/** The session as `zalo login` left it, written as `credentials`. */
function writeCredentials(path: string, credentials: Credentials, mode = 0o600): string {
  writeFileSync(path, JSON.stringify(credentials, null, 2), { mode });
  chmodSync(path, mode);
  return path;
}

/** chibo's start with ZALO_ENABLED: runZalo on the test's database, against `server`. */
function startZalo(server: FakeZaloServer, credentials: string) {
  const config = loadConfig({
    DATABASE_PATH: join(dir, "chibo.sqlite"),
    ZALO_SERVER: server.url,
    ZALO_CREDENTIALS_PATH: credentials,
  });
  const app = createApp(config, silent, new TestClock(new Date(NOW)));
  const running = runZalo(app, config, silent);
  cleanups.push(() => {
    running.stop();
    app.close();
  });
  return { app, running, status: () => app.services.platforms.get("zalo") };
}

async function zaloStatus(database = join(dir, "chibo.sqlite"), key?: string): Promise<string> {
  const env = { DATABASE_PATH: database, ...(key ? { DATABASE_KEY: key } : {}) };
  const { code, out } = await cli(["zalo", "status"], env);
  expect(code).toBe(0);
  return out;
}

describe("runZalo", () => {
  it("logs in with the saved cookies, listens, and saves the cookies it holds, still 0600", async () => {
    const server = await startServer();
    const original = server.credentials();
    const path = writeCredentials(join(dir, "zalo-credentials.json"), original);
    const before = readFileSync(path, "utf8");
    const { status } = startZalo(server, path);

    await vi.waitFor(() => expect(status()?.state).toBe("ok"), { timeout: 10_000 });
    expect(server.connected()).toBe(true);
    expect(server.logins).toEqual([{ imei: original.imei, ok: true }]);
    expect(await zaloStatus()).toBe(`Zalo: đang hoạt động (từ ${SINCE}).`);

    await vi.waitFor(() => expect(readFileSync(path, "utf8")).not.toBe(before));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const saved = readCredentials(path);
    expect(saved.imei).toBe(original.imei);
    expect(saved.userAgent).toBe(original.userAgent);
    // The cookies as zca-js's jar holds them after the login.
    const other = await new Zalo(zaloClientOptions(server.url)).login(original);
    const jar = other.getCookie().toJSON()?.cookies ?? [];
    expect(cookieFields(saved)).toEqual(cookieFields({ ...saved, cookie: jar }));
    expect(zpwSek(saved)).toBe(zpwSek(original));
    // …and they log in.
    const again = await new Zalo(zaloClientOptions(server.url)).login(saved);
    expect(again.getOwnId()).toBe(server.botId);
  });

  it("counts dead cookies as expired and does not try them again", async () => {
    const server = await startServer();
    const path = writeCredentials(join(dir, "zalo-credentials.json"), server.credentials());
    const before = readFileSync(path, "utf8");
    server.expireSession();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { status } = startZalo(server, path);

    await vi.waitFor(() => expect(status()?.state).toBe("expired"), { timeout: 10_000 });
    // Every pause the session knows is over: nothing tried again.
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(server.logins).toHaveLength(1);
    expect(server.logins[0]?.ok).toBe(false);
    expect(server.connections).toBe(0);
    expect(status()?.state).toBe("expired");
    // The dead session is not written over the file.
    expect(readFileSync(path, "utf8")).toBe(before);
    expect(await zaloStatus()).toBe(
      `Zalo: phiên hết hạn hoặc không đăng nhập được lúc ${SINCE} ` +
        "(Zalo không nhận phiên đăng nhập đã lưu). Chạy: npm run cli -- zalo login",
    );
  });

  it("tries again when Zalo cannot be reached at start, and logs in once it can", async () => {
    const server = await startServer();
    const path = writeCredentials(join(dir, "zalo-credentials.json"), server.credentials());
    server.offline = true;
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { status } = startZalo(server, path);

    await vi.waitFor(
      () => expect(status()).toMatchObject({ state: "reconnecting", detail: "login" }),
      { timeout: 10_000 },
    );
    expect(await zaloStatus()).toBe(`Zalo: mất kết nối, đang kết nối lại (từ ${SINCE}, mã login).`);
    server.offline = false;
    // runZalo's first pause after a login that failed for the network: 5 s.
    await vi.advanceTimersByTimeAsync(5_000);
    await vi.waitFor(() => expect(status()?.state).toBe("ok"), { timeout: 10_000 });
    expect(server.connected()).toBe(true);
    expect(server.logins).toEqual([{ imei: server.credentials().imei, ok: true }]);
    expect(await zaloStatus()).toBe(`Zalo: đang hoạt động (từ ${SINCE}).`);
  });

  it("refuses a session file others can read, without trying it, and asks for chmod, not a login", async () => {
    const server = await startServer();
    const path = writeCredentials(join(dir, "open.json"), server.credentials(), 0o644);
    const { status } = startZalo(server, path);

    await vi.waitFor(() =>
      expect(status()).toMatchObject({ state: "unprotected", detail: "zalo-session-open" }),
    );
    expect(server.logins).toEqual([]);
    expect(await zaloStatus()).toBe(
      `Zalo: không chạy từ ${SINCE}: tệp phiên đăng nhập (ZALO_CREDENTIALS_PATH) để người khác ` +
        "đọc được. Chạy chmod 600 với tệp đó rồi khởi động lại chibo; không cần đăng nhập lại.",
    );
  });

  it("comes back once the file is made private and chibo restarts", async () => {
    const server = await startServer();
    const path = writeCredentials(join(dir, "open.json"), server.credentials(), 0o644);
    const first = startZalo(server, path);
    await vi.waitFor(() => expect(first.status()?.state).toBe("unprotected"));
    first.running.stop();
    first.app.close();

    chmodSync(path, 0o600);
    const second = startZalo(server, path);

    await vi.waitFor(() => expect(second.status()?.state).toBe("ok"), { timeout: 10_000 });
    expect(server.logins).toEqual([{ imei: server.credentials().imei, ok: true }]);
  });
});

describe("npm run cli -- zalo status", () => {
  it("says when Zalo never ran on the database", async () => {
    expect(await zaloStatus()).toBe("Zalo chưa từng chạy trên cơ sở dữ liệu này.");
  });

  it("says the session was taken when the fresh login after a kick fails", async () => {
    const rig = await startZaloRig(NOW);
    cleanups.push(() => rig.stop());
    rig.zalo.expireSession();
    rig.zalo.kick();
    await vi.waitFor(() => expect(rig.app.services.platforms.get("zalo")?.state).toBe("kicked"));
    expect(await zaloStatus(rig.app.database.sqlite.name, TEST_DATABASE_KEY)).toMatch(
      new RegExp(
        `^Zalo: bị đăng xuất lúc ${SINCE} vì tài khoản đăng nhập ở nơi khác \\(mã [^)]+\\)\\. ` +
          "Chạy: npm run cli -- zalo login$",
      ),
    );
  });

  it("says another chibo uses the session, and that no new login is needed", async () => {
    const rig = await startZaloRig(NOW);
    cleanups.push(() => rig.stop());
    rig.zalo.duplicateConnection();
    await vi.waitFor(() => expect(rig.app.services.platforms.get("zalo")?.state).toBe("duplicate"));
    expect(await zaloStatus(rig.app.database.sqlite.name, TEST_DATABASE_KEY)).toBe(
      `Zalo: dừng lúc ${SINCE} vì có một chương trình chibo khác dùng cùng phiên (mã 3000). ` +
        "Không cần đăng nhập lại: tắt bớt một chương trình rồi khởi động lại.",
    );
  });
});

// ---------------------------------------------------------------------------------------------
// readCredentials

function refusal(path: string): string {
  try {
    readCredentials(path);
  } catch (error) {
    if (error instanceof CredentialsError) return error.key;
    return `not a CredentialsError: ${String(error)}`;
  }
  return "accepted";
}

function writeSession(name: string, content: string, mode = 0o600): string {
  const path = join(dir, name);
  writeFileSync(path, content, { mode });
  chmodSync(path, mode); // whatever the umask
  return path;
}

const VALID = JSON.stringify({
  imei: "b6f1c9d2-imei",
  userAgent: "Mozilla/5.0 (test)",
  cookie: [{ key: "zpw_sek", value: "s3cr3t", domain: "chat.zalo.me", path: "/" }],
});

describe("readCredentials", () => {
  it("reads a session only its owner can read", () => {
    expect(refusal(writeSession("ok.json", VALID))).toBe("accepted");
    expect(readCredentials(join(dir, "ok.json"))).toEqual(JSON.parse(VALID));
  });

  it("refuses a session file others could read", () => {
    expect(refusal(writeSession("open.json", VALID, 0o644))).toBe("zalo-session-open");
    expect(refusal(writeSession("group.json", VALID, 0o640))).toBe("zalo-session-open");
  });

  it("refuses a missing session file", () => {
    expect(refusal(join(dir, "missing.json"))).toBe("zalo-no-session");
  });

  it("refuses a session file without what a login needs", () => {
    const { cookie: _cookie, ...noCookie } = JSON.parse(VALID);
    expect(refusal(writeSession("no-cookie.json", JSON.stringify(noCookie)))).toBe(
      "zalo-session-bad",
    );
    expect(
      refusal(writeSession("empty.json", JSON.stringify({ imei: "", userAgent: "", cookie: [] }))),
    ).toBe("zalo-session-bad");
    expect(refusal(writeSession("array.json", "[]"))).toBe("zalo-session-bad");
  });

  it("refuses a session file that is not JSON as bad, not as a failed login", () => {
    expect(refusal(writeSession("broken.json", '{"imei": "x", "cookie": [}'))).toBe(
      "zalo-session-bad",
    );
    expect(refusal(writeSession("empty-file.json", ""))).toBe("zalo-session-bad");
  });
});
