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
import { sendableFrom } from "../src/outbox/sendable-from.js";
import { cellYear } from "../src/schedule/cell-year.js";
import { JobRun } from "../src/schedule/job.js";
import {
  MANUAL_REMINDER,
  registrationReminder,
  remindUnregistered,
} from "../src/schedule/jobs/registration-reminder.js";

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
      return turn.reply("nhacnho-queued-night", { count: reminded, at });
    }
    turn.reply("nhacnho-sent", { count: reminded });
  },
};
