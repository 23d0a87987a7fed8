import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { ConsoleChat } from "../../src/platforms/console/console-chat.js";
import { capturedLog } from "../support/captured-log.js";
import { fillDisk } from "../support/full-disk.js";
import { TestClock } from "../support/harness.js";

const PLAN = [
  "Học nghị quyết Đại hội XIV và viết thu hoạch về chuyển đổi số ở phường",
  "Giải quyết dứt điểm hồ sơ đất đai của xóm Bến Đò trước tháng 6",
  "Bỏ thuốc lá, vận động gia đình phân loại rác tại nguồn",
];
const REASON = "Đưa mẹ đi khám tim ở bệnh viện Chợ Rẫy";

describe("the console chat's logs", () => {
  let app: App | undefined;
  let dir: string | undefined;
  afterEach(() => {
    app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("hold no plan and no absence reason, even when a part cannot be saved", async () => {
    const logged = capturedLog();
    dir = mkdtempSync(join(tmpdir(), "chibo-console-log-"));
    const clock = new TestClock(new Date("2024-03-10T02:00:00Z"));
    app = createApp(loadConfig({ DATABASE_PATH: join(dir, "chibo.sqlite") }), logged.log, clock);
    const chat = new ConsoleChat(app);
    const type = async (...lines: string[]) => {
      const out: string[] = [];
      for (const line of lines) out.push(...(await chat.type(line)));
      return out.join("\n");
    };
    await type("/khoitao Chi bộ Khu phố 1", ":la Hùng", "/thamgia Trần Văn Hùng", "đồng ý");
    await type(":la Lan", ":rieng", "/duyet", "1");

    // Hùng writes his plan; the disk is full when the last part comes, then there is room.
    await type(":la Hùng", "/dangky", PLAN[0] as string, PLAN[1] as string);
    const room = fillDisk(app.database.sqlite);
    expect(await type(PLAN[2] as string)).toContain("tạm thời không lưu được");
    room();
    expect(await type(PLAN[2] as string)).toContain(PLAN[1]);
    await type("1");

    // During a meeting the secretary records his reason.
    const secretary = app.services.members.byPerson("console:lan");
    if (!secretary) throw new Error("no secretary");
    app.services.meetings.create(
      {
        cellId: secretary.cellId,
        kind: "regular",
        startsAt: new Date(clock.now().getTime() - 10 * 60_000),
        endsAt: new Date(clock.now().getTime() + 2 * 3600_000),
        place: "Hội trường",
        topic: "",
        createdBy: secretary.id,
      },
      clock.now(),
    );
    expect(await type(":la Lan", `/diemdanh vắng Trần Văn Hùng: ${REASON}`)).toContain(REASON);

    expect(logged.entries()).toContainEqual(
      expect.objectContaining({ level: 50, code: "SQLITE_FULL" }),
    );
    expect(logged.entries().filter((entry) => entry.msg === "turn").length).toBeGreaterThan(5);
    for (const sentence of [...PLAN, REASON]) expect(logged.text()).not.toContain(sentence);
  });
});
