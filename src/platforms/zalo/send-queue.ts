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

  run<T>(call: () => Promise<T>): Promise<T> {
    const next = this.tail.then(() => this.attempt(call, 0));
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
      const pause = this.backoffMs[retries];
      if (!this.isRateLimited(error) || pause === undefined) throw error;
      await this.sleep(pause);
      return this.attempt(call, retries + 1);
    } finally {
      this.lastSent = Date.now();
    }
  }
}
