import { describe, expect, it } from "vitest";
import {
  atThresholds,
  dueWarnings,
  type LedgerMeeting,
  memberLedgers,
} from "../../src/domain/attendance-ledger.js";
import type { AttendanceSheet } from "../../src/domain/meeting-rules.js";

const TZ = "Asia/Ho_Chi_Minh";
const HUNG = 1;
const MAI = 2;
const BA = 3;

/** A local time in Vietnam: "2024-03-05T19:30". */
const vn = (local: string) => new Date(`${local}:00+07:00`);

type Sheet = AttendanceSheet<{ id: number }>;
const sheet = (of: Partial<Record<keyof Sheet, number[]>>): Sheet => ({
  present: (of.present ?? []).map((id) => ({ id })),
  absentWithReason: (of.absentWithReason ?? []).map((id) => ({
    member: { id },
    reason: "ốm",
  })),
  absentWithoutReason: (of.absentWithoutReason ?? []).map((id) => ({ id })),
  exempt: (of.exempt ?? []).map((id) => ({ id })),
  remote: (of.remote ?? []).map((id) => ({ id })),
});

function meeting(
  local: string,
  of: Partial<Record<keyof Sheet, number[]>>,
  state: LedgerMeeting["state"] = "closed",
): LedgerMeeting {
  const startsAt = vn(local);
  return {
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
    state,
    sheet: sheet(of),
  };
}

const members = [
  { id: HUNG, createdAt: vn("2023-01-01T08:00") },
  { id: MAI, createdAt: vn("2023-01-01T08:00") },
  // Joined the cell in May.
  { id: BA, createdAt: vn("2024-05-10T08:00") },
];

describe("a member's year of meetings", () => {
  it("counts present, absent with and without reason, exempt and not yet a member", () => {
    const year = [
      meeting("2024-03-05T19:30", { present: [HUNG], absentWithoutReason: [MAI] }),
      meeting("2024-04-05T19:30", { absentWithReason: [HUNG], exempt: [MAI] }),
      meeting("2024-06-05T19:30", {
        absentWithoutReason: [HUNG],
        present: [MAI],
        absentWithReason: [BA],
      }),
    ];
    expect(memberLedgers(members, year, 2024, TZ)).toEqual([
      {
        memberId: HUNG,
        present: 1,
        absentWithReason: 1,
        absentWithoutReason: 1,
        exempt: 0,
        notYetMember: 0,
        unexcusedMonths: [6],
        marks: [
          { month: 3, standing: "present" },
          { month: 4, standing: "absentWithReason" },
          { month: 6, standing: "absentWithoutReason" },
        ],
      },
      {
        memberId: MAI,
        present: 1,
        absentWithReason: 0,
        absentWithoutReason: 1,
        exempt: 1,
        notYetMember: 0,
        unexcusedMonths: [3],
        marks: [
          { month: 3, standing: "absentWithoutReason" },
          { month: 4, standing: "exempt" },
          { month: 6, standing: "present" },
        ],
      },
      {
        memberId: BA,
        present: 0,
        absentWithReason: 1,
        absentWithoutReason: 0,
        exempt: 0,
        notYetMember: 2,
        unexcusedMonths: [],
        marks: [
          { month: 3, standing: undefined },
          { month: 4, standing: undefined },
          { month: 6, standing: "absentWithReason" },
        ],
      },
    ]);
  });

  it("counts months, not meetings: two absences in one month are one month", () => {
    const year = [
      meeting("2024-03-05T19:30", { absentWithoutReason: [HUNG] }),
      meeting("2024-03-20T19:30", { absentWithoutReason: [HUNG] }),
      meeting("2024-09-05T19:30", { absentWithoutReason: [HUNG] }),
    ];
    const [hung] = memberLedgers([members[0] as never], year, 2024, TZ);
    expect(hung?.absentWithoutReason).toBe(3);
    expect(hung?.unexcusedMonths).toEqual([3, 9]);
  });

  it("reads the month in Vietnam: 31 March at 23:30 there is March, though April has begun nowhere", () => {
    // 16:30 UTC on 31/3 is 23:30 in Vietnam; an hour later it is 1 April there, still 31 March in UTC.
    const year = [
      meeting("2024-03-31T23:30", { absentWithoutReason: [HUNG] }),
      meeting("2024-04-01T00:30", { absentWithoutReason: [HUNG] }),
    ];
    expect(memberLedgers([members[0] as never], year, 2024, TZ)[0]?.unexcusedMonths).toEqual([
      3, 4,
    ]);
  });

  it("leaves out cancelled meetings, meetings not closed, and other years", () => {
    const year = [
      meeting("2023-12-05T19:30", { absentWithoutReason: [HUNG] }),
      meeting("2024-01-01T00:10", { absentWithoutReason: [HUNG] }),
      meeting("2024-02-05T19:30", { absentWithoutReason: [HUNG] }, "cancelled"),
      meeting("2024-03-05T19:30", { absentWithoutReason: [HUNG] }, "scheduled"),
      meeting("2025-01-05T19:30", { absentWithoutReason: [HUNG] }),
    ];
    const [hung] = memberLedgers([members[0] as never], year, 2024, TZ);
    expect(hung?.absentWithoutReason).toBe(1);
    expect(hung?.unexcusedMonths).toEqual([1]);
  });
});

describe("the three-month rule", () => {
  const ledger = (memberId: number, months: number[]) => ({
    memberId,
    present: 0,
    absentWithReason: 0,
    absentWithoutReason: months.length,
    exempt: 0,
    notYetMember: 0,
    unexcusedMonths: months,
    marks: [],
  });

  it("is due once a threshold: at 2, then at 3, never again", () => {
    const none = new Map<number, Set<number>>();
    expect(dueWarnings([ledger(HUNG, [3])], none)).toEqual([]);
    expect(dueWarnings([ledger(HUNG, [3, 5])], none)).toEqual([
      { memberId: HUNG, reached: 2, thresholds: [2], months: [3, 5] },
    ]);
    const warnedAt2 = new Map([[HUNG, new Set([2])]]);
    expect(dueWarnings([ledger(HUNG, [3, 5])], warnedAt2)).toEqual([]);
    expect(dueWarnings([ledger(HUNG, [3, 5, 9])], warnedAt2)).toEqual([
      { memberId: HUNG, reached: 3, thresholds: [3], months: [3, 5, 9] },
    ]);
    const warnedAtBoth = new Map([[HUNG, new Set([2, 3])]]);
    expect(dueWarnings([ledger(HUNG, [3, 5, 9, 11])], warnedAtBoth)).toEqual([]);
  });

  it("says only the highest of two thresholds reached at once, and records both", () => {
    expect(dueWarnings([ledger(MAI, [1, 2, 3])], new Map())).toEqual([
      { memberId: MAI, reached: 3, thresholds: [2, 3], months: [1, 2, 3] },
    ]);
  });

  it("does not warn again one brought back under a threshold and over it again", () => {
    const warned = new Map([[HUNG, new Set([2])]]);
    expect(dueWarnings([ledger(HUNG, [3])], warned)).toEqual([]);
    expect(dueWarnings([ledger(HUNG, [3, 7])], warned)).toEqual([]);
  });

  it("sorts members at the warning and at the rule", () => {
    const { warning, removal } = atThresholds([
      ledger(HUNG, [3, 5]),
      ledger(MAI, [1, 2, 3, 4]),
      ledger(BA, [6]),
    ]);
    expect(warning.map((l) => l.memberId)).toEqual([HUNG]);
    expect(removal.map((l) => l.memberId)).toEqual([MAI]);
  });
});
