import { existsSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { noteCleanClose, takeCleanClose } from "../../src/db/clean-close.js";
import { openDatabase } from "../../src/db/database.js";

function databaseFile(onTestFinished: (cleanup: () => void) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "chibo-clean-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, "chibo.sqlite");
}

describe("the note of a clean close", () => {
  it("is written by the last close, private, and trusted once", ({ onTestFinished }) => {
    const file = databaseFile(onTestFinished);
    openDatabase(file).close();

    expect(statSync(`${file}.closed`).mode & 0o777).toBe(0o600);
    expect(takeCleanClose(file)).toBe(true);
    // Taken: a run that crashes after this open leaves no note behind.
    expect(existsSync(`${file}.closed`)).toBe(false);
    expect(takeCleanClose(file)).toBe(false);
  });

  it("is not written while another connection still holds the file", ({ onTestFinished }) => {
    const file = databaseFile(onTestFinished);
    const server = openDatabase(file);
    server.sqlite.exec("create table t (x); insert into t values (1)");
    const cli = openDatabase(file);
    cli.close();

    expect(existsSync(`${file}.closed`)).toBe(false);
    server.close();
    expect(existsSync(`${file}.closed`)).toBe(true);
  });

  it("is not written after SQLite met damage", ({ onTestFinished }) => {
    const file = databaseFile(onTestFinished);
    const database = openDatabase(file);
    database.distrust();
    database.close();

    expect(existsSync(`${file}.closed`)).toBe(false);
  });

  it("no longer matches a file given its old times back, or one with a log", async ({
    onTestFinished,
  }) => {
    const file = databaseFile(onTestFinished);
    openDatabase(file).close();
    const { atime, mtime } = statSync(file);
    // Past the file system's clock tick (a few ms), as any later change would be.
    await setTimeout(20);
    // Setting the times back changes the inode's change time, which nothing can set.
    utimesSync(file, atime, mtime);
    expect(takeCleanClose(file)).toBe(false);

    noteCleanClose(file);
    writeFileSync(`${file}-wal`, "log a crash left");
    expect(takeCleanClose(file)).toBe(false);

    rmSync(`${file}-wal`);
    writeFileSync(`${file}.closed`, "{not json");
    expect(takeCleanClose(file)).toBe(false);
  });
});
