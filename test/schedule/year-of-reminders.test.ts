import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { readPlanFile } from "../../src/plan/plan-file.js";
import { Harness } from "../support/harness.js";
import { RecordingDeliverer } from "../support/recording-deliverer.js";

const GROUP = "console:group:1";
const HOUR = 60 * 60 * 1000;

/** Dates (VN) on which members register; the rest never do. */
const REGISTERS_ON: Record<string, string> = {
  "Nguyễn Văn An": "2024-02-10T03:00:00Z",
  "Trần Thị Bình": "2024-04-10T03:00:00Z",
  "Lê Văn Cường": "2024-04-20T03:00:00Z", // after the first two reminders
  "Phạm Thị Dung": "2024-04-25T03:00:00Z",
  "Hoàng Văn Em": "2024-04-28T03:00:00Z",
  "Vũ Thị Giang": "2024-04-29T09:00:00Z", // on the last reminder's day, after it
};
const NEVER = ["Đỗ Văn Hải", "Bùi Thị Hoa", "Đặng Văn Khoa", "Ngô Thị Lan Anh"];
const EXEMPT = "Dương Văn Minh";
const NO_PRIVATE_CHAT = "Ngô Thị Lan Anh";

/**
 * A whole year of the 2024 Bình Dương plan for a cell of a dozen: the clock moves hour by hour,
 * the scheduler and the outbox run at each step, and every post and reminder is checked.
 */
describe("a year of reminders (Tỉnh ủy Bình Dương, 2024)", () => {
  let harness: Harness;
  let deliverer: RecordingDeliverer;

  beforeAll(async () => {
    harness = new Harness({ now: "2023-12-31T03:00:00Z", hasButtons: false });
    const { app, clock } = harness;
    app.services.plans.import(readPlanFile("plans/2024-binh-duong.yaml"), "all", clock.now());
    const people = [...Object.keys(REGISTERS_ON), ...NEVER, EXEMPT];
    await harness.cellWith(people);
    for (const name of people) {
      if (name !== NO_PRIVATE_CHAT) await harness.say(name, "private", "/chuyende");
    }
    await harness.say("Lan", "private", "/thanhvien");
    await harness.press("Lan", "private", new RegExp(`^${EXEMPT} — `));
    await harness.press("Lan", "private", "Tình trạng: miễn sinh hoạt");

    deliverer = new RecordingDeliverer(app.translator, clock);
    const sender = new OutboxSender(
      app.services,
      [deliverer],
      pino({ level: "silent" }),
      app.outboxRules,
    );
    const registrations = Object.entries(REGISTERS_ON).sort((a, b) => a[1].localeCompare(b[1]));
    const end = new Date("2025-01-01T00:00:00Z").getTime();
    for (let t = new Date("2024-01-01T00:00:00Z").getTime(); t < end; t += HOUR) {
      clock.set(new Date(t).toISOString());
      while (registrations[0] && new Date(registrations[0][1]).getTime() <= t) {
        const [name] = registrations.shift() ?? [""];
        await harness.say(name, "private", "/dangky");
        for (const part of [
          "Học chuyên đề năm, ghi chép đầy đủ",
          "Giải quyết hồ sơ đúng hạn",
          "Giữ gìn gia đình văn hóa",
        ])
          await harness.say(name, "private", part);
        await harness.press(name, "private", "✅ Lưu");
      }
      app.scheduler.runDue(clock.now());
      await sender.drain();
    }
  }, 120_000);

  afterAll(() => harness.close());

  it("posts the quarter's topic and the deadlines to the group, each once, at 08:00", () => {
    const posts = deliverer.to(GROUP);
    const expected = [
      ["02/01/2024 08:00", "Quý I/2024: kế hoạch không có chủ điểm riêng"],
      ["01/04/2024 08:00", "Quý II/2024: kế hoạch không có chủ điểm riêng"],
      ["08/04/2024 08:00", "Còn 7 ngày đến hạn học tập chuyên đề năm (15/04/2024)"],
      ["14/04/2024 08:00", "Còn 1 ngày đến hạn học tập chuyên đề năm (15/04/2024)"],
      ["16/04/2024 08:00", "Còn 14 ngày đến hạn đăng ký kế hoạch cá nhân (30/04/2024)"],
      ["23/04/2024 08:00", "Còn 7 ngày đến hạn đăng ký"],
      ["27/04/2024 08:00", "Còn 3 ngày đến hạn đăng ký"],
      ["29/04/2024 08:00", "Còn 1 ngày đến hạn đăng ký"],
      ["12/05/2024 08:00", "Còn 7 ngày đến sơ kết giữa năm (19/05/2024)"],
      ["01/07/2024 08:00", "Quý III/2024"],
      ["01/10/2024 08:00", "Quý IV/2024"],
      // Results are due by the year-end review (default 15/12): counts and the unreachable only.
      ["15/11/2024 08:00", "Còn 30 ngày đến hạn báo cáo kết quả thực hiện kế hoạch năm 2024"],
      ["01/12/2024 08:00", "Còn 14 ngày đến hạn báo cáo kết quả"],
      ["08/12/2024 08:00", "Còn 7 ngày đến hạn báo cáo kết quả"],
      ["12/12/2024 08:00", "Còn 3 ngày đến hạn báo cáo kết quả"],
      ["14/12/2024 08:00", "Còn 1 ngày đến hạn báo cáo kết quả"],
    ];
    expect(posts.map((p) => p.at)).toEqual(expected.map(([at]) => at));
    for (const [i, post] of posts.entries()) expect(post.text).toContain(expected[i]?.[1]);
  });

  it("names in the group only those who have not registered, never the exempt", () => {
    const reminders = deliverer.to(GROUP).filter((d) => d.text.includes("hạn đăng ký"));
    const named = (text: string) =>
      [...Object.keys(REGISTERS_ON), ...NEVER, EXEMPT].filter((name) => text.includes(name));
    expect(reminders.map((r) => named(r.text))).toEqual([
      ["Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang", ...NEVER],
      ["Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang", ...NEVER],
      ["Hoàng Văn Em", "Vũ Thị Giang", ...NEVER],
      ["Vũ Thị Giang", ...NEVER],
    ]);
    for (const reminder of reminders) expect(reminder.text).not.toContain("Học tập");
  });

  it("reminds in private those who can be reached and have not registered", () => {
    const privately = (name: string) =>
      deliverer
        .to(`console:${name}`)
        .filter((d) => d.text.includes("hạn đăng ký kế hoạch cá nhân"));
    expect(privately("Lê Văn Cường").map((d) => d.at)).toEqual(["16/04/2024 08:00"]);
    expect(privately("Vũ Thị Giang")).toHaveLength(4);
    expect(privately("Đỗ Văn Hải")).toHaveLength(4);
    expect(privately("Nguyễn Văn An")).toEqual([]);
    expect(privately(EXEMPT)).toEqual([]);
    expect(deliverer.to(`console:${NO_PRIVATE_CHAT}`)).toEqual([]);
  });

  it("sends the secretary a summary every Monday at 08:00, and no one else", () => {
    const summaries = deliverer.delivered.filter((d) => d.text.includes("Báo cáo đăng ký"));
    expect(summaries).toHaveLength(53);
    expect(new Set(summaries.map((s) => s.chatId))).toEqual(new Set(["console:Lan"]));
    expect(summaries.every((s) => s.at.endsWith(" 08:00"))).toBe(true);
    expect(summaries[0]?.text).toContain("Sắp tới: hạn học tập chuyên đề, ngày 15/04/2024");
    expect(summaries.at(-1)?.text).toContain("không còn hạn nào");
  });

  it("sends nothing twice and nothing in quiet hours", () => {
    const keys = deliverer.delivered.map((d) => `${d.chatId}|${d.at}|${d.text}`);
    expect(new Set(keys).size).toBe(keys.length);
    const hours = deliverer.delivered.map((d) => Number(d.at.slice(11, 13)));
    expect(hours.every((h) => h >= 7 && h < 21)).toBe(true);
  });

  it("compiles the cell's counts each week and at each quarter's end", () => {
    const summaries = harness.app.services.cellSummaries.ofCell(1).filter((s) => s.year === 2024);
    expect(summaries.filter((s) => s.kind === "week")).toHaveLength(52);
    const quarters = summaries.filter((s) => s.kind === "quarter");
    expect(quarters.map((q) => [q.period, q.registered, q.missing, q.exempt])).toEqual([
      ["2024-Q1", 1, 10, 1],
      ["2024-Q2", 6, 5, 1],
      ["2024-Q3", 6, 5, 1],
      ["2024-Q4", 6, 5, 1],
    ]);
  });
});
