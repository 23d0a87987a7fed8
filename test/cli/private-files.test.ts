import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli.js";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/database.js";
import { Harness, TestClock } from "../support/harness.js";
import { runMain } from "../support/run-main.js";

/** Plans, absence reasons and roles are inside: no other local account may read them. */
const mode = (path: string) => statSync(path).mode & 0o777;

let dir: string;
let harness: Harness | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chibo-private-"));
});
afterEach(() => {
  harness?.close();
  harness = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A cell of three in `data/chibo.sqlite` under the test's folder, a plain file (an encrypted
 * one's backup is tested with the key); returns its code.
 */
async function cell(): Promise<string> {
  harness = new Harness({ dir: join(dir, "data"), databaseKey: null });
  return harness.cellWith(["Trần Văn Hùng", "Phạm Thu Hà"]);
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    loadConfig({ DATABASE_PATH: join(dir, "data", "chibo.sqlite") }),
    pino({ level: "silent" }),
    new TestClock(new Date("2024-03-10T02:00:00Z")),
    { out: (text) => out.push(text), err: (text) => err.push(text) },
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("the database", () => {
  it("is 0600, its -wal and -shm too, in the 0700 folder it makes", async () => {
    await cell();
    const file = join(dir, "data", "chibo.sqlite");
    // Open, with the last writes in the write-ahead log.
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    expect(mode(join(dir, "data"))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(mode(`${file}-shm`)).toBe(0o600);
  });

  it("narrows a file an older chibo left 0644, and the -wal and -shm a crash left", async () => {
    await cell();
    const running = join(dir, "data", "chibo.sqlite");
    const file = join(dir, "old.sqlite");
    for (const suffix of ["", "-wal", "-shm"]) {
      copyFileSync(`${running}${suffix}`, `${file}${suffix}`);
      chmodSync(`${file}${suffix}`, 0o644);
    }

    const database = openDatabase(file);
    try {
      expect(mode(file)).toBe(0o600);
      expect(mode(`${file}-wal`)).toBe(0o600);
      expect(mode(`${file}-shm`)).toBe(0o600);
      expect(database.sqlite.prepare("select count(*) as n from members").get()).toEqual({ n: 3 });
    } finally {
      database.close();
    }
  });
});

describe("npm run cli -- backup", () => {
  it("writes a 0600 copy, also over a file others could read", async () => {
    await cell();
    const fresh = join(dir, "backup.sqlite");
    expect(await cli("backup", fresh)).toEqual({
      code: 0,
      out: `Đã sao lưu vào ${fresh}.`,
      err: "",
    });
    expect(mode(fresh)).toBe(0o600);

    const older = join(dir, "older.sqlite");
    writeFileSync(older, "");
    chmodSync(older, 0o644);
    expect((await cli("backup", older)).code).toBe(0);
    expect(mode(older)).toBe(0o600);
    expect(readFileSync(older).equals(readFileSync(fresh))).toBe(true);
  });

  it("refuses a folder that does not exist, in Vietnamese, with exit 2, making nothing", async () => {
    await cell();
    // An unmounted backup disk looks just like this: the copy must not land on the main disk.
    const target = join(dir, "usb", "backups", "chibo.sqlite");

    const result = await cli("backup", target);

    expect(result).toEqual({
      code: 2,
      out: "",
      err:
        `Chưa có thư mục ${join(dir, "usb", "backups")}, nên chưa ghi gì. Tạo thư mục trước ` +
        `(mkdir -p ${join(dir, "usb", "backups")}) hoặc chọn nơi khác.`,
    });
    expect(existsSync(join(dir, "usb"))).toBe(false);
  });

  it("asks for a file's name when given a folder", async () => {
    await cell();
    const result = await cli("backup", dir);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`${dir} là một thư mục; xin ghi cả tên tệp, ví dụ ${dir}/ten-tep.`);
  });
});

describe("npm run cli -- report --out", () => {
  it("writes JSON and Word files 0600, also over a file others could read", async () => {
    const code = await cell();
    const json = join(dir, "report.json");
    writeFileSync(json, "old");
    chmodSync(json, 0o644);
    expect((await cli("report", "--cell", code, "--format", "json", "--out", json)).code).toBe(0);
    expect(mode(json)).toBe(0o600);
    expect(JSON.parse(readFileSync(json, "utf8"))).toMatchObject({ cell: code, members: 3 });

    const docx = join(dir, "dang-ky.docx");
    const written = await cli("report", "--cell", code, "--format", "docx", "--out", docx);
    expect(written).toMatchObject({ code: 0, out: `Đã ghi ${docx}.` });
    expect(mode(docx)).toBe(0o600);
  });

  it("refuses a folder that does not exist, with exit 2", async () => {
    const code = await cell();
    const target = join(dir, "reports", "2024.json");
    const result = await cli("report", "--cell", code, "--format", "json", "--out", target);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`Chưa có thư mục ${join(dir, "reports")}, nên chưa ghi gì.`);
    expect(existsSync(join(dir, "reports"))).toBe(false);
  });
});

describe("the console chat's exports", () => {
  it("are 0600 in a 0700 exports folder beside the database", async () => {
    const database = join(dir, "data", "chibo.sqlite");
    const typed = ["/khoitao Chi bộ Khu phố 1", ":rieng", "/xuatbaocao", "1", ""].join("\n");

    const run = await runMain({ DATABASE_PATH: database }, typed);

    expect(run.stderr).toBe("");
    const exports = join(dir, "data", "exports");
    const [file] = readdirSync(exports);
    expect(file).toMatch(/^dang-ky-CB-[A-Z0-9]+-\d{4}\.docx$/);
    expect(run.stdout).toContain(`📎 Tệp đã lưu ở: ${join(exports, file ?? "")}`);
    expect(mode(join(dir, "data"))).toBe(0o700);
    expect(mode(exports)).toBe(0o700);
    expect(mode(join(exports, file ?? ""))).toBe(0o600);
    expect(mode(database)).toBe(0o600);
  }, 60_000);
});
