import type { LocalDay } from "../domain/calendar.js";
import type { Text } from "../i18n.js";
import type { OutboxIntent } from "../messages/intent.js";
import type { Reply, ReplyExtras } from "../messages/reply.js";
import type { Services } from "../store/services.js";
import { sendableFrom } from "./sendable-from.js";

/** What a job says of a message written when it goes out; the poster adds where it goes. */
export type IntentOf = Omit<OutboxIntent, "cellId" | "kind" | "memberId">;

/**
 * Messages that must arrive, written to the outbox in the transaction that causes them: a
 * job's reminders, a meeting's announcement. They wait out the quiet hours. What can change
 * before it goes out (who is missing, the days left) is queued as an intent and written then.
 */
export class Poster {
  private queued = 0;

  constructor(
    readonly services: Services,
    private readonly cellId: number,
    /** The last local day its messages are worth sending: after it they are not sent at all. */
    private readonly expiresAfter?: LocalDay,
  ) {}

  /** To every group of the cell the bot is still in. */
  toGroups(parts: Text[], extras: ReplyExtras = {}): void {
    for (const group of this.services.cells.activeGroups(this.cellId)) {
      this.queue({ chatId: group.chatId, parts, ...extras });
    }
  }

  /**
   * To a member in private, on every platform where they have opened a chat with the bot;
   * returns whether any chat was reached. None to a member who said no to what chibo keeps
   * (withdrew, or refused at /dongy): what reaches them is the answers to what they type.
   */
  toMember(memberId: number, parts: Text[], extras: ReplyExtras = {}): boolean {
    const { members, conversations, consents } = this.services;
    if (consents.hasSaidNo(memberId)) return false;
    const reached = members.personIds(memberId).filter((id) => conversations.hasPrivateChat(id));
    for (const personId of reached) this.queue({ chatId: personId, parts, ...extras }, memberId);
    return reached.length > 0;
  }

  /**
   * To the officers of a committee in private, where they have opened a chat with the bot:
   * what the committee above the cell is told (never a member's data).
   */
  toCommitteeOfficers(committeeId: number, parts: Text[], extras: ReplyExtras = {}): void {
    const { officers, conversations } = this.services;
    for (const personId of officers.officersOf(committeeId)) {
      if (conversations.hasPrivateChat(personId)) {
        this.queue({ chatId: personId, parts, ...extras });
      }
    }
  }

  /** A message written when it goes out, to every group of the cell the bot is still in. */
  intendToGroups(intent: IntentOf): void {
    for (const group of this.services.cells.activeGroups(this.cellId)) {
      this.queueIntent(group.chatId, { ...intent, cellId: this.cellId, kind: "group" });
    }
  }

  /** The same to a member in private, wherever they have opened a chat with the bot. */
  intendToMember(memberId: number, intent: IntentOf): void {
    const { members, conversations, consents } = this.services;
    // As toMember: nothing to a member who said no.
    if (consents.hasSaidNo(memberId)) return;
    for (const personId of members.personIds(memberId)) {
      if (conversations.hasPrivateChat(personId)) {
        const full: OutboxIntent = { ...intent, cellId: this.cellId, kind: "member", memberId };
        this.queueIntent(personId, full, memberId);
      }
    }
  }

  get count(): number {
    return this.queued;
  }

  private queue(reply: Reply, memberId?: number): void {
    this.services.outbox.add(reply, this.when(), memberId);
    this.queued += 1;
  }

  private queueIntent(chatId: string, intent: OutboxIntent, memberId?: number): void {
    this.services.outbox.addIntent(chatId, intent, this.when(), memberId);
    this.queued += 1;
  }

  private when(): { notBefore: Date; now: Date; expiresAfter?: LocalDay } {
    // A run as of another time (job run --at) still sends from now on.
    const now = this.services.clock.now();
    return { notBefore: sendableFrom(this.services, now), now, expiresAfter: this.expiresAfter };
  }
}
