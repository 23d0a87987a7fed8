import { SECOND_MS } from "../domain/durations.js";
import type { Reply } from "../messages/reply.js";
import type { Services } from "../store/services.js";

/** A direct answer that failed as it went out, as the platform judged the failure. */
export interface Unsent {
  /** Parts that arrived before the failure (a long text's first messages): not sent again. */
  sentParts: number;
  /** False when the platform will never take it (a 400): then it is dropped, as the outbox would. */
  worthRetrying: boolean;
  /** The pause the platform asked for (a 429's retry_after): trying sooner counts against it. */
  retryAfterSeconds?: number;
}

/**
 * An answer that cannot go out now (the platform busy or down, the network) goes to the outbox,
 * which sends the rest of it as soon as it can, with its own backoff; the person's turn is
 * stored already, so nothing else would send it again. Returns whether the outbox took it.
 */
export function handOver(services: Services, reply: Reply, unsent: Unsent): boolean {
  if (!unsent.worthRetrying) return false;
  const now = services.clock.now();
  const notBefore = new Date(now.getTime() + (unsent.retryAfterSeconds ?? 0) * SECOND_MS);
  services.transaction(() =>
    services.outbox.add(reply, { notBefore, now, isAnswer: true }, undefined, unsent.sentParts),
  );
  return true;
}
