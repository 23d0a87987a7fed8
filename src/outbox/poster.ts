import type { LocalDay } from "../domain/calendar.js";
import type { Reply, ReplyExtras } from "../engine/reply.js";
import type { Services } from "../engine/services.js";
import type { Text } from "../i18n.js";
import { sendableFrom } from "./sendable-from.js";

/**
 * Messages that must arrive, written to the outbox in the transaction that causes them: a
 * job's reminders, a meeting's announcement. They wait out the quiet hours.
 */
export class Poster {
  private queued = 0;

  constructor(
    readonly services: Services,
    private readonly cellId: number,
    /** A reminder's deadline: once this local day is over it is not sent at all. */
    private readonly expiresAfter?: LocalDay,
  ) {}

  /** To every group of the cell the bot is still in. */
  toGroups(parts: Text[], extras: ReplyExtras = {}): void {
    for (const group of this.services.cells.activeGroups(this.cellId)) {
      this.queue({ chatId: group.chatId, parts, ...extras });
    }
  }

  /** To a member in private, on every platform where they have opened a chat with the bot. */
  toMember(memberId: number, parts: Text[], extras: ReplyExtras = {}): void {
    const { members, conversations } = this.services;
    for (const personId of members.personIds(memberId)) {
      if (conversations.hasPrivateChat(personId)) {
        this.queue({ chatId: personId, parts, ...extras }, memberId);
      }
    }
  }

  get count(): number {
    return this.queued;
  }

  private queue(reply: Reply, memberId?: number): void {
    // A run as of another time (job run --at) still sends from now on.
    const now = this.services.clock.now();
    const when = {
      notBefore: sendableFrom(this.services, now),
      now,
      expiresAfter: this.expiresAfter,
    };
    this.services.outbox.add(reply, when, memberId);
    this.queued += 1;
  }
}
