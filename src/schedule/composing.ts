import { daysBetween, formatDay, localDay } from "../domain/calendar.js";
import type { OutboxIntent } from "../messages/intent.js";
import type { Cell } from "../store/cell-store.js";
import type { Services } from "../store/services.js";
import type { CellYear } from "./cell-year.js";

/** One message of a job being written as it goes out, from what is true now. */
export class Composing {
  constructor(
    readonly calendar: CellYear,
    readonly intent: OutboxIntent,
    /** The chat it goes to: a group, or a member's private chat. */
    readonly chatId: string,
    readonly now: Date,
  ) {}

  get services(): Services {
    return this.calendar.services;
  }

  get cell(): Cell {
    return this.calendar.cell;
  }

  /** The deadline as shown and the days really left as the message goes out. */
  deadlineArgs(): { deadline: string; days: number } {
    const deadline = this.intent.deadline ?? "";
    const today = localDay(this.now, this.services.timeZone);
    return {
      deadline: formatDay(deadline),
      days: daysBetween(today, deadline),
    };
  }
}
