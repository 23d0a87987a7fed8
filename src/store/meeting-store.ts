import { and, asc, desc, eq, gte, inArray, lt } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { attendance, meetingResponses, meetings } from "../db/schema.js";
import type { MeetingKind } from "../domain/meeting-rules.js";

export type Meeting = typeof meetings.$inferSelect;
export type MeetingResponseRow = typeof meetingResponses.$inferSelect;
export type AttendanceRow = typeof attendance.$inferSelect;

export interface NewMeeting {
  cellId: number;
  kind: MeetingKind;
  startsAt: Date;
  endsAt: Date;
  place: string;
  topic: string;
  createdBy: number;
}

/** Meetings, the answers to their announcements, and who was there. */
export class MeetingStore {
  constructor(private readonly db: Db) {}

  create(input: NewMeeting, now: Date): Meeting {
    return this.db
      .insert(meetings)
      .values({ ...input, createdAt: now, updatedAt: now })
      .returning()
      .get();
  }

  byId(id: number): Meeting | undefined {
    return this.db.select().from(meetings).where(eq(meetings.id, id)).get();
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

  /** A cell's meetings that start in [from, to), in order. */
  ofCell(cellId: number, from: Date, to: Date): Meeting[] {
    return this.db
      .select()
      .from(meetings)
      .where(
        and(eq(meetings.cellId, cellId), gte(meetings.startsAt, from), lt(meetings.startsAt, to)),
      )
      .orderBy(asc(meetings.startsAt))
      .all();
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
    return this.db
      .select()
      .from(meetings)
      .where(
        and(
          eq(meetings.cellId, cellId),
          eq(meetings.state, "scheduled"),
          gte(meetings.endsAt, now),
        ),
      )
      .orderBy(asc(meetings.startsAt))
      .all();
  }

  responses(meetingId: number): MeetingResponseRow[] {
    return this.db
      .select()
      .from(meetingResponses)
      .where(eq(meetingResponses.meetingId, meetingId))
      .all();
  }

  responseOf(meetingId: number, memberId: number): MeetingResponseRow | undefined {
    return this.db
      .select()
      .from(meetingResponses)
      .where(
        and(eq(meetingResponses.meetingId, meetingId), eq(meetingResponses.memberId, memberId)),
      )
      .get();
  }

  respond(
    meetingId: number,
    memberId: number,
    answer: "attend" | "excused",
    reason: string | null,
    now: Date,
  ): void {
    this.db
      .insert(meetingResponses)
      .values({ meetingId, memberId, answer, reason, answeredAt: now })
      .onConflictDoUpdate({
        target: [meetingResponses.meetingId, meetingResponses.memberId],
        set: { answer, reason, answeredAt: now },
      })
      .run();
  }

  marks(meetingIds: number[]): AttendanceRow[] {
    if (meetingIds.length === 0) return [];
    return this.db.select().from(attendance).where(inArray(attendance.meetingId, meetingIds)).all();
  }

  markOf(meetingId: number, memberId: number): AttendanceRow | undefined {
    return this.db
      .select()
      .from(attendance)
      .where(and(eq(attendance.meetingId, meetingId), eq(attendance.memberId, memberId)))
      .get();
  }

  mark(
    meetingId: number,
    memberId: number,
    mark: { present: boolean; reason: string | null; markedBy: "self" | "secretary" },
    now: Date,
  ): void {
    this.db
      .insert(attendance)
      .values({ meetingId, memberId, ...mark, markedAt: now })
      .onConflictDoUpdate({
        target: [attendance.meetingId, attendance.memberId],
        set: { ...mark, markedAt: now },
      })
      .run();
  }
}
