import type { Job } from "../job.js";
import { deadlineArgs, slotsBefore } from "./deadline-reminder.js";

/** Before the mid-term review tied to 19/5: the cell prepares it and its nominations. */
export const reviewReminder: Job = {
  name: "review-reminder",
  sends: true,
  slots(calendar) {
    const { plan, cell } = calendar;
    return slotsBefore(calendar, "review", plan.deadlines.midtermReview, cell.reviewReminderDays);
  },
  run(run) {
    run.toGroups([{ key: "job-review-group", args: deadlineArgs(run) }]);
    return run.count;
  },
};
