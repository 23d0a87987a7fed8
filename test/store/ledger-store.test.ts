import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { localYearBounds } from "../../src/domain/calendar.js";
import type { Meeting } from "../../src/store/meeting-store.js";
import { Harness } from "../support/harness.js";

describe("the ledger's store", () => {
  let h: Harness;
  let cellId: number;
  let lan: number;
  let hung: number;

  /** A meeting on a local day, left in `state`. */
  function meeting(day: string, state: Meeting["state"]): Meeting {
    const { meetings } = h.app.services;
    const created = meetings.create(
      {
        cellId,
        kind: "regular",
        startsAt: new Date(`${day}T08:00:00+07:00`),
        endsAt: new Date(`${day}T10:00:00+07:00`),
        place: "Hội trường",
        topic: "",
        createdBy: lan,
      },
      h.clock.now(),
    );
    meetings.mark(
      created.id,
      hung,
      { present: true, reason: null, markedBy: "self" },
      h.clock.now(),
    );
    return state === "scheduled" ? created : meetings.update(created.id, { state }, h.clock.now());
  }

  beforeEach(async () => {
    h = new Harness({ now: "2024-03-01T02:00:00Z" });
    await h.cellWith(["Hùng"]);
    const { members } = h.app.services;
    const [lanRow, hungRow] = [members.byPerson("console:Lan"), members.byPerson("console:Hùng")];
    if (!lanRow || !hungRow) throw new Error("no members");
    [cellId, lan, hung] = [lanRow.cellId, lanRow.id, hungRow.id];
  });
  afterEach(() => h.close());

  it("reads a cell's closed meetings of the year with their marks, and its members", () => {
    const held = meeting("2024-03-05", "closed");
    meeting("2024-04-05", "cancelled");
    meeting("2024-05-05", "scheduled");
    meeting("2023-12-05", "closed");
    const { from, to } = localYearBounds(2024, "Asia/Ho_Chi_Minh");
    const rows = h.app.services.ledger.yearOf(cellId, from, to);
    expect(rows.meetings.map((m) => m.id)).toEqual([held.id]);
    expect(rows.marks).toEqual([
      { meetingId: held.id, memberId: hung, present: true, reason: null },
    ]);
    expect(rows.members.map((m) => m.fullName).sort()).toEqual(["Hùng", "Lan"]);
    expect(h.app.services.ledger.yearOf(cellId + 1, from, to).members).toEqual([]);
  });

  it("records each threshold once a member and a year", () => {
    const { ledger } = h.app.services;
    ledger.recordWarnings(hung, 2024, [2], h.clock.now());
    ledger.recordWarnings(hung, 2024, [2, 3], h.clock.now());
    ledger.recordWarnings(hung, 2023, [2], h.clock.now());
    expect(ledger.warnedOf(cellId, 2024)).toEqual(new Map([[hung, new Set([2, 3])]]));
    expect(ledger.warnedOf(cellId, 2025)).toEqual(new Map());
  });
});
