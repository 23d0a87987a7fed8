import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli.js";
import { parseScheduleOptions } from "../../src/cli/schedule-options.js";
import { loadConfig } from "../../src/config.js";
import { Harness, TEST_DATABASE_KEY, TestClock } from "../support/harness.js";

/** `cell schedule` and `committee schedule`: the settings of a cell's meetings (issue 18). */
let dir: string;
let harness: Harness;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "chibo-cli-"));
  harness = new Harness({ dir });
});
afterEach(() => {
  harness.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const config = loadConfig({
    DATABASE_PATH: join(dir, "chibo.sqlite"),
    DATABASE_KEY: TEST_DATABASE_KEY,
  });
  const code = await runCli(
    argv,
    config,
    pino({ level: "silent" }),
    new TestClock(new Date("2024-03-10T02:00:00Z")),
    { out: (text) => out.push(text), err: (text) => err.push(text) },
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("npm run cli -- cell schedule: meeting lengths and days ahead", () => {
  it("prints the defaults, sets each, and a committee's setting reaches its cells", async () => {
    const code = await harness.cellWith([]);
    const shown = await cli("cell", "schedule", code);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain(
      "Mỗi buổi họp: 90 phút; định kỳ kết hợp chuyên đề: 120 phút.\nThông báo họp trước (ngày): 7. Nhắc gửi tài liệu họp trước (ngày): 2.",
    );

    const set = await cli(
      "cell",
      "schedule",
      code,
      "--meeting-minutes",
      "100",
      "--combined-minutes",
      "150",
      "--notice-days",
      "10",
      "--materials-days",
      "3",
    );
    expect(set.code).toBe(0);
    expect(set.out).toContain(
      "Mỗi buổi họp: 100 phút; định kỳ kết hợp chuyên đề: 150 phút.\nThông báo họp trước (ngày): 10. Nhắc gửi tài liệu họp trước (ngày): 3.",
    );
    const { cells } = harness.app.services;
    const cellId = cells.byCode(code)?.id ?? 0;
    expect(cells.scheduleOf(cellId)).toMatchObject({
      meetingMinutes: 100,
      combinedMeetingMinutes: 150,
      meetingNoticeDays: 10,
      meetingMaterialsDays: 3,
    });
    const json = JSON.parse((await cli("cell", "schedule", code, "--format", "json")).out);
    expect(json).toMatchObject({ meetingMinutes: 100, meetingMaterialsDays: 3 });

    await cli("cell", "committee", code, "Đảng ủy Phường Phú Hòa");
    const committee = await cli(
      "committee",
      "schedule",
      "Đảng ủy Phường Phú Hòa",
      "--notice-days",
      "5",
    );
    expect(committee.out).toContain("Thông báo họp trước (ngày): 5.");
    // The cell's own setting wins over its committee's.
    expect(cells.scheduleOf(cellId).meetingNoticeDays).toBe(10);
    harness.app.database.sqlite.prepare("update cells set meeting_notice_days = null").run();
    expect((await cli("cell", "schedule", code)).out).toContain("Thông báo họp trước (ngày): 5.");
  });

  const refusals: [string, string, string][] = [
    ["meeting-minutes", "29", "một số phút từ 30 đến 240, ví dụ 90"],
    ["meeting-minutes", "241", "một số phút từ 30 đến 240, ví dụ 90"],
    ["combined-minutes", "99999999999999999999", "một số phút từ 30 đến 240, ví dụ 90"],
    ["meeting-minutes", "", "một số phút từ 30 đến 240, ví dụ 90"],
    ["meeting-minutes", "abc", "một số phút từ 30 đến 240, ví dụ 90"],
    ["meeting-minutes", "1e2", "một số phút từ 30 đến 240, ví dụ 90"],
    ["meeting-minutes", "0x5a", "một số phút từ 30 đến 240, ví dụ 90"],
    ["meeting-minutes", " 90", "một số phút từ 30 đến 240, ví dụ 90"],
    ["combined-minutes", "９０", "một số phút từ 30 đến 240, ví dụ 90"],
    ["combined-minutes", "90; rm -rf /", "một số phút từ 30 đến 240, ví dụ 90"],
    ["notice-days", "0", "một số ngày từ 1 đến 30, ví dụ 7"],
    ["notice-days", "31", "một số ngày từ 1 đến 30, ví dụ 7"],
    ["notice-days", "<b>7</b>", "một số ngày từ 1 đến 30, ví dụ 7"],
    ["notice-days", "bảy".normalize("NFD"), "một số ngày từ 1 đến 30, ví dụ 7"],
    ["materials-days", "15", "một số ngày từ 1 đến 14, ví dụ 2"],
    ["materials-days", "hai ngƣời", "một số ngày từ 1 đến 14, ví dụ 2"],
    ["materials-days", "2.5", "một số ngày từ 1 đến 14, ví dụ 2"],
  ];
  for (const [option, value, said] of refusals) {
    it(`refuses --${option} ${JSON.stringify(value).slice(0, 30)}, changing nothing`, async () => {
      const code = await harness.cellWith([]);
      const before = harness.snapshot();
      const refused = await cli("cell", "schedule", code, `--${option}`, value);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain(`${option}: ${said}`);
      expect(refused.out).toBe("");
      expect(harness.snapshot()).toBe(before);
    });
  }

  it("refuses a combined length shorter than the regular one, given together or against the one in force", async () => {
    const code = await harness.cellWith([]);
    const before = harness.snapshot();
    const refused = await cli(
      "cell",
      "schedule",
      code,
      "--meeting-minutes",
      "120",
      "--combined-minutes",
      "100",
    );
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(
      "combined-minutes: không ngắn hơn thời lượng mỗi buổi họp (--meeting-minutes)",
    );
    expect(harness.snapshot()).toBe(before);
    const inForce = { meetingMinutes: 90, combinedMeetingMinutes: 120 };
    expect(parseScheduleOptions({ "combined-minutes": "60" }, inForce).ok).toBe(false);
    expect(parseScheduleOptions({ "meeting-minutes": "150" }, inForce).ok).toBe(false);
    expect(parseScheduleOptions({ "meeting-minutes": "120" }, inForce)).toEqual({
      ok: true,
      overrides: { meetingMinutes: 120 },
    });
  });

  it("refuses an option given without its value, or a negative one, and names it in the usage", async () => {
    const code = await harness.cellWith([]);
    const before = harness.snapshot();
    for (const given of [["--materials-days"], ["--meeting-minutes", "-90"]]) {
      const refused = await cli("cell", "schedule", code, ...given);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain(`Tùy chọn ${given[0]} cần một giá trị`);
    }
    expect(harness.snapshot()).toBe(before);
    const help = await cli("cell", "schedule", "--help");
    expect(help.out).toContain("--meeting-minutes 90");
    expect(help.out).toContain("nhắc bí thư gửi tài liệu họp trước bao nhiêu ngày, từ 1 đến 14");
  });
});
