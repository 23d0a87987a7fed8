import { describe, expect, it } from "vitest";
import { mayRemindToday } from "../../src/domain/reminder-rules.js";

const VN = "Asia/Ho_Chi_Minh"; // UTC+7
const day = "2024-04-25";

describe("mayRemindToday: registration reminders once a day at most", () => {
  it("reminds when no reminder went that day", () => {
    expect(mayRemindToday(day, {}, VN)).toBe(true);
    expect(mayRemindToday(day, { byHand: false }, VN)).toBe(true);
  });

  it("does not remind on a day /nhacnho already reminded", () => {
    expect(mayRemindToday(day, { byHand: true }, VN)).toBe(false);
  });

  it("does not remind by hand on a day the scheduled reminder went, from local midnight", () => {
    // 00:00 on 25/04 in Vietnam is 17:00 UTC the day before.
    expect(mayRemindToday(day, { scheduledAt: new Date("2024-04-24T17:00:00Z") }, VN)).toBe(false);
    expect(mayRemindToday(day, { scheduledAt: new Date("2024-04-25T01:00:00Z") }, VN)).toBe(false);
  });

  it("reminds by hand when the scheduled reminder went the day before, local time", () => {
    // 23:59:59 on 24/04 in Vietnam.
    const lateEve = new Date("2024-04-24T16:59:59Z");
    expect(mayRemindToday(day, { scheduledAt: lateEve }, VN)).toBe(true);
  });

  it("lets /nhacnho typed at night remind the next morning, after today's scheduled one", () => {
    const thisMorning = new Date("2024-04-25T01:00:00Z");
    expect(mayRemindToday("2024-04-26", { scheduledAt: thisMorning }, VN)).toBe(true);
  });
});
