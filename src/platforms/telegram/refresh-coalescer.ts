import type { Logger } from "pino";
import type { Reply } from "../../messages/reply.js";

/**
 * A live count changes with every tap, and Telegram allows about 20 edits a minute in a group:
 * each anchored message is brought up to date at most once per `delayMs`, with its newest
 * version. A refresh that fails is only logged; the next tap refreshes it again.
 */
export class RefreshCoalescer {
  private readonly pending = new Map<string, Reply>();

  constructor(
    private readonly delayMs: number,
    private readonly send: (reply: Reply) => Promise<void>,
    private readonly log: Logger,
  ) {}

  schedule(reply: Reply): void {
    const key = `${reply.chatId}|${reply.anchor}`;
    const waiting = this.pending.has(key);
    this.pending.set(key, reply);
    if (waiting) return;
    setTimeout(() => {
      const newest = this.pending.get(key);
      this.pending.delete(key);
      if (!newest) return;
      this.send(newest).catch((error: unknown) => {
        this.log.warn({ chat: newest.chatId, err: error }, "live count not refreshed");
      });
    }, this.delayMs).unref();
  }
}
