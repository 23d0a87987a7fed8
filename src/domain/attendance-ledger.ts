import { localTime } from "./calendar.js";
import type { AttendanceSheet, MeetingTimes } from "./meeting-rules.js";

/**
 * Điều lệ Đảng, Điều 8, khoản 3: a member who misses the cell's meetings three months in a
 * year without good reason is considered by the cell, which proposes removing the name from
 * the roll (xóa tên). The three months need not follow one another.
 */
export const REMOVAL_MONTHS = 3;
/** chibo warns the secretary a month before the rule applies, so the cell can talk to the member. */
export const WARNING_MONTHS = 2;
/** What the secretary is told of, each once a member a year, lowest first. */
export const ABSENCE_THRESHOLDS = [WARNING_MONTHS, REMOVAL_MONTHS] as const;

/** A member as the ledger needs them: when they joined the cell. */
export interface LedgerMember {
  id: number;
  createdAt: Date;
}

/** A meeting of the cell with the attendance its minutes record. */
export interface LedgerMeeting {
  startsAt: Date;
  endsAt: Date;
  state: MeetingTimes["state"];
  sheet: AttendanceSheet<{ id: number }>;
}

/** One member's year: a count per meeting of the year, and the months of unexcused absences. */
export interface MemberLedger {
  memberId: number;
  present: number;
  absentWithReason: number;
  absentWithoutReason: number;
  /** Miễn sinh hoạt, as the meeting's minutes froze the status when it closed. */
  exempt: number;
  /**
   * Not on the meeting's roster: joined after it ended (members.createdAt), or was still
   * waiting for approval when it closed.
   */
  notYetMember: number;
  /** The local months (1 to 12) with at least one absence without reason, in order. */
  unexcusedMonths: number[];
  /**
   * How the member stood at each meeting counted, in the order held, with its local month;
   * undefined: not on its sheet. The counts above are these, added up.
   */
  marks: { month: number; standing: LedgerStanding | undefined }[];
}

export type LedgerStanding = "present" | "absentWithReason" | "absentWithoutReason" | "exempt";

/** Each member on a sheet, with how they stood. */
function standings(sheet: AttendanceSheet<{ id: number }>): Map<number, LedgerStanding> {
  const found = new Map<number, LedgerStanding>();
  for (const member of sheet.present) found.set(member.id, "present");
  for (const { member } of sheet.absentWithReason) found.set(member.id, "absentWithReason");
  for (const member of sheet.absentWithoutReason) found.set(member.id, "absentWithoutReason");
  for (const member of sheet.exempt) found.set(member.id, "exempt");
  return found;
}

/**
 * Each member's record over the closed meetings that started in `year` (local time); a
 * cancelled meeting, or one not closed yet, counts for nobody. What the minutes say decides:
 * an absence the member excused without giving the reason is an absence with reason there.
 */
export function memberLedgers(
  members: readonly LedgerMember[],
  meetings: readonly LedgerMeeting[],
  year: number,
  timeZone: string,
): MemberLedger[] {
  const held = meetings
    .filter((meeting) => meeting.state === "closed")
    .map((meeting) => ({ meeting, local: localTime(meeting.startsAt, timeZone) }))
    .filter(({ local }) => local.year === year)
    .sort((a, b) => a.meeting.startsAt.getTime() - b.meeting.startsAt.getTime())
    .map(({ meeting, local }) => ({ month: local.month, standing: standings(meeting.sheet) }));
  return members.map((member) => {
    const ledger: MemberLedger = {
      memberId: member.id,
      present: 0,
      absentWithReason: 0,
      absentWithoutReason: 0,
      exempt: 0,
      notYetMember: 0,
      unexcusedMonths: [],
      marks: [],
    };
    const months = new Set<number>();
    for (const { month, standing } of held) {
      const found = standing.get(member.id);
      ledger.marks.push({ month, standing: found });
      if (!found) ledger.notYetMember += 1;
      else ledger[found] += 1;
      if (found === "absentWithoutReason") months.add(month);
    }
    ledger.unexcusedMonths = [...months].sort((a, b) => a - b);
    return ledger;
  });
}

/** A warning the secretary has not had yet: the highest threshold reached is said. */
export interface DueWarning {
  memberId: number;
  /** The threshold said: the highest one newly reached. */
  reached: number;
  /** Every threshold newly reached, to record: one that jumps from 1 to 3 hears only of 3. */
  thresholds: number[];
  months: number[];
}

/**
 * The warnings due: thresholds reached and not warned of yet. A member a correction brought
 * back under a threshold was warned all the same, and is not warned of it again.
 */
export function dueWarnings(
  ledgers: readonly MemberLedger[],
  warned: ReadonlyMap<number, ReadonlySet<number>>,
): DueWarning[] {
  return ledgers.flatMap((ledger) => {
    const reached = ABSENCE_THRESHOLDS.filter(
      (threshold) =>
        ledger.unexcusedMonths.length >= threshold && !warned.get(ledger.memberId)?.has(threshold),
    );
    const highest = reached.at(-1);
    return highest === undefined
      ? []
      : [
          {
            memberId: ledger.memberId,
            reached: highest,
            thresholds: [...reached],
            months: ledger.unexcusedMonths,
          },
        ];
  });
}

/** Who is at the warning and who at the rule now: what /baocao tells the cell committee. */
export function atThresholds(ledgers: readonly MemberLedger[]): {
  warning: MemberLedger[];
  removal: MemberLedger[];
} {
  const months = (ledger: MemberLedger) => ledger.unexcusedMonths.length;
  return {
    warning: ledgers.filter(
      (ledger) => months(ledger) >= WARNING_MONTHS && months(ledger) < REMOVAL_MONTHS,
    ),
    removal: ledgers.filter((ledger) => months(ledger) >= REMOVAL_MONTHS),
  };
}
