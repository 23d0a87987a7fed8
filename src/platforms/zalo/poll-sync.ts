import type { Logger } from "pino";
import type { PollDetail } from "zca-js";
import type { Services } from "../../engine/services.js";
import { pollAnchor, recordPollEvent } from "../../meetings/polls.js";
import type { Poll } from "../../store/poll-store.js";
import type { SendQueue } from "./send-queue.js";
import type { ZaloApi } from "./zalo-api.js";
import { describe } from "./zalo-bot.js";
import { sessionWorks } from "./zalo-deliverer.js";

/**
 * Zalo sends no vote events: before each beat the open polls posted there are read back,
 * so that closing one counts what was voted up to the last minute.
 */
export async function syncZaloPolls(
  api: ZaloApi,
  queue: SendQueue,
  services: Services,
  log: Logger,
): Promise<void> {
  if (!sessionWorks(services)) return;
  for (const cell of services.cells.all()) {
    for (const poll of services.polls.open(cell.id)) {
      for (const copy of services.posted.copies(pollAnchor(poll.id))) {
        const platformPollId = copy.platformPollId;
        if (!platformPollId?.startsWith("zalo:")) continue;
        try {
          const detail = await queue.run(() => api.getPollDetail(Number(copy.messageId)), {
            retry: false,
          });
          services.transaction(() => record(services, poll, platformPollId, detail));
        } catch (error) {
          log.warn({ poll: poll.id, err: describe(error) }, "zalo poll not read");
        }
      }
    }
  }
}

/** Counts of an anonymous poll; each voter's choice of a named one, withdrawn ones included. */
function record(services: Services, poll: Poll, platformPollId: string, detail: PollDetail): void {
  const event = { updateKey: "", platformPollId };
  const counts = detail.options.map((option) => option.votes);
  recordPollEvent(services, { ...event, kind: "counts", counts });
  if (poll.anonymous) return;
  const chosen = new Map<string, number[]>();
  detail.options.forEach((option, index) => {
    for (const uid of option.voters)
      chosen.set(`zalo:${uid}`, [...(chosen.get(`zalo:${uid}`) ?? []), index]);
  });
  for (const vote of services.polls.votes([poll.id])) {
    if (vote.personId.startsWith("zalo:") && !chosen.has(vote.personId))
      chosen.set(vote.personId, []);
  }
  for (const [personId, optionIds] of chosen) {
    recordPollEvent(services, { ...event, kind: "vote", personId, optionIds });
  }
}
