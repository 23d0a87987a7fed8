import {
  and,
  type Column,
  eq,
  exists,
  inArray,
  isNotNull,
  isNull,
  ne,
  notExists,
  notInArray,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/database.js";
import type { TABLE_USES } from "../db/personal-data.js";
import {
  absenceWarnings,
  attendance,
  codeAttempts,
  commitmentRevisions,
  commitments,
  consents,
  dataReads,
  departures,
  dialogs,
  identities,
  meetingResponses,
  meetings,
  members,
  nominationRounds,
  nominations,
  nominationVotes,
  offeredChoices,
  oneTimeCodes,
  outbox,
  polls,
  pollVotes,
  privateChats,
  progressNotes,
  yearResults,
  zaloContacts,
  zaloStrangerSends,
} from "../db/schema.js";
import type { MinutesEntry } from "../domain/meeting-rules.js";
import { foldKey } from "../domain/text.js";

type Fates = { erase?: string; anonymise?: string; keep?: string };

/**
 * What erasing a member does to a table's rows about them, each fate saying which rows and why:
 * they go; they stay with what names the person taken out; or they stay as they are, naming
 * only the roster entry, whose name is anonymised.
 */
export type ErasureDecision =
  | "bookkeeping"
  | (Fates & ({ erase: string } | { anonymise: string } | { keep: string }));

/**
 * Every table of the schema (those src/db/personal-data.ts describes), with what erasure does
 * to a member's rows in it: a new table does not compile until it is decided here, and
 * test/commands/dulieu-erase.test.ts checks the database after an erasure against it.
 */
export const ERASURE: Record<keyof typeof TABLE_USES, ErasureDecision> = {
  members: {
    anonymise:
      "the entry stays, as the minutes, marks, levels and consents point at it: its name becomes the anonymised one, its role an ordinary member's, its status transferred",
  },
  identities: { erase: "the chat accounts: chibo keeps no way to reach or recognise the person" },
  commitments: { erase: "the personal plans, the member's own writing" },
  commitmentRevisions: { erase: "every saved version of those plans" },
  progressNotes: { erase: "the member's own notes on their plan" },
  yearResults: {
    erase: "a results report the cell graded no level on",
    anonymise:
      "where the cell agreed a level: the member's text and the level they proposed go; the agreed level is the cell's decision, which its year-end report and the committee's counts keep",
  },
  meetings: {
    anonymise: "the name in the roster a closed meeting's minutes keep; the counts stay",
  },
  meetingResponses: {
    erase: "answers to meetings not closed: no minutes hold them",
    // Kept: for a member absent without a mark of their own, the minutes take "absent with
    // reason", and the reason, from the answer.
    keep: "answers to closed meetings, reasons included: the minutes' absent with or without reason comes from them",
  },
  // Absence reasons stay with the marks and answers of closed meetings: the minutes print
  // each absence with its reason, and whether it had one decides the Charter's count of
  // absences without reason; with the entry anonymised, the reason no longer names anyone.
  attendance: {
    erase: "marks at meetings not closed",
    keep: "marks at closed meetings, absence reasons included: the minutes and the absence counts",
  },
  attendanceChanges: { keep: "the ledger of corrections to marks: no correction is silent" },
  absenceWarnings: {
    erase: "that the secretary was warned once: an entry off the roster is warned of no more",
  },
  pollVotes: {
    erase: "named votes in polls still open: the member is no longer the cell's",
    anonymise:
      "named votes in closed polls: kept in the result as counted, no longer tied to the member",
  },
  nominations: {
    erase: "nominations of the member in a round not confirmed",
    keep: "those of a confirmed round (the cell's decision), and those the member proposed, which are about others",
  },
  nominationVotes: {
    erase: "the member's votes in a round not confirmed",
    keep: "their votes in a confirmed round: the support the list was confirmed with",
  },
  departures: { erase: "that the member left a group: nothing is left to settle" },
  consents: {
    keep: "the law requires the record of consent and of its withdrawal (without the chat account)",
  },
  dataReads: { keep: "who opened the member's data: the cell's accountability, kept its time" },
  committeeOfficers: {
    keep: "an officer's place is the committee's to change: another capacity than the member's",
  },
  privateChats: { erase: "what only served reaching the accounts" },
  zaloContacts: { erase: "what only served reaching the accounts" },
  zaloStrangerSends: { erase: "what only served reaching the accounts" },
  codeAttempts: { erase: "the accounts' wrong codes" },
  dialogs: { erase: "the accounts' open dialogs, in every chat" },
  processedUpdates: {
    keep: "replies kept for a resend are filed by update, not by person, and go within a week",
  },
  offeredChoices: {
    erase: "the numbered lists of the accounts' private chats",
    keep: "a group's list is the group's, and goes with the dialogs' window",
  },
  outbox: { erase: "messages to the member, waiting or sent" },
  cells: {
    keep: "a default chair or minute taker is a name the secretary typed, tied to no entry: the secretary changes it",
  },
  cellModels: { keep: "the cell's model is the cell's work" },
  cellModelProgress: { keep: "the model's progress is the cell's" },
  oneTimeCodes: { erase: "codes that would give the entry a chat account again (claim, link)" },
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
  nominationRounds: "bookkeeping",
};

/** What an erasure takes away and what the cell keeps, counted, for the member and the secretary. */
export interface ErasureCounts {
  /** Gone: chat accounts (with their dialogs, lists and what reached them). */
  accounts: number;
  plans: number;
  revisions: number;
  progress: number;
  /** Results reports whose text and proposed level went. */
  results: number;
  /** Answers and marks for meetings not closed. */
  answers: number;
  /** Named votes in open polls and votes in nomination rounds not confirmed. */
  votes: number;
  /** Nominations of the member in rounds not confirmed. */
  nominations: number;
  /** Messages to the member, waiting or sent. */
  messages: number;
  /** Kept: closed meetings whose minutes list the entry, now under the anonymised name. */
  meetings: number;
  /** Marks at closed meetings. */
  marks: number;
  /** Levels the cell agreed. */
  levels: number;
  /** Votes kept in closed polls' results and confirmed rounds, without the name. */
  countedVotes: number;
  /** Answers about consent. */
  consents: number;
}

type Part = keyof ErasureCounts;

/** The name the entry goes by once erased, and when. */
interface Renamed {
  name: string;
  now: Date;
}

/**
 * One kind of row: which rows (`where`), what the count of them says (`part`; none: not told),
 * and what erasing does to them: deletes them, changes them (`apply`, returning how many), or
 * (`keep`) nothing.
 */
interface Step {
  part?: Part;
  table: SQLiteTable;
  where: SQL;
  keep?: true;
  apply?: (where: SQL, renamed: Renamed) => number;
}

/** One condition of all: never undefined, which drizzle reads as every row. */
const all = (...conditions: (SQL | undefined)[]): SQL => and(...conditions) ?? sql`0`;

/** A member's data erased on their request, the rest kept under an anonymised entry (/dulieu). */
export class MemberErasure {
  constructor(private readonly db: Db) {}

  /** What erasing would take and keep now, counted as `erase` counts it. */
  preview(memberId: number): ErasureCounts {
    const counts = emptyCounts();
    for (const step of this.steps(memberId)) {
      if (step.part) counts[step.part] += this.count(step);
    }
    return counts;
  }

  /**
   * Erases in one transaction, the caller's when it runs in one: what may go goes, what the
   * minutes and the law keep stays under `anonymousName`, the entry transferred.
   */
  erase(memberId: number, anonymousName: string, now: Date): ErasureCounts {
    // One connection: the statements below are the transaction's, nested in the caller's.
    return this.db.transaction(() => {
      const counts = emptyCounts();
      const renamed = { name: anonymousName, now };
      for (const step of this.steps(memberId)) {
        const changed = step.keep
          ? this.count(step)
          : step.apply
            ? step.apply(step.where, renamed)
            : this.db.delete(step.table).where(step.where).run().changes;
        if (step.part) counts[step.part] += changed;
      }
      return counts;
    });
  }

  private count(step: Step): number {
    return (
      this.db.select({ n: sql<number>`count(*)` }).from(step.table).where(step.where).get()?.n ?? 0
    );
  }

  /** In the order they run: rows are deleted before those they refer to. */
  private steps(memberId: number): Step[] {
    const db = this.db;
    const entry = db.select().from(members).where(eq(members.id, memberId)).get();
    if (!entry) return [];
    const accounts = db
      .select({ personId: identities.personId })
      .from(identities)
      .where(eq(identities.memberId, memberId))
      .all()
      .map((row) => row.personId);
    const meetingsIn = (state: SQL) => db.select({ id: meetings.id }).from(meetings).where(state);
    const closed = meetingsIn(eq(meetings.state, "closed"));
    const notClosed = meetingsIn(ne(meetings.state, "closed"));
    // A nomination's round, confirmed: what the cell put forward is its decision.
    const confirmedRound = db
      .select({ one: sql`1` })
      .from(nominationRounds)
      .where(
        all(
          eq(nominationRounds.cellId, nominations.cellId),
          eq(nominationRounds.year, nominations.year),
          eq(nominationRounds.round, nominations.round),
          isNotNull(nominationRounds.confirmedAt),
        ),
      );
    const confirmedNominations = db
      .select({ id: nominations.id })
      .from(nominations)
      .where(exists(confirmedRound));
    const theirs = eq(yearResults.memberId, memberId);
    const reported = or(
      isNotNull(yearResults.parts),
      isNotNull(yearResults.proposedLevel),
      isNotNull(yearResults.submittedAt),
    );
    const onMinutes = all(
      eq(meetings.cellId, entry.cellId),
      sql`exists (select 1 from json_each(${meetings.roster}) where json_extract(value, '$.id') = ${memberId})`,
    );
    const pollsIn = (state: "open" | "closed") =>
      db.select({ id: polls.id }).from(polls).where(eq(polls.state, state));
    const named = eq(pollVotes.memberId, memberId);
    return [
      {
        part: "revisions",
        table: commitmentRevisions,
        where: inArray(
          commitmentRevisions.commitmentId,
          db
            .select({ id: commitments.id })
            .from(commitments)
            .where(eq(commitments.memberId, memberId)),
        ),
      },
      { part: "plans", table: commitments, where: eq(commitments.memberId, memberId) },
      { part: "progress", table: progressNotes, where: eq(progressNotes.memberId, memberId) },
      {
        part: "levels",
        table: yearResults,
        where: all(theirs, isNotNull(yearResults.agreedLevel)),
        keep: true,
      },
      { part: "results", table: yearResults, where: all(theirs, isNull(yearResults.agreedLevel)) },
      {
        part: "results",
        table: yearResults,
        where: all(theirs, isNotNull(yearResults.agreedLevel), reported),
        apply: (where) =>
          db
            .update(yearResults)
            .set({ parts: null, proposedLevel: null, submittedAt: null })
            .where(where)
            .run().changes,
      },
      {
        part: "answers",
        table: meetingResponses,
        where: all(
          eq(meetingResponses.memberId, memberId),
          inArray(meetingResponses.meetingId, notClosed),
        ),
      },
      {
        part: "answers",
        table: attendance,
        where: all(eq(attendance.memberId, memberId), inArray(attendance.meetingId, notClosed)),
      },
      {
        part: "marks",
        table: attendance,
        where: all(eq(attendance.memberId, memberId), inArray(attendance.meetingId, closed)),
        keep: true,
      },
      { table: absenceWarnings, where: eq(absenceWarnings.memberId, memberId) },
      {
        part: "votes",
        table: pollVotes,
        where: all(named, inArray(pollVotes.pollId, pollsIn("open"))),
      },
      {
        part: "countedVotes",
        table: pollVotes,
        where: all(named, inArray(pollVotes.pollId, pollsIn("closed"))),
        // A key of its own for each vote, tied to nobody: the one it was cast under was the account.
        apply: (where) =>
          db
            .update(pollVotes)
            .set({ memberId: null, personId: sql`'erased:' || lower(hex(randomblob(16)))` })
            .where(where)
            .run().changes,
      },
      {
        part: "votes",
        table: nominationVotes,
        where: all(
          eq(nominationVotes.memberId, memberId),
          notInArray(nominationVotes.nominationId, confirmedNominations),
        ),
      },
      {
        part: "countedVotes",
        table: nominationVotes,
        where: all(
          eq(nominationVotes.memberId, memberId),
          inArray(nominationVotes.nominationId, confirmedNominations),
        ),
        keep: true,
      },
      // Others' votes for it go with it.
      {
        part: "nominations",
        table: nominations,
        where: all(eq(nominations.nomineeId, memberId), notExists(confirmedRound)),
      },
      { table: departures, where: eq(departures.memberId, memberId) },
      {
        table: oneTimeCodes,
        where: all(
          inArray(oneTimeCodes.purpose, ["claim", "link"]),
          eq(oneTimeCodes.targetId, memberId),
        ),
      },
      {
        part: "messages",
        table: outbox,
        where: or(eq(outbox.memberId, memberId), inAccounts(outbox.chatId, accounts)) ?? sql`0`,
      },
      // Messages to others that named the member, kept after they went (for a resend, a
      // year): those not sent yet still go, as the cell was told before the request.
      {
        table: outbox,
        where: all(
          notInArray(outbox.state, ["pending", "sending"]),
          sql`instr(${outbox.reply}, ${entry.fullName}) > 0`,
        ),
      },
      ...accountSteps(accounts),
      { part: "accounts", table: identities, where: eq(identities.memberId, memberId) },
      {
        part: "consents",
        table: consents,
        where: eq(consents.memberId, memberId),
        // Kept as proof, without the chat account that would still recognise the person.
        apply: (where) => db.update(consents).set({ personId: null }).where(where).run().changes,
      },
      {
        table: dataReads,
        where: inAccounts(dataReads.readerPersonId, accounts),
        apply: (where) =>
          db.update(dataReads).set({ readerPersonId: null }).where(where).run().changes,
      },
      {
        part: "meetings",
        table: meetings,
        where: onMinutes,
        apply: (where, renamed) => renameInMinutes(db, where, memberId, renamed),
      },
      {
        table: members,
        where: eq(members.id, memberId),
        apply: (where, { name, now }) =>
          db
            .update(members)
            .set({
              fullName: name,
              nameKey: foldKey(name),
              role: "member",
              status: "transferred",
              updatedAt: now,
            })
            .where(where)
            .run().changes,
      },
    ];
  }
}

/** A column equal to one of the accounts; no row at all where there is none. */
function inAccounts(column: Column, accounts: string[]): SQL {
  return accounts.length > 0 ? inArray(column, accounts) : sql`0`;
}

/** What only served reaching the member's chat accounts (as MemberStore.transferOut). */
function accountSteps(accounts: string[]): Step[] {
  return [
    { table: privateChats, where: inAccounts(privateChats.personId, accounts) },
    { table: zaloContacts, where: inAccounts(zaloContacts.personId, accounts) },
    { table: zaloStrangerSends, where: inAccounts(zaloStrangerSends.personId, accounts) },
    { table: codeAttempts, where: inAccounts(codeAttempts.personId, accounts) },
    { table: dialogs, where: inAccounts(dialogs.personId, accounts) },
    {
      table: offeredChoices,
      // A private chat's id is its person's; a list's labels are kept beside it, under the
      // chat's id and "#labels" (src/outbox/numbered-lists.ts).
      where: inAccounts(offeredChoices.chatId, [
        ...accounts,
        ...accounts.map((account) => `${account}#labels`),
      ]),
    },
  ];
}

/** The entry's name in the rosters closed minutes keep, the rest of each roster as it was. */
function renameInMinutes(db: Db, where: SQL, memberId: number, { name, now }: Renamed): number {
  const rows = db
    .select({ id: meetings.id, roster: meetings.roster })
    .from(meetings)
    .where(where)
    .all();
  for (const row of rows) {
    const roster: MinutesEntry[] = (row.roster ?? []).map((entry) =>
      entry.id === memberId ? { ...entry, fullName: name, nameKey: foldKey(name) } : entry,
    );
    db.update(meetings).set({ roster, updatedAt: now }).where(eq(meetings.id, row.id)).run();
  }
  return rows.length;
}

function emptyCounts(): ErasureCounts {
  return {
    accounts: 0,
    plans: 0,
    revisions: 0,
    progress: 0,
    results: 0,
    answers: 0,
    votes: 0,
    nominations: 0,
    messages: 0,
    meetings: 0,
    marks: 0,
    levels: 0,
    countedVotes: 0,
    consents: 0,
  };
}
