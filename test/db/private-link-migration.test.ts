import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, expect, it } from "vitest";
import { migrationsBefore, migrationsFolder } from "../support/migrations-before.js";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("rewrites the private links of replies waiting to go out as a command and its argument", () => {
  dir = mkdtempSync(join(tmpdir(), "chibo-link-"));
  const sqlite = new Sqlite(join(dir, "chibo.sqlite"));
  migrate(drizzle(sqlite), { migrationsFolder: migrationsBefore("private-link-command", dir) });
  const reply = (payload: string) =>
    JSON.stringify({
      chatId: "tg:-100",
      parts: [{ key: "poll-post-question" }],
      privateLink: { label: { key: "poll-vote-button" }, payload },
    });
  const insert = sqlite.prepare(
    "insert into outbox (chat_id, reply, not_before, created_at) values ('tg:-100', ?, 0, 0)",
  );
  insert.run(reply("bophieu_12"));
  insert.run(reply("help"));
  insert.run(JSON.stringify({ chatId: "tg:-100", parts: [{ key: "verbatim" }] }));
  sqlite
    .prepare(
      "insert into processed_updates (update_key, processed_at, replies) values ('tg:1', 0, ?)",
    )
    .run(`[${reply("lichhop_7")},${JSON.stringify({ chatId: "tg:5", parts: [] })}]`);

  migrate(drizzle(sqlite), { migrationsFolder });
  const links = sqlite
    .prepare("select json_extract(reply, '$.privateLink') as link from outbox order by id")
    .all()
    .map((row) => JSON.parse(String((row as { link: string | null }).link ?? "null")));
  expect(links).toEqual([
    { label: { key: "poll-vote-button" }, command: "bophieu", argument: "12" },
    { label: { key: "poll-vote-button" }, command: "help" },
    null,
  ]);
  const kept = sqlite.prepare("select replies from processed_updates").get() as { replies: string };
  expect(JSON.parse(kept.replies)).toEqual([
    {
      chatId: "tg:-100",
      parts: [{ key: "poll-post-question" }],
      privateLink: { label: { key: "poll-vote-button" }, command: "lichhop", argument: "7" },
    },
    { chatId: "tg:5", parts: [] },
  ]);
  sqlite.close();
});
