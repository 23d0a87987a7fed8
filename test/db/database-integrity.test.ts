import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout } from "node:timers/promises";
import Sqlite from "better-sqlite3";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli.js";
import { loadConfig } from "../../src/config.js";
import { noteCleanClose } from "../../src/db/clean-close.js";
import { describeStartupError } from "../../src/startup-error.js";
import { Harness, TestClock } from "../support/harness.js";
import { runMain } from "../support/run-main.js";

/** The tests run at once, each spawning chibo: each cleans up after itself. */
type AtEnd = (cleanup: () => void) => void;

function folder(atEnd: AtEnd): string {
  const dir = mkdtempSync(join(tmpdir(), "chibo-integrity-"));
  atEnd(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A cell of three, open in a database file of its own. */
async function cellHarness(atEnd: AtEnd): Promise<Harness> {
  const harness = new Harness({ databaseKey: null });
  atEnd(() => harness.close());
  await harness.cellWith(["Trần Văn Hùng", "Phạm Thu Hà"]);
  return harness;
}

async function cli(database: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    loadConfig({ DATABASE_PATH: database }),
    pino({ level: "silent" }),
    new TestClock(new Date("2024-03-10T02:00:00Z")),
    { out: (text) => out.push(text), err: (text) => err.push(text) },
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A cell of three in a closed database file; returns the file. */
async function cellDatabase(atEnd: AtEnd): Promise<string> {
  const harness = await cellHarness(atEnd);
  harness.app.close();
  return join(harness.dir, "chibo.sqlite");
}

/**
 * Writes zeros over the page that holds the cells table, as a bad disk sector would, a moment
 * after chibo closed the file: the file's times then show the change, as any later write's do.
 */
async function zeroCellsPage(path: string): Promise<void> {
  await setTimeout(20);
  const sqlite = new Sqlite(path, { readonly: true });
  const { rootpage } = sqlite
    .prepare("select rootpage from sqlite_master where name = 'cells'")
    .get() as { rootpage: number };
  const pageSize = Number(sqlite.pragma("page_size", { simple: true }));
  sqlite.close();
  const fd = openSync(path, "r+");
  writeSync(fd, Buffer.alloc(pageSize), 0, pageSize, (rootpage - 1) * pageSize);
  closeSync(fd);
}

/** What the operator must read: which file, and how to put the backup in its place. */
function expectRestoreAdvice(stderr: string, file: string): void {
  expect(stderr).toContain("chibo dừng để không ghi thêm vào tệp hỏng.");
  expect(stderr).toContain("(tạo bằng npm run cli -- backup TỆP)");
  expect(stderr).toContain(`cùng ${file}-wal và ${file}-shm nếu có, sang thư mục khác`);
  expect(stderr).toContain(`cp TỆP-SAO-LƯU ${file}\n`);
  // No stack, no English from SQLite's side.
  expect(stderr).not.toMatch(/SqliteError|\n\s+at /);
}

describe.concurrent("a damaged database at start (npm start)", () => {
  it("refuses a file with a zeroed page, naming it, before anything runs", async ({
    onTestFinished,
  }) => {
    const file = await cellDatabase(onTestFinished);
    await zeroCellsPage(file);
    const before = statSync(file);

    const run = await runMain({ DATABASE_PATH: file });

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`^Tệp cơ sở dữ liệu ${file} bị hỏng \\(SQLite báo: [^\\n]+\\)\\.\\n`),
    );
    expectRestoreAdvice(run.stderr, file);
    // The console chat never opened, and the file was not written to.
    expect(run.stdout).toBe("");
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
  }, 60_000);

  it("finds a damaged page the file's times do not show at run time, and checks it at the next start", async ({
    onTestFinished,
  }) => {
    const file = await cellDatabase(onTestFinished);
    await zeroCellsPage(file);
    // A sector that went bad while chibo was stopped: nothing tells the file changed.
    noteCleanClose(file);

    const first = await runMain({ DATABASE_PATH: file }, "/chuyende\n");

    expect(first.stdout).toContain("Xin lỗi, chibo gặp sự cố khi xử lý yêu cầu này.");
    expect(first.stderr).toContain("the database file is damaged");
    const second = await runMain({ DATABASE_PATH: file });

    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`^Tệp cơ sở dữ liệu ${file} bị hỏng \\(SQLite báo: `));
    expectRestoreAdvice(second.stderr, file);
  }, 60_000);

  it("refuses a zero-byte file instead of starting empty", async ({ onTestFinished }) => {
    const file = join(folder(onTestFinished), "chibo.sqlite");
    writeFileSync(file, "");

    const run = await runMain({ DATABASE_PATH: file });

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`^Tệp cơ sở dữ liệu ${file} rỗng \\(0 byte\\): dữ liệu trong đó không còn\\.\\n`),
    );
    expectRestoreAdvice(run.stderr, file);
    expect(statSync(file).size).toBe(0);
    expect(existsSync(`${file}-wal`)).toBe(false);
  }, 60_000);

  it("refuses a truncated file in Vietnamese, not with a stack", async ({ onTestFinished }) => {
    const file = await cellDatabase(onTestFinished);
    truncateSync(file, Math.floor(statSync(file).size / 2));

    const run = await runMain({ DATABASE_PATH: file });

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `^Tệp cơ sở dữ liệu ${file} bị cụt: ngắn hơn độ dài ghi ở đầu tệp \\(chép dở, hoặc đĩa đầy\\)\\.\\n`,
      ),
    );
    expectRestoreAdvice(run.stderr, file);
  }, 60_000);

  it("refuses a file that is not SQLite, and says DATABASE_PATH may name the wrong file", async ({
    onTestFinished,
  }) => {
    const file = join(folder(onTestFinished), "chibo.sqlite");
    writeFileSync(file, "TELEGRAM_BOT_TOKEN=123\n");

    const run = await runMain({ DATABASE_PATH: file });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `Tệp ${file} không phải cơ sở dữ liệu SQLite (phần đầu tệp không đúng), hoặc đã mã hóa. ` +
        "Tệp đã mã hóa: đặt DATABASE_KEY (hoặc DATABASE_KEY_FILE) đúng khóa. " +
        "Nếu DATABASE_PATH chỉ nhầm tệp, xin sửa biến đó.",
    );
  }, 60_000);

  it("starts on a missing file, a new database, without a word", async ({ onTestFinished }) => {
    const file = join(folder(onTestFinished), "new", "chibo.sqlite");

    const run = await runMain({ DATABASE_PATH: file });

    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("chibo — chat thử trong terminal.");
    expect(statSync(file).size).toBeGreaterThan(0);
  }, 60_000);
});

describe("a damaged database and npm run cli", () => {
  it("is refused before any command runs, with the same words", async ({ onTestFinished }) => {
    const file = await cellDatabase(onTestFinished);
    await zeroCellsPage(file);

    // What src/cli/main.ts prints (exit 1) for what runCli throws.
    const refused = await cli(file, "backup", join(folder(onTestFinished), "copy.sqlite")).then(
      () => "no error",
      describeStartupError,
    );

    expect(refused).toMatch(new RegExp(`^Tệp cơ sở dữ liệu ${file} bị hỏng \\(SQLite báo: `));
    expectRestoreAdvice(`${refused}\n`, file);
  });
});

describe.concurrent("backup, then a restore as the message says", () => {
  it("brings the cell back after the file was damaged", async ({ onTestFinished }) => {
    const dir = folder(onTestFinished);
    const harness = await cellHarness(onTestFinished);
    const file = join(harness.dir, "chibo.sqlite");
    const backup = join(dir, "chibo-2024-03-10.sqlite");
    expect(await cli(file, "backup", backup)).toMatchObject({
      code: 0,
      out: `Đã sao lưu vào ${backup}.`,
    });
    // Written after the backup: lost by the restore, as the operator expects.
    await harness.join("Lê Văn Nam", "Lê Văn Nam", "group:1");
    harness.app.close();
    await zeroCellsPage(file);
    expect((await runMain({ DATABASE_PATH: file })).code).toBe(1);

    // 1. Move the damaged file and its journal files aside. 2. Copy the backup in. 3. Start.
    const aside = join(dir, "hong");
    mkdirSync(aside);
    for (const name of [file, `${file}-wal`, `${file}-shm`]) {
      if (existsSync(name)) renameSync(name, join(aside, name.slice(harness.dir.length + 1)));
    }
    copyFileSync(backup, file);
    const started = await runMain({ DATABASE_PATH: file });

    expect(started.stderr).toBe("");
    expect(started.code).toBe(0);
    const cells = await cli(file, "cell", "list", "--format", "json");
    expect(JSON.parse(cells.out)).toMatchObject([{ name: "Chi bộ Khu phố 1", members: 3 }]);
  }, 60_000);

  it("opens a copy a crash left (the file and its write-ahead log) with all its data", async ({
    onTestFinished,
  }) => {
    const harness = await cellHarness(onTestFinished);
    const file = join(harness.dir, "chibo.sqlite");
    // The database is open and its last writes are still in the -wal file only.
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const copy = join(folder(onTestFinished), "chibo.sqlite");
    copyFileSync(file, copy);
    copyFileSync(`${file}-wal`, `${copy}-wal`);

    const cells = await cli(copy, "cell", "list", "--format", "json");

    expect(cells.err).toBe("");
    expect(JSON.parse(cells.out)).toMatchObject([{ members: 3 }]);
  });
});
