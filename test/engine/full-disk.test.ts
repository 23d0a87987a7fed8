import { SqliteError } from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { describeStartupError } from "../../src/startup-error.js";
import { Harness } from "../support/harness.js";

/**
 * A full disk, as SQLite meets it: the database may grow no more (max_page_count) and its
 * free pages are taken, so a write that needs room fails with SQLITE_FULL, as on a full disk.
 */
function fillDisk(harness: Harness): () => void {
  const { sqlite } = harness.app.database;
  sqlite.exec("create table filler (x blob)");
  const pages = sqlite.pragma("page_count", { simple: true }) as number;
  sqlite.pragma(`max_page_count = ${pages + 1}`);
  const fill = sqlite.prepare("insert into filler values (zeroblob(?))");
  for (const size of [4096, 1024, 256, 64, 16]) {
    try {
      for (;;) fill.run(size);
    } catch {
      // This size no longer fits: smaller ones may.
    }
  }
  // Updates already answered fill their own pages too: the next one's id has no room.
  const seen = sqlite.prepare(
    "insert into processed_updates (update_key, processed_at) values (?, 0)",
  );
  try {
    for (let n = 0; ; n += 1) seen.run(`x-${String(n).padStart(6, "0")}`);
  } catch {
    // Full.
  }
  return () => {
    sqlite.exec("drop table filler; delete from processed_updates where update_key like 'x-%'");
    sqlite.pragma("max_page_count = 1073741823");
  };
}

describe("a full disk", () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it("answers 'try later', stores nothing, and answers the same message anew once there is room", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    await harness.say("Hùng", "private", "/dangky");
    await harness.say("Hùng", "private", "Học chuyên đề năm");
    const room = fillDisk(harness);
    const before = harness.snapshot();
    const part = "Giải quyết hồ sơ đúng hạn. ".repeat(25);
    const full = await harness.say("Hùng", "private", part, { updateKey: "full-000001" });
    expect(full.map((said) => said.text)).toEqual([
      expect.stringContaining("tạm thời không lưu được"),
    ]);
    expect(harness.snapshot()).toBe(before);

    room();
    const again = await harness.say("Hùng", "private", part, { updateKey: "full-000001" });
    expect(again.map((said) => said.text).join("\n")).toContain("Phần 3/3");
  });

  it("tells the operator at start, in Vietnamese, that nothing saved is lost", () => {
    const error = new SqliteError("database or disk is full", "SQLITE_FULL");
    expect(describeStartupError(error)).toContain("ổ đĩa đã đầy");
    expect(describeStartupError(error)).toContain("Dữ liệu đã lưu không mất");
  });
});
