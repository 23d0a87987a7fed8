import type { Compose } from "../messages/intent.js";
import type { Services } from "../store/services.js";
import { cellYear } from "./cell-year.js";
import { Composing } from "./composing.js";
import type { Job } from "./job.js";
import { jobs } from "./jobs/index.js";

/**
 * How the outbox writes a message kept as an intent: the job that queued it writes it, from
 * the cell's calendar and data as they are when it goes out. A cell that is gone has nothing
 * left to say, nor a member who withdrew their consent.
 */
export function jobComposer(services: Services, known: readonly Job[] = jobs): Compose {
  return (intent, chatId, now) => {
    const job = known.find((candidate) => candidate.name === intent.job);
    if (!job?.compose) throw new Error(`No job writes the messages of ${intent.job}`);
    const cell = services.cells.byId(intent.cellId);
    if (!cell) return undefined;
    // Queued before the member withdrew their consent: it no longer goes.
    if (intent.memberId !== undefined && services.consents.hasSaidNo(intent.memberId)) {
      return undefined;
    }
    return job.compose(new Composing(cellYear(services, cell, intent.year), intent, chatId, now));
  };
}
