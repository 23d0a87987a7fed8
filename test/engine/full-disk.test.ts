import { SqliteError } from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { describeStartupError } from "../../src/startup-error.js";
import { fillDisk } from "../support/full-disk.js";
import { Harness } from "../support/harness.js";

describe("a full disk", () => {
  let harness: Harness | undefined;
  afterEach(() => harness?.close());

  it("answers 'try later', stores nothing, and answers the same message anew once there is room", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    await harness.say("Hùng", "private", "/dangky");
    await harness.say("Hùng", "private", "Học chuyên đề năm");
    const room = fillDisk(harness.app.database.sqlite);
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
