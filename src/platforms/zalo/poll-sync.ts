import type { Logger } from "pino";
import type { PollDetail } from "zca-js";
import type { Services } from "../../engine/services.js";
import { pollAnchor, recordPollEvent } from "../../meetings/polls.js";
import type { Poll } from "../../store/poll-store.js";
import type { PostedMessage } from "../../store/posted-message-store.js";
import type { SendQueue } from "./send-queue.js";
import type { ZaloApi } from "./zalo-api.js";
import { zaloPerson } from "./zalo-api.js";
import { sessionWorks } from "./zalo-deliverer.js";
import { describe } from "./zalo-errors.js";

/** An open poll is read back this often: each read is a call Zalo counts against the account. */
export const POLL_READ_EVERY_MS = 12 * 60 * 1000;
/** ...and once more in the last minutes before chibo closes it, so that the result is complete. */
const READ_BEFORE_CLOSE_MS = 3 * 60 * 1000;

/**
 * Zalo sends no vote events: open polls posted there are read back every few minutes and just
 * before they close. `lastRead` is the reader's memory of when each copy was read.
 */
export async function syncZaloPolls(
  api: ZaloApi | undefined,
  queue: SendQueue,
  services: Services,
  log: Logger,
  lastRead: Map<string, number>,
): Promise<void> {
  if (!api || !sessionWorks(services)) return;
  const now = services.clock.now().getTime();
  for (const cell of services.cells.all()) {
    for (const poll of services.polls.open(cell.id)) {
      const closing = poll.closesAt.getTime() - now <= READ_BEFORE_CLOSE_MS;
      for (const copy of services.posted.copies(pollAnchor(poll.id))) {
        const platformPollId = copy.platformPollId;
        if (!platformPollId?.startsWith("zalo:")) continue;
        const last = lastRead.get(platformPollId);
        const due = last === undefined || now - last >= POLL_READ_EVERY_MS;
        const finalRead =
          closing && (last === undefined || poll.closesAt.getTime() - last > READ_BEFORE_CLOSE_MS);
        if (!due && !finalRead) continue;
        lastRead.set(platformPollId, now);
        try {
          const detail = await queue.run(() => api.getPollDetail(Number(copy.messageId)), {
            retry: false,
          });
          services.transaction(() => record(services, poll, copy, platformPollId, detail));
        } catch (error) {
          log.warn({ poll: poll.id, err: describe(error) }, "zalo poll not read");
        }
      }
    }
  }
}

/**
 * Counts of an anonymous poll; each voter's choice of a named one, withdrawn ones included.
 * Options are matched by the ids Zalo gave them when the poll was made, in whatever order it
 * lists them; voter ids are compared as the strings they are (they pass 2^53).
 */
function record(
  services: Services,
  poll: Poll,
  copy: PostedMessage,
  platformPollId: string,
  detail: PollDetail,
): void {
  const event = { updateKey: "", platformPollId };
  const ids = copy.pollOptionIds ?? poll.options.map((_, index) => index);
  const indexOf = (optionId: number) => ids.indexOf(Number(optionId));
  const counts = poll.options.map(() => 0);
  for (const option of detail.options) {
    const index = indexOf(option.option_id);
    if (index >= 0) counts[index] = option.votes;
  }
  recordPollEvent(services, { ...event, kind: "counts", counts });
  if (poll.anonymous) return;
  const chosen = new Map<string, number[]>();
  for (const option of detail.options) {
    const index = indexOf(option.option_id);
    if (index < 0) continue;
    for (const uid of option.voters) {
      const personId = zaloPerson(String(uid));
      chosen.set(personId, [...(chosen.get(personId) ?? []), index]);
    }
  }
  for (const vote of services.polls.votes([poll.id])) {
    if (vote.personId.startsWith("zalo:") && !chosen.has(vote.personId))
      chosen.set(vote.personId, []);
  }
  for (const [personId, optionIds] of chosen) {
    recordPollEvent(services, { ...event, kind: "vote", personId, optionIds });
  }
}
