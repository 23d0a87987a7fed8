import { ZaloSendError } from "./zalo-errors.js";

/** The longest any one call may hold the queue, unless it says otherwise (a file: longer). */
export const CALL_TIMEOUT_MS = 30_000;

export interface QueuedCall {
  /** `false` leaves a "too many requests" to the caller: the outbox pauses Zalo by itself. */
  retry?: boolean;
  /** How long the call may take before it counts as failed and the queue goes on. */
  timeoutMs?: number;
}

/**
 * Zalo publishes no limits, and an account that sends too fast gets locked: everything the
 * account sends goes through here, one call at a time, at least `gapMs` apart. A call refused
 * as too many requests waits, longer each time, and is tried again. No call holds the queue
 * past its timeout: zca-js waits for some of Zalo's answers (a file's upload confirmation)
 * with no limit of its own.
 */
export class SendQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private lastSent = 0;

  constructor(
    private readonly gapMs: number,
    private readonly isRateLimited: (error: unknown) => boolean,
    private readonly backoffMs = [30_000, 120_000, 600_000],
    private readonly sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  run<T>(call: () => Promise<T>, options: QueuedCall = {}): Promise<T> {
    const retries = options.retry === false ? this.backoffMs.length : 0;
    const timeoutMs = options.timeoutMs ?? CALL_TIMEOUT_MS;
    const next = this.tail.then(() => this.attempt(() => withTimeout(call(), timeoutMs), retries));
    // A failure is its caller's; the queue goes on.
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async attempt<T>(call: () => Promise<T>, retries: number): Promise<T> {
    const wait = this.lastSent + this.gapMs - Date.now();
    if (wait > 0) await this.sleep(wait);
    try {
      return await call();
    } catch (error) {
      // The refused call counts as one sent: the retry keeps the gap after it too.
      this.lastSent = Date.now();
      const pause = this.backoffMs[retries];
      if (!this.isRateLimited(error) || pause === undefined) throw error;
      await this.sleep(pause);
      return this.attempt(call, retries + 1);
    } finally {
      this.lastSent = Date.now();
    }
  }
}

/** The call's result, or a timeout error; a call that finishes later is ignored. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ZaloSendError("timeout")), ms);
  });
  promise.catch(() => undefined);
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
