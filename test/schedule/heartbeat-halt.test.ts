import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import type { Reply } from "../../src/messages/reply.js";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import { readPlanFile } from "../../src/plan/plan-file.js";
import { type Heartbeat, startHeartbeat } from "../../src/schedule/heartbeat.js";
import { SchedulerLease } from "../../src/store/scheduler-lease.js";
import { Harness } from "../support/harness.js";
import { RecordingDeliverer } from "../support/recording-deliverer.js";

let harness: Harness;
let heartbeat: Heartbeat | undefined;
afterEach(async () => {
  await heartbeat?.stop();
  harness?.close();
});

/**
 * A cell of three on the 2024 Bình Dương plan at 08:00 on 16/4, when the registration reminder
 * falls due (to the group, and to Hùng and Tư in private), and a heartbeat over it.
 */
async function dueReminder(options: { beforeJobs?: () => Promise<void> } = {}) {
  harness = new Harness();
  const { app, clock } = harness;
  app.services.plans.import(readPlanFile("plans/2024-binh-duong.yaml"), "all", clock.now());
  await harness.cellWith(["Hùng", "Tư"]);
  for (const name of ["Hùng", "Tư"]) await harness.say(name, "private", "/chuyende");
  clock.set("2024-04-16T01:00:00Z");
  const deliverer = new RecordingDeliverer(app.translator, clock);
  const log = pino({ level: "silent" });
  const beat = startHeartbeat({
    services: app.services,
    scheduler: app.scheduler,
    sender: new OutboxSender(app.services, [deliverer], log, app.outboxRules),
    lease: new SchedulerLease(app.database.db, "this process"),
    log,
    beforeJobs: options.beforeJobs,
  });
  heartbeat = beat;
  return { beat, deliverer };
}

function reminderRuns(): string[] {
  return [...harness.app.services.jobRuns.periodsOf(1)].filter((run) =>
    run.startsWith("registration-reminder|"),
  );
}

describe("a heartbeat halted by a stop", () => {
  it("runs no job and sends nothing afterwards", async () => {
    const { beat, deliverer } = await dueReminder();
    beat.halt();
    await beat.beat();
    expect(reminderRuns()).toEqual([]);
    expect(deliverer.delivered).toEqual([]);
  });

  it("runs no job when the stop comes while the platforms are read before the jobs", async () => {
    let halt = () => {};
    const { beat, deliverer } = await dueReminder({ beforeJobs: async () => halt() });
    halt = () => beat.halt();
    await beat.beat();
    expect(reminderRuns()).toEqual([]);
    expect(deliverer.delivered).toEqual([]);
  });

  it("ends the message in flight, sends no other, and leaves the rest waiting with the lease free", async () => {
    const { beat, deliverer } = await dueReminder();
    const deliver = deliverer.deliver.bind(deliverer);
    // The stop comes while the first message is on its way.
    deliverer.deliver = async (reply: Reply) => {
      beat.halt();
      await deliver(reply);
    };
    await beat.beat();
    await beat.settled();
    beat.releaseLease();
    expect(reminderRuns()).toHaveLength(1);
    expect(deliverer.delivered).toHaveLength(1);
    const waiting = harness.app.services.outbox.all().filter((m) => m.state === "pending");
    expect(waiting.length).toBeGreaterThan(0);
    const other = new SchedulerLease(harness.app.database.db, "next process");
    expect(other.acquire(harness.clock.now())).toBe(true);
  });
});
