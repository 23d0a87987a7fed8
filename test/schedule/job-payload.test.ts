import { afterEach, describe, expect, it } from "vitest";
import { endOf } from "../../src/domain/meeting-rules.js";
import type { OutboxIntent } from "../../src/messages/intent.js";
import { cellYear } from "../../src/schedule/cell-year.js";
import { jobComposer } from "../../src/schedule/compose-intent.js";
import { JobRun } from "../../src/schedule/job.js";
import { meetingClose, meetingReminder } from "../../src/schedule/jobs/meeting-jobs.js";
import type { Cell } from "../../src/store/cell-store.js";
import type { Meeting } from "../../src/store/meeting-store.js";
import { Harness } from "../support/harness.js";

// The harness starts on Sunday 10/3/2024, 09:00 in Vietnam (UTC+7).
const GROUP = "console:group:1";
const vn = (local: string) => new Date(`${local}:00+07:00`);

let h: Harness;
afterEach(() => h?.close());

async function cellWithMeeting(): Promise<{ cell: Cell; meeting: Meeting }> {
  h = new Harness({ now: "2024-03-10T02:00:00Z" });
  await h.cellWith(["Hùng"]);
  const [cell] = h.app.services.cells.all();
  const secretary = h.app.services.members.byPerson("console:Lan");
  if (!cell || !secretary) throw new Error("no cell");
  const startsAt = vn("2024-03-15T19:30");
  const meeting = h.app.services.meetings.create(
    {
      cellId: cell.id,
      kind: "regular",
      startsAt,
      endsAt: endOf(startsAt, 120),
      place: "Hội trường",
      topic: "",
      createdBy: secretary.id,
    },
    h.clock.now(),
  );
  return { cell, meeting };
}

describe("a meeting job's slot", () => {
  it("is run from its payload: the period is only the key it runs once under", async () => {
    const { cell, meeting } = await cellWithMeeting();
    const calendar = cellYear(h.app.services, cell, 2024);
    h.clock.set(vn("2024-03-15T21:30").toISOString());
    const slot = { period: "any key", payload: { meetingId: meeting.id }, dueAt: meeting.endsAt };
    const run = new JobRun(meetingClose.name, calendar, slot, h.clock.now());
    expect(meetingClose.run(run)).toBeGreaterThan(0);
    expect(h.app.services.meetings.byId(meeting.id)?.state).toBe("closed");
  });
});

describe("a meeting reminder waiting in the outbox", () => {
  /** What the reminder queued under `period` says to the group now, if anything. */
  function composed(cell: Cell, period: string, payload?: unknown) {
    const intent: OutboxIntent = {
      job: meetingReminder.name,
      cellId: cell.id,
      year: 2024,
      period,
      ...(payload === undefined ? {} : { payload }),
      kind: "group",
    };
    return jobComposer(h.app.services)(intent, GROUP, h.clock.now());
  }

  it("is written for the meeting its slot is about, while the slot is still the same", async () => {
    const { cell, meeting } = await cellWithMeeting();
    const start = meeting.startsAt.getTime();
    h.clock.set(vn("2024-03-14T19:30").toISOString());
    expect(composed(cell, `m${meeting.id}/${start}/24h`)?.parts[0]).toEqual({
      key: "meeting-reminder-soon",
      args: { hours: 24 },
    });
    // A key no slot has (another meeting, hours the cell did not set): nothing to say.
    expect(composed(cell, `m${meeting.id + 1}/${start}/24h`)).toBeUndefined();
    expect(composed(cell, `m${meeting.id}/${start}/5h`)).toBeUndefined();
    expect(composed(cell, "m?/x")).toBeUndefined();
  });

  it("says nothing once the meeting moved, was cancelled or started", async () => {
    const { cell, meeting } = await cellWithMeeting();
    const period = `m${meeting.id}/${meeting.startsAt.getTime()}/24h`;
    const { meetings } = h.app.services;
    h.clock.set(vn("2024-03-14T19:30").toISOString());
    const moved = vn("2024-03-16T08:00");
    meetings.update(meeting.id, { startsAt: moved, endsAt: endOf(moved, 120) }, h.clock.now());
    expect(composed(cell, period)).toBeUndefined();
    meetings.update(meeting.id, meeting, h.clock.now());
    expect(composed(cell, period)).toBeDefined();
    h.clock.set(vn("2024-03-15T19:30").toISOString());
    expect(composed(cell, period)).toBeUndefined();
    h.clock.set(vn("2024-03-14T19:30").toISOString());
    meetings.update(meeting.id, { state: "cancelled" }, h.clock.now());
    expect(composed(cell, period)).toBeUndefined();
  });

  it("still goes out when the cell's reminder hours change while it waits", async () => {
    const { cell, meeting } = await cellWithMeeting();
    const start = meeting.startsAt.getTime();
    const payload = { meetingId: meeting.id, startsAt: start, hours: 24 };
    h.app.services.cells.setSchedule(cell.id, { meetingReminderHours: [2] });
    h.clock.set(vn("2024-03-14T19:30").toISOString());
    expect(composed(cell, `m${meeting.id}/${start}/24h`, payload)?.parts[0]).toEqual({
      key: "meeting-reminder-soon",
      args: { hours: 24 },
    });
  });
});
