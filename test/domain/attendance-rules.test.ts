import { describe, expect, it } from "vitest";
import { correctionWindowStart, mayCorrect } from "../../src/domain/attendance-rules.js";
import { DAY_MS, MINUTE_MS } from "../../src/domain/durations.js";

const startsAt = new Date("2024-05-20T12:30:00Z");
const endsAt = new Date("2024-05-20T14:30:00Z");
const closedAt = endsAt;

const meeting = (state: "scheduled" | "cancelled" | "closed", checkinOpenedAt?: Date) => ({
  id: 1,
  startsAt,
  endsAt,
  state,
  checkinOpenedAt: checkinOpenedAt ?? null,
  closedAt: state === "closed" ? closedAt : null,
});

const afterClose = (ms: number) => new Date(closedAt.getTime() + ms);

describe("mayCorrect: the secretary corrects attendance until a week after the meeting", () => {
  it("allows a correction up to 7 days after the meeting closed, that instant included", () => {
    expect(mayCorrect(meeting("closed"), afterClose(MINUTE_MS))).toBe("allowed");
    expect(mayCorrect(meeting("closed"), afterClose(6 * DAY_MS))).toBe("allowed");
    expect(mayCorrect(meeting("closed"), afterClose(7 * DAY_MS))).toBe("allowed");
  });

  it("refuses one a moment past 7 days, on the 8th day and long after", () => {
    expect(mayCorrect(meeting("closed"), afterClose(7 * DAY_MS + 1))).toBe("too-late");
    expect(mayCorrect(meeting("closed"), afterClose(8 * DAY_MS))).toBe("too-late");
    expect(mayCorrect(meeting("closed"), afterClose(70 * DAY_MS))).toBe("too-late");
  });

  it("allows marking during the meeting, from when check-in may open", () => {
    const halfHourBefore = new Date(startsAt.getTime() - 30 * MINUTE_MS);
    expect(mayCorrect(meeting("scheduled"), halfHourBefore)).toBe("allowed");
    expect(mayCorrect(meeting("scheduled"), startsAt)).toBe("allowed");
  });

  it("refuses before check-in may open", () => {
    const tooEarly = new Date(startsAt.getTime() - 31 * MINUTE_MS);
    expect(mayCorrect(meeting("scheduled"), tooEarly)).toBe("too-early");
  });

  it("refuses a cancelled meeting", () => {
    expect(mayCorrect(meeting("cancelled"), startsAt)).toBe("cancelled");
  });
});

describe("correctionWindowStart", () => {
  it("reaches back the same 7 days for the meetings /diemdanh offers", () => {
    const now = new Date("2024-05-27T12:30:00Z");
    expect(correctionWindowStart(now).toISOString()).toBe("2024-05-20T12:30:00.000Z");
  });
});
