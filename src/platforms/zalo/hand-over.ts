import type { Reply } from "../../engine/reply.js";
import type { Services } from "../../engine/services.js";
import { sendableFrom } from "../../outbox/sendable-from.js";
import { zaloFailureKind } from "./zalo-errors.js";

/**
 * An answer that could not go out now (the network, a file whose upload was never confirmed,
 * Zalo busy) goes to the outbox, which tries the rest of it again later; one Zalo will never
 * take is dropped, as the outbox would drop it.
 */
export function handOver(services: Services, reply: Reply, error: unknown, sentParts: number) {
  if (zaloFailureKind(error) === "rejected") return;
  const now = services.clock.now();
  services.transaction(() =>
    services.outbox.add(
      reply,
      { notBefore: sendableFrom(services, now), now },
      undefined,
      sentParts,
    ),
  );
}
