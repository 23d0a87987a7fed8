import { and, asc, desc, eq, gte, inArray, lt, max, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { attendance, meetingResponses, meetings } from "../db/schema.js";
import type { MarkedBy, MeetingKind } from "../domain/meeting-rules.js";
import { inParts } from "./in-parts.js";
import { inJsonList, jsonList, prepareOnce } from "./prepared.js";

export type Meeting = typeof meetings.$inferSelect;
export type MeetingResponseRow = typeof meetingResponses.$inferSelect;
export type AttendanceRow = typeof attendance.$inferSelect;
/** What the scheduler needs of a meeting still to be held: its times. */
export type ScheduledMeeting = Pick<Meeting, "id" | "cellId" | "startsAt" | "endsAt" | "createdAt">;

export interface NewMeeting {
  cellId: number;
  kind: MeetingKind;
  startsAt: Date;
  endsAt: Date;
  place: string;
  topic: string;
  /** Who made it; null for a rule's meeting whose maker is no longer a member. */
  createdBy: number | null;
  /** Members may check in from elsewhere, in private (default: no). */
  remoteAllowed?: boolean;
  /** The rule it is created from, and which of its meetings it is ("2026-05"). */
  seriesId?: number;
  occurrence?: string;
}

/** Meetings, the answers to their announcements, and who was there. */
export class MeetingStore {
  constructor(private readonly db: Db) {}

  // A press on an announcement's button runs these (docs/performance.md).
  private readonly prepared = prepareOnce(() => {
    const meetingId = sql.placeholder("meetingId");
    const memberId = sql.placeholder("memberId");
    const answer = sql.placeholder("answer");
    const reason = sql.placeholder("reason");
    const now = sql.placeholder("now");
    const cellId = sql.placeholder("cellId");
    return {
      byId: this.db.select().from(meetings).where(eq(meetings.id, meetingId)).prepare(),
      ofCell: this.db
        .select()
        .from(meetings)
        .where(
          and(
            eq(meetings.cellId, cellId),
            gte(meetings.startsAt, sql.placeholder("from")),
            lt(meetings.startsAt, sql.placeholder("to")),
          ),
        )
        .orderBy(asc(meetings.startsAt))
        .prepare(),
      upcoming: this.db
        .select()
        .from(meetings)
        .where(
          and(
            eq(meetings.cellId, cellId),
            eq(meetings.state, "scheduled"),
            gte(meetings.endsAt, sql.placeholder("now")),
          ),
        )
        .orderBy(asc(meetings.startsAt))
        .prepare(),
      responsesOf: this.db
        .select({
          meetingId: meetingResponses.meetingId,
          memberId: meetingResponses.memberId,
          answer: meetingResponses.answer,
          reason: meetingResponses.reason,
        })
        .from(meetingResponses)
        .where(inJsonList(meetingResponses.meetingId, "meetingIds"))
        .prepare(),
      marksOf: this.db
        .select({
          meetingId: attendance.meetingId,
          memberId: attendance.memberId,
          present: attendance.present,
          reason: attendance.reason,
          markedBy: attendance.markedBy,
        })
        .from(attendance)
        .where(inJsonList(attendance.meetingId, "meetingIds"))
        .prepare(),
      responses: this.db
        .select()
        .from(meetingResponses)
        .where(eq(meetingResponses.meetingId, meetingId))
        .prepare(),
      responseOf: this.db
        .select()
        .from(meetingResponses)
        .where(
          and(eq(meetingResponses.meetingId, meetingId), eq(meetingResponses.memberId, memberId)),
        )
        .prepare(),
      respond: this.db
        .insert(meetingResponses)
        .values({ meetingId, memberId, answer, reason, answeredAt: now })
        .onConflictDoUpdate({
          target: [meetingResponses.meetingId, meetingResponses.memberId],
          // The values just offered for insertion: the same as those of the call.
          set: {
            answer: sql`excluded.answer`,
            reason: sql`excluded.reason`,
            answeredAt: sql`excluded.answered_at`,
          },
        })
        .prepare(),
    };
  });

  create(input: NewMeeting, now: Date): Meeting {
    return this.db
      .insert(meetings)
      .values({ ...input, createdAt: now, updatedAt: now })
      .returning()
      .get();
  }

  byId(id: number): Meeting | undefined {
    return this.prepared().byId.get({ meetingId: id });
  }

  update(
    id: number,
    change: Partial<
      Pick<
        Meeting,
        | "startsAt"
        | "endsAt"
        | "place"
        | "topic"
        | "state"
        | "checkinOpenedAt"
        | "closedAt"
        | "roster"
        | "presentCount"
        | "countedCount"
        | "unexcusedIds"
        | "remoteAllowed"
        | "materials"
        | "materialsAt"
        | "noticedAt"
      >
    >,
    now: Date,
  ): Meeting {
    return this.db
      .update(meetings)
      .set({ ...change, updatedAt: now })
      .where(eq(meetings.id, id))
      .returning()
      .get();
  }

  /** The real end the secretary gives for the minutes; null: the scheduled end. */
  recordEnd(id: number, endedAt: Date | null, now: Date): Meeting {
    return this.db
      .update(meetings)
      .set({ endedAt, updatedAt: now })
      .where(eq(meetings.id, id))
      .returning()
      .get();
  }

  /** A cell's meetings that start in [from, to), in order. */
  ofCell(cellId: number, from: Date, to: Date): Meeting[] {
    return this.prepared().ofCell.all({ cellId, from: from.getTime(), to: to.getTime() });
  }

  /** The last meeting of a cell that closed in [from, to): the one whose minutes are filed. */
  latestClosed(cellId: number, from: Date, to: Date): Meeting | undefined {
    return this.db
      .select()
      .from(meetings)
      .where(
        and(
          eq(meetings.cellId, cellId),
          eq(meetings.state, "closed"),
          gte(meetings.startsAt, from),
          lt(meetings.startsAt, to),
        ),
      )
      .orderBy(desc(meetings.startsAt))
      .get();
  }

  byIds(ids: number[]): Meeting[] {
    return inParts(ids, (part) =>
      this.db.select().from(meetings).where(inArray(meetings.id, part)).all(),
    );
  }

  /**
   * The closed meetings of several cells that start in [from, to), in order, with the counts
   * each keeps: what a roll-up counts, in one query rather than one a cell, a row a meeting.
   * Read from meetings_counts_idx alone.
   */
  closedCountsOfCells(
    cellIds: number[],
    from: Date,
    to: Date,
  ): Pick<
    Meeting,
    "id" | "cellId" | "startsAt" | "presentCount" | "countedCount" | "unexcusedIds"
  >[] {
    if (cellIds.length === 0) return [];
    return this.rollupQueries().closedCounts.all({
      cellIds: jsonList(cellIds),
      from: from.getTime(),
      to: to.getTime(),
    });
  }

  /** When each of several cells last held a meeting (closed, started before `to`). */
  latestClosedStarts(cellIds: number[], to: Date): Map<number, Date> {
    if (cellIds.length === 0) return new Map();
    const rows = this.rollupQueries().latestClosed.all({
      cellIds: jsonList(cellIds),
      to: to.getTime(),
    });
    return new Map(rows.flatMap((row) => (row.startsAt ? [[row.cellId, row.startsAt]] : [])));
  }

  // A roll-up asks these for each hundred cells.
  private readonly rollupQueries = prepareOnce(() => {
    const ofCells = inJsonList(meetings.cellId, "cellIds");
    const closed = eq(meetings.state, "closed");
    const before = lt(meetings.startsAt, sql.placeholder("to"));
    return {
      closedCounts: this.db
        .select({
          id: meetings.id,
          cellId: meetings.cellId,
          startsAt: meetings.startsAt,
          presentCount: meetings.presentCount,
          countedCount: meetings.countedCount,
          unexcusedIds: meetings.unexcusedIds,
        })
        .from(meetings)
        .where(and(ofCells, closed, gte(meetings.startsAt, sql.placeholder("from")), before))
        .orderBy(asc(meetings.startsAt))
        .prepare(),
      latestClosed: this.db
        .select({ cellId: meetings.cellId, startsAt: max(meetings.startsAt) })
        .from(meetings)
        .where(and(ofCells, closed, before))
        .groupBy(meetings.cellId)
        .prepare(),
    };
  });

  /** Every cell's meetings still "scheduled": what the scheduler looks at, once a beat. */
  scheduled(): ScheduledMeeting[] {
    return (
      this.db
        .select({
          id: meetings.id,
          cellId: meetings.cellId,
          startsAt: meetings.startsAt,
          endsAt: meetings.endsAt,
          createdAt: meetings.createdAt,
        })
        .from(meetings)
        // Written out, not bound: only then can SQLite use the partial meetings_scheduled_idx.
        .where(sql`${meetings.state} = 'scheduled'`)
        .orderBy(asc(meetings.startsAt))
        .all()
    );
  }

  /** Meetings still "scheduled" that end before `to`: what the closing job closes. */
  scheduledEndingBefore(cellId: number, to: Date): Meeting[] {
    return this.db
      .select()
      .from(meetings)
      .where(
        and(eq(meetings.cellId, cellId), eq(meetings.state, "scheduled"), lt(meetings.endsAt, to)),
      )
      .all();
  }

  /** Scheduled meetings that have not ended by `now`, soonest first. */
  upcoming(cellId: number, now: Date): Meeting[] {
    return this.prepared().upcoming.all({ cellId, now: now.getTime() });
  }

  responses(meetingId: number): MeetingResponseRow[] {
    return this.prepared().responses.all({ meetingId });
  }

  /**
   * The answers to several meetings' announcements, in one query, with only what an
   * attendance sheet reads (a report reads a year of them; every column costs).
   */
  responsesOf(
    meetingIds: number[],
  ): Pick<MeetingResponseRow, "meetingId" | "memberId" | "answer" | "reason">[] {
    return this.prepared().responsesOf.all({ meetingIds: jsonList(meetingIds) });
  }

  responseOf(meetingId: number, memberId: number): MeetingResponseRow | undefined {
    return this.prepared().responseOf.get({ meetingId, memberId });
  }

  respond(
    meetingId: number,
    memberId: number,
    answer: "attend" | "excused",
    reason: string | null,
    now: Date,
  ): void {
    this.prepared().respond.run({ meetingId, memberId, answer, reason, now });
  }

  marks(meetingIds: number[]): AttendanceRow[] {
    return inParts(meetingIds, (part) =>
      this.db.select().from(attendance).where(inArray(attendance.meetingId, part)).all(),
    );
  }

  /** The marks of several meetings, with only what an attendance sheet reads. */
  marksOf(
    meetingIds: number[],
  ): Pick<AttendanceRow, "meetingId" | "memberId" | "present" | "reason" | "markedBy">[] {
    return this.prepared().marksOf.all({ meetingIds: jsonList(meetingIds) });
  }

  markOf(meetingId: number, memberId: number): AttendanceRow | undefined {
    return this.db
      .select()
      .from(attendance)
      .where(and(eq(attendance.meetingId, meetingId), eq(attendance.memberId, memberId)))
      .get();
  }

  /**
   * Marks a member present or absent. A mark without a reason keeps the reason recorded: only
   * the secretary writes one, and a check-in, or a toggle back to absent, must not erase it.
   */
  mark(
    meetingId: number,
    memberId: number,
    mark: { present: boolean; reason: string | null; markedBy: MarkedBy },
    now: Date,
  ): void {
    this.db
      .insert(attendance)
      .values({ meetingId, memberId, ...mark, markedAt: now })
      .onConflictDoUpdate({
        target: [attendance.meetingId, attendance.memberId],
        set: {
          ...mark,
          reason: sql`coalesce(excluded.reason, ${attendance.reason})`,
          markedAt: now,
        },
      })
      .run();
  }

  /**
   * A member checks themselves in: present, unless already present. One statement, so that
   * two check-ins at once (a tap in the group, a message in private) count once; the mark
   * as it is afterwards, and whether this check-in made it.
   */
  checkIn(
    meetingId: number,
    memberId: number,
    markedBy: "self" | "remote",
    now: Date,
  ): { mark: AttendanceRow; counted: boolean } {
    const made = this.db
      .insert(attendance)
      .values({ meetingId, memberId, present: true, reason: null, markedBy, markedAt: now })
      .onConflictDoUpdate({
        target: [attendance.meetingId, attendance.memberId],
        // An absence the secretary marked becomes presence; its reason stays for the secretary
        // to fall back on if the check-in was a mistake (test/conversation/roster.test.ts).
        set: { present: true, markedBy, markedAt: now },
        setWhere: eq(attendance.present, false),
      })
      .returning()
      .get();
    if (made) return { mark: made, counted: true };
    const mark = this.markOf(meetingId, memberId);
    if (!mark) throw new Error(`No mark for member ${memberId} at meeting ${meetingId}.`);
    return { mark, counted: false };
  }
}
