/** When a cell's scheduled posts go out and how many days ahead it is reminded. */
export interface ScheduleSettings {
  /** Local hour of posts and reminders. */
  postHour: number;
  registrationReminderDays: number[];
  studyReminderDays: number[];
  reviewReminderDays: number[];
  /** ISO weekday of the secretary's weekly summary: 1 is Monday. */
  weeklySummaryWeekday: number;
  /** Hours before a meeting's start that its reminders go out. */
  meetingReminderHours: number[];
  /** A meeting's length in minutes: regular or thematic alone, and the two held together. */
  meetingMinutes: number;
  combinedMeetingMinutes: number;
  /** Days before a meeting of a recurring rule that its notice goes out. */
  meetingNoticeDays: number;
  /** Days before a meeting that the secretary hears if nothing is attached for it. */
  meetingMaterialsDays: number;
}

/** What a cell or a committee sets; null or missing inherits from the level above. */
export type ScheduleOverrides = { [K in keyof ScheduleSettings]?: ScheduleSettings[K] | null };

/**
 * The defaults: posts at 08:00; registration reminders 14, 7, 3 and 1 days before the
 * deadline (as the issue asks); study reminders a week and a day before 15/4; the mid-term
 * review a week ahead; the weekly summary on Mondays; meeting reminders the day before and an
 * hour before.
 */
export const DEFAULT_SCHEDULE: ScheduleSettings = {
  postHour: 8,
  registrationReminderDays: [14, 7, 3, 1],
  studyReminderDays: [7, 1],
  reviewReminderDays: [7],
  weeklySummaryWeekday: 1,
  meetingReminderHours: [24, 1],
  // HD 42-HD/BTCTW (2025): at least 90 minutes, 120 for a thematic and a regular meeting
  // together, the documents out at least a day before.
  meetingMinutes: 90,
  combinedMeetingMinutes: 120,
  meetingNoticeDays: 7,
  meetingMaterialsDays: 2,
};

const KEYS = Object.keys(DEFAULT_SCHEDULE) as (keyof ScheduleSettings)[];

/** The settings in force: the first level that sets each one (cell, then committee), else the default. */
export function effectiveSchedule(...levels: ScheduleOverrides[]): ScheduleSettings {
  const settings = { ...DEFAULT_SCHEDULE };
  for (const key of KEYS) {
    const set = levels
      .map((level) => level[key])
      .find((value) => value !== null && value !== undefined);
    if (set !== undefined && set !== null) Object.assign(settings, { [key]: set });
  }
  return settings;
}

/** Only the schedule fields of a cell or committee row. */
export function scheduleOverrides(row: ScheduleOverrides): ScheduleOverrides {
  return Object.fromEntries(KEYS.map((key) => [key, row[key] ?? null]));
}
