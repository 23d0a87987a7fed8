import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { consentAsk } from "../../src/schedule/jobs/consent-ask.js";
import { Harness } from "../support/harness.js";
import { RecordingDeliverer } from "../support/recording-deliverer.js";

const GROUP = "console:group:1";
const HOUR = 60 * 60 * 1000;
/** What the job's question says: the way to read the text and answer. */
const ASKED = "Xin gõ /dongy để đọc chibo giữ gì";

let h: Harness;
afterEach(() => h?.close());

/**
 * A cell as a database made before consent was asked holds it: Hùng, Mai and Tư are on the
 * roster with no answer stored; Hà asked to join then and still waits; Bảo joined since, with
 * his consent. Hùng, Mai, Hà and Bảo have written to chibo in private; Tư never has.
 */
async function olderCell(): Promise<{ deliverer: RecordingDeliverer; sender: OutboxSender }> {
  h = new Harness({ now: "2024-03-10T02:00:00Z" });
  await h.cellWith(["Bảo"]);
  const { members, cells } = h.app.services;
  const cellId = cells.all()[0]?.id ?? 0;
  const older = (fullName: string, roster: "active" | "pending") =>
    members.create({
      cellId,
      fullName,
      role: "member",
      roster,
      personId: `console:${fullName}`,
      displayName: fullName,
      now: h.clock.now(),
    });
  for (const name of ["Hùng", "Mai", "Tư"]) older(name, "active");
  older("Hà", "pending");
  for (const name of ["Hùng", "Mai", "Hà", "Bảo"]) await h.say(name, "private", "xin chào");
  const deliverer = new RecordingDeliverer(h.app.translator, h.clock);
  const sender = new OutboxSender(h.app.services, [deliverer], pino({ level: "silent" }), {
    ...h.app.outboxRules,
  });
  return { deliverer, sender };
}

/** Runs the scheduler, then the outbox, hour by hour from `from` to `to`. */
async function run(sender: OutboxSender, from: string, to: string): Promise<void> {
  for (let t = Date.parse(from); t < Date.parse(to); t += HOUR) {
    h.clock.set(new Date(t).toISOString());
    h.app.scheduler.runDue(h.clock.now());
    await sender.drain();
  }
}

const asked = (deliverer: RecordingDeliverer, who: string) =>
  deliverer.to(`console:${who}`).filter((d) => d.text.includes(ASKED));

describe("consent-ask: the entries older than consent are asked once, in private", () => {
  it("asks each one chibo can write to, on the weekly summary's day and hour, and tells the secretary how many", async () => {
    const { deliverer, sender } = await olderCell();
    await run(sender, "2024-03-10T02:00:00Z", "2024-03-11T06:00:00Z");
    expect(asked(deliverer, "Hùng").map((d) => d.at)).toEqual(["11/03/2024 08:00"]);
    expect(asked(deliverer, "Hùng")[0]?.text).toBe(
      "Đồng chí Hùng, đồng chí có tên trong danh sách Chi bộ Khu phố 1 từ trước khi chibo hỏi ý kiến về dữ liệu cá nhân. Theo Luật Bảo vệ dữ liệu cá nhân, chibo cần đồng chí đồng ý thì mới tiếp tục lưu dữ liệu của đồng chí. Xin gõ /dongy để đọc chibo giữ gì, ai xem, giữ bao lâu, rồi trả lời.",
    );
    expect(asked(deliverer, "Mai")).toHaveLength(1);
    // Never wrote to chibo in private: not written to, nor named anywhere.
    expect(asked(deliverer, "Tư")).toEqual([]);
    // Waiting for approval: /duyet's, not this job's. Consent given at join: never asked.
    expect(asked(deliverer, "Hà")).toEqual([]);
    expect(asked(deliverer, "Bảo")).toEqual([]);
    expect(asked(deliverer, "Lan")).toEqual([]);
    const told = deliverer.to("console:Lan").filter((d) => d.text.includes("/dongy"));
    expect(told.map((d) => d.text)).toEqual([
      [
        "chibo đã nhắn riêng cho 2 đồng chí có tên trong danh sách từ trước khi chibo hỏi ý kiến, xin các đồng chí ấy đồng ý cho chibo lưu dữ liệu.",
        "Còn 1 đồng chí chưa mở chat riêng với chibo nên chibo chưa hỏi được: xin nhắc các đồng chí ấy nhắn riêng cho chibo /dongy.",
        "Gõ /dongy để xem ai chưa trả lời.",
      ].join("\n"),
    ]);
    // The group hears nothing of it.
    expect(deliverer.to(GROUP).filter((d) => /dongy|đồng ý|Tư/.test(d.text))).toEqual([]);
  });

  it("running again, by the scheduler or by hand, asks nobody twice", async () => {
    const { deliverer, sender } = await olderCell();
    await run(sender, "2024-03-10T02:00:00Z", "2024-03-11T06:00:00Z");
    // Two more weeks, the second slot due among them: the job has done its one run.
    await run(sender, "2024-03-17T23:00:00Z", "2024-03-18T03:00:00Z");
    await run(sender, "2024-03-24T23:00:00Z", "2024-03-25T03:00:00Z");
    const cell = h.app.services.cells.all()[0];
    if (!cell) throw new Error("no cell");
    expect(h.app.scheduler.runAt(consentAsk, cell, h.clock.now())?.outcome).toBe("already");
    await sender.drain();
    expect(asked(deliverer, "Hùng")).toHaveLength(1);
    expect(asked(deliverer, "Mai")).toHaveLength(1);
    expect(deliverer.to("console:Lan").filter((d) => d.text.includes("/dongy"))).toHaveLength(1);
  });

  it("is written when it goes out: one who answered meanwhile is not asked", async () => {
    const { deliverer, sender } = await olderCell();
    h.clock.set("2024-03-11T01:00:00Z");
    h.app.scheduler.runDue(h.clock.now());
    // Before the outbox sends it, Hùng answers of his own accord.
    await h.say("Hùng", "private", "/dongy");
    await h.press("Hùng", "private", "✅ Đồng ý");
    await sender.drain();
    expect(asked(deliverer, "Hùng")).toEqual([]);
    expect(asked(deliverer, "Mai")).toHaveLength(1);
  });

  it("in a cell where everyone has answered, sends nothing at all", async () => {
    h = new Harness({ now: "2024-03-10T02:00:00Z" });
    await h.cellWith(["Hùng", "Mai"]);
    for (const name of ["Hùng", "Mai"]) await h.say(name, "private", "xin chào");
    const outbox = () =>
      h.app.database.sqlite.prepare("select count(*) as n from outbox").get() as { n: number };
    const before = outbox().n;
    h.clock.set("2024-03-11T01:00:00Z");
    const ran = h.app.scheduler.runDue(h.clock.now()).filter((r) => r.job === "consent-ask");
    expect(ran.map((r) => [r.outcome, r.messages])).toEqual([["done", 0]]);
    // The weekly summary to the secretary is the only message of that beat.
    expect(outbox().n - before).toBe(1);
  });
});
