import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULE, effectiveSchedule } from "../../src/domain/schedule-settings.js";

describe("effectiveSchedule", () => {
  it("takes each setting from the first level that sets it: cell, committee, default", () => {
    const cell = {
      postHour: 7,
      registrationReminderDays: null,
      meetingReminderHours: [2],
      meetingMinutes: 100,
    };
    const committee = {
      postHour: 9,
      registrationReminderDays: [10, 2],
      weeklySummaryWeekday: 5,
      meetingMinutes: 120,
      meetingNoticeDays: 5,
    };
    expect(effectiveSchedule(cell, committee)).toEqual({
      ...DEFAULT_SCHEDULE,
      meetingMinutes: 100,
      meetingNoticeDays: 5,
      postHour: 7,
      registrationReminderDays: [10, 2],
      studyReminderDays: DEFAULT_SCHEDULE.studyReminderDays,
      reviewReminderDays: DEFAULT_SCHEDULE.reviewReminderDays,
      weeklySummaryWeekday: 5,
      meetingReminderHours: [2],
    });
  });

  it("is the default when nothing is set", () => {
    expect(effectiveSchedule({}, {})).toEqual(DEFAULT_SCHEDULE);
  });
});
