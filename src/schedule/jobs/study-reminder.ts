import type { Job } from "../job.js";
import { deadlineArgs, slotsBefore } from "./deadline-reminder.js";

/** Before the study deadline: the cell studies the annual topic (a half-day session). */
export const studyReminder: Job = {
  name: "study-reminder",
  sends: true,
  slots(calendar) {
    const { plan, cell } = calendar;
    return slotsBefore(calendar, "study", plan.deadlines.study, cell.studyReminderDays);
  },
  run(run) {
    const args = { ...deadlineArgs(run), title: run.calendar.plan.annualTopic.title };
    run.toGroups([{ key: "job-study-group", args }]);
    return run.count;
  },
};
