import type { Logger } from "pino";
import type { PollDetail } from "zca-js";
import { MINUTE_MS } from "../../domain/durations.js";
import { pollAnchor, recordPollEvent } from "../../meetings/polls.js";
import type { Poll } from "../../store/poll-store.js";
import type { PostedMessage } from "../../store/posted-message-store.js";
import type { Services } from "../../store/services.js";
import type { SendQueue } from "./send-queue.js";
import type { ZaloApi } from "./zalo-api.js";
import { zaloPerson } from "./zalo-api.js";
import { sessionWorks } from "./zalo-deliverer.js";

/** An open poll is read back this often: each read is a call Zalo counts against the account. */
const POLL_READ_EVERY_MS = 12 * MINUTE_MS;
/** ...and once more in the last minutes before chibo closes it, so that the result is complete. */
const READ_BEFORE_CLOSE_MS = 3 * MINUTE_MS;

/**
 * Zalo sends no vote events: open polls posted there are read back every few minutes and just
 * before they close, and at once before a secretary may close one by hand. chibo's polls there
 * are named, so that each vote can be checked against the roster: an anonymous Zalo poll gives
 * only counts, whoever cast them.
 */
export class ZaloPollReader {
  /** When each copy was last read, by the app's clock. */
  private readonly lastRead = new Map<string, number>();

  constructor(
    private readonly queue: SendQueue,
    private readonly services: Services,
    private readonly log: Logger,
  ) {}

  /** Reads the open polls that are due; with `only`, every open poll of that cell, now. */
  async sync(api: ZaloApi | undefined, only?: { cellId: number }): Promise<void> {
    const { services } = this;
    if (!api || !sessionWorks(services)) return;
    const now = services.clock.now().getTime();
    const cells = only ? [only.cellId] : services.cells.all().map((cell) => cell.id);
    for (const cellId of cells) {
      // A secret ballot is cast in private, never as Zalo's poll: only named ones are read.
      for (const poll of services.polls.open(cellId).filter((open) => !open.anonymous)) {
        for (const copy of services.posted.copies(pollAnchor(poll.id))) {
          if (!copy.platformPollId?.startsWith("zalo:")) continue;
          if (!only && !this.due(copy.platformPollId, poll, now)) continue;
          this.lastRead.set(copy.platformPollId, now);
          await this.read(api, poll, copy);
        }
      }
    }
  }

  private due(platformPollId: string, poll: Poll, now: number): boolean {
    const last = this.lastRead.get(platformPollId);
    if (last === undefined || now - last >= POLL_READ_EVERY_MS) return true;
    const closesAt = poll.closesAt.getTime();
    return closesAt - now <= READ_BEFORE_CLOSE_MS && closesAt - last > READ_BEFORE_CLOSE_MS;
  }

  private async read(api: ZaloApi, poll: Poll, copy: PostedMessage): Promise<void> {
    try {
      const detail = await this.queue.run(() => api.getPollDetail(Number(copy.messageId)), {
        retry: false,
      });
      this.services.transaction(() => record(this.services, poll, copy, detail));
    } catch (error) {
      this.log.warn({ poll: poll.id, err: error }, "zalo poll not read");
    }
  }
}

/**
 * Each voter's choice in a named poll, withdrawn ones included; recordPollEvent keeps only the
 * cell's members. Options are matched by the ids Zalo gave them when the poll was made, in
 * whatever order it lists them; voter ids are compared as the strings they are (they pass 2^53).
 */
function record(services: Services, poll: Poll, copy: PostedMessage, detail: PollDetail): void {
  const event = { updateKey: "", platformPollId: copy.platformPollId ?? "" };
  const ids = copy.pollOptionIds ?? poll.options.map((_, index) => index);
  const chosen = new Map<string, number[]>();
  for (const option of detail.options) {
    const index = ids.indexOf(Number(option.option_id));
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
    recordPollEvent(services, { ...event, personId, optionIds });
  }
}
