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
   * Only sends what is waiting (a turn posted an announcement or a poll), after the beat under
   * way and within the lease: no job runs, no platform is read. Nothing once halted.
   */
  drain(): Promise<void>;
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

export interface HeartbeatOptions {
  services: Services;
  scheduler: Scheduler;
  sender: OutboxSender;
  lease: SchedulerLease;
  log: Logger;
  /** What must be read from the platforms before jobs run (Zalo's polls, which send no votes). */
  beforeJobs?: () => Promise<void>;
}

/**
 * node-cron wakes chibo every minute in the bot's time zone; the scheduler decides what is
 * due. Only the process holding the lease runs jobs and sends, so that a second process on
 * the same database never sends anything twice.
 */
export function startHeartbeat(options: HeartbeatOptions): Heartbeat {
  const heartbeat = createHeartbeat(options);
  const task = cron.schedule("* * * * *", heartbeat.beat, {
    timezone: options.services.timeZone,
    noOverlap: true,
    name: "chibo-heartbeat",
  });
  const halt = () => {
    heartbeat.halt();
    void task.stop();
  };
  return {
    ...heartbeat,
    halt,
    async stop() {
      halt();
      await heartbeat.settled();
      heartbeat.releaseLease();
    },
  };
}

/** The heartbeat's beats, lease and stop, beating only when asked (the tests' rigs). */
export function createHeartbeat(options: HeartbeatOptions): Heartbeat {
  const { services, scheduler, sender, lease, log } = options;
  let holding = false;
  let warned = false;
  let halted = false;
  let current: Promise<void> = Promise.resolve();

  /** Whether this process holds the lease now; taking it over, it sends what a stop cut off. */
  const hold = () => {
    if (!lease.acquire(services.clock.now())) {
      if (holding || !warned) {
        log.error("another chibo process runs the jobs on this database; this one will not");
      }
      warned = true;
      holding = false;
      return false;
    }
    if (!holding) {
      const requeued = services.outbox.requeueInterrupted();
      if (requeued > 0) log.warn({ requeued }, "messages interrupted by a stop are sent again");
      holding = true;
    }
    return true;
  };
  // A long batch renews the lease as it goes; losing it (another process took over) or a stop
  // ends it, and what is left waits in the outbox for the next beat or the next start.
  const send = () => sender.drain(() => !halted && lease.acquire(services.clock.now()));

  const beatOnce = async () => {
    if (halted || !hold()) return;
    await options.beforeJobs?.();
    // Halted while the platforms were read: after a stop no job runs.
    if (halted) return;
    scheduler.runDue(services.clock.now());
    await send();
  };
  const drainOnce = async () => {
    if (!halted && hold()) await send();
  };

  // One beat at a time, and stop() waits for the one under way before giving up the lease.
  // A failed beat is logged and the next one runs as usual: one SQLITE_BUSY must not end
  // scheduling for good.
  const after = (step: () => Promise<void>) => {
    if (halted) return current;
    current = current.then(step).catch((error: unknown) => {
      services.noteError(error);
      log.error({ err: error }, "beat failed");
    });
    return current;
  };
  const halt = () => {
    halted = true;
  };
  const settled = () => current;
  const releaseLease = () => {
    if (holding) lease.release();
    holding = false;
  };
  return {
    beat: () => after(beatOnce),
    drain: () => after(drainOnce),
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
