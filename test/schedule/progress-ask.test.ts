import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { Harness } from "../support/harness.js";
import { RecordingDeliverer } from "../support/recording-deliverer.js";

const GROUP = "console:group:1";
const HOUR = 60 * 60 * 1000;
const PARTS = [
  "Học chuyên đề năm, ghi chép đầy đủ",
  "Giải quyết hồ sơ đúng hạn",
  "Giữ gìn gia đình văn hóa",
];

let harness: Harness;
afterEach(() => harness?.close());

async function register(h: Harness, who: string) {
  await h.say(who, "private", "/dangky");
  for (const part of PARTS) await h.say(who, "private", part);
  await h.press(who, "private", "✅ Lưu");
}

/**
 * Hùng and Mai registered and have private chats; Tư registered but never wrote to chibo; Bảo
 * never registered; Hà registered and is exempt now.
 */
async function cell(): Promise<{ deliverer: RecordingDeliverer; sender: OutboxSender }> {
  harness = new Harness({ now: "2024-03-10T02:00:00Z", hasButtons: false });
  const { app, clock } = harness;
  await harness.cellWith(["Hùng", "Mai", "Tư", "Bảo", "Hà"]);
  for (const name of ["Hùng", "Mai", "Hà"]) await register(harness, name);
  const tu = app.services.members.byPerson("console:Tư");
  // Registered by the secretary from paper: Tư has never opened a chat with chibo.
  app.services.commitments.save(
    tu?.id ?? 0,
    2024,
    { study: "a", follow: "b", example: "c" },
    clock.now(),
  );
  await harness.say("Bảo", "private", "/chuyende");
  const ha = app.services.members.byPerson("console:Hà");
  app.services.members.setStatus(ha?.id ?? 0, "exempt", clock.now());
  const deliverer = new RecordingDeliverer(app.translator, clock);
  const sender = new OutboxSender(
    app.services,
    [deliverer],
    pino({ level: "silent" }),
    app.outboxRules,
  );
  return { deliverer, sender };
}

/** Runs the scheduler and the outbox hour by hour from `from` to `to`. */
async function run(sender: OutboxSender, from: string, to: string) {
  const { app, clock } = harness;
  for (let t = Date.parse(from); t < Date.parse(to); t += HOUR) {
    clock.set(new Date(t).toISOString());
    app.scheduler.runDue(clock.now());
    await sender.drain();
  }
}

describe("progress-ask: each registered member is asked on the plan's progress days", () => {
  it("asks in private once a day of the plan, names the unreachable in the group with nothing else", async () => {
    const { deliverer, sender } = await cell();
    await run(sender, "2024-06-20T00:00:00Z", "2024-07-05T00:00:00Z");
    const asked = (who: string) =>
      deliverer.to(`console:${who}`).filter((d) => d.text.includes("/tiendo"));
    expect(asked("Hùng").map((d) => d.at)).toEqual(["25/06/2024 08:00"]);
    expect(asked("Hùng")[0]?.text).toContain("Đến kỳ báo tiến độ kế hoạch năm 2024");
    expect(asked("Mai")).toHaveLength(1);
    expect(asked("Bảo")).toEqual([]);
    expect(asked("Hà")).toEqual([]);
    const group = deliverer.to(GROUP).filter((d) => d.text.includes("tiến độ"));
    expect(group.map((d) => d.text)).toEqual([
      "📋 Đến kỳ báo tiến độ kế hoạch năm 2024. chibo chưa nhắn riêng được cho 1 đồng chí: Tư. Xin các đồng chí nhắn riêng cho chibo /tiendo.",
    ]);
    for (const post of group) {
      for (const part of PARTS) expect(post.text).not.toContain(part);
    }
  });

  it("makes up a missed day once, after quiet hours", async () => {
    const { deliverer, sender } = await cell();
    // The bot is down from 26/6 to 10/10: the 25/9 round goes out when it is back, after quiet hours.
    await run(sender, "2024-06-24T00:00:00Z", "2024-06-26T00:00:00Z");
    await run(sender, "2024-10-10T00:00:00Z", "2024-10-12T00:00:00Z");
    const asked = deliverer.to("console:Hùng").filter((d) => d.text.includes("/tiendo"));
    expect(asked.map((d) => d.at)).toEqual(["25/06/2024 08:00", "10/10/2024 07:00"]);
  });

  it("after missing two days, asks only the latest round", async () => {
    const { deliverer, sender } = await cell();
    await run(sender, "2024-06-20T00:00:00Z", "2024-06-21T00:00:00Z");
    // Down from 21/6 to 10/11: the days 25/6 and 25/9 were both missed.
    await run(sender, "2024-11-10T00:00:00Z", "2024-11-11T00:00:00Z");
    const asked = deliverer.to("console:Hùng").filter((d) => d.text.includes("/tiendo"));
    expect(asked.map((d) => d.at)).toEqual(["10/11/2024 07:00"]);
  });

  it("asks nothing once results are taken: /ketqua shows the notes so far", async () => {
    const { deliverer, sender } = await cell();
    await run(sender, "2024-06-20T00:00:00Z", "2024-06-21T00:00:00Z");
    // Down from 21/6 to 20/11: results opened on 15/11.
    await run(sender, "2024-11-20T00:00:00Z", "2024-11-21T00:00:00Z");
    expect(deliverer.to("console:Hùng").filter((d) => d.text.includes("/tiendo"))).toEqual([]);
  });
});
