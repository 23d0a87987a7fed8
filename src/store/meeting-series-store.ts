import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { meetingSeries, meetings } from "../db/schema.js";
import type { HolidayShift, MeetingRule } from "../domain/meeting-recurrence.js";
import type { MeetingKind } from "../domain/meeting-rules.js";
import { prepareOnce } from "./prepared.js";

export type MeetingSeries = typeof meetingSeries.$inferSelect;

export interface NewMeetingSeries {
  cellId: number;
  kind: MeetingKind;
  rule: MeetingRule;
  holidayShift: HolidayShift;
  place: string;
  /** "": each meeting is "the regular meeting of <month>". */
  topic: string;
  remoteAllowed: boolean;
  createdBy: number;
}

/** An active rule with the last of its meetings created: what its next meeting follows from. */
export interface ActiveSeries {
  series: MeetingSeries;
  /** "2026-05"; null: none created yet. */
  lastOccurrence: string | null;
  lastCreatedAt: Date | null;
}

interface Version {
  active: number;
  lastSeries: number | null;
  lastMeeting: number | null;
}

/** A cell's recurring meeting rules, and what the scheduler reads of their meetings. */
export class MeetingSeriesStore {
  constructor(private readonly db: Db) {}

  create(input: NewMeetingSeries, now: Date): MeetingSeries {
    return this.db
      .insert(meetingSeries)
      .values({ ...input, state: "active", createdAt: now })
      .returning()
      .get();
  }

  byId(id: number): MeetingSeries | undefined {
    return this.db.select().from(meetingSeries).where(eq(meetingSeries.id, id)).get();
  }

  /** A cell's active rules, oldest first. */
  activeOf(cellId: number): MeetingSeries[] {
    return this.db
      .select()
      .from(meetingSeries)
      .where(and(eq(meetingSeries.state, "active"), eq(meetingSeries.cellId, cellId)))
      .orderBy(asc(meetingSeries.id))
      .all();
  }

  /**
   * Stops a rule: no meeting is created from it any more; those created stay, each to be
   * cancelled alone. Undefined when there is no such rule or it was stopped already.
   */
  stop(id: number, now: Date): MeetingSeries | undefined {
    return this.db
      .update(meetingSeries)
      .set({ state: "stopped", stoppedAt: now })
      .where(and(eq(meetingSeries.id, id), eq(meetingSeries.state, "active")))
      .returning()
      .get();
  }

  /**
   * Every active rule with its last meeting created: what the scheduler reads on every beat for
   * all cells. Read again only when a rule was made or stopped or a meeting made (the last of a
   * rule changes with nothing else): two lookups in indexes a beat, not 5,000 rules.
   */
  allActive(): readonly ActiveSeries[] {
    const version = this.prepared().version.get() as Version;
    const key = `${version.active}|${version.lastSeries}|${version.lastMeeting}`;
    if (this.active?.key !== key) {
      this.active = { key, rows: this.readActive() };
    }
    return this.active.rows;
  }

  private active: { key: string; rows: readonly ActiveSeries[] } | undefined;

  private readActive(): ActiveSeries[] {
    const last = (column: string) =>
      sql.raw(
        `(select m.${column} from meetings m where m.series_id = meeting_series.id order by m.occurrence desc limit 1)`,
      );
    return this.db
      .select({
        series: meetingSeries,
        lastOccurrence: sql<string | null>`${last("occurrence")}`,
        lastCreatedAt: sql<number | null>`${last("created_at")}`,
      })
      .from(meetingSeries)
      .where(eq(meetingSeries.state, "active"))
      .all()
      .map((row) => ({
        series: row.series,
        lastOccurrence: row.lastOccurrence,
        lastCreatedAt: row.lastCreatedAt === null ? null : new Date(row.lastCreatedAt),
      }));
  }

  private readonly prepared = prepareOnce(() => ({
    version: this.db.$client.prepare(
      `select (select count(*) from meeting_series where state = 'active') as active,
        (select max(id) from meeting_series) as lastSeries,
        (select max(id) from meetings) as lastMeeting`,
    ),
    unnoticed: this.db.$client.prepare(
      "select id from meetings where state = 'scheduled' and series_id is not null and noticed_at is null",
    ),
    isUnnoticed: this.db.$client.prepare(
      "select 1 from meetings where id = ? and series_id is not null and noticed_at is null",
    ),
  }));

  /**
   * Whether a meeting is a rule's whose notice has not gone out. What the scheduler asks of
   * every meeting still scheduled on every beat: a meeting's rule never changes and a notice is
   * never undone, so the answers are kept. All are read at the first question, then each new
   * meeting once. A notice given by another process is found out by its run, which sends
   * nothing for a meeting noticed already.
   */
  isUnnoticed(meetingId: number): boolean {
    if (this.loadedUpTo === undefined) {
      // Read first: a meeting made meanwhile is then asked about by itself.
      const upTo = (this.prepared().version.get() as Version).lastMeeting ?? 0;
      const rows = this.prepared().unnoticed.all() as { id: number }[];
      for (const { id } of rows) this.unnoticedIds.add(id);
      this.loadedUpTo = upTo;
    }
    if (this.unnoticedIds.has(meetingId)) return true;
    if (meetingId <= this.loadedUpTo || this.known.has(meetingId)) return false;
    const unnoticed = this.prepared().isUnnoticed.get(meetingId) !== undefined;
    if (unnoticed) this.unnoticedIds.add(meetingId);
    else this.known.add(meetingId);
    return unnoticed;
  }

  private readonly unnoticedIds = new Set<number>();
  /** Meetings made after the first read known to need no notice from the job. */
  private readonly known = new Set<number>();
  /** The last meeting there was at the first read; undefined: not read yet. */
  private loadedUpTo: number | undefined;

  /** The last of a rule's meetings created ("2026-05"), if any. */
  lastOccurrence(seriesId: number): string | undefined {
    return (
      this.db
        .select({ occurrence: meetings.occurrence })
        .from(meetings)
        .where(eq(meetings.seriesId, seriesId))
        .orderBy(sql`${meetings.occurrence} desc`)
        .get()?.occurrence ?? undefined
    );
  }

  /** The meeting's notice went out to the groups and the committee. */
  markNoticed(meetingId: number, now: Date): void {
    this.unnoticedIds.delete(meetingId);
    this.known.add(meetingId);
    this.db
      .update(meetings)
      .set({ noticedAt: now, updatedAt: now })
      .where(eq(meetings.id, meetingId))
      .run();
  }
}
