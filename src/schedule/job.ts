import type { LocalDay } from "../domain/calendar.js";
import { afterQuietHours } from "../domain/schedule-rules.js";
import type { Reply } from "../engine/reply.js";
import type { Services } from "../engine/services.js";
import type { Text } from "../i18n.js";
import type { Cell } from "../store/cell-store.js";

/** One occurrence of a job for a cell: its period key (what makes it run once) and when. */
export interface JobSlot {
  period: string;
  dueAt: Date;
  /** A reminder for something that has passed is pointless: after this local day, skip it. */
  until?: LocalDay;
}

/** What a scheduled job does, computed from the plan's calendar and the cell's settings. */
export interface Job {
  name: string;
  /** The job's occurrences for a cell in a year. */
  slots(services: Services, cell: Cell, year: number): JobSlot[];
  /** Does the work, inside the transaction that records the run; returns messages queued. */
  run(run: JobRun): number;
}

/** One run of a job: where its messages go, written to the outbox in the same transaction. */
export class JobRun {
  private queued = 0;

  constructor(
    readonly services: Services,
    readonly cell: Cell,
    readonly year: number,
    readonly slot: JobSlot,
    readonly now: Date,
  ) {}

  /** To every group of the cell the bot is still in. */
  toGroups(parts: Text[], extras: Omit<Reply, "chatId" | "parts"> = {}): void {
    for (const group of this.services.cells.activeGroups(this.cell.id)) {
      this.queue({ chatId: group.chatId, parts, ...extras });
    }
  }

  /** To a member in private, on every platform where they have opened a chat with the bot. */
  toMember(memberId: number, parts: Text[], extras: Omit<Reply, "chatId" | "parts"> = {}): void {
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
    const { timeZone, quietHours, clock } = this.services;
    // A run "as of" another time (job run --at) still sends from now on, never in quiet hours.
    const notBefore = afterQuietHours(clock.now(), timeZone, quietHours);
    this.services.outbox.add(reply, notBefore, this.now, memberId);
    this.queued += 1;
  }
}
