import { atLocalHour, type LocalDay, shiftDay } from "../../domain/calendar.js";
import type { TextArgs } from "../../i18n.js";
import type { CalendarCell } from "../../store/cell-store.js";
import type { CellYear } from "../cell-year.js";
import { type Job, type JobSlot, sameForEveryCell } from "../job.js";

/**
 * A reminder `days` before a deadline, at the cell's posting hour. Made up late, it is still
 * worth sending until the next reminder of the same deadline is due, the last one until the
 * deadline's day is over: a bot down for a week sends one reminder, not two at once.
 */
export function slotsBefore(
  { services, schedule }: CellYear<CalendarCell>,
  name: string,
  deadline: LocalDay | undefined,
  leadDays: number[],
): JobSlot[] {
  if (!deadline) return [];
  const { postHour } = schedule;
  const key = `${name}|${deadline}|${leadDays.join(",")}|${postHour}|${services.timeZone}`;
  return sameForEveryCell(key, () => {
    const dues = [...leadDays]
      .sort((a, b) => b - a)
      .map((days) => ({
        period: `${deadline}/${name}-${days}`,
        dueAt: atLocalHour(shiftDay(deadline, -days), postHour, services.timeZone),
        deadline,
      }));
    const over = atLocalHour(shiftDay(deadline, 1), 0, services.timeZone);
    return dues.map((slot, index) => ({ ...slot, until: dues[index + 1]?.dueAt ?? over }));
  });
}

/**
 * A reminder posted to the cell's groups some days before a date of the plan, counting the
 * days left when it goes out.
 */
export function groupReminder(options: {
  name: string;
  /** The locale key of the message; it gets the deadline and the days left. */
  key: string;
  deadline: (calendar: CellYear<CalendarCell>) => LocalDay | undefined;
  leadDays: (calendar: CellYear<CalendarCell>) => number[];
  extraArgs?: (calendar: CellYear) => TextArgs;
}): Job {
  return {
    name: options.name,
    sends: true,
    fromCalendar: true,
    slots: (calendar) =>
      slotsBefore(calendar, options.name, options.deadline(calendar), options.leadDays(calendar)),
    run(run) {
      run.composeForGroups();
      return run.count;
    },
    compose(message) {
      const args = { ...message.deadlineArgs(), ...options.extraArgs?.(message.calendar) };
      return { parts: [{ key: options.key, args }] };
    },
  };
}
