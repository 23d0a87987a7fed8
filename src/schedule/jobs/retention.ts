import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { atLocalHour, type LocalDay, shiftDay } from "../../domain/calendar.js";
import { DAY_MS, HOUR_MS } from "../../domain/durations.js";
import type { RetentionSettings } from "../../domain/retention-settings.js";
import { UPDATE_MEMORY_MS } from "../../store/conversation-store.js";
import type { Services } from "../../store/services.js";
import { type Job, sameForEveryCell } from "../job.js";

/** What one run removed, by kind: counts, never which. */
export interface Removed {
  dialogs: number;
  /** Rows of numbered lists offered (a list and its labels are a row each). */
  offeredChoices: number;
  updates: number;
  codes: number;
  messages: number;
  /** Rows of the trail of who opened a member's data. */
  dataReads: number;
  exports: number;
  /** Exported files older than their window that could not be removed (read-only, in use). */
  exportsKept: number;
}

/** The hour the job runs, local time: the night, when hardly anyone writes. */
export const RETENTION_HOUR = 3;

/**
 * The lowest cell id of each database. Cells are never deleted, so the first one stays the
 * lowest: read once per database, not on each beat for each cell.
 */
const firstCells = new WeakMap<Services, number>();

function firstCellOf(services: Services): number | undefined {
  let first = firstCells.get(services);
  if (first === undefined) {
    const ids = services.cells.calendarCells().map((cell) => cell.id);
    if (ids.length === 0) return undefined;
    first = Math.min(...ids);
    firstCells.set(services, first);
  }
  return first;
}

/**
 * Once a day at RETENTION_HOUR, removes what is kept only for a while, for the whole database:
 * dialogs left open, numbered lists offered as long ago, the ids of updates past the window in which platforms send them again,
 * one-time codes past their expiry, messages long sent, the trail of who opened a member's data
 * (a year by default, RETENTION_AUDIT_DAYS), and files the console chat exported.
 * It sends nothing and logs only how many of each went.
 *
 * The scheduler asks every job for the slots of each cell and records a run per cell; this
 * one is about no cell, so it has slots only for the cell of the lowest id, and runs once.
 * A day missed (the bot was down) is not made up day by day: the run when it is back removes
 * all that is due, and is worth doing until the next day's.
 */
export const retention: Job = {
  name: "retention",
  sends: false,
  slots({ services, cell, year }) {
    if (cell.id !== firstCellOf(services)) return [];
    return sameForEveryCell(`retention|${year}|${services.timeZone}`, () =>
      daysOf(year).map((day) => ({
        period: day,
        dueAt: atLocalHour(day, RETENTION_HOUR, services.timeZone),
        until: atLocalHour(shiftDay(day, 1), RETENTION_HOUR, services.timeZone),
      })),
    );
  },
  run(run) {
    // From the clock, not the time `job run --at` names: a run "as of" next year must not
    // remove what is still inside its window today.
    const { services } = run;
    const removed = removeExpired(services, services.retention, services.clock.now());
    if (removed.exportsKept > 0) run.log?.warn(removed, "retention could not remove some exports");
    else run.log?.info(removed, "retention");
    return 0;
  },
};

/** Removes whatever is past its window as of `now`; what went, counted by kind. */
export function removeExpired(services: Services, settings: RetentionSettings, now: Date): Removed {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const { conversations, dataReads, linkCodes, outbox } = services;
  const files = removeOldFiles(
    join(services.dataDir, "exports"),
    before(settings.exportHours * HOUR_MS),
  );
  const dialogWindow = before(settings.dialogDays * DAY_MS);
  return {
    dialogs: conversations.forgetDialogsBefore(dialogWindow),
    // A list is answered within a dialog's life at most; its labels may name members.
    offeredChoices: conversations.forgetOfferedBefore(dialogWindow),
    updates: conversations.forgetUpdatesBefore(before(UPDATE_MEMORY_MS)),
    // Codes of every purpose (link, claim, officer, committee) expire alike.
    codes: linkCodes.forgetExpired(now),
    messages: outbox.forgetDoneBefore(before(settings.sentDays * DAY_MS)),
    dataReads: dataReads.removeBefore(before(settings.auditDays * DAY_MS)),
    exports: files.removed,
    exportsKept: files.kept,
  };
}

/**
 * Removes the files in `dir` last written before `cutoff`; a missing folder has none. A file
 * that cannot be removed is counted and left: it must not fail the run, nor the beat after it.
 */
function removeOldFiles(dir: string, cutoff: Date): { removed: number; kept: number } {
  const counts = { removed: 0, kept: 0 };
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return counts;
  }
  for (const name of names) {
    const path = join(dir, name);
    try {
      const stat = statSync(path);
      if (!stat.isFile() || stat.mtime >= cutoff) continue;
      rmSync(path);
      counts.removed++;
    } catch {
      counts.kept++;
    }
  }
  return counts;
}

/** Every local day of a year. */
function daysOf(year: number): LocalDay[] {
  const days: LocalDay[] = [];
  for (let day = `${year}-01-01`; day.startsWith(`${year}-`); day = shiftDay(day, 1)) {
    days.push(day);
  }
  return days;
}
