import { groupReminder } from "./deadline-reminder.js";

/** Before the study deadline: the cell studies the annual topic (a half-day session). */
export const studyReminder = groupReminder({
  name: "study-reminder",
  key: "job-study-group",
  deadline: ({ plan }) => plan.deadlines.study,
  leadDays: ({ schedule }) => schedule.studyReminderDays,
  extraArgs: ({ plan }) => ({ title: plan.annualTopic.title }),
});
