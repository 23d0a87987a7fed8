import { groupReminder } from "./deadline-reminder.js";

/** Before the mid-term review tied to 19/5: the cell prepares it and its nominations. */
export const reviewReminder = groupReminder({
  name: "review-reminder",
  key: "job-review-group",
  deadline: ({ plan }) => plan.deadlines.midtermReview,
  leadDays: ({ schedule }) => schedule.reviewReminderDays,
});
