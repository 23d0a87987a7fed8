import {
  and,
  eq,
  getTableName,
  inArray,
  isNotNull,
  or,
  type SQL,
  type SQLWrapper,
  sql,
} from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./database.js";
import * as schema from "./schema.js";

/**
 * Who may read a kind of personal data through chibo, besides the operator, who reads all of it
 * with the database file or a backup: the member it is about, the cell's secretary, deputy and
 * committee, the cell's other members, the committee's officers as counts in their roll-up, and
 * the committee's officers in full.
 */
export const READERS = ["member", "cell-leaders", "cell", "committee-counts", "committee"] as const;
export type Reader = (typeof READERS)[number];

/** Whom a table's rows are about, counted: members of a roster, or chat accounts. */
type People = { members: SQLWrapper } | { accounts: SQLWrapper };

/**
 * How one member's rows are found (their copy of their data, /dulieu): a column or expression
 * equal to their member id, one equal to one of their chat accounts' ids, or both; or, for a
 * table whose rows are no one member's, why not.
 */
export type MemberRows =
  | { member: SQLWrapper; account?: SQLWrapper }
  | { account: SQLWrapper; member?: never }
  | { notPerMember: string };

interface PersonalTable {
  readers: readonly Reader[];
  /** Required: a new table of personal data must say how a member's rows are found. */
  ofMember: MemberRows;
  people?: People;
  /** The instant a row was written, in UTC milliseconds: the oldest is "since when". */
  since?: SQLWrapper;
  /** The rows that hold personal data, where not all do (named votes, closed minutes). */
  where?: SQL;
  /** Fields about someone else, left out of a member's copy of their rows. */
  othersFields?: readonly string[];
}

/** A table of personal data, or bookkeeping that says nothing of a person. */
type TableUse = PersonalTable | "bookkeeping";

/** The schema's tables, by their export name. */
type SchemaTables = {
  [K in keyof typeof schema as (typeof schema)[K] extends SQLiteTable
    ? K
    : never]: (typeof schema)[K];
};

const TABLES: SchemaTables = schema;

const {
  members,
  identities,
  commitments,
  commitmentRevisions,
  progressNotes,
  yearResults,
  meetings,
  meetingResponses,
  attendance,
  attendanceChanges,
  absenceWarnings,
  pollVotes,
  nominations,
  nominationVotes,
  departures,
  consents,
  dataReads,
  committeeOfficers,
  privateChats,
  zaloContacts,
  zaloStrangerSends,
  codeAttempts,
  dialogs,
  processedUpdates,
  offeredChoices,
  outbox,
  cells,
  cellModels,
  cellModelProgress,
} = schema;

const distinct = (column: SQLWrapper) => sql`count(distinct ${column})`;
const revisionOwner = sql`(select ${commitments.memberId} from ${commitments} where ${commitments.id} = ${commitmentRevisions.commitmentId})`;
const ofMembers = (column: SQLWrapper): People => ({ members: distinct(column) });
const ofAccounts = (column: SQLWrapper): People => ({ accounts: distinct(column) });

/**
 * What each table of the schema holds, as a breach notice or an impact assessment must say it.
 * Keyed by every table the schema exports, so a new table does not compile until it is placed
 * here (test/cli/privacy-report.test.ts checks the migrated database too). Tables that carry
 * what people wrote or were shown in passing (open dialogs, numbered lists' labels, messages
 * queued or kept for a resend) count as personal: a copy of the file holds that text.
 */
export const TABLE_USES: Record<keyof SchemaTables, TableUse> = {
  members: {
    readers: ["member", "cell-leaders", "cell", "committee-counts"],
    ofMember: { member: members.id },
    people: ofMembers(members.id),
    since: members.createdAt,
  },
  identities: {
    readers: ["member", "cell-leaders"],
    ofMember: { member: identities.memberId },
    people: ofMembers(identities.memberId),
    since: identities.createdAt,
  },
  commitments: {
    readers: ["member", "cell-leaders", "committee-counts"],
    ofMember: { member: commitments.memberId },
    people: ofMembers(commitments.memberId),
    since: commitments.submittedAt,
  },
  commitmentRevisions: {
    readers: ["member", "cell-leaders"],
    ofMember: { member: revisionOwner },
    people: ofMembers(revisionOwner),
    since: commitmentRevisions.savedAt,
  },
  progressNotes: {
    readers: ["member", "cell-leaders"],
    ofMember: { member: progressNotes.memberId },
    people: ofMembers(progressNotes.memberId),
    since: progressNotes.notedAt,
  },
  yearResults: {
    readers: ["member", "cell-leaders", "committee-counts"],
    ofMember: { member: yearResults.memberId },
    people: ofMembers(yearResults.memberId),
    // A member who never reported may still be graded: then the grading is the first write.
    since: sql`coalesce(${yearResults.submittedAt}, ${yearResults.agreedAt})`,
  },
  meetings: {
    readers: ["cell-leaders", "committee-counts"],
    ofMember: {
      notPerMember:
        "closed minutes list who came and who did not in one roster of names; a member's own marks are their attendance rows",
    },
    since: meetings.closedAt,
    where: isNotNull(meetings.roster),
  },
  meetingResponses: {
    readers: ["member", "cell-leaders"],
    ofMember: { member: meetingResponses.memberId },
    people: ofMembers(meetingResponses.memberId),
    since: meetingResponses.answeredAt,
  },
  attendance: {
    readers: ["member", "cell-leaders", "committee-counts"],
    ofMember: { member: attendance.memberId },
    people: ofMembers(attendance.memberId),
    since: attendance.markedAt,
  },
  attendanceChanges: {
    readers: ["member", "cell-leaders"],
    ofMember: { member: attendanceChanges.memberId },
    people: ofMembers(attendanceChanges.memberId),
    since: attendanceChanges.changedAt,
  },
  absenceWarnings: {
    readers: ["cell-leaders"],
    ofMember: { member: absenceWarnings.memberId },
    people: ofMembers(absenceWarnings.memberId),
    since: absenceWarnings.warnedAt,
  },
  pollVotes: {
    readers: ["member", "cell"],
    ofMember: { member: pollVotes.memberId },
    people: ofMembers(pollVotes.memberId),
    since: pollVotes.votedAt,
    // A secret ballot's vote is kept under a hash that is erased when the poll closes.
    where: isNotNull(pollVotes.memberId),
  },
  nominations: {
    readers: ["member", "cell-leaders", "cell", "committee-counts"],
    ofMember: { member: nominations.nomineeId },
    people: ofMembers(nominations.nomineeId),
    since: nominations.proposedAt,
  },
  nominationVotes: {
    readers: ["member", "cell-leaders"],
    ofMember: { member: nominationVotes.memberId },
    people: ofMembers(nominationVotes.memberId),
    since: nominationVotes.votedAt,
  },
  departures: {
    readers: ["cell-leaders"],
    ofMember: { member: departures.memberId },
    people: ofMembers(departures.memberId),
    since: departures.leftAt,
  },
  consents: {
    readers: ["member", "cell-leaders"],
    ofMember: { member: consents.memberId, account: consents.personId },
    // A refusal names only the chat account; a consent given on paper, only the member.
    people: ofAccounts(sql`coalesce(${consents.personId}, 'member:' || ${consents.memberId})`),
    since: consents.answeredAt,
  },
  dataReads: {
    readers: ["member"],
    // A row about a member is theirs to see; who read it is a leader doing their work.
    ofMember: { member: dataReads.memberId },
    // An officer's chat account is theirs, not the member's: the role says who read.
    othersFields: ["readerPersonId"],
    people: ofMembers(dataReads.memberId),
    since: dataReads.readAt,
  },
  committeeOfficers: {
    readers: ["committee"],
    ofMember: { account: committeeOfficers.personId },
    people: ofAccounts(committeeOfficers.personId),
    since: committeeOfficers.addedAt,
  },
  privateChats: {
    readers: [],
    ofMember: { account: privateChats.personId },
    people: ofAccounts(privateChats.personId),
    since: privateChats.openedAt,
  },
  zaloContacts: {
    readers: [],
    ofMember: { account: zaloContacts.personId },
    people: ofAccounts(zaloContacts.personId),
    since: sql`coalesce(${zaloContacts.friendSince}, ${zaloContacts.unreachableAt}, ${zaloContacts.askedToBefriendAt})`,
  },
  zaloStrangerSends: {
    readers: [],
    ofMember: { account: zaloStrangerSends.personId },
    people: ofAccounts(zaloStrangerSends.personId),
  },
  codeAttempts: {
    readers: [],
    ofMember: { account: codeAttempts.personId },
    people: ofAccounts(codeAttempts.personId),
    since: codeAttempts.at,
  },
  dialogs: {
    readers: ["member"],
    ofMember: { account: dialogs.personId },
    people: ofAccounts(dialogs.personId),
    since: dialogs.updatedAt,
  },
  processedUpdates: {
    readers: [],
    ofMember: {
      notPerMember:
        "replies kept for a resend are filed by the update they answer, not by person, and go after a week",
    },
    since: processedUpdates.processedAt,
    where: isNotNull(processedUpdates.replies),
  },
  offeredChoices: {
    // A group's list is read by the cell; one in a private chat by its member, or by a
    // secretary deciding about others (/duyet).
    readers: ["member", "cell-leaders", "cell"],
    ofMember: {
      notPerMember:
        "a list's labels are what one chat was last shown, often several members' names, filed by chat, not by person, and go with the dialogs' window",
    },
    since: offeredChoices.offeredAt,
  },
  outbox: {
    readers: ["member"],
    ofMember: { member: outbox.memberId },
    people: ofMembers(outbox.memberId),
    since: outbox.createdAt,
  },
  cells: {
    readers: ["cell-leaders", "cell"],
    ofMember: {
      notPerMember:
        "the default chair and minute taker are names the secretary typed, not a member's id",
    },
    since: cells.createdAt,
    where: or(isNotNull(cells.defaultChair), isNotNull(cells.defaultMinuteTaker)),
  },
  cellModels: {
    readers: ["cell", "committee"],
    ofMember: { notPerMember: "the cell's model is the cell's work, written for the cell" },
    since: cellModels.createdAt,
  },
  cellModelProgress: {
    readers: ["cell-leaders", "committee"],
    ofMember: { notPerMember: "the model's progress is the cell's, noted for the cell" },
    since: cellModelProgress.notedAt,
  },
  committees: "bookkeeping",
  groups: "bookkeeping",
  plans: "bookkeeping",
  quarterTopics: "bookkeeping",
  jobRuns: "bookkeeping",
  scheduleLooks: "bookkeeping",
  cellSummaries: "bookkeeping",
  schedulerLease: "bookkeeping",
  meetingSeries: "bookkeeping",
  polls: "bookkeeping",
  postedMessages: "bookkeeping",
  platformStatus: "bookkeeping",
  oneTimeCodes: "bookkeeping",
  nominationRounds: "bookkeeping",
};

/** What one table of personal data holds now: counts and the oldest instant, never content. */
export interface PersonalCount {
  table: string;
  readers: readonly Reader[];
  rows: number;
  /** How many people its rows are about; null where the rows name nobody by id (minutes). */
  people: { count: number; of: "members" | "accounts" } | null;
  /** The oldest row's instant; null with no row, or where rows keep no instant. */
  since: Date | null;
}

/** Every table of the schema by its SQL name, with what it holds. */
export function schemaTables(): { table: string; use: TableUse; source: SQLiteTable }[] {
  return Object.entries(TABLE_USES).map(([name, use]) => {
    const source: SQLiteTable = TABLES[name as keyof SchemaTables];
    return { table: getTableName(source), use, source };
  });
}

/** Counts each table of personal data, in the order of TABLE_USES. */
export function countPersonalData(db: Db): PersonalCount[] {
  return schemaTables().flatMap(({ table, use, source }) => {
    if (use === "bookkeeping") return [];
    const people =
      use.people && ("members" in use.people ? use.people.members : use.people.accounts);
    const row = db
      .select({
        rows: sql<number>`count(*)`,
        people: people ? sql<number>`${people}` : sql<null>`null`,
        since: use.since ? sql<number | null>`min(${use.since})` : sql<null>`null`,
      })
      .from(source)
      .where(use.where)
      .get();
    return [
      {
        table,
        readers: use.readers,
        rows: row?.rows ?? 0,
        people:
          use.people && row?.people != null
            ? { count: row.people, of: "members" in use.people ? "members" : "accounts" }
            : null,
        since: row?.since == null ? null : new Date(row.since),
      },
    ];
  });
}

/** How many rows each bookkeeping table has. */
export function countBookkeeping(db: Db): { table: string; rows: number }[] {
  return schemaTables().flatMap(({ table, use, source }) =>
    use === "bookkeeping"
      ? [{ table, rows: db.select({ rows: sql<number>`count(*)` }).from(source).get()?.rows ?? 0 }]
      : [],
  );
}

/** The people the database is about: members by roster state, their cells, chat accounts. */
export function countPeople(db: Db) {
  const count = (source: SQLiteTable, where?: SQL) =>
    db.select({ n: sql<number>`count(*)` }).from(source).where(where).get()?.n ?? 0;
  const roster = db
    .select({ state: schema.members.roster, n: sql<number>`count(*)` })
    .from(schema.members)
    .groupBy(schema.members.roster)
    .all();
  return {
    members: count(schema.members),
    roster: Object.fromEntries(roster.map(({ state, n }) => [state, n])),
    cells: count(schema.cells),
    accounts: count(schema.identities),
    officers: count(schema.committeeOfficers),
  };
}

/** The rows one member's copy of their data holds: for each table of personal data, by its SQL name. */
export function memberRows(
  db: Db,
  memberId: number,
  personIds: readonly string[],
): Record<string, unknown[]> {
  const rows: Record<string, unknown[]> = {};
  for (const { table, use, source } of schemaTables()) {
    if (use === "bookkeeping" || "notPerMember" in use.ofMember) continue;
    const { member, account } = use.ofMember;
    const theirs = or(
      member ? eq(sql`${member}`, memberId) : undefined,
      account && personIds.length > 0 ? inArray(sql`${account}`, [...personIds]) : undefined,
    );
    const found = theirs ? db.select().from(source).where(and(theirs, use.where)).all() : [];
    rows[table] = found.map((row) => withoutFields(row, use.othersFields ?? []));
  }
  return rows;
}

function withoutFields(row: Record<string, unknown>, fields: readonly string[]): unknown {
  if (fields.length === 0) return row;
  return Object.fromEntries(Object.entries(row).filter(([field]) => !fields.includes(field)));
}
