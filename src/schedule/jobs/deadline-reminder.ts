import { formatDay, type LocalDay } from "../../domain/calendar.js";
import { atLocalHour, shiftDay } from "../../domain/schedule-rules.js";
import type { Services } from "../../engine/services.js";
import type { Cell } from "../../store/cell-store.js";
import type { JobSlot } from "../job.js";

/** A reminder `days` before a deadline, at the cell's posting hour; pointless once it passed. */
export function slotsBefore(
  services: Services,
  cell: Cell,
  name: string,
  deadline: LocalDay | undefined,
  leadDays: number[],
): JobSlot[] {
  if (!deadline) return [];
  return leadDays.map((days) => ({
    period: `${deadline}/${name}-${days}`,
    dueAt: atLocalHour(shiftDay(deadline, -days), cell.postHour, services.timeZone),
    until: deadline,
  }));
}

/** The deadline and the days left, for the sentences of a reminder. */
export function deadlineArgs(slot: JobSlot): { deadline: string; days: number } {
  const deadline = slot.period.slice(0, 10);
  return { deadline: formatDay(deadline), days: Number(slot.period.split("-").at(-1)) };
}
