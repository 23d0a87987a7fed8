/**
 * Zalo publishes no limits, and an account that sends too fast gets locked: everything the
 * account sends goes through here, one call at a time, at least `gapMs` apart. A call refused
 * as too many requests waits, longer each time, and is tried again.
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

  /**
   * Runs `call` in turn. `retry: false` leaves a "too many requests" to the caller: the outbox
   * pauses Zalo by itself, and a beat must not wait minutes for one poll.
   */
  run<T>(call: () => Promise<T>, options: { retry?: boolean } = {}): Promise<T> {
    const retries = options.retry === false ? this.backoffMs.length : 0;
    const next = this.tail.then(() => this.attempt(call, retries));
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
