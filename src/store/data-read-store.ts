import { and, asc, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/database.js";
import {
  dataReads,
  members,
  type READ_CHANNELS,
  type READ_KINDS,
  type READER_ROLES,
} from "../db/schema.js";
import type { Member } from "./member-store.js";

export type ReaderRole = (typeof READER_ROLES)[number];
export type ReadKind = (typeof READ_KINDS)[number];
export type ReadChannel = (typeof READ_CHANNELS)[number];

/** Who read: a roster entry (secretary, deputy, committee member), an officer's account, the operator. */
export interface DataReader {
  role: ReaderRole;
  memberId?: number;
  personId?: string;
}

/** A roster entry as a reader: a cell leader reads for the cell's work, a plain member does not. */
export function leaderReader(member: Pick<Member, "id" | "role">): DataReader | undefined {
  return member.role === "member" ? undefined : { role: member.role, memberId: member.id };
}

/** One opening of some members' data: a screen, a file, a CLI report. */
export interface NewDataRead {
  reader: DataReader;
  cellId: number;
  memberIds: readonly number[];
  kinds: readonly ReadKind[];
  channel: ReadChannel;
  now: Date;
}

/** A row of the trail, with the reading member's name where the reader is one. */
export interface DataReadRow {
  id: number;
  cellId: number;
  memberId: number;
  memberName: string;
  readerRole: ReaderRole;
  readerMemberId: number | null;
  readerName: string | null;
  readerPersonId: string | null;
  kind: ReadKind;
  channel: ReadChannel;
  readAt: Date;
}

export interface DataReadFilter {
  cellId?: number;
  memberId?: number;
  since?: Date;
}

const reader = alias(members, "reader");
const subject = alias(members, "subject");

/**
 * Who opened whose plan, results, reasons or level (Law 91/2025/QH15). A member reading their
 * own data leaves no row: the trail is of others' reads.
 */
export class DataReadStore {
  constructor(private readonly db: Db) {}

  record(read: NewDataRead): number {
    const rows = [...new Set(read.memberIds)]
      .filter((memberId) => memberId !== read.reader.memberId)
      .flatMap((memberId) =>
        [...new Set(read.kinds)].map((kind) => ({
          cellId: read.cellId,
          memberId,
          readerMemberId: read.reader.memberId ?? null,
          readerPersonId: read.reader.personId ?? null,
          readerRole: read.reader.role,
          kind,
          channel: read.channel,
          readAt: read.now,
        })),
      );
    // SQLite takes at most 32,766 variables a statement: 9 a row, so a few thousand rows at once.
    for (let at = 0; at < rows.length; at += 3_000) {
      this.db
        .insert(dataReads)
        .values(rows.slice(at, at + 3_000))
        .run();
    }
    return rows.length;
  }

  /** The trail about one member since an instant, newest first. */
  ofMember(memberId: number, since: Date): DataReadRow[] {
    return this.list({ memberId, since }, "newest");
  }

  /** The trail, filtered, oldest first (the operator's listing) or newest first. */
  list(filter: DataReadFilter, order: "oldest" | "newest" = "oldest"): DataReadRow[] {
    const where: SQL[] = [];
    if (filter.cellId !== undefined) where.push(eq(dataReads.cellId, filter.cellId));
    if (filter.memberId !== undefined) where.push(eq(dataReads.memberId, filter.memberId));
    if (filter.since) where.push(gte(dataReads.readAt, filter.since));
    const by = order === "oldest" ? asc : desc;
    return this.db
      .select({
        id: dataReads.id,
        cellId: dataReads.cellId,
        memberId: dataReads.memberId,
        memberName: subject.fullName,
        readerRole: dataReads.readerRole,
        readerMemberId: dataReads.readerMemberId,
        readerName: reader.fullName,
        readerPersonId: dataReads.readerPersonId,
        kind: dataReads.kind,
        channel: dataReads.channel,
        readAt: dataReads.readAt,
      })
      .from(dataReads)
      .innerJoin(subject, eq(subject.id, dataReads.memberId))
      .leftJoin(reader, eq(reader.id, dataReads.readerMemberId))
      .where(and(...where))
      .orderBy(by(dataReads.readAt), by(dataReads.id))
      .all();
  }

  /** Removes the rows older than an instant (the retention job); returns how many. */
  removeBefore(before: Date): number {
    return this.db.delete(dataReads).where(lt(dataReads.readAt, before)).run().changes;
  }
}
