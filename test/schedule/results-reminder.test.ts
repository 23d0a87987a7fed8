import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { Harness } from "../support/harness.js";
import { RecordingDeliverer } from "../support/recording-deliverer.js";

const GROUP = "console:group:1";
const HOUR = 60 * 60 * 1000;
const PLAN = [
  "Học chuyên đề năm, ghi chép đầy đủ",
  "Giải quyết hồ sơ đúng hạn",
  "Giữ gìn gia đình",
];
/** Hùng's results: never in a group. */
const DONE = "Học đủ 4 chuyên đề, ghi 12 trang sổ tay";

let harness: Harness;
afterEach(() => harness?.close());

/**
 * Lan (secretary), Hùng and Mai in private touch with chibo, Tư without a private chat, Minh
 * exempt; Hùng registered a plan in March.
 */
async function cell(): Promise<{
  h: Harness;
  deliverer: RecordingDeliverer;
  sender: OutboxSender;
}> {
  const h = new Harness({ hasButtons: false });
  await h.cellWith(["Hùng", "Mai", "Tư", "Minh"]);
  for (const name of ["Lan", "Hùng", "Mai", "Minh"]) await h.say(name, "private", "/chuyende");
  await h.say("Hùng", "private", "/dangky");
  for (const part of PLAN) await h.say("Hùng", "private", part);
  await h.press("Hùng", "private", "✅ Lưu");
  const minh = h.app.services.members.byPerson("console:Minh");
  h.app.services.members.setStatus(minh?.id ?? 0, "exempt", h.clock.now());
  const deliverer = new RecordingDeliverer(h.app.translator, h.clock);
  const sender = new OutboxSender(
    h.app.services,
    [deliverer],
    pino({ level: "silent" }),
    h.app.outboxRules,
  );
  return { h, deliverer, sender };
}

async function report(h: Harness, name: string): Promise<void> {
  await h.say(name, "private", "/ketqua");
  for (const typed of ["xong", DONE, "xong", "Giúp 2 hộ nghèo", "xong", "Dự đủ họp tổ"]) {
    await h.say(name, "private", typed);
  }
  await h.say(name, "private", "tot");
  await h.say(name, "private", "1");
}

/** Runs the scheduler and the outbox hour by hour from `from` until `to` (UTC). */
async function hourly(
  { h, sender }: { h: Harness; sender: OutboxSender },
  from: string,
  to: string,
  on: Record<string, () => Promise<void>> = {},
): Promise<void> {
  for (let t = new Date(from).getTime(); t < new Date(to).getTime(); t += HOUR) {
    const now = new Date(t).toISOString();
    h.clock.set(now);
    await on[now]?.();
    h.app.scheduler.runDue(h.clock.now());
    await sender.drain();
  }
}

const results = (deliverer: RecordingDeliverer, chatId: string) =>
  deliverer.to(chatId).filter((d) => d.text.includes("báo cáo kết quả thực hiện kế hoạch"));

describe("results reminders", () => {
  it("reminds from the opening day to the deadline, only those who have not reported", async () => {
    const setup = await cell();
    harness = setup.h;
    const { deliverer } = setup;
    await hourly(setup, "2024-11-01T00:00:00Z", "2024-12-20T00:00:00Z", {
      "2024-11-20T03:00:00.000Z": () => report(harness, "Lan"),
      "2024-12-02T03:00:00.000Z": () => report(harness, "Hùng"),
    });
    const days = ["15/11/2024", "01/12/2024", "08/12/2024", "12/12/2024", "14/12/2024"];
    const group = results(deliverer, GROUP);
    expect(group.map((d) => d.at)).toEqual(days.map((day) => `${day} 08:00`));
    expect(group[0]?.text).toContain(
      "Còn 30 ngày đến hạn báo cáo kết quả thực hiện kế hoạch năm 2024 (15/12/2024). Đã gửi: 0/4 đồng chí.",
    );
    expect(group[1]?.text).toContain("Còn 14 ngày");
    expect(group[1]?.text).toContain("Đã gửi: 1/4 đồng chí");
    expect(group[2]?.text).toContain("Đã gửi: 2/4 đồng chí");
    expect(group[4]?.text).toContain("Còn 1 ngày");
    // By name only the one chibo cannot write to; never the exempt, never a result or level.
    for (const post of group) {
      expect(post.text).toContain("chibo chưa nhắn riêng được cho các đồng chí: Tư.");
      for (const name of ["Hùng", "Mai", "Lan", "Minh"]) expect(post.text).not.toContain(name);
      expect(post.text).not.toContain(DONE);
      expect(post.text).not.toMatch(/Hoàn thành|xếp loại/);
    }
    const privately = (name: string) => results(deliverer, `console:${name}`).map((d) => d.at);
    expect(privately("Mai")).toEqual(days.map((day) => `${day} 08:00`));
    expect(privately("Lan")).toEqual(["15/11/2024 08:00"]);
    expect(privately("Hùng")).toEqual(["15/11/2024 08:00", "01/12/2024 08:00"]);
    expect(privately("Minh")).toEqual([]);
    expect(deliverer.to("console:Tư")).toEqual([]);
    expect(results(deliverer, "console:Mai")[0]?.text).toContain("Đồng chí chưa gửi: gõ /ketqua");
    const keys = deliverer.delivered.map((d) => `${d.chatId}|${d.at}|${d.text}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Nobody's results or level reached any group message of the year's end.
    for (const post of deliverer.to(GROUP)) {
      expect(post.text).not.toContain(DONE);
      expect(post.text).not.toContain("Hoàn thành tốt");
    }
  }, 60_000);

  it("sends a reminder missed while down once, after the quiet hours, and not the stale one", async () => {
    const setup = await cell();
    harness = setup.h;
    const { deliverer } = setup;
    await hourly(setup, "2024-11-15T00:00:00Z", "2024-11-15T03:00:00Z");
    // Down from 15/11 10:00 until 22:00 on 10/12 (Vietnam): 01/12's reminder is stale by then.
    await hourly(setup, "2024-12-10T15:00:00Z", "2024-12-13T00:00:00Z");
    const group = results(deliverer, GROUP);
    expect(group.map((d) => d.at)).toEqual([
      "15/11/2024 08:00",
      "11/12/2024 07:00",
      "12/12/2024 08:00",
    ]);
    expect(group[1]?.text).toContain("Còn 4 ngày");
    expect(results(deliverer, "console:Mai")).toHaveLength(3);
  }, 60_000);

  it("says nothing once everyone who must has reported", async () => {
    const setup = await cell();
    harness = setup.h;
    const { deliverer } = setup;
    harness.clock.set("2024-11-16T03:00:00Z");
    const members = harness.app.services.members.ofCell(1);
    for (const member of members) {
      harness.app.services.results.save(
        member.id,
        2024,
        {
          parts: {
            study: { outcome: "done", text: DONE },
            follow: { outcome: "done", text: DONE },
            example: { outcome: "done", text: DONE },
          },
          proposedLevel: "good",
        },
        harness.clock.now(),
      );
    }
    await hourly(setup, "2024-11-16T00:00:00Z", "2024-12-20T00:00:00Z");
    expect(deliverer.delivered.filter((d) => d.text.includes("/ketqua"))).toEqual([]);
  }, 60_000);

  it("still reminds a member the cell graded before they reported, and counts them as not sent", async () => {
    const setup = await cell();
    harness = setup.h;
    const { deliverer } = setup;
    const { members, reviews } = harness.app.services;
    const mai = members.byPerson("console:Mai");
    const lan = members.byPerson("console:Lan");
    if (!mai || !lan) throw new Error("no Mai or Lan");
    reviews.agree(mai.cellId, mai.id, 2024, "good", lan.id, harness.clock.now());
    await hourly(setup, "2024-11-14T00:00:00Z", "2024-11-16T00:00:00Z");
    expect(results(deliverer, "console:Mai").map((d) => d.at)).toEqual(["15/11/2024 08:00"]);
    expect(results(deliverer, GROUP)[0]?.text).toContain("Đã gửi: 0/4 đồng chí.");
  }, 60_000);
});
