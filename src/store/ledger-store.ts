import { and, asc, eq, gte, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/database.js";
import {
  absenceWarnings,
  attendance,
  attendanceChanges,
  meetingResponses,
  meetings,
  members,
} from "../db/schema.js";
import type { Meeting } from "./meeting-store.js";
import type { Member } from "./member-store.js";
import { jsonList } from "./prepared.js";

/** A closed meeting as the ledger reads it: its times and the roster its minutes froze. */
export type LedgerMeetingRow = Pick<Meeting, "id" | "startsAt" | "endsAt" | "state" | "roster">;
export type LedgerMemberRow = Pick<
  Member,
  "id" | "fullName" | "nameKey" | "role" | "status" | "roster" | "createdAt"
>;

/** What a cell's year of attendance is made of, each read in one query for the whole cell. */
export interface LedgerRows {
  meetings: LedgerMeetingRow[];
  responses: {
    meetingId: number;
    memberId: number;
    answer: "attend" | "excused";
    reason: string | null;
  }[];
  marks: { meetingId: number; memberId: number; present: boolean; reason: string | null }[];
  members: LedgerMemberRow[];
}

export type AttendanceChange = typeof attendanceChanges.$inferSelect;
export type NewAttendanceChange = Omit<AttendanceChange, "id">;

/** A change with the names of the member and of who made it, for the secretary's sheet. */
export interface ShownChange {
  memberName: string;
  changedByName: string;
  presentBefore: boolean | null;
  reasonBefore: string | null;
  present: boolean;
  reason: string | null;
  changedAt: Date;
}

/**
 * The attendance ledger: a cell's year of closed meetings for the per-member record, the
 * secretary's corrections, and the absence warnings already given.
 */
export class LedgerStore {
  constructor(private readonly db: Db) {}

  /**
   * The closed meetings of a cell that start in [from, to), with their answers and marks, and
   * the cell's members: four queries a cell, whatever the number of members or meetings.
   */
  yearOf(cellId: number, from: Date, to: Date): LedgerRows {
    const held = and(
      eq(meetings.cellId, cellId),
      eq(meetings.state, "closed"),
      gte(meetings.startsAt, from),
      lt(meetings.startsAt, to),
    );
    return {
      meetings: this.db
        .select({
          id: meetings.id,
          startsAt: meetings.startsAt,
          endsAt: meetings.endsAt,
          state: meetings.state,
          roster: meetings.roster,
        })
        .from(meetings)
        .where(held)
        .orderBy(asc(meetings.startsAt))
        .all(),
      responses: this.db
        .select({
          meetingId: meetingResponses.meetingId,
          memberId: meetingResponses.memberId,
          answer: meetingResponses.answer,
          reason: meetingResponses.reason,
        })
        .from(meetingResponses)
        .innerJoin(meetings, eq(meetings.id, meetingResponses.meetingId))
        .where(held)
        .all(),
      marks: this.db
        .select({
          meetingId: attendance.meetingId,
          memberId: attendance.memberId,
          present: attendance.present,
          reason: attendance.reason,
        })
        .from(attendance)
        .innerJoin(meetings, eq(meetings.id, attendance.meetingId))
        .where(held)
        .all(),
      members: this.db
        .select({
          id: members.id,
          fullName: members.fullName,
          nameKey: members.nameKey,
          role: members.role,
          status: members.status,
          roster: members.roster,
          createdAt: members.createdAt,
        })
        .from(members)
        .where(eq(members.cellId, cellId))
        .all(),
    };
  }

  /** A change the secretary made to a mark; written in the transaction that makes it. */
  logChange(change: NewAttendanceChange): void {
    this.db.insert(attendanceChanges).values(change).run();
  }

  /** The changes made to a meeting's marks, oldest first, with who was changed and by whom. */
  changesOf(meetingId: number): ShownChange[] {
    const changer = alias(members, "changer");
    return this.db
      .select({
        memberName: members.fullName,
        changedByName: changer.fullName,
        presentBefore: attendanceChanges.presentBefore,
        reasonBefore: attendanceChanges.reasonBefore,
        present: attendanceChanges.present,
        reason: attendanceChanges.reason,
        changedAt: attendanceChanges.changedAt,
      })
      .from(attendanceChanges)
      .innerJoin(members, eq(members.id, attendanceChanges.memberId))
      .innerJoin(changer, eq(changer.id, attendanceChanges.changedBy))
      .where(eq(attendanceChanges.meetingId, meetingId))
      .orderBy(asc(attendanceChanges.changedAt), asc(attendanceChanges.id))
      .all();
  }

  /** The thresholds each member of a cell was warned of in a year, in one query. */
  warnedOf(cellId: number, year: number): Map<number, Set<number>> {
    const rows = this.db
      .select({ memberId: absenceWarnings.memberId, months: absenceWarnings.months })
      .from(absenceWarnings)
      .innerJoin(members, eq(members.id, absenceWarnings.memberId))
      .where(and(eq(members.cellId, cellId), eq(absenceWarnings.year, year)))
      .all();
    const warned = new Map<number, Set<number>>();
    for (const { memberId, months } of rows) {
      const thresholds = warned.get(memberId) ?? new Set<number>();
      thresholds.add(months);
      warned.set(memberId, thresholds);
    }
    return warned;
  }

  /** Which of some cells had a member reach `months` in a year, as the secretary was told. */
  cellsWarnedOf(cellIds: readonly number[], year: number, months: number): Set<number> {
    if (cellIds.length === 0) return new Set();
    const rows = this.db
      .selectDistinct({ cellId: members.cellId })
      .from(absenceWarnings)
      .innerJoin(members, eq(members.id, absenceWarnings.memberId))
      .where(
        and(
          sql`${members.cellId} in (select value from json_each(${jsonList(cellIds)}))`,
          eq(absenceWarnings.year, year),
          eq(absenceWarnings.months, months),
        ),
      )
      .all();
    return new Set(rows.map((row) => row.cellId));
  }

  /** Records that the secretary was told; a threshold already recorded stays as it was. */
  recordWarnings(memberId: number, year: number, thresholds: readonly number[], now: Date): void {
    if (thresholds.length === 0) return;
    this.db
      .insert(absenceWarnings)
      .values(thresholds.map((months) => ({ memberId, year, months, warnedAt: now })))
      .onConflictDoNothing()
      .run();
  }
}
