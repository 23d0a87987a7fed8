import { z } from "zod";
import {
  combinedShorter,
  MEETING_SETTING_BOUNDS,
  type MeetingSetting,
} from "../domain/meeting-settings.js";
import type { ScheduleOverrides, ScheduleSettings } from "../domain/schedule-settings.js";
import type { Text } from "../i18n.js";
import type { CliCall, CliOption } from "./cli-command.js";

const leadDays = z
  .string()
  .regex(/^\d{1,3}(,\d{1,3})*$/, "cli-error-days")
  .transform((value) => [...new Set(value.split(",").map(Number))].sort((a, b) => b - a))
  .pipe(z.array(z.number().int().min(0).max(180)).max(10));

/** A meeting setting: digits only (no "1e2", "0x5a" or " 90"), within its bounds. */
function meetingSetting(setting: MeetingSetting, message: string) {
  const { min, max } = MEETING_SETTING_BOUNDS[setting];
  return z
    .string()
    .regex(/^\d{1,3}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));
}

/** Posts go out between 07:00 and 20:00: the quiet hours are around them. */
const scheduleOptions = z.object({
  "post-hour": z.coerce.number().int().min(7).max(20).optional(),
  "registration-days": leadDays.optional(),
  "study-days": leadDays.optional(),
  "review-days": leadDays.optional(),
  "summary-weekday": z.coerce.number().int().min(1).max(7).optional(),
  "meeting-hours": z
    .string()
    .regex(/^\d{1,3}(,\d{1,3})*$/, "cli-error-hours")
    .transform((value) => [...new Set(value.split(",").map(Number))].sort((a, b) => b - a))
    .pipe(z.array(z.number().int().min(1).max(168)).max(5))
    .optional(),
  "meeting-minutes": meetingSetting("meetingMinutes", "cli-error-meeting-minutes").optional(),
  "combined-minutes": meetingSetting(
    "combinedMeetingMinutes",
    "cli-error-meeting-minutes",
  ).optional(),
  "notice-days": meetingSetting("meetingNoticeDays", "cli-error-notice-days").optional(),
  "materials-days": meetingSetting("meetingMaterialsDays", "cli-error-materials-days").optional(),
});

/** The options `cell schedule` and `committee schedule` take. */
export const SCHEDULE_OPTIONS = {
  "post-hour": { value: { example: "8" } },
  "registration-days": { value: { example: "14,7,3,1" } },
  "study-days": { value: { example: "7,1" } },
  "review-days": { value: { example: "7" } },
  "summary-weekday": { value: { example: "1" } },
  "meeting-hours": { value: { example: "24,1" } },
  "meeting-minutes": { value: { example: "90" } },
  "combined-minutes": { value: { example: "120" } },
  "notice-days": { value: { example: "7" } },
  "materials-days": { value: { example: "2" } },
} satisfies Record<string, CliOption>;

interface ScheduleProblem {
  path: string;
  message: string;
}

export type ScheduleParse =
  | { ok: true; overrides: ScheduleOverrides }
  | { ok: false; problems: ScheduleProblem[] };

/**
 * What is given changes; what is not keeps inheriting. `inForce`: the lengths as they stand,
 * against which one length given alone is checked (the combined meeting is never the shorter).
 */
export function parseScheduleOptions(
  values: Record<string, unknown>,
  inForce?: Pick<ScheduleSettings, "meetingMinutes" | "combinedMeetingMinutes">,
): ScheduleParse {
  const parsed = scheduleOptions.safeParse(values);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    };
  }
  const options = parsed.data;
  const overrides: ScheduleOverrides = {
    postHour: options["post-hour"],
    registrationReminderDays: options["registration-days"],
    studyReminderDays: options["study-days"],
    reviewReminderDays: options["review-days"],
    weeklySummaryWeekday: options["summary-weekday"],
    meetingReminderHours: options["meeting-hours"],
    meetingMinutes: options["meeting-minutes"],
    combinedMeetingMinutes: options["combined-minutes"],
    meetingNoticeDays: options["notice-days"],
    meetingMaterialsDays: options["materials-days"],
  };
  const meetingMinutes = overrides.meetingMinutes ?? inForce?.meetingMinutes;
  const combinedMeetingMinutes =
    overrides.combinedMeetingMinutes ?? inForce?.combinedMeetingMinutes;
  if (
    meetingMinutes !== undefined &&
    combinedMeetingMinutes !== undefined &&
    combinedShorter({ meetingMinutes, combinedMeetingMinutes })
  ) {
    return {
      ok: false,
      problems: [{ path: "combined-minutes", message: "cli-error-combined-shorter" }],
    };
  }
  return {
    ok: true,
    overrides: Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
  };
}

/** Says what is wrong with each option; the exit code of bad input. */
export function scheduleProblems(call: CliCall, problems: ScheduleProblem[]): number {
  for (const { path, message } of problems) call.io.err(`${path}: ${call.explain(message)}`);
  return 2;
}

/** The settings in force, as JSON and as sentences. */
export function describeSchedule(name: string, settings: ScheduleSettings) {
  const text: Text = {
    key: "cli-schedule",
    args: {
      name,
      postHour: settings.postHour,
      registrationReminderDays: settings.registrationReminderDays.join(", "),
      studyReminderDays: settings.studyReminderDays.join(", "),
      reviewReminderDays: settings.reviewReminderDays.join(", "),
      weeklySummaryWeekday: settings.weeklySummaryWeekday,
      meetingReminderHours: settings.meetingReminderHours.join(", "),
      meetingMinutes: settings.meetingMinutes,
      combinedMeetingMinutes: settings.combinedMeetingMinutes,
      meetingNoticeDays: settings.meetingNoticeDays,
      meetingMaterialsDays: settings.meetingMaterialsDays,
    },
  };
  return { json: { name, ...settings }, text };
}
