import type { Job } from "../job.js";
import { quarterSummary, weekSummary } from "./cell-summary.js";
import { consentAsk } from "./consent-ask.js";
import { materialsReminder } from "./materials-reminder.js";
import { meetingClose, meetingReminder, pollClose } from "./meeting-jobs.js";
import { meetingNotice, meetingSeries } from "./meeting-series-jobs.js";
import { modelProgress } from "./model-progress.js";
import { nominationRound } from "./nomination-jobs.js";
import { progressAsk } from "./progress-ask.js";
import { quarterTopic } from "./quarter-topic.js";
import { registrationReminder } from "./registration-reminder.js";
import { resultsReminder } from "./results-reminder.js";
import { retention } from "./retention.js";
import { reviewReminder } from "./review-reminder.js";
import { studyReminder } from "./study-reminder.js";
import { weeklySummary } from "./weekly-summary.js";

/** Every scheduled job, by the name `job run NAME` takes. */
export const jobs: readonly Job[] = [
  quarterTopic,
  studyReminder,
  registrationReminder,
  reviewReminder,
  weeklySummary,
  weekSummary,
  quarterSummary,
  meetingSeries,
  meetingNotice,
  materialsReminder,
  meetingReminder,
  meetingClose,
  pollClose,
  progressAsk,
  resultsReminder,
  modelProgress,
  nominationRound,
  retention,
  consentAsk,
];
