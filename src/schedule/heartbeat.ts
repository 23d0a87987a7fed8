import cron from "node-cron";
import type { Logger } from "pino";
import type { OutboxSender } from "../outbox/outbox-sender.js";
import type { SchedulerLease } from "../store/scheduler-lease.js";
import type { Services } from "../store/services.js";
import type { Scheduler } from "./scheduler.js";

export interface Heartbeat {
  /** One beat now: run what is due, then send what is waiting. Nothing once halted. */
  beat(): Promise<void>;
  /**
   * At once: no beat starts any more, no job runs, and the beat under way sends no further
   * message (the one in flight ends as it will).
   */
  halt(): void;
  /** Settles when the beat under way, if any, has ended. */
  settled(): Promise<void>;
  /** Gives the lease up, for the next process to run the jobs at once. After `settled()`. */
  releaseLease(): void;
  /** All three, in order. */
  stop(): Promise<void>;
}

/**
 * node-cron wakes chibo every minute in the bot's time zone; the scheduler decides what is
 * due. Only the process holding the lease runs jobs and sends, so that a second process on
 * the same database never sends anything twice.
 */
export function startHeartbeat(options: {
  services: Services;
  scheduler: Scheduler;
  sender: OutboxSender;
  lease: SchedulerLease;
  log: Logger;
  /** What must be read from the platforms before jobs run (Zalo's polls, which send no votes). */
  beforeJobs?: () => Promise<void>;
}): Heartbeat {
  const { services, scheduler, sender, lease, log } = options;
  let holding = false;
  let warned = false;
  let halted = false;
  let current: Promise<void> = Promise.resolve();

  const beatOnce = async () => {
    if (halted) return;
    const now = services.clock.now();
    if (!lease.acquire(now)) {
      if (holding || !warned) {
        log.error("another chibo process runs the jobs on this database; this one will not");
      }
      warned = true;
      holding = false;
      return;
    }
    if (!holding) {
      const requeued = services.outbox.requeueInterrupted();
      if (requeued > 0) log.warn({ requeued }, "messages interrupted by a stop are sent again");
      holding = true;
    }
    await options.beforeJobs?.();
    // Halted while the platforms were read: after a stop no job runs.
    if (halted) return;
    scheduler.runDue(services.clock.now());
    // A long batch renews the lease as it goes; losing it (another process took over) or a stop
    // ends it, and what is left waits in the outbox for the next beat or the next start.
    await sender.drain(() => !halted && lease.acquire(services.clock.now()));
  };

  // One beat at a time, and stop() waits for the one under way before giving up the lease.
  // A failed beat is logged and the next one runs as usual: one SQLITE_BUSY must not end
  // scheduling for good.
  const beat = () => {
    if (halted) return current;
    current = current.then(beatOnce).catch((error: unknown) => {
      log.error({ err: error }, "beat failed");
    });
    return current;
  };

  const task = cron.schedule("* * * * *", beat, {
    timezone: services.timeZone,
    noOverlap: true,
    name: "chibo-heartbeat",
  });
  const halt = () => {
    halted = true;
    void task.stop();
  };
  const settled = () => current;
  const releaseLease = () => {
    if (holding) lease.release();
    holding = false;
  };
  return {
    beat,
    halt,
    settled,
    releaseLease,
    async stop() {
      halt();
      await settled();
      releaseLease();
    },
  };
}
