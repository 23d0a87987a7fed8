import type { OutboxMessage, OutboxStore } from "../store/outbox-store.js";

/** What a deliverer reports as the parts of a message go out. */
export interface DeliveryProgress {
  /** Parts delivered so far; the deliverer counts up as each one goes. */
  sentParts: number;
  /** A part went out and the platform gave its id: counted, and the id kept with the count. */
  delivered?(messageId: string): void;
}

/**
 * Progress written to the message's outbox row the moment a part is reported, in the same
 * step: if the process dies next, a restart sends only what had not gone, and the window in
 * which a message may arrive twice is one part's request.
 */
export function recordedProgress(outbox: OutboxStore, message: OutboxMessage): DeliveryProgress {
  let sentParts = message.sentParts;
  return {
    get sentParts() {
      return sentParts;
    },
    set sentParts(parts: number) {
      sentParts = parts;
      outbox.partsDelivered(message.id, parts);
    },
    delivered(messageId: string) {
      sentParts += 1;
      outbox.partsDelivered(message.id, sentParts, messageId);
    },
  };
}
