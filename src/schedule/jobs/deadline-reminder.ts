import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { parseISO } from "date-fns/parseISO";
import { formatDay, type LocalDay, localDay } from "../../domain/calendar.js";
import { atLocalHour, shiftDay } from "../../domain/schedule-rules.js";
import type { TextArgs } from "../../i18n.js";
import { type CellYear, type Job, type JobRun, type JobSlot, sameForEveryCell } from "../job.js";

/** A reminder `days` before a deadline, at the cell's posting hour. */
export function slotsBefore(
  { services, schedule }: CellYear,
  name: string,
  deadline: LocalDay | undefined,
  leadDays: number[],
): JobSlot[] {
  if (!deadline) return [];
  const { postHour } = schedule;
  const key = `${name}|${deadline}|${leadDays.join(",")}|${postHour}|${services.timeZone}`;
  return sameForEveryCell(key, () =>
    leadDays.map((days) => ({
      period: `${deadline}/${name}-${days}`,
      dueAt: atLocalHour(shiftDay(deadline, -days), postHour, services.timeZone),
      deadline,
    })),
  );
}

/**
 * The deadline and the days left as of the run, for the sentences of a reminder: one made up
 * late says how many days are really left.
 */
export function deadlineArgs(run: JobRun): { deadline: string; days: number } {
  const deadline = run.slot.deadline ?? "";
  const today = localDay(run.asOf, run.services.timeZone);
  return {
    deadline: formatDay(deadline),
    days: differenceInCalendarDays(parseISO(deadline), parseISO(today)),
  };
}

/** A reminder posted to the cell's groups some days before a date of the plan. */
export function groupReminder(options: {
  name: string;
  /** The locale key of the message; it gets the deadline and the days left. */
  key: string;
  deadline: (calendar: CellYear) => LocalDay | undefined;
  leadDays: (calendar: CellYear) => number[];
  extraArgs?: (run: JobRun) => TextArgs;
}): Job {
  return {
    name: options.name,
    sends: true,
    slots: (calendar) =>
      slotsBefore(calendar, options.name, options.deadline(calendar), options.leadDays(calendar)),
    run(run) {
      run.toGroups([
        { key: options.key, args: { ...deadlineArgs(run), ...options.extraArgs?.(run) } },
      ]);
      return run.count;
    },
  };
}
