import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli.js";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/database.js";
import { databaseKey } from "../../src/db/database-key.js";
import { describeStartupError } from "../../src/startup-error.js";
import { Harness, TestClock } from "../support/harness.js";
import { runMain } from "../support/run-main.js";

const KEY = "mật khẩu chi bộ số 7 của phường";
const OTHER_KEY = "một khóa khác hẳn, cũng đủ dài";
const NAMES = ["Trần Văn Hùng", "Phạm Thu Hà"];
const PLAN = "Đọc lại Di chúc của Bác mỗi tháng một lần";

type AtEnd = (cleanup: () => void) => void;

function folder(atEnd: AtEnd): string {
  const dir = mkdtempSync(join(tmpdir(), "chibo-encryption-"));
  atEnd(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A cell of three whose first member saved a plan, in a closed file; returns the file. */
async function cellDatabase(atEnd: AtEnd, key?: string): Promise<string> {
  const h = new Harness({ databaseKey: key ?? null });
  atEnd(() => rmSync(h.dir, { recursive: true, force: true }));
  await h.cellWith(NAMES);
  await h.say(NAMES[0] ?? "", "private", "/dangky");
  await h.say(NAMES[0] ?? "", "private", PLAN);
  h.app.close();
  return join(h.dir, "chibo.sqlite");
}

/** Every byte chibo left on disk for the database: the file and any log beside it. */
function bytesOf(file: string): Buffer {
  return Buffer.concat(
    ["", "-wal", "-shm"].map((end) => {
      try {
        return readFileSync(`${file}${end}`);
      } catch {
        return Buffer.alloc(0);
      }
    }),
  );
}

/** Whether a name or plan shows in the bytes, however it was written (NFC, NFD, a surname). */
function showsPeople(bytes: Buffer): boolean {
  return [...NAMES, PLAN, "Hùng", "Tran Van Hung", "tran van hung"].some((text) =>
    [text.normalize("NFC"), text.normalize("NFD")].some((form) => bytes.includes(form)),
  );
}

async function cli(file: string, env: Record<string, string>, ...argv: string[]) {
  const said: string[] = [];
  const io = { out: (text: string) => said.push(text), err: (text: string) => said.push(text) };
  const run = async () =>
    runCli(
      argv,
      loadConfig({ DATABASE_PATH: file, ...env }),
      pino({ level: "silent" }),
      new TestClock(new Date("2024-03-10T02:00:00Z")),
      io,
    );
  const code = await run().catch((error: unknown) => {
    // What src/cli/main.ts prints, exit 1, for what runCli throws.
    said.push(describeStartupError(error));
    return 1;
  });
  return { code, said: said.join("\n") };
}

function memberCount(file: string, key?: string): number {
  const database = openDatabase(file, key === undefined ? undefined : Buffer.from(key));
  try {
    return (database.sqlite.prepare("select count(*) as n from members").get() as { n: number }).n;
  } finally {
    database.close();
  }
}

describe("a database encrypted with DATABASE_KEY", () => {
  it("holds the cell, and its bytes show no member's name or plan", async ({ onTestFinished }) => {
    const plain = await cellDatabase(onTestFinished);
    const encrypted = await cellDatabase(onTestFinished, KEY);

    // The check itself finds the names where they are written plainly.
    expect(showsPeople(bytesOf(plain))).toBe(true);
    expect(showsPeople(bytesOf(encrypted))).toBe(false);
    expect(readFileSync(encrypted).subarray(0, 15).toString("latin1")).not.toBe("SQLite format 3");
    expect(memberCount(encrypted, KEY)).toBe(3);
    expect(statSync(encrypted).mode & 0o777).toBe(0o600);
  });

  it("cannot be opened without its key; chibo says a key is needed and writes nothing", async ({
    onTestFinished,
  }) => {
    const file = await cellDatabase(onTestFinished, KEY);
    const before = readFileSync(file);

    const run = await runMain({ DATABASE_PATH: file });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Tệp ${file} không phải cơ sở dữ liệu SQLite`);
    expect(run.stderr).toContain("hoặc đã mã hóa. Tệp đã mã hóa: đặt DATABASE_KEY");
    expect(run.stdout).toBe("");
    expect(readFileSync(file).equals(before)).toBe(true);
    // Nor does SQLite itself read it.
    const sqlite = new Sqlite(file, { readonly: true });
    expect(() => sqlite.prepare("select * from members").all()).toThrow(/not a database/);
    sqlite.close();
  }, 60_000);

  it("refuses a wrong key in Vietnamese, without a stack, and leaves the file as it was", async ({
    onTestFinished,
  }) => {
    const file = await cellDatabase(onTestFinished, KEY);
    const before = readFileSync(file);

    const run = await runMain({ DATABASE_PATH: file, DATABASE_KEY: OTHER_KEY });

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `Khóa (DATABASE_KEY hoặc DATABASE_KEY_FILE) không mở được tệp ${file}: khóa sai, tệp được mã hóa bằng khóa khác ` +
        "(bản sao lưu của nơi khác), hoặc tệp hỏng. Xin đặt đúng khóa đã dùng khi mã hóa tệp này; " +
        "chibo không ghi gì vào tệp.\n",
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  }, 60_000);

  it("refuses a key on a plain file, and says how to encrypt it", async ({ onTestFinished }) => {
    const file = await cellDatabase(onTestFinished);
    const before = readFileSync(file);

    const run = await runMain({ DATABASE_PATH: file, DATABASE_KEY: KEY });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `Đã đặt khóa (DATABASE_KEY hoặc DATABASE_KEY_FILE) nhưng tệp ${file} chưa mã hóa.`,
    );
    expect(run.stderr).toContain("chạy npm run cli -- db encrypt");
    expect(readFileSync(file).equals(before)).toBe(true);
  }, 60_000);

  it("runs npm start on it with the key: the console chat answers", async ({ onTestFinished }) => {
    const file = await cellDatabase(onTestFinished, KEY);

    const run = await runMain({ DATABASE_PATH: file, DATABASE_KEY: KEY }, "/chuyende\n");

    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("chibo — chat thử trong terminal.");
    expect(showsPeople(bytesOf(file))).toBe(false);
  }, 60_000);
});

describe("npm run cli -- db encrypt", () => {
  it("encrypts a plain file in place: the cell is all there, no name shows, not even a deleted one", async ({
    onTestFinished,
  }) => {
    const file = await cellDatabase(onTestFinished);
    // A row deleted before the conversion leaves its text on a free page of a plain file.
    const sqlite = new Sqlite(file);
    sqlite.prepare("update members set full_name = ? where full_name = ?").run("X", NAMES[1]);
    sqlite.close();

    const done = await cli(file, { DATABASE_KEY: KEY }, "db", "encrypt");

    expect(done.code).toBe(0);
    expect(done.said).toContain(`Đã mã hóa ${file}.`);
    expect(done.said).toContain("Các bản sao lưu cũ vẫn chưa mã hóa");
    expect(memberCount(file, KEY)).toBe(3);
    expect(showsPeople(bytesOf(file))).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const report = await cli(file, { DATABASE_KEY: KEY }, "privacy", "report");
    expect(report.said).toContain(`Tệp cơ sở dữ liệu: ${file}; đã mã hóa (khóa DATABASE_KEY`);
    expect(report.said).not.toContain("không mã hóa;");

    const again = await cli(file, { DATABASE_KEY: KEY }, "db", "encrypt");
    expect(again).toEqual({
      code: 0,
      said: `Tệp ${file} đã được mã hóa bằng khóa này; không cần làm gì.`,
    });
  });

  it("asks for a key, refuses another key, and changes nothing while chibo holds the file", async ({
    onTestFinished,
  }) => {
    const file = await cellDatabase(onTestFinished);

    const noKey = await cli(file, {}, "db", "encrypt");
    expect(noKey.code).toBe(2);
    expect(noKey.said).toContain("Chưa có khóa: đặt DATABASE_KEY");

    const short = await cli(file, { DATABASE_KEY: "ngắn" }, "db", "encrypt");
    expect(short.code).toBe(1);
    expect(short.said).toContain("DATABASE_KEY: quá ngắn: khóa cần ít nhất 16 ký tự");

    const running = openDatabase(file);
    const busy = await cli(file, { DATABASE_KEY: KEY }, "db", "encrypt");
    running.close();
    expect(busy.code).toBe(2);
    expect(busy.said).toBe(
      `Tệp ${file} đang được chibo dùng. Dừng chibo rồi chạy lại lệnh; chưa có gì thay đổi.`,
    );
    expect(memberCount(file)).toBe(3);

    await cli(file, { DATABASE_KEY: KEY }, "db", "encrypt");
    const wrong = await cli(file, { DATABASE_KEY: OTHER_KEY }, "db", "encrypt");
    expect(wrong.code).toBe(1);
    expect(wrong.said).toContain(
      `Khóa (DATABASE_KEY hoặc DATABASE_KEY_FILE) không mở được tệp ${file}`,
    );
    expect(memberCount(file, KEY)).toBe(3);
  });
});

describe("backup of an encrypted database", () => {
  it("is encrypted with the same key, opens with it, and a restore under another key is refused", async ({
    onTestFinished,
  }) => {
    const file = await cellDatabase(onTestFinished, KEY);
    const copy = join(folder(onTestFinished), "copy.sqlite");
    writeFileSync(copy, "an older backup, overwritten");

    const done = await cli(file, { DATABASE_KEY: KEY }, "backup", copy);

    expect(done.code).toBe(0);
    expect(done.said).toContain(`Đã sao lưu vào ${copy}, mã hóa bằng cùng khóa`);
    expect(statSync(copy).mode & 0o777).toBe(0o600);
    expect(showsPeople(readFileSync(copy))).toBe(false);
    expect(memberCount(copy, KEY)).toBe(3);

    const restored = await runMain({ DATABASE_PATH: copy, DATABASE_KEY: OTHER_KEY });
    expect(restored.code).toBe(1);
    expect(restored.stderr).toContain(
      `Khóa (DATABASE_KEY hoặc DATABASE_KEY_FILE) không mở được tệp ${copy}`,
    );
  }, 60_000);
});

describe("the key from a file (DATABASE_KEY_FILE)", () => {
  it("is read from a file only its owner can read, without the final newline", ({
    onTestFinished,
  }) => {
    const keyFile = join(folder(onTestFinished), "chibo.key");
    writeFileSync(keyFile, `${KEY}\n`, { mode: 0o600 });

    expect(databaseKey(loadConfig({ DATABASE_KEY_FILE: keyFile }))?.toString()).toBe(KEY);
    expect(databaseKey(loadConfig({}))).toBeUndefined();
  });

  it.for([
    [
      "readable by others",
      0o644,
      KEY,
      "tệp khóa phải chỉ chủ tài khoản đọc được: chmod 600 TỆP-KHÓA",
    ],
    [
      "too short",
      0o600,
      "ngắn",
      "quá ngắn: khóa cần ít nhất 16 ký tự (một câu dài dễ nhớ cũng được)",
    ],
  ] as const)("is refused when %s", ([, mode, key, message], { onTestFinished }) => {
    const keyFile = join(folder(onTestFinished), "chibo.key");
    writeFileSync(keyFile, key);
    chmodSync(keyFile, mode);

    const refused = (() => {
      try {
        databaseKey(loadConfig({ DATABASE_KEY_FILE: keyFile }));
        return "accepted";
      } catch (error) {
        return describeStartupError(error);
      }
    })();

    expect(refused).toBe(
      `Cấu hình chưa đúng (xem .env.example):\n  - DATABASE_KEY_FILE: ${message}`,
    );
  });

  it("is refused when missing, or given together with DATABASE_KEY", async ({ onTestFinished }) => {
    const dir = folder(onTestFinished);
    const missing = await runMain({
      DATABASE_PATH: join(dir, "chibo.sqlite"),
      DATABASE_KEY_FILE: join(dir, "none.key"),
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      "DATABASE_KEY_FILE: không đọc được tệp khóa này; xin kiểm tra đường dẫn",
    );

    const twice = await runMain({
      DATABASE_PATH: join(dir, "chibo.sqlite"),
      DATABASE_KEY: KEY,
      DATABASE_KEY_FILE: join(dir, "none.key"),
    });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain(
      "DATABASE_KEY_FILE: chỉ đặt một trong hai: DATABASE_KEY hoặc DATABASE_KEY_FILE",
    );
  }, 60_000);
});
