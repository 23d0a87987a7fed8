import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli.js";
import { loadConfig } from "../../src/config.js";
import { Harness, TEST_DATABASE_KEY, TestClock, texts } from "../support/harness.js";

let dir: string;
let harness: Harness | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chibo-cli-"));
});
afterEach(() => {
  harness?.close();
  harness = undefined;
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
    {
      out: (text) => out.push(text),
      err: (text) => err.push(text),
    },
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("npm run cli", () => {
  it("lists cells and reports one as JSON, as /baocao shows it", async () => {
    harness = new Harness({ dir });
    const code = await harness.cellWith(["Trần Văn Hùng", "Phạm Thu Hà"]);
    await harness.say("Trần Văn Hùng", "private", "/dangky");
    for (const part of [
      "Học chuyên đề năm, ghi chép đầy đủ",
      "Giải quyết hồ sơ đúng hạn",
      "Giữ gìn gia đình văn hóa",
    ])
      await harness.say("Trần Văn Hùng", "private", part);
    await harness.press("Trần Văn Hùng", "private", "✅ Lưu");

    const cells = await cli("cell", "list", "--format", "json");
    expect(cells.code).toBe(0);
    expect(JSON.parse(cells.out)).toMatchObject([
      { code, name: "Chi bộ Khu phố 1", members: 3, groups: [{ title: "Nhóm 1", active: true }] },
    ]);

    const report = await cli("report", "--cell", code.toLowerCase(), "--format", "json");
    expect(report.code).toBe(0);
    expect(JSON.parse(report.out)).toMatchObject({
      cell: code,
      year: 2024,
      members: 3,
      registered: 1,
      missing: ["Lan", "Phạm Thu Hà"],
      exempt: 0,
    });

    const text = await cli("report", "--cell", code);
    expect(text.out).toContain("Đã đăng ký: 1. Chưa đăng ký: 2");
    expect(text.out).not.toContain("<b>");

    const file = join(dir, "report.json");
    expect((await cli("report", "--cell", code, "--format", "json", "--out", file)).code).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8")).registered).toBe(1);
  });

  it("imports the shipped plans and shows them", async () => {
    const imported = await cli("plan", "import", "plans/2023-duc-pho.yaml");
    expect(imported.code).toBe(0);
    const shown = await cli("plan", "show", "--year", "2023", "--format", "json");
    const plan = JSON.parse(shown.out);
    expect(plan.issuedBy).toBe("Thị ủy Đức Phổ");
    expect(plan.quarterTopics).toHaveLength(4);
    const text = await cli("plan", "show", "--year", "2023");
    expect(text.out).toContain("Chủ điểm Quý III/2023");

    await cli("plan", "import", "plans/2024-binh-duong.yaml", "--committee", "Tỉnh ủy Bình Dương");
    const fallback = await cli("plan", "show", "--year", "2024");
    expect(fallback.out).toContain("lịch mặc định"); // the 2024 plan applies to its committee only
  });

  it("refuses bad input with exit code 2 and a clear message, changing nothing", async () => {
    const broken = join(dir, "broken.yaml");
    writeFileSync(
      broken,
      "year: 2024\nannualTopic: {title: ''}\ndeadlines: {study: '2024-02-30'}\n",
    );
    const invalid = await cli("plan", "import", broken);
    expect(invalid.code).toBe(2);
    expect(invalid.err).toContain("chưa hợp lệ");
    expect(invalid.err).toContain("deadlines.study");
    expect((await cli("plan", "show", "--year", "2024")).out).toContain("lịch mặc định");

    expect((await cli("plan", "import", join(dir, "missing.yaml"))).code).toBe(2);
    expect((await cli("report", "--cell", "CB-NONE")).err).toContain("Không có chi bộ mã CB-NONE");
    expect((await cli("report")).code).toBe(2);
    expect((await cli("cell", "list", "--format", "pdf")).err).toContain("pdf");
    expect((await cli("plan", "show", "--year", "abc")).err).toContain("abc");
    expect((await cli("cell", "list", "--bogus")).code).toBe(2);
    expect((await cli("nothing")).err).toContain("Cách dùng");
  });

  it("backs up the database to a file that opens with the same data", async () => {
    harness = new Harness({ dir });
    await harness.cellWith(["Hùng"]);
    const copy = join(dir, "backup.sqlite");
    expect((await cli("backup", copy)).code).toBe(0);
    const restored = loadConfig({ DATABASE_PATH: copy, DATABASE_KEY: TEST_DATABASE_KEY });
    const out: string[] = [];
    await runCli(
      ["cell", "list", "--format", "json"],
      restored,
      pino({ level: "silent" }),
      new TestClock(new Date()),
      {
        out: (text) => out.push(text),
        err: () => {},
      },
    );
    expect(JSON.parse(out.join(""))[0].members).toBe(2);
  });
});

describe("npm run cli -- job", () => {
  it("lists each job's next run per cell, and runs one as of a given time, once", async () => {
    harness = new Harness({ dir, now: "2024-03-10T02:00:00Z" });
    const code = await harness.cellWith(["Hùng"]);
    await cli("plan", "import", "plans/2024-binh-duong.yaml");

    const listed = JSON.parse((await cli("job", "list", "--format", "json")).out);
    expect(listed.find((j: { job: string }) => j.job === "registration-reminder")).toMatchObject({
      cell: code,
      period: "2024-04-30/reg-14",
      dueLocal: "16/04/2024 08:00",
    });

    const run = ["job", "run", "registration-reminder", "--at", "2024-04-23T09:00", "--cell", code];
    const first = await cli(...run);
    expect(first.code).toBe(0);
    expect(first.out).toContain("kỳ 2024-04-30/reg-7");
    expect(first.out).toMatch(/[1-9]\d* tin nhắn vào hàng đợi/);
    const second = await cli(...run);
    expect(second.out).toContain("đã chạy rồi");
    expect(harness.app.services.outbox.all().length).toBeGreaterThan(0);
    const queued = harness.app.services.outbox.all().length;
    await cli(...run);
    expect(harness.app.services.outbox.all()).toHaveLength(queued);
  });

  it("finds nothing due for a cell before it existed", async () => {
    harness = new Harness({ dir, now: "2024-03-10T02:00:00Z" });
    const code = await harness.cellWith([]);
    const run = await cli(
      "job",
      "run",
      "registration-reminder",
      "--cell",
      code,
      "--at",
      "2024-03-11T09:00",
    );
    expect(run.out).toContain("chưa đến kỳ nào");
  });

  it("refuses an unknown job, a bad time and an unknown cell", async () => {
    expect((await cli("job", "run", "nothing")).err).toContain("Không có việc nothing");
    expect((await cli("job", "run", "quarter-topic", "--at", "16/04/2024")).err).toContain(
      "không hợp lệ",
    );
    expect((await cli("job", "list", "--cell", "CB-NONE")).code).toBe(2);
  });
});

describe("npm run cli -- cell schedule", () => {
  it("changes when a cell's reminders go out, and the schedule follows", async () => {
    harness = new Harness({ dir, now: "2024-03-10T02:00:00Z" });
    const code = await harness.cellWith([]);
    const changed = await cli(
      "cell",
      "schedule",
      code,
      "--post-hour",
      "9",
      "--registration-days",
      "5,10",
    );
    expect(changed.out).toContain("gửi lúc 9 giờ");
    expect(changed.out).toContain("Nhắc đăng ký trước hạn (ngày): 10, 5.");
    const listed = JSON.parse((await cli("job", "list", "--format", "json")).out);
    expect(listed.find((j: { job: string }) => j.job === "registration-reminder")).toMatchObject({
      period: "2024-04-30/reg-10",
      dueLocal: "20/04/2024 09:00",
    });
  });

  it("refuses hours in the quiet time and days that are not numbers, changing nothing", async () => {
    harness = new Harness({ dir });
    const code = await harness.cellWith([]);
    const before = harness.snapshot();
    const refused = await cli("cell", "schedule", code, "--post-hour", "22", "--study-days", "7,x");
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("post-hour");
    expect(refused.err).toContain("ví dụ 14,7,3,1");
    expect(harness.snapshot()).toBe(before);
  });
});

describe("npm run cli -- committee schedule", () => {
  it("sets the default for a committee's cells; a cell's own setting wins", async () => {
    harness = new Harness({ dir, now: "2024-03-10T02:00:00Z" });
    const code = await harness.cellWith([]);
    expect((await cli("committee", "schedule", "Đảng ủy Sở", "--post-hour", "9")).err).toContain(
      "Không có đảng ủy tên Đảng ủy Sở",
    );
    await cli("cell", "committee", code, "Đảng ủy Sở");
    const set = await cli("committee", "schedule", "Đảng ủy Sở", "--post-hour", "9");
    expect(set.out).toContain("Đảng ủy Sở: gửi lúc 9 giờ");
    expect((await cli("cell", "schedule", code)).out).toContain("gửi lúc 9 giờ");
    await cli("cell", "schedule", code, "--post-hour", "7");
    const listed = JSON.parse((await cli("job", "list", "--format", "json")).out);
    expect(listed.find((j: { job: string }) => j.job === "registration-reminder")?.dueLocal).toBe(
      "16/04/2024 07:00",
    );
  });
});

describe("npm run cli -- committee officer", () => {
  it("gives each officer a code of their own, both good at once; creates a new committee", async () => {
    harness = new Harness({ dir, now: "2024-03-10T02:00:00Z" });
    const cell = await harness.cellWith([]);
    await cli("cell", "committee", cell, "Đảng ủy Sở");
    const officerCode = async () => {
      const given = await cli("committee", "officer", "Đảng ủy Sở");
      expect(given.out).toMatch(/^Mã cán bộ Đảng ủy Sở: \d{8} \(dùng một lần, trong 7 ngày\)/);
      return /\/tonghop (\d{8})/.exec(given.out)?.[1];
    };
    const first = await officerCode();
    const second = await officerCode();
    expect(first).not.toBe(second);
    const claimed = "Đồng chí đã được ghi là cán bộ của Đảng ủy Sở.";
    expect(texts(await harness.say("Cán bộ", "private", `/tonghop ${first}`))).toContain(claimed);
    expect(texts(await harness.say("Cán bộ khác", "private", `/tonghop ${second}`))).toContain(
      claimed,
    );

    // The operator's one step for a committee chibo does not know yet.
    const created = await cli("committee", "officer", "  Đảng ủy   Khác ");
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/^Đã tạo Đảng ủy Khác\.\nMã cán bộ Đảng ủy Khác: \d{8} /);
    expect(harness.app.services.cells.committeeByName("Đảng ủy Khác")).toBeDefined();

    for (const missing of ["", "   "]) {
      expect((await cli("committee", "officer", missing)).err).toContain('Thiếu "TÊN ĐẢNG ỦY".');
    }
    for (const bad of ["!!!", "x".repeat(2000)]) {
      for (const argv of [
        ["committee", "officer", bad],
        ["cell", "committee", cell, bad],
      ]) {
        const refused = await cli(...argv);
        expect(refused.code, argv.join(" ").slice(0, 30)).toBe(2);
        expect(refused.err).toContain("Tên đảng ủy phải có chữ");
      }
    }
  });
});
