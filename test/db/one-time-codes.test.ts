import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, describe, expect, it } from "vitest";
import { Harness, texts } from "../support/harness.js";
import { migrationsBefore } from "../support/migrations-before.js";

const NOW = Date.parse("2024-03-10T02:00:00Z");
const HOUR = 3_600_000;

let dir: string;
let harness: Harness | undefined;
afterEach(() => {
  harness?.close();
  harness = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A database as the previous version left it: a cell under a committee, a member on Zalo, a link
 * code for the member and two officer codes (one valid, one expired) in the two old tables.
 */
function previousVersionDatabase(file: string): void {
  const sqlite = new Sqlite(file);
  migrate(drizzle(sqlite), { migrationsFolder: migrationsBefore("one-time-codes", dir) });
  const run = (sql: string, ...values: unknown[]) => sqlite.prepare(sql).run(...values);
  run("insert into committees (id, name, created_at) values (1, 'Đảng ủy Sở', ?)", NOW);
  run(
    "insert into cells (id, code, name, committee_id, created_at) values (1, 'CB-TEST', 'Chi bộ Khu phố 1', 1, ?)",
    NOW,
  );
  run(
    `insert into members (id, cell_id, full_name, name_key, roster, created_at, updated_at)
     values (7, 1, 'Trần Văn Hùng', 'tran van hung', 'active', ?, ?)`,
    NOW,
    NOW,
  );
  run(
    "insert into identities (person_id, member_id, display_name, created_at) values ('zalo:777', 7, 'Hùng', ?)",
    NOW,
  );
  run("insert into link_codes values ('12345678', 7, ?)", NOW + HOUR);
  run("insert into officer_codes values ('87654321', 1, ?)", NOW + 24 * HOUR);
  run("insert into officer_codes values ('11112222', 1, ?)", NOW - HOUR);
  sqlite.close();
}

describe("the migration to one one_time_codes table", () => {
  it("keeps the codes given out before it: they are still redeemed, the expired one is not", async () => {
    dir = mkdtempSync(join(tmpdir(), "chibo-codes-"));
    previousVersionDatabase(join(dir, "chibo.sqlite"));

    harness = new Harness({ dir, now: "2024-03-10T02:00:00Z", databaseKey: null });

    const { sqlite } = harness.app.database;
    const tables = sqlite.prepare("select name from sqlite_master where type = 'table'").all();
    expect(tables).toContainEqual({ name: "one_time_codes" });
    expect(tables).not.toContainEqual({ name: "link_codes" });
    expect(tables).not.toContainEqual({ name: "officer_codes" });

    expect(texts(await harness.say("Hùng", "private", "/lienket 12345678"))).toContain(
      "Đã liên kết. Tài khoản này là của đồng chí Trần Văn Hùng",
    );
    expect(texts(await harness.say("Cán bộ", "private", "/tonghop 87654321"))).toContain(
      "Đồng chí đã được ghi là cán bộ của Đảng ủy Sở.",
    );
    expect(texts(await harness.say("Người khác", "private", "/tonghop 11112222"))).toContain(
      "Mã không đúng hoặc đã hết hạn.",
    );
    // Used up once redeemed, and the expired one swept away.
    expect(sqlite.prepare("select * from one_time_codes").all()).toEqual([]);
  });
});

describe("one table for every one-time code", () => {
  it("keeps the purposes apart: a link code does not make anyone an officer", async () => {
    dir = mkdtempSync(join(tmpdir(), "chibo-codes-"));
    harness = new Harness({ dir, now: "2024-03-10T02:00:00Z", databaseKey: null });
    await harness.cellWith(["Hùng"]);
    const { linkCodes, officerCodes, members } = harness.app.services;
    const hung = members.byPerson("console:Hùng");
    if (!hung) throw new Error("no member");
    const code = linkCodes.issue(hung.id, new Date(NOW + HOUR));

    expect(texts(await harness.say("Lạ", "private", `/tonghop ${code}`))).toContain(
      "Mã không đúng hoặc đã hết hạn.",
    );
    expect(officerCodes.redeem(code, new Date(NOW))).toBeUndefined();
    expect(linkCodes.redeem(code, new Date(NOW))).toBe(hung.id);
  });
});
