import { getTableName } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import * as schema from "../db/schema.js";
import { formatDay, formatInstant, isValidDay, localDay } from "../domain/calendar.js";
import { COMMITMENT_PARTS, type CommitmentPart } from "../domain/commitment-rules.js";
import type { Outcome } from "../domain/grading-rules.js";
import type { MarkedBy } from "../domain/meeting-rules.js";
import type { MemberRole, MemberStatus, RosterState } from "../domain/member-rules.js";
import type { NominationRound } from "../domain/nomination-rules.js";
import type { ProgressStatus } from "../domain/progress-rules.js";
import type { Text } from "../i18n.js";
import { topicOf } from "../meetings/meeting-texts.js";
import type { Cell } from "../store/cell-store.js";
import type { ReadChannel, ReaderRole, ReadKind } from "../store/data-read-store.js";
import type { Member } from "../store/member-store.js";
import type { Services } from "../store/services.js";
import type { DocumentHeading } from "./document-data.js";

/**
 * A member's own copy of what chibo holds about them (Law 91/2025/QH15, the right of access):
 * every row of every table of personal data that is theirs, by the table's SQL name, as stored.
 * Tables with no row for them are listed empty, so the file also says what chibo does not hold.
 */
export function memberDataJson(services: Services, member: Member, cell: Cell): Buffer {
  const personIds = services.members.personIds(member.id);
  const data = {
    exportedAt: services.clock.now().toISOString(),
    member: { id: member.id, fullName: member.fullName, cell: cell.name },
    tables: services.consents.dataOf(member.id, personIds),
  };
  return Buffer.from(`${JSON.stringify(data, null, 2)}\n`, "utf8");
}

/** A local day as the copy writes it: "09/03/2024". */
type Day = string;

/** A meeting as a line of the copy names it. */
export interface MeetingRef {
  topic: string;
  day: Day;
}

export interface PlanRevision {
  revision: number;
  savedOn: Day;
  /** The version the plan stands at now. */
  current: boolean;
  parts: Record<CommitmentPart, string>;
}

export interface YearResultCopy {
  year: number;
  partNames: Record<CommitmentPart, string>;
  /** What the member reported; null for a level the cell gave one who never reported. */
  reported: {
    on: Day;
    parts: Record<CommitmentPart, { outcome: Outcome; text: string; why: string | null }>;
  } | null;
  /** The levels by their names in the year's plan. */
  proposedLevel: string | null;
  agreedLevel: string | null;
  agreedOn: Day | null;
  agreedBy: string | null;
}

/** A value of a row shown field by field: dates already written, objects as JSON. */
export type FieldValue = string | number | boolean | null;

/**
 * Everything chibo holds about one member, in the words a person reads: the documents' plain
 * data for the DOCX copy (member-data-docx). Days are in the bot's time zone.
 */
export interface MemberDataCopy {
  heading: DocumentHeading;
  /** When the copy was made: "10/03/2024 09:00". */
  madeAt: string;
  member: {
    name: string;
    cell: string;
    role: MemberRole;
    status: MemberStatus;
    roster: RosterState;
    since: Day;
  };
  accounts: { account: string; shownAs: string; since: Day; privateChatSince: Day | null }[];
  consents: {
    on: Day;
    answer: "given" | "refused" | "withdrawn";
    version: string;
    /** The secretary who recorded a consent given on paper; null: the member's own answer. */
    recordedBy: string | null;
  }[];
  plans: { year: number; partNames: Record<CommitmentPart, string>; revisions: PlanRevision[] }[];
  progress: {
    on: Day;
    year: number;
    part: string;
    status: ProgressStatus;
    note: string | null;
    withPhoto: boolean;
  }[];
  results: YearResultCopy[];
  attendance: {
    meeting: MeetingRef;
    present: boolean;
    reason: string | null;
    markedBy: MarkedBy;
  }[];
  responses: {
    meeting: MeetingRef;
    answer: "attend" | "excused";
    reason: string | null;
    on: Day;
  }[];
  attendanceChanges: {
    meeting: MeetingRef;
    on: Day;
    presentBefore: boolean | null;
    reasonBefore: string | null;
    present: boolean;
    reason: string | null;
    by: string | null;
  }[];
  absenceWarnings: { year: number; months: number; on: Day }[];
  pollVotes: { on: Day; question: string; chosen: string }[];
  nominations: {
    year: number;
    round: NominationRound;
    reason: string;
    on: Day;
    confirmed: boolean;
  }[];
  nominationVotes: { on: Day }[];
  departures: { group: string | null; on: Day }[];
  messages: { on: Day; state: (typeof schema.OUTBOX_STATES)[number] }[];
  reads: {
    at: string;
    reader: string | null;
    role: ReaderRole;
    kind: ReadKind;
    channel: ReadChannel;
  }[];
  /**
   * Rows of tables this copy has no section of its own for, field by field as stored: a table
   * added later is shown this way until it gets one, never left out.
   */
  other: { table: string; rows: { field: string; value: FieldValue }[][] }[];
}

/**
 * Loads a member's copy from their rows (ConsentStore.dataOf, by table): each table read for a
 * section of its own is marked so; the rows of every other table go to `other`.
 */
export function loadMemberDataCopy(
  services: Services,
  plain: (text: string | Text) => string,
  member: Member,
  cell: Cell,
  heading: DocumentHeading,
  rows: Record<string, unknown[]>,
): MemberDataCopy {
  const { members, meetings, polls, plans, cells, timeZone } = services;
  const shown = new Set<string>();
  const of = <T extends SQLiteTable>(table: T): T["$inferSelect"][] => {
    const name = getTableName(table);
    shown.add(name);
    return (rows[name] ?? []) as T["$inferSelect"][];
  };
  const day = (at: Date): Day => formatDay(localDay(at, timeZone));
  const maybeDay = (at: Date | null): Day | null => (at ? day(at) : null);
  const nameOf = (id: number | null) => (id === null ? null : (members.byId(id)?.fullName ?? null));
  const planOf = (year: number) => plans.forCell(cell.committeeId, year);
  const partNames = (year: number) => {
    const labels = planOf(year).partLabels;
    return Object.fromEntries(
      COMMITMENT_PARTS.map((part) => [part, plain(labels[part])]),
    ) as Record<CommitmentPart, string>;
  };
  const meetingRef = (id: number): MeetingRef => {
    const meeting = meetings.byId(id);
    return meeting
      ? { topic: plain(topicOf(meeting, timeZone)), day: day(meeting.startsAt) }
      : { topic: "", day: "" };
  };
  const [entry = member] = of(schema.members);
  const privateChats = new Map(of(schema.privateChats).map((row) => [row.personId, row.openedAt]));
  const commitments = of(schema.commitments);
  const revisions = of(schema.commitmentRevisions);

  const copy: Omit<MemberDataCopy, "other"> = {
    heading,
    madeAt: formatInstant(services.clock.now(), timeZone),
    member: {
      name: entry.fullName,
      cell: cell.name,
      role: entry.role,
      status: entry.status,
      roster: entry.roster,
      since: day(entry.createdAt),
    },
    accounts: of(schema.identities).map((row) => ({
      account: row.personId,
      shownAs: row.displayName,
      since: day(row.createdAt),
      privateChatSince: maybeDay(privateChats.get(row.personId) ?? null),
    })),
    consents: of(schema.consents).map((row) => ({
      on: day(row.answeredAt),
      answer: row.answer,
      version: row.textVersion,
      recordedBy: nameOf(row.recordedBy),
    })),
    plans: commitments
      .toSorted((a, b) => a.year - b.year)
      .map((commitment) => ({
        year: commitment.year,
        partNames: partNames(commitment.year),
        revisions: revisions
          .filter((row) => row.commitmentId === commitment.id)
          .toSorted((a, b) => a.revision - b.revision)
          .map((row) => ({
            revision: row.revision,
            savedOn: day(row.savedAt),
            current: row.revision === commitment.revision,
            parts: { study: row.study, follow: row.follow, example: row.example },
          })),
      })),
    progress: of(schema.progressNotes).map((row) => ({
      on: day(row.notedAt),
      year: row.year,
      part: partNames(row.year)[row.part],
      status: row.status,
      note: row.note,
      withPhoto: row.evidence !== null,
    })),
    results: of(schema.yearResults)
      .toSorted((a, b) => a.year - b.year)
      .map((row) => {
        const levels = planOf(row.year).grading.levels;
        const parts = row.parts;
        return {
          year: row.year,
          partNames: partNames(row.year),
          reported:
            parts && row.submittedAt
              ? {
                  on: day(row.submittedAt),
                  parts: Object.fromEntries(
                    COMMITMENT_PARTS.map((part) => [
                      part,
                      {
                        outcome: parts[part].outcome,
                        text: parts[part].text,
                        why: parts[part].why ?? null,
                      },
                    ]),
                  ) as NonNullable<YearResultCopy["reported"]>["parts"],
                }
              : null,
          proposedLevel: row.proposedLevel ? levels[row.proposedLevel] : null,
          agreedLevel: row.agreedLevel ? levels[row.agreedLevel] : null,
          agreedOn: maybeDay(row.agreedAt),
          agreedBy: nameOf(row.agreedBy),
        };
      }),
    attendance: of(schema.attendance).map((row) => ({
      meeting: meetingRef(row.meetingId),
      present: row.present,
      reason: row.reason,
      markedBy: row.markedBy,
    })),
    responses: of(schema.meetingResponses).map((row) => ({
      meeting: meetingRef(row.meetingId),
      answer: row.answer,
      reason: row.reason,
      on: day(row.answeredAt),
    })),
    attendanceChanges: of(schema.attendanceChanges).map((row) => ({
      meeting: meetingRef(row.meetingId),
      on: day(row.changedAt),
      presentBefore: row.presentBefore,
      reasonBefore: row.reasonBefore,
      present: row.present,
      reason: row.reason,
      by: nameOf(row.changedBy),
    })),
    absenceWarnings: of(schema.absenceWarnings).map((row) => ({
      year: row.year,
      months: row.months,
      on: day(row.warnedAt),
    })),
    pollVotes: of(schema.pollVotes).map((row) => {
      const poll = polls.byId(row.pollId);
      return {
        on: day(row.votedAt),
        question: poll ? plain(poll.question) : "",
        chosen: row.optionIds
          .map((id) => poll?.options[id])
          .flatMap((option) => (option ? [plain(option)] : []))
          .join(", "),
      };
    }),
    nominations: of(schema.nominations).map((row) => ({
      year: row.year,
      round: row.round,
      reason: row.reason,
      on: day(row.proposedAt),
      confirmed: row.confirmedAt !== null,
    })),
    // Whom the member supported is left out: the nominee may be someone else.
    nominationVotes: of(schema.nominationVotes).map((row) => ({ on: day(row.votedAt) })),
    departures: of(schema.departures).map((row) => ({
      group: cells.groupLink(row.chatId)?.title ?? null,
      on: day(row.leftAt),
    })),
    messages: of(schema.outbox).map((row) => ({ on: day(row.createdAt), state: row.state })),
    reads: of(schema.dataReads)
      .toSorted((a, b) => a.readAt.getTime() - b.readAt.getTime())
      .map((row) => ({
        at: formatInstant(row.readAt, timeZone),
        reader: nameOf(row.readerMemberId),
        role: row.readerRole,
        kind: row.kind,
        channel: row.channel,
      })),
  };
  const other = Object.entries(rows)
    .filter(([table, list]) => !shown.has(table) && list.length > 0)
    .map(([table, list]) => ({
      table,
      rows: list.map((row) =>
        Object.entries(row as Record<string, unknown>).map(([field, value]) => ({
          field,
          value: fieldValue(value, timeZone),
        })),
      ),
    }));
  return { ...copy, other };
}

function fieldValue(value: unknown, timeZone: string): FieldValue {
  if (value instanceof Date) return formatInstant(value, timeZone);
  if (value === null || value === undefined) return null;
  // A local day kept as text ("2024-03-10"), written as every other day of the copy.
  if (typeof value === "string" && isValidDay(value)) return formatDay(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  return JSON.stringify(value);
}
