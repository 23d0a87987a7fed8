import { hostname } from "node:os";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { readPlanFile } from "../../src/plan/plan-file.js";
import { startHeartbeat } from "../../src/schedule/heartbeat.js";
import { LEASE_TIMEOUT_MS, processOwner, SchedulerLease } from "../../src/store/scheduler-lease.js";
import { Harness } from "../support/harness.js";
import { RecordingDeliverer } from "../support/recording-deliverer.js";

let harness: Harness;
afterEach(() => harness?.close());

const silent = pino({ level: "silent" });

/** A cell of three on the 2024 Bình Dương plan; Hùng and Tư have opened a private chat. */
async function cell(h: Harness) {
  h.app.services.plans.import(readPlanFile("plans/2024-binh-duong.yaml"), "all", h.clock.now());
  await h.cellWith(["Hùng", "Tư"]);
  for (const name of ["Hùng", "Tư"]) await h.say(name, "private", "/chuyende");
  const deliverer = new RecordingDeliverer(h.app.translator, h.clock);
  return {
    deliverer,
    sender: new OutboxSender(h.app.services, [deliverer], silent, h.app.outboxRules),
  };
}

/** A plan's three parts, as a member writes them. */
const PLAN = [
  "Học chuyên đề năm, ghi chép đầy đủ",
  "Giải quyết hồ sơ đúng hạn",
  "Giữ gìn gia đình văn hóa",
];

function at(h: Harness, iso: string) {
  h.clock.set(iso);
  return h.app.scheduler.runDue(h.clock.now()).filter((r) => r.job === "registration-reminder");
}

describe("the scheduler never misses and never repeats", () => {
  it("runs a reminder once, also after a restart on the same database", async () => {
    harness = new Harness();
    await cell(harness);
    expect(at(harness, "2024-04-16T01:00:00Z").map((r) => r.outcome)).toEqual(["done"]);
    expect(at(harness, "2024-04-16T01:30:00Z")).toEqual([]);
    harness.app.close();
    harness = new Harness({ dir: harness.dir, now: "2024-04-16T02:00:00Z" });
    expect(at(harness, "2024-04-16T02:00:00Z")).toEqual([]);
    const runs = [...harness.app.services.jobRuns.periodsOf(1)];
    expect(runs.filter((run) => run.startsWith("registration-reminder|"))).toHaveLength(1);
  });

  it("catches up once at start-up a run missed while the bot was down", async () => {
    harness = new Harness();
    await cell(harness);
    at(harness, "2024-04-16T00:00:00Z"); // 07:00: nothing yet
    const late = at(harness, "2024-04-16T03:00:00Z"); // back at 10:00
    expect(late.map((r) => [r.period, r.outcome])).toEqual([["2024-04-30/reg-14", "done"]]);
  });

  it("made up late, a reminder counts the days really left and names who is still missing", async () => {
    harness = new Harness();
    const { deliverer, sender } = await cell(harness);
    expect(at(harness, "2024-04-16T15:00:00Z")).toEqual([]); // back at 22:00: quiet, it waits
    await harness.say("Hùng", "private", "/dangky");
    for (const part of PLAN) await harness.say("Hùng", "private", part);
    await harness.press("Hùng", "private", "✅ Lưu");
    expect(at(harness, "2024-04-17T00:00:00Z").map((r) => r.outcome)).toEqual(["done"]); // 07:00
    await sender.drain();
    const [group] = deliverer.to("console:group:1").filter((d) => d.text.includes("hạn đăng ký"));
    expect(group?.text).toContain("Còn 13 ngày đến hạn đăng ký");
    expect(group?.text).not.toContain("Hùng");
  });

  it("makes up a reminder until the next one of the same deadline is due, and only that", async () => {
    harness = new Harness();
    const { deliverer, sender } = await cell(harness);
    // Two days late: the 14-days-before reminder still goes, with the days really left.
    const late = at(harness, "2024-04-18T03:00:00Z");
    expect(late.map((r) => [r.period, r.outcome])).toEqual([["2024-04-30/reg-14", "done"]]);
    await sender.drain();
    const group = () => deliverer.to("console:group:1").filter((d) => d.text.includes("⏰"));
    expect(group().map((d) => d.text)).toEqual([expect.stringContaining("Còn 12 ngày")]);
    harness.app.close();

    // Down again from the 22nd to the 28th: of the 7- and 3-days-before ones, only the later.
    harness = new Harness({ dir: harness.dir, now: "2024-04-28T03:00:00Z" });
    const ran = at(harness, "2024-04-28T03:00:00Z");
    expect(ran.map((r) => [r.period, r.outcome])).toEqual([["2024-04-30/reg-3", "done"]]);
    const runs = harness.app.services.jobRuns.periodsOf(1);
    expect(runs.has("registration-reminder|2024-04-30/reg-7")).toBe(false);
  });

  it("drops a reminder whose deadline passed while the bot was down, rather than send it late", async () => {
    harness = new Harness();
    const { deliverer, sender } = await cell(harness);
    // A reminder on the deadline's own day, at 08:00; the bot is back at 06:30 the next morning.
    harness.app.database.sqlite
      .prepare("update cells set registration_reminder_days = '[0]'")
      .run();
    expect(at(harness, "2024-04-30T23:30:00Z")).toEqual([]); // 06:30: quiet hours, it waits
    expect(at(harness, "2024-05-01T00:30:00Z")).toEqual([]); // 07:30, the deadline is over
    harness.clock.set("2024-05-01T01:00:00Z");
    await sender.drain();
    expect(deliverer.delivered.filter((d) => d.text.includes("hạn đăng ký"))).toEqual([]);
  });

  it("when the clock jumps a month, runs what is still worth doing and records every week", async () => {
    harness = new Harness({ now: "2024-03-01T03:00:00Z" });
    await cell(harness);
    harness.app.scheduler.runDue(harness.clock.now());
    harness.clock.set("2024-04-01T03:00:00Z");
    const ran = harness.app.scheduler.runDue(harness.clock.now());
    expect(ran.map((r) => `${r.job} ${r.period} ${r.outcome}`)).toEqual([
      "quarter-topic 2024-Q2 done",
      // Of the summaries to the secretary, the latest: each was let go when the next was due.
      "weekly-summary 2024-W14 done",
      // Records: every week and the quarter, each for the period it describes.
      "week-summary 2024-W09 done",
      "week-summary 2024-W10 done",
      "week-summary 2024-W11 done",
      "week-summary 2024-W12 done",
      "week-summary 2024-W13 done",
      "quarter-summary 2024-Q1 done",
      // Due on 20/3, and worth sending until the model's day (15/4).
      "model-progress 2024-register done",
      // The month's clean-ups in one: each day's was let go when the next was due.
      "retention 2024-04-01 done",
      "consent-ask older-entries done",
    ]);
  });

  it("a plan imported after its deadlines brings no late reminders", async () => {
    harness = new Harness({ now: "2024-01-05T03:00:00Z" });
    await harness.cellWith(["Hùng"]);
    harness.clock.set("2024-11-20T03:00:00Z");
    harness.app.services.plans.import(
      readPlanFile("plans/2024-binh-duong.yaml"),
      "all",
      harness.clock.now(),
    );
    const ran = harness.app.scheduler.runDue(harness.clock.now()).map((r) => r.job);
    // Results are due by the year-end review (15/12): on 20/11 that reminder is not late.
    expect(ran.filter((job) => job.endsWith("-reminder"))).toEqual(["results-reminder"]);
  });

  it("a cell with no plan for the year follows the default calendar", async () => {
    harness = new Harness({ now: "2025-01-05T03:00:00Z" });
    await harness.cellWith(["Hùng"]);
    const [created] = harness.app.services.cells.all();
    if (!created) throw new Error("no cell");
    const next = harness.app.scheduler.nextRuns(created, harness.clock.now());
    expect(next.find((n) => n.job === "registration-reminder")?.period).toBe("2025-04-30/reg-14");
  });

  it("sends nothing for a cell where everyone registered, and nothing to a group it left", async () => {
    harness = new Harness();
    const { deliverer, sender } = await cell(harness);
    for (const name of ["Lan", "Hùng"]) {
      await harness.say(name, "private", "/dangky");
      for (const part of PLAN) await harness.say(name, "private", part);
      await harness.press(name, "private", "✅ Lưu");
    }
    await harness.deliver("Lan", "group:1", { type: "bot-removed" });
    at(harness, "2024-04-16T01:00:00Z");
    await sender.drain();
    expect(deliverer.to("console:group:1")).toEqual([]);
    expect(deliverer.to("console:Tư").map((d) => d.at)).toEqual(["16/04/2024 08:00"]);
    expect(deliverer.to("console:Hùng")).toEqual([]);
    // Tư moves away.
    await harness.say("Lan", "private", "/thanhvien");
    await harness.press("Lan", "private", /^Tư — /);
    await harness.press("Lan", "private", "Tình trạng: chuyển đi");
    at(harness, "2024-04-23T01:00:00Z");
    await sender.drain();
    expect(deliverer.to("console:Tư")).toHaveLength(1);
  });
});

describe("two processes on one database", () => {
  it("the second refuses to run jobs until the first has been gone for a while", async () => {
    harness = new Harness();
    const db = harness.app.database.db;
    const first = new SchedulerLease(db, "first");
    const second = new SchedulerLease(db, "second");
    const now = new Date("2024-04-16T01:00:00Z");
    expect(first.acquire(now)).toBe(true);
    expect(second.acquire(now)).toBe(false);
    expect(first.acquire(new Date(now.getTime() + 60_000))).toBe(true);
    const later = new Date(now.getTime() + 60_000 + LEASE_TIMEOUT_MS + 1);
    expect(second.acquire(later)).toBe(true);
    expect(first.acquire(later)).toBe(false);
  });

  it("takes over at once from a process on this machine that was killed", async () => {
    harness = new Harness();
    const db = harness.app.database.db;
    const now = new Date("2024-04-16T01:00:00Z");
    // Process ids are at most 2^22 on Linux: this one cannot be running.
    expect(new SchedulerLease(db, `${hostname()}#99999999#dead`).acquire(now)).toBe(true);
    expect(new SchedulerLease(db, processOwner("restarted")).acquire(now)).toBe(true);
    // A live process (our parent) holding it is waited for.
    const parent = `${hostname()}#${process.ppid}#parent`;
    expect(
      new SchedulerLease(db, parent).acquire(new Date(now.getTime() + LEASE_TIMEOUT_MS * 2)),
    ).toBe(true);
    expect(new SchedulerLease(db, processOwner("restarted")).acquire(now)).toBe(false);
  });

  it("goes on beating after a beat fails", async () => {
    harness = new Harness();
    const { sender } = await cell(harness);
    const lines: string[] = [];
    let calls = 0;
    const failingOnce = {
      runDue: (now: Date) => {
        calls += 1;
        if (calls === 1) throw new Error("SQLITE_BUSY");
        return harness.app.scheduler.runDue(now);
      },
    } as unknown as typeof harness.app.scheduler;
    const heartbeat = startHeartbeat({
      services: harness.app.services,
      scheduler: failingOnce,
      sender,
      lease: new SchedulerLease(harness.app.database.db, processOwner("beats")),
      log: pino({ level: "error" }, { write: (line: string) => lines.push(line) }),
    });
    await heartbeat.beat();
    await heartbeat.beat();
    await heartbeat.stop();
    expect(calls).toBe(2);
    expect(lines.some((line) => line.includes("beat failed"))).toBe(true);
  });

  it("says so in the log, once, and sends nothing", async () => {
    harness = new Harness();
    const { deliverer, sender } = await cell(harness);
    harness.clock.set("2024-04-16T01:00:00Z");
    new SchedulerLease(harness.app.database.db, "other process").acquire(harness.clock.now());
    const lines: string[] = [];
    const log = pino({ level: "info" }, { write: (line: string) => lines.push(line) });
    const heartbeat = startHeartbeat({
      services: harness.app.services,
      scheduler: harness.app.scheduler,
      sender,
      lease: new SchedulerLease(harness.app.database.db, "this process"),
      log,
    });
    await heartbeat.beat();
    await heartbeat.beat();
    await heartbeat.stop();
    expect(deliverer.delivered).toEqual([]);
    const refusals = lines.filter((l) => l.includes("another chibo process runs the jobs"));
    expect(refusals).toHaveLength(1);
  });
});
