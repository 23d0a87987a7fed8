import { formatDay, localDay } from "../src/domain/calendar.js";
import { registrationOpen } from "../src/domain/commitment-rules.js";
import { atLocalHour } from "../src/domain/schedule-rules.js";
import type { Command } from "../src/engine/command.js";
import { sendableFrom } from "../src/outbox/sendable-from.js";
import { JobRun } from "../src/schedule/job.js";
import { deadlineArgs } from "../src/schedule/jobs/deadline-reminder.js";
import {
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
    const cell = turn.knownMember.cell;
    const deadline = turn.registrationDeadline();
    if (!registrationOpen(now, deadline, services.timeZone)) {
      return turn.fail("nhacnho-closed", { deadline: formatDay(deadline) });
    }
    const today = localDay(now, services.timeZone);
    // Once a day, counting the scheduled reminder: nobody is reminded twice in a day.
    const startOfToday = atLocalHour(today, 0, services.timeZone);
    const scheduledToday = services.jobRuns.ranSince(
      registrationReminder.name,
      cell.id,
      startOfToday,
    );
    if (
      scheduledToday ||
      !services.jobRuns.claim("registration-reminder-now", cell.id, today, "done", now)
    ) {
      return turn.fail("nhacnho-already-today");
    }
    const calendar = {
      services,
      cell,
      year: turn.year,
      plan: turn.plan(),
      registrationDeadline: deadline,
    };
    const run = new JobRun(calendar, { period: today, dueAt: now, deadline }, now);
    const reminded = remindUnregistered(run, deadlineArgs(run));
    // Nobody to remind: the refusal rolls the claim back, so a later /nhacnho still can.
    if (reminded === 0) return turn.fail("nhacnho-nobody-missing");
    const night = sendableFrom(services, now) > now;
    turn.reply(night ? "nhacnho-queued-night" : "nhacnho-sent", { count: reminded });
  },
};
