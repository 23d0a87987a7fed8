import { formatDay, formatInstant, localDay } from "../src/domain/calendar.js";
import { registrationOpen } from "../src/domain/commitment-rules.js";
import { atLocalHour } from "../src/domain/schedule-rules.js";
import type { Command } from "../src/engine/command.js";
import { sendableFrom } from "../src/outbox/sendable-from.js";
import { cellYear, JobRun } from "../src/schedule/job.js";
import { deadlineArgs } from "../src/schedule/jobs/deadline-reminder.js";
import {
  MANUAL_REMINDER,
  registrationReminder,
  remindUnregistered,
} from "../src/schedule/jobs/registration-reminder.js";

/** /nhacnho: the secretary reminds those who have not registered, now; once a day at most. */
export const nhacnho: Command = {
  name: "nhacnho",
  where: "anywhere",
  who: "manager",
  run(turn) {
    const { services, now } = turn;
    const calendar = cellYear(services, turn.knownMember.cell, turn.year);
    const { cell, registrationDeadline: deadline } = calendar;
    if (!registrationOpen(now, deadline, services.timeZone)) {
      return turn.fail("nhacnho-closed", { deadline: formatDay(deadline) });
    }
    // Once a day, counting the scheduled reminder: nobody is reminded twice in a day.
    const today = localDay(now, services.timeZone);
    const startOfToday = atLocalHour(today, 0, services.timeZone);
    const scheduled = services.jobRuns.ranSince(registrationReminder.name, cell.id, startOfToday);
    if (scheduled || !services.jobRuns.claim(MANUAL_REMINDER, cell.id, today, "done", now)) {
      return turn.fail("nhacnho-already-today");
    }
    const run = turn.adopt(new JobRun(calendar, { period: today, dueAt: now, deadline }, now));
    const reminded = remindUnregistered(run, deadlineArgs(run));
    // Nobody to remind: the refusal rolls the claim back, so a later /nhacnho still can.
    if (reminded === 0) return turn.fail("nhacnho-nobody-missing");
    const sendsAt = sendableFrom(services, now);
    if (sendsAt > now) {
      const at = formatInstant(sendsAt, services.timeZone);
      return turn.reply("nhacnho-queued-night", { count: reminded, at });
    }
    turn.reply("nhacnho-sent", { count: reminded });
  },
};
