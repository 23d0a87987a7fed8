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
import { pino } from "pino";
import { PNG } from "pngjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type LoginQRCallback, LoginQRCallbackEventType, ZaloApiLoginQRAborted } from "zca-js";
import { runCli } from "../../../src/cli/cli.js";
import type { QrLogin } from "../../../src/cli/zalo-commands.js";
import { loadConfig } from "../../../src/config.js";
import { CredentialsError, readCredentials } from "../../../src/platforms/zalo/credentials.js";
import { qrForTerminal } from "../../../src/platforms/zalo/qr-terminal.js";
import { TestClock } from "../../support/harness.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chibo-zalo-login-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------
// QR pictures

/** One row per line, "#" dark: a grid of QR modules. */
type Grid = string[];

/** A 7x7 finder pattern, as every QR code has in three corners. */
const FINDER: Grid = ["#######", "#.....#", "#.###.#", "#.###.#", "#.###.#", "#.....#", "#######"];

/** A QR-like 21x21 grid (version 1 size): three finders and some data modules. */
function qrLikeGrid(): Grid {
  const size = 21;
  const cells = Array.from({ length: size }, () => Array<string>(size).fill("."));
  const place = (top: number, left: number) =>
    FINDER.forEach((line, y) => {
      [...line].forEach((c, x) => {
        const row = cells[top + y];
        if (row) row[left + x] = c;
      });
    });
  place(0, 0);
  place(0, size - 7);
  place(size - 7, 0);
  // Timing patterns and a pseudo-random scatter of data.
  for (let i = 8; i < size - 8; i += 2) {
    const six = cells[6];
    if (six) six[i] = "#";
    const row = cells[i];
    if (row) row[6] = "#";
  }
  for (let y = 8; y < size; y += 1) {
    for (let x = 8; x < size; x += 1) {
      const row = cells[y];
      if (row && (x * 7 + y * 13) % 5 < 2) row[x] = "#";
    }
  }
  return cells.map((row) => row.join(""));
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

describe("qrForTerminal", () => {
  // 9x9 modules: the finder top-left, one module at the far right of the top row and one at
  // the bottom-right corner, so the grid's width is read off the picture.
  const TINY: Grid = [
    "#######.#",
    "#.....#..",
    "#.###.#..",
    "#.###.#..",
    "#.###.#..",
    "#.....#..",
    "#######..",
    ".........",
    "........#",
  ];
  // Two module rows a line, light drawn as blocks (paper on a dark terminal), two modules of
  // quiet zone all round: " " both dark, "▄" only the upper, "▀" only the lower, "█" neither.
  const TINY_LINES = [
    "█████████████",
    "██ ▄▄▄▄▄ █▄██",
    "██ █   █ ████",
    "██ █▄▄▄█ ████",
    "██▄▄▄▄▄▄▄████",
    "██████████▄██",
    "█████████████",
  ];

  it("draws a known grid exactly", () => {
    expect(qrForTerminal(gridPng(TINY).toString("base64")).split("\n")).toEqual(TINY_LINES);
  });

  it("reads the same grid whatever the pixel size, margin or data-URL prefix", () => {
    for (const [scale, margin] of [
      [1, 0],
      [3, 2],
      [7, 5],
    ] as const) {
      const base64 = gridPng(TINY, scale, margin).toString("base64");
      expect(qrForTerminal(base64)).toBe(TINY_LINES.join("\n"));
      expect(qrForTerminal(`data:image/png;base64,${base64}`)).toBe(TINY_LINES.join("\n"));
    }
  });

  it("takes a transparent background as paper", () => {
    const png = gridPng(TINY, 3, 2, [0, 0, 0, 0]);
    expect(qrForTerminal(png.toString("base64"))).toBe(TINY_LINES.join("\n"));
  });

  it("draws a QR-sized grid with its finder in the corner", () => {
    const lines = qrForTerminal(gridPng(qrLikeGrid()).toString("base64")).split("\n");
    // 21 modules and 2 + 2 of quiet zone: 25 columns, 13 lines of two rows.
    expect(lines).toHaveLength(13);
    for (const line of lines) expect([...line]).toHaveLength(25);
    expect(lines[1]?.slice(0, 10)).toBe("██ ▄▄▄▄▄ █");
  });

  it("refuses a blank picture", () => {
    expect(() =>
      qrForTerminal(gridPng(["....", "....", "....", "...."]).toString("base64")),
    ).toThrow("blank");
  });
});

// ---------------------------------------------------------------------------------------------
// zalo login

const COOKIE = [{ key: "zpw_sek", value: "s3cr3t", domain: "chat.zalo.me", path: "/" }];
const IMEI = "b6f1c9d2-imei";
const USER_AGENT = "Mozilla/5.0 (test)";

type Script = "scan" | "decline" | "expire-then-scan";

/**
 * zca-js's loginQR as it behaves: the callback is told each step; `abort` rejects the login
 * with ZaloApiLoginQRAborted, `retry` starts over with a new QR; declining settles nothing
 * by itself (zca-js leaves it to the callback's action).
 */
function fakeQrLogin(script: Script, png: Buffer) {
  const seen: LoginQRCallbackEventType[] = [];
  const login: QrLogin = async (qrPath, callback: LoginQRCallback) => {
    let outcome: "aborted" | "retry" | undefined;
    const actions = {
      retry: () => {
        outcome = "retry";
      },
      abort: () => {
        outcome = "aborted";
      },
    };
    const emit = async (event: Parameters<LoginQRCallback>[0]) => {
      seen.push(event.type);
      await callback(event);
      if (outcome === "aborted") throw new ZaloApiLoginQRAborted();
    };
    let round = 0;
    for (;;) {
      round += 1;
      outcome = undefined;
      await emit({
        type: LoginQRCallbackEventType.QRCodeGenerated,
        data: {
          code: `code-${round}`,
          image: png.toString("base64"),
          options: { enabledCheckOCR: false, enabledMultiLayer: false },
          token: "token",
        },
        actions: {
          ...actions,
          saveToFile: async (path = qrPath) => writeFileSync(path, png),
        },
      });
      if (script === "expire-then-scan" && round === 1) {
        await emit({ type: LoginQRCallbackEventType.QRCodeExpired, data: null, actions });
        if (outcome === "retry") continue;
        return null;
      }
      break;
    }
    await emit({
      type: LoginQRCallbackEventType.QRCodeScanned,
      data: { avatar: "", display_name: "Chibo Bot" },
      actions,
    });
    if (script === "decline") {
      await emit({
        type: LoginQRCallbackEventType.QRCodeDeclined,
        data: { code: "code-1" },
        actions,
      });
      // zca-js returns here without settling; only abort or retry ends the wait.
      if (outcome === undefined) return new Promise(() => {});
      return null;
    }
    await emit({
      type: LoginQRCallbackEventType.GotLoginInfo,
      data: { cookie: COOKIE, imei: IMEI, userAgent: USER_AGENT },
      actions: null,
    });
    return {};
  };
  return { login, seen };
}

async function zaloLoginCli(login: QrLogin, credentialsPath: string, qrPath: string) {
  const out: string[] = [];
  const err: string[] = [];
  const config = loadConfig({
    DATABASE_PATH: join(dir, "chibo.sqlite"),
    ZALO_CREDENTIALS_PATH: credentialsPath,
  });
  const code = await runCli(
    ["zalo", "login", "--qr", qrPath],
    config,
    pino({ level: "silent" }),
    new TestClock(new Date("2024-03-10T02:00:00Z")),
    { out: (text) => out.push(text), err: (text) => err.push(text) },
    login,
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("npm run cli -- zalo login", () => {
  it("shows the QR, saves the session readable by its owner only once it is confirmed", async () => {
    const png = gridPng(qrLikeGrid());
    const { login, seen } = fakeQrLogin("scan", png);
    const credentials = join(dir, "data", "zalo-credentials.json");
    const qr = join(dir, "zalo-qr.png");

    const result = await zaloLoginCli(login, credentials, qr);

    expect(result.code).toBe(0);
    expect(seen).toEqual([
      LoginQRCallbackEventType.QRCodeGenerated,
      LoginQRCallbackEventType.QRCodeScanned,
      LoginQRCallbackEventType.GotLoginInfo,
    ]);
    // The QR in the terminal, drawn in blocks, and as a file.
    expect(result.out).toContain(qrForTerminal(png.toString("base64")));
    expect(result.out).toMatch(/[█▀▄]{10}/);
    expect(readFileSync(qr).equals(png)).toBe(true);
    expect(result.out).toContain(
      `Mở Zalo trên điện thoại của tài khoản chibo, chọn quét mã QR và quét mã trên (hoặc ảnh ${qr}).`,
    );
    expect(result.out).toContain(
      "Đã quét bởi Chibo Bot. Xin bấm xác nhận đăng nhập trên điện thoại.",
    );
    expect(result.out).toContain(`Đã đăng nhập. Phiên được lưu ở ${credentials}`);
    // The QR comes before the instructions that point at it.
    expect(result.out.indexOf("█")).toBeLessThan(result.out.indexOf("Mở Zalo"));

    expect(statSync(credentials).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "data")).mode & 0o077).toBe(0);
    const saved = JSON.parse(readFileSync(credentials, "utf8"));
    expect(saved).toEqual({ cookie: COOKIE, imei: IMEI, userAgent: USER_AGENT });
    // …and it is what chibo reads at start.
    expect(readCredentials(credentials)).toEqual(saved);
    // Nothing secret on the terminal.
    expect(result.out).not.toContain("s3cr3t");
    expect(result.out).not.toContain(IMEI);
  });

  it("replaces an earlier session file that others could read with one they cannot", async () => {
    const credentials = join(dir, "zalo-credentials.json");
    writeFileSync(credentials, "{}", { mode: 0o644 });
    chmodSync(credentials, 0o644);
    const { login } = fakeQrLogin("scan", gridPng(qrLikeGrid()));
    expect((await zaloLoginCli(login, credentials, join(dir, "qr.png"))).code).toBe(0);
    expect(statSync(credentials).mode & 0o777).toBe(0o600);
    expect(readCredentials(credentials).imei).toBe(IMEI);
  });

  it("makes a new QR when the first one expires", async () => {
    const { login, seen } = fakeQrLogin("expire-then-scan", gridPng(qrLikeGrid()));
    const credentials = join(dir, "zalo-credentials.json");
    const result = await zaloLoginCli(login, credentials, join(dir, "qr.png"));
    expect(result.code).toBe(0);
    expect(result.out).toContain("Mã QR đã hết hạn; đang tạo mã mới.");
    expect(seen.filter((type) => type === LoginQRCallbackEventType.QRCodeGenerated)).toHaveLength(
      2,
    );
    expect(existsSync(credentials)).toBe(true);
  });

  it("stops with exit code 1 and saves nothing when the login is declined on the phone", async () => {
    const { login } = fakeQrLogin("decline", gridPng(qrLikeGrid()));
    const credentials = join(dir, "data", "zalo-credentials.json");
    const result = await zaloLoginCli(login, credentials, join(dir, "qr.png"));
    expect(result.code).toBe(1);
    expect(result.out).toContain("Đăng nhập bị từ chối trên điện thoại.");
    expect(existsSync(credentials)).toBe(false);
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

const VALID = JSON.stringify({ imei: IMEI, userAgent: USER_AGENT, cookie: COOKIE });

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
