import {
  atLocalHour,
  formatDay,
  formatInstant,
  localDay,
  shiftDay,
} from "../src/domain/calendar.js";
import { registrationOpen } from "../src/domain/commitment-rules.js";
import { mayRemindToday } from "../src/domain/reminder-rules.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import { sendableFrom } from "../src/outbox/sendable-from.js";
import { loadCellReport } from "../src/reports/load-cell-report.js";
import { cellYear } from "../src/schedule/cell-year.js";
import { JobRun } from "../src/schedule/job.js";
import {
  MANUAL_REMINDER,
  registrationReminder,
  remindUnregistered,
} from "../src/schedule/jobs/registration-reminder.js";
import type { Cell } from "../src/store/cell-store.js";

/**
 * /nhacnho: the secretary reminds those who have not registered, now; once a day at most.
 * Typed at night, the reminder is written when it goes out in the morning: it names whoever
 * is still missing then and counts the days left then.
 */
export const nhacnho: Command = {
  name: "nhacnho",
  where: "anywhere",
  who: "manager",
  run(turn) {
    const { services, now } = turn;
    const { timeZone } = services;
    const calendar = cellYear(services, turn.knownMember.cell, turn.year);
    const { cell, registrationDeadline: deadline } = calendar;
    if (!registrationOpen(now, deadline, timeZone)) {
      return turn.fail("nhacnho-closed", { deadline: formatDay(deadline) });
    }
    const sendsAt = sendableFrom(services, now);
    // The day it goes out: typed at night, the reminder is the next morning's.
    const day = localDay(sendsAt, timeZone);
    if (day > deadline) return turn.fail("nhacnho-too-late-tonight");
    // The claim records the day's /nhacnho, and fails if another already did.
    const scheduledAt = services.jobRuns.lastRanAt(registrationReminder.name, cell.id);
    if (
      !mayRemindToday(day, { scheduledAt }, timeZone) ||
      !services.jobRuns.claim(MANUAL_REMINDER, cell.id, day, "done", now)
    ) {
      return turn.fail("nhacnho-already-today");
    }
    const slot = {
      period: `${day}/now`,
      dueAt: now,
      deadline,
      until: atLocalHour(shiftDay(deadline, 1), 0, timeZone),
    };
    const run = turn.adopt(new JobRun(registrationReminder.name, calendar, slot, now));
    const reminded = remindUnregistered(run);
    // Nobody to remind: the refusal rolls the claim back, so a later /nhacnho still can.
    if (reminded === 0) return turn.fail("nhacnho-nobody-missing");
    if (sendsAt > now) {
      const at = formatInstant(sendsAt, timeZone);
      turn.reply("nhacnho-queued-night", { count: reminded, at });
    } else turn.reply("nhacnho-sent", { count: reminded });
    // The count includes those chibo cannot write to: the secretary reminds them in person.
    if (turn.chat.kind === "private") remindInPerson(turn, cell);
  },
};

function remindInPerson(turn: Turn, cell: Cell): void {
  const report = loadCellReport(turn.services, cell, turn.year);
  const unreachable = report.missing.filter((m) => report.withoutAccount.has(m.id));
  if (unreachable.length === 0) return;
  turn.reply("baocao-no-account", { names: unreachable.map((m) => m.fullName).join(", ") });
}
