import { sql } from "drizzle-orm";
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import type { CommitmentPart } from "../domain/commitment-rules.js";
import { LEVELS, type Outcome } from "../domain/grading-rules.js";
import { HOLIDAY_SHIFTS, type MeetingRule } from "../domain/meeting-recurrence.js";
import {
  MARKED_BY,
  MEETING_KINDS,
  type MeetingMaterials,
  type MinutesEntry,
} from "../domain/meeting-rules.js";
import { MEMBER_ROLES, MEMBER_STATUSES, ROSTER_STATES } from "../domain/member-rules.js";
import { NOMINATION_ROUNDS, NOMINEE_KINDS } from "../domain/nomination-rules.js";
import { PROGRESS_STATUSES } from "../domain/progress-rules.js";
import type { Text } from "../i18n.js";
import type { OutboxIntent } from "../messages/intent.js";
import type { Reply } from "../messages/reply.js";
import type { SecondHalf } from "../plan/plan-schema.js";

// Instants are stored as UTC milliseconds, always from the injected clock; calendar days of a
// plan as "YYYY-MM-DD" in local time.
const instant = (name: string) => integer(name, { mode: "timestamp_ms" }).notNull();
/** An instant that may not have come yet (a level not agreed, a round not closed). */
const maybeInstant = (name: string) => integer(name, { mode: "timestamp_ms" });

/**
 * When scheduled posts go out and how many days ahead reminders come. Null inherits: a cell
 * from its committee, a committee from the defaults (domain/schedule-settings.ts).
 */
const scheduleColumns = () => ({
  postHour: integer("post_hour"),
  registrationReminderDays: text("registration_reminder_days", { mode: "json" }).$type<number[]>(),
  studyReminderDays: text("study_reminder_days", { mode: "json" }).$type<number[]>(),
  reviewReminderDays: text("review_reminder_days", { mode: "json" }).$type<number[]>(),
  /** ISO weekday of the secretary's weekly summary: 1 is Monday. */
  weeklySummaryWeekday: integer("weekly_summary_weekday"),
  meetingReminderHours: text("meeting_reminder_hours", { mode: "json" }).$type<number[]>(),
  /** A meeting's length; a thematic meeting held with the regular one takes the longer. */
  meetingMinutes: integer("meeting_minutes"),
  combinedMeetingMinutes: integer("combined_meeting_minutes"),
  /** Days before a meeting of a recurring rule that its notice goes out. */
  meetingNoticeDays: integer("meeting_notice_days"),
  /** Days before a meeting that the secretary hears if no agenda or document is attached. */
  meetingMaterialsDays: integer("meeting_materials_days"),
});

/**
 * What a cell's documents print: the party organisation above the cell in the header
 * ("ĐẢNG BỘ PHƯỜNG PHÚ HÒA"), the place before the date, who chairs and who takes minutes.
 * Null inherits: a cell from its committee, a committee leaves the line to be filled by hand.
 */
const documentColumns = () => ({
  partyOrganisation: text("party_organisation"),
  place: text("place"),
});

export const committees = sqliteTable("committees", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  ...documentColumns(),
  ...scheduleColumns(),
  createdAt: instant("created_at"),
});

export const cells = sqliteTable(
  "cells",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    committeeId: integer("committee_id").references(() => committees.id),
    autoApprove: integer("auto_approve", { mode: "boolean" }).notNull().default(false),
    retiredRegister: integer("retired_register", { mode: "boolean" }).notNull().default(true),
    ...scheduleColumns(),
    ...documentColumns(),
    /** The names the minutes print as chair and minute-taker when the meeting gives none. */
    defaultChair: text("default_chair"),
    defaultMinuteTaker: text("default_minute_taker"),
    createdAt: instant("created_at"),
  },
  // A committee's cells, in order of code: every roll-up and its files read them
  // (docs/performance.md).
  (t) => [index("cells_committee_idx").on(t.committeeId, t.code)],
);

/** A platform group chat linked to a cell; `active` turns false when the bot is removed. */
export const groups = sqliteTable(
  "groups",
  {
    chatId: text("chat_id").primaryKey(),
    cellId: integer("cell_id")
      .notNull()
      .references(() => cells.id),
    title: text("title").notNull(),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    linkedAt: instant("linked_at"),
  },
  // A cell's groups: every answer to an announcement refreshes its count in each of them.
  (t) => [index("groups_cell_idx").on(t.cellId)],
);

export const members = sqliteTable(
  "members",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cellId: integer("cell_id")
      .notNull()
      .references(() => cells.id),
    fullName: text("full_name").notNull(),
    /** The name folded for matching: no case, no diacritics, single spaces. */
    nameKey: text("name_key").notNull(),
    role: text("role", { enum: MEMBER_ROLES }).notNull().default("member"),
    status: text("status", { enum: MEMBER_STATUSES }).notNull().default("full"),
    roster: text("roster", { enum: ROSTER_STATES }).notNull().default("pending"),
    createdAt: instant("created_at"),
    updatedAt: instant("updated_at"),
  },
  (t) => [index("members_cell_idx").on(t.cellId)],
);

/** One platform account (an opaque id such as "tg:123" or "console:lan") of one member. */
export const identities = sqliteTable(
  "identities",
  {
    personId: text("person_id").primaryKey(),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    displayName: text("display_name").notNull(),
    createdAt: instant("created_at"),
  },
  // Which of a cell's members have an account (/baocao, reminders): without it, every
  // identity of the province is read for one cell (docs/performance.md).
  (t) => [index("identities_member_idx").on(t.memberId)],
);

/** The year's plan; `scope` is a committee id, or 0 for the plan every cell falls back to. */
export const plans = sqliteTable(
  "plans",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    year: integer("year").notNull(),
    scope: integer("scope").notNull().default(0),
    issuedBy: text("issued_by").notNull(),
    document: text("document"),
    annualTopic: text("annual_topic").notNull(),
    annualTopicSummary: text("annual_topic_summary"),
    studyDeadline: text("study_deadline").notNull(),
    registrationDeadline: text("registration_deadline").notNull(),
    midtermReview: text("midterm_review"),
    yearEndReview: text("year_end_review"),
    examples: text("examples", { mode: "json" })
      .$type<{ study: string[]; follow: string[]; example: string[] }>()
      .notNull(),
    /**
     * The three parts' names as the plan words them ("Học tập", "Làm theo" or "Thực hành",
     * "Nêu gương"); null: the locale's.
     */
    partLabels: text("part_labels", { mode: "json" }).$type<{
      study: string;
      follow: string;
      example: string;
    }>(),
    /** Progress days, results, grading, nominations, as the plan gave them; null: the default's. */
    secondHalf: text("second_half", { mode: "json" }).$type<SecondHalf>(),
    importedAt: instant("imported_at"),
  },
  (t) => [uniqueIndex("plans_year_scope_idx").on(t.year, t.scope)],
);

export const quarterTopics = sqliteTable(
  "quarter_topics",
  {
    planId: integer("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    quarter: integer("quarter").notNull(),
    title: text("title").notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.quarter] })],
);

export const commitments = sqliteTable(
  "commitments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    year: integer("year").notNull(),
    study: text("study").notNull(),
    follow: text("follow").notNull(),
    example: text("example").notNull(),
    revision: integer("revision").notNull(),
    submittedAt: instant("submitted_at"),
    updatedAt: instant("updated_at"),
  },
  (t) => [uniqueIndex("commitments_member_year_idx").on(t.memberId, t.year)],
);

/** Every version of a commitment, the current one included, so nothing a member wrote is lost. */
export const commitmentRevisions = sqliteTable(
  "commitment_revisions",
  {
    commitmentId: integer("commitment_id")
      .notNull()
      .references(() => commitments.id),
    revision: integer("revision").notNull(),
    study: text("study").notNull(),
    follow: text("follow").notNull(),
    example: text("example").notNull(),
    savedAt: instant("saved_at"),
  },
  (t) => [primaryKey({ columns: [t.commitmentId, t.revision] })],
);

/** An open multi-step conversation of one person in one chat. */
export const dialogs = sqliteTable(
  "dialogs",
  {
    chatId: text("chat_id").notNull(),
    personId: text("person_id").notNull(),
    command: text("command").notNull(),
    state: text("state", { mode: "json" }).$type<unknown>().notNull(),
    updatedAt: instant("updated_at"),
  },
  (t) => [primaryKey({ columns: [t.chatId, t.personId] })],
);

/** Choices offered as a numbered list, so that a bare "2" can be read as the second one. */
export const offeredChoices = sqliteTable("offered_choices", {
  chatId: text("chat_id").primaryKey(),
  values: text("values", { mode: "json" }).$type<string[]>().notNull(),
  offeredAt: instant("offered_at"),
});

/** People who have written to the bot in private: on Telegram, the only ones it may write to. */
export const privateChats = sqliteTable("private_chats", {
  personId: text("person_id").primaryKey(),
  openedAt: instant("opened_at"),
});

export const processedUpdates = sqliteTable("processed_updates", {
  updateKey: text("update_key").primaryKey(),
  processedAt: instant("processed_at"),
  /**
   * The turn's answers until the platform took them: if the process dies between the commit
   * and the send, the update comes again and these go out, rather than nothing.
   */
  replies: text("replies", { mode: "json" }).$type<Reply[]>(),
});

/** Every scheduled run, once per job, cell and period: what makes a run never repeat. */
export const jobRuns = sqliteTable(
  "job_runs",
  {
    job: text("job").notNull(),
    cellId: integer("cell_id")
      .notNull()
      .references(() => cells.id),
    period: text("period").notNull(),
    /** "skipped" when it fell due after what it reminds of had passed. */
    outcome: text("outcome", { enum: ["done", "skipped"] }).notNull(),
    ranAt: instant("ran_at"),
  },
  (t) => [
    primaryKey({ columns: [t.job, t.cellId, t.period] }),
    // What a cell has run is read by cell (the key starts with the job): without this, each
    // cell's read scanned every run of every cell (docs/performance.md).
    index("job_runs_cell_idx").on(t.cellId),
  ],
);

/**
 * How far the scheduler has looked, for the jobs that send (not looked at in quiet hours) and
 * the others: every slot due until then was run or let go. A start looks on from there.
 */
export const scheduleLooks = sqliteTable("schedule_looks", {
  kind: text("kind", { enum: ["sends", "silent"] }).primaryKey(),
  lookedAt: instant("looked_at"),
});

export const OUTBOX_STATES = [
  "pending",
  "sending",
  "sent",
  "unreachable",
  "failed",
  "expired",
  /** Written when it was due to go out, it had nothing left to say (everyone registered). */
  "dropped",
] as const;

/** Messages that must arrive, written in the transaction that caused them, sent later. */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    chatId: text("chat_id").notNull(),
    /** What goes out; for an intent, what went out (empty until it is written and sent). */
    reply: text("reply", { mode: "json" }).$type<Reply>().notNull(),
    /** For a message whose truth can change: what it is about, written as it goes out. */
    intent: text("intent", { mode: "json" }).$type<OutboxIntent>(),
    /** For a private message: the member, who is named in the group if it cannot reach them. */
    memberId: integer("member_id").references(() => members.id),
    state: text("state", { enum: OUTBOX_STATES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    /** Not sent before this instant: quiet hours, retry_after, backoff. */
    notBefore: instant("not_before"),
    /** A reminder's deadline: once this local day is over it is not sent at all. */
    expiresAfter: text("expires_after"),
    createdAt: instant("created_at"),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    /** The platform's error code of the last failed attempt; never the message. */
    lastError: text("last_error"),
    /** An answer to someone who just wrote, handed over: it goes through the quiet hours. */
    isAnswer: integer("is_answer", { mode: "boolean" }).notNull().default(false),
    /**
     * Parts of a long message already delivered, written as each one goes: a retry, or a
     * restart after a crash, sends only the rest.
     */
    sentParts: integer("sent_parts").notNull().default(0),
    /**
     * The platform's id of the last part delivered, where it returns one, written with
     * `sentParts`: a restart tells a part sent from one that may have been sent.
     */
    messageId: text("message_id"),
  },
  (t) => [index("outbox_due_idx").on(t.state, t.notBefore)],
);

/** A cell's registration counts at the end of a week or a quarter, kept for trends and reports. */
export const cellSummaries = sqliteTable(
  "cell_summaries",
  {
    cellId: integer("cell_id")
      .notNull()
      .references(() => cells.id),
    period: text("period").notNull(),
    kind: text("kind", { enum: ["week", "quarter"] }).notNull(),
    year: integer("year").notNull(),
    members: integer("members").notNull(),
    registered: integer("registered").notNull(),
    missing: integer("missing").notNull(),
    exempt: integer("exempt").notNull(),
    pending: integer("pending").notNull(),
    compiledAt: instant("compiled_at"),
  },
  (t) => [primaryKey({ columns: [t.cellId, t.period] })],
);

/** One process at a time runs jobs and sends the outbox: the holder renews its lease. */
export const schedulerLease = sqliteTable("scheduler_lease", {
  id: integer("id").primaryKey(),
  owner: text("owner").notNull(),
  renewedAt: instant("renewed_at"),
});

/** A cell meeting: announced in the groups, answered, checked in, then closed. */
/**
 * A cell's rule for its regular meetings ("ngày 5 hằng tháng 19h30"): the scheduler creates
 * each month's meeting from it; each can then be moved or cancelled alone.
 */
export const meetingSeries = sqliteTable(
  "meeting_series",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cellId: integer("cell_id")
      .notNull()
      .references(() => cells.id),
    kind: text("kind", { enum: MEETING_KINDS }).notNull(),
    rule: text("rule", { mode: "json" }).$type<MeetingRule>().notNull(),
    /** Where a meeting falls on a holiday: kept, or moved to the working day before or after. */
    holidayShift: text("holiday_shift", { enum: HOLIDAY_SHIFTS }).notNull(),
    place: text("place").notNull(),
    /** Empty: each meeting is "the regular meeting of <month>". */
    topic: text("topic").notNull(),
    remoteAllowed: integer("remote_allowed", { mode: "boolean" }).notNull().default(false),
    state: text("state", { enum: ["active", "stopped"] })
      .notNull()
      .default("active"),
    createdBy: integer("created_by").references(() => members.id),
    createdAt: instant("created_at"),
    stoppedAt: maybeInstant("stopped_at"),
  },
  (t) => [index("meeting_series_cell_idx").on(t.state, t.cellId)],
);

export const meetings = sqliteTable(
  "meetings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cellId: integer("cell_id")
      .notNull()
      .references(() => cells.id),
    kind: text("kind", { enum: MEETING_KINDS }).notNull(),
    /** The rule it was created from, if any, and which of its meetings it is ("2026-05"). */
    seriesId: integer("series_id").references(() => meetingSeries.id),
    occurrence: text("occurrence"),
    startsAt: instant("starts_at"),
    endsAt: instant("ends_at"),
    place: text("place").notNull(),
    topic: text("topic").notNull(),
    /** "closed" once it ended and its attendance is final. */
    state: text("state", { enum: ["scheduled", "cancelled", "closed"] })
      .notNull()
      .default("scheduled"),
    checkinOpenedAt: integer("checkin_opened_at", { mode: "timestamp_ms" }),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
    /** When it really ended, as the secretary gives it; null: the scheduled end. */
    endedAt: integer("ended_at", { mode: "timestamp_ms" }),
    /** Who was on the roster, and with what status, when it closed: what its minutes list. */
    roster: text("roster", { mode: "json" }).$type<MinutesEntry[]>(),
    /**
     * The closed sheet's counts: who was present, and who was counted (present or absent,
     * not exempt). Kept so that a roll-up of hundreds of cells reads a row a meeting rather
     * than every roster and mark (docs/performance.md); corrections after the close update
     * them. Null for a meeting not closed yet.
     */
    presentCount: integer("present_count"),
    countedCount: integer("counted_count"),
    /** Those absent without a reason on the closed sheet: the roll-up counts the members at 3. */
    unexcusedIds: text("unexcused_ids", { mode: "json" }).$type<number[]>(),
    /** What the secretary attached before it: the agenda, a link, a file. */
    materials: text("materials", { mode: "json" }).$type<MeetingMaterials>(),
    materialsAt: maybeInstant("materials_at"),
    /** Members may check in from elsewhere, in private; shown as such on the sheet. */
    remoteAllowed: integer("remote_allowed", { mode: "boolean" }).notNull().default(false),
    /** When its notice went to the groups and the committee; null: not yet. */
    noticedAt: maybeInstant("noticed_at"),
    createdBy: integer("created_by").references(() => members.id),
    createdAt: instant("created_at"),
    updatedAt: instant("updated_at"),
  },
  (t) => [
    index("meetings_cell_idx").on(t.cellId, t.startsAt),
    // A rule's meeting is created once, even when moved or cancelled afterwards.
    uniqueIndex("meetings_occurrence_idx").on(t.seriesId, t.occurrence),
    // A roll-up reads the counts of hundreds of cells' closed meetings. This index holds all it
    // reads, so the rows (a page each, with their roster) are not read (docs/performance.md).
    index("meetings_counts_idx").on(
      t.cellId,
      t.state,
      t.startsAt,
      t.presentCount,
      t.countedCount,
      t.unexcusedIds,
    ),
    // The scheduler reads every cell's scheduled meetings once a beat (docs/performance.md):
    // all it reads, in the order it reads them, so neither the rows nor a sort. Partial: an
    // index on the state alone led SQLite to scan every closed meeting for queries that name a
    // cell too.
    index("meetings_scheduled_idx")
      .on(t.startsAt, t.cellId, t.endsAt, t.createdAt)
      .where(sql`${t.state} = 'scheduled'`),
  ],
);

/** A member's answer to an announcement: coming, or excused with a reason (asked in private). */
export const meetingResponses = sqliteTable(
  "meeting_responses",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    answer: text("answer", { enum: ["attend", "excused"] }).notNull(),
    /** Null while an excused member has not yet given the reason. */
    reason: text("reason"),
    answeredAt: instant("answered_at"),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] })],
);

/** Who was there: checked in by themselves, or marked by the secretary (with a reason if absent). */
export const attendance = sqliteTable(
  "attendance",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    present: integer("present", { mode: "boolean" }).notNull(),
    reason: text("reason"),
    /** "remote": checked in from elsewhere, in private, where the meeting allowed it. */
    markedBy: text("marked_by", { enum: MARKED_BY }).notNull(),
    markedAt: instant("marked_at"),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] })],
);

/** A quick poll in the cell's groups: after a meeting, or a question of the secretary's. */
export const polls = sqliteTable(
  "polls",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cellId: integer("cell_id")
      .notNull()
      .references(() => cells.id),
    meetingId: integer("meeting_id").references(() => meetings.id),
    /** Texts, so that the default poll speaks the bot's language; typed ones are "verbatim". */
    question: text("question", { mode: "json" }).$type<Text>().notNull(),
    options: text("options", { mode: "json" }).$type<Text[]>().notNull(),
    anonymous: integer("anonymous", { mode: "boolean" }).notNull(),
    state: text("state", { enum: ["open", "closed"] })
      .notNull()
      .default("open"),
    closesAt: instant("closes_at"),
    createdBy: integer("created_by").references(() => members.id),
    createdAt: instant("created_at"),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
    /**
     * While an anonymous poll is open, votes typed as numbers are kept under a hash of the
     * voter with this secret (so nobody votes twice); it is erased when the poll closes.
     */
    voteSalt: text("vote_salt"),
  },
  (t) => [
    index("polls_cell_idx").on(t.cellId, t.state),
    // The scheduler reads every cell's open polls once a beat (docs/performance.md).
    index("polls_open_idx").on(t.closesAt).where(sql`${t.state} = 'open'`),
  ],
);

/**
 * One vote: of a named native poll, or typed as a number. For anonymous polls `memberId` is
 * null and `personId` a hash that cannot be traced back once the poll is closed.
 */
export const pollVotes = sqliteTable(
  "poll_votes",
  {
    pollId: integer("poll_id")
      .notNull()
      .references(() => polls.id),
    personId: text("person_id").notNull(),
    memberId: integer("member_id").references(() => members.id),
    optionIds: text("option_ids", { mode: "json" }).$type<number[]>().notNull(),
    votedAt: instant("voted_at"),
  },
  (t) => [primaryKey({ columns: [t.pollId, t.personId] })],
);

/**
 * Messages the bot posted under a name (an anchor such as "meeting:12"), so that a later
 * version can replace them (a live count), and native polls can be found by the platform's id.
 */
export const postedMessages = sqliteTable(
  "posted_messages",
  {
    chatId: text("chat_id").notNull(),
    anchor: text("anchor").notNull(),
    messageId: text("message_id").notNull(),
    platformPollId: text("platform_poll_id"),
    /** A native poll's option ids on the platform, in the order of the poll's options. */
    pollOptionIds: text("poll_option_ids", { mode: "json" }).$type<number[]>(),
    postedAt: instant("posted_at"),
  },
  (t) => [
    primaryKey({ columns: [t.chatId, t.anchor] }),
    index("posted_messages_poll_idx").on(t.platformPollId),
    // A poll's counts are found by anchor alone, in every chat it was posted to: without this,
    // each poll of a report scanned the whole table (docs/performance.md).
    index("posted_messages_anchor_idx").on(t.anchor),
  ],
);

/**
 * How a platform's session stands ("ok", "kicked", "expired"), for the operator's status
 * command, and where its message history was read up to, so that missed messages are fetched.
 */
export const platformStatus = sqliteTable("platform_status", {
  platform: text("platform").primaryKey(),
  state: text("state", {
    enum: ["ok", "reconnecting", "unreachable", "kicked", "expired", "duplicate", "unprotected"],
  }).notNull(),
  /** What the platform said, for the operator: a close code, an error's code; never content. */
  detail: text("detail"),
  /** The last message id seen, per thread kind ("group", "user"). */
  cursor: text("cursor", { mode: "json" }).$type<Record<string, string>>(),
  updatedAt: instant("updated_at"),
});

/** People who speak for a committee (its secretary, an officer): they may ask for its roll-up. */
export const committeeOfficers = sqliteTable("committee_officers", {
  personId: text("person_id").primaryKey(),
  committeeId: integer("committee_id")
    .notNull()
    .references(() => committees.id),
  addedAt: instant("added_at"),
});

/**
 * What chibo knows of reaching a person privately on Zalo, where the bot's account is a
 * stranger to most members: whether they are its friend, whether Zalo refused a message to
 * them and why, and when they were last asked to add it as a friend.
 */
export const zaloContacts = sqliteTable("zalo_contacts", {
  personId: text("person_id").primaryKey(),
  friendSince: integer("friend_since", { mode: "timestamp_ms" }),
  /**
   * Why the last private message did not reach them: "strangers", they take none from strangers
   * (122); "refused", Zalo would not deliver it (123/127); "cap", the day's cap on strangers.
   */
  unreachable: text("unreachable", { enum: ["strangers", "refused", "cap"] }),
  unreachableAt: integer("unreachable_at", { mode: "timestamp_ms" }),
  askedToBefriendAt: integer("asked_to_befriend_at", { mode: "timestamp_ms" }),
});

/** The strangers the bot's Zalo account wrote to privately, per local day: Zalo caps them. */
export const zaloStrangerSends = sqliteTable(
  "zalo_stranger_sends",
  {
    day: text("day").notNull(),
    personId: text("person_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.personId] })],
);

/**
 * Consent to what chibo keeps (Law 91/2025/QH15): asked before a name goes on the roster, with
 * the version of the text shown; a withdrawal is a row of its own. `personId` is the chat
 * account that answered; for a member added by hand, the secretary records the consent given
 * on paper (`recordedBy`).
 */
export const consents = sqliteTable(
  "consents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    personId: text("person_id"),
    memberId: integer("member_id").references(() => members.id),
    cellId: integer("cell_id")
      .notNull()
      .references(() => cells.id),
    textVersion: text("text_version").notNull(),
    answer: text("answer", { enum: ["given", "refused", "withdrawn"] }).notNull(),
    recordedBy: integer("recorded_by").references(() => members.id),
    /** A withdrawal that asks for the member's data to be deleted (/dulieu "Xin xóa"). */
    erasureAsked: integer("erasure_asked", { mode: "boolean" }).notNull().default(false),
    answeredAt: instant("answered_at"),
  },
  (t) => [
    index("consents_person_idx").on(t.personId, t.cellId),
    index("consents_member_idx").on(t.memberId),
  ],
);

/**
 * A member seen leaving a linked group chat (or removed from it), until the secretary says
 * whether they moved away or only left the chat: the roster counts them meanwhile.
 */
export const departures = sqliteTable("departures", {
  memberId: integer("member_id")
    .primaryKey()
    .references(() => members.id),
  chatId: text("chat_id").notNull(),
  leftAt: instant("left_at"),
});

/**
 * What a one-time code is for: "link" joins a second platform's account to a member
 * (/lienket), "officer" makes someone a committee's officer (/tonghop), "claim" gives a
 * member added by hand their first chat account, "committee" links a cell to its committee.
 */
const CODE_PURPOSES = ["link", "officer", "claim", "committee"] as const;

/**
 * One-time codes, used up as they are redeemed. The target is the member (link) or the
 * committee (officer) the code stands for; codes are unique within their purpose.
 */
export const oneTimeCodes = sqliteTable(
  "one_time_codes",
  {
    purpose: text("purpose", { enum: CODE_PURPOSES }).notNull(),
    code: text("code").notNull(),
    targetId: integer("target_id").notNull(),
    expiresAt: instant("expires_at"),
  },
  (t) => [primaryKey({ columns: [t.purpose, t.code] })],
);

/** Wrong one-time codes a person typed (/lienket, /tonghop), so that guessing is cut short. */
export const codeAttempts = sqliteTable(
  "code_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    personId: text("person_id").notNull(),
    kind: text("kind", { enum: CODE_PURPOSES }).notNull(),
    at: instant("at"),
  },
  (t) => [index("code_attempts_person_idx").on(t.personId, t.kind, t.at)],
);

/**
 * A photo a member sent as evidence of progress: the platform's own reference to it, so that the
 * secretary can be shown it again; chibo keeps no copy of the picture.
 */
export interface EvidenceRef {
  platform: string;
  ref: string;
  name: string;
  size?: number;
  mime?: string;
}

/**
 * How a part of a member's plan is going, as they said it (asked after a quarter's meeting, or
 * by /tiendo). Every note is kept: the year-end results show them in order.
 */
export const progressNotes = sqliteTable(
  "progress_notes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    year: integer("year").notNull(),
    part: text("part").$type<CommitmentPart>().notNull(),
    status: text("status", { enum: PROGRESS_STATUSES }).notNull(),
    note: text("note"),
    evidence: text("evidence", { mode: "json" }).$type<EvidenceRef>(),
    notedAt: instant("noted_at"),
  },
  (t) => [index("progress_notes_member_year_idx").on(t.memberId, t.year)],
);

/** What a part came to, in the member's words: done, partly or not, and why not. */
export interface PartResult {
  outcome: Outcome;
  text: string;
  why?: string;
}

/**
 * A member's results against their plan for a year (/ketqua) and the level they propose; the
 * level the cell agreed is kept beside it, never over it.
 */
export const yearResults = sqliteTable(
  "year_results",
  {
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    year: integer("year").notNull(),
    /** Null until the member reports: the cell may grade one who never does (no chat account). */
    parts: text("parts", { mode: "json" }).$type<Record<CommitmentPart, PartResult>>(),
    proposedLevel: text("proposed_level", { enum: LEVELS }),
    submittedAt: maybeInstant("submitted_at"),
    agreedLevel: text("agreed_level", { enum: LEVELS }),
    agreedAt: maybeInstant("agreed_at"),
    /** The secretary or deputy who recorded the cell's decision. */
    agreedBy: integer("agreed_by").references(() => members.id),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.year] })],
);

/** The cell's own model or "việc làm theo Bác" of a year: one per cell and year. */
export const cellModels = sqliteTable(
  "cell_models",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cellId: integer("cell_id")
      .notNull()
      .references(() => cells.id),
    year: integer("year").notNull(),
    title: text("title").notNull(),
    what: text("what").notNull(),
    who: text("who").notNull(),
    /** "YYYY-MM-DD". */
    byDay: text("by_day").notNull(),
    createdAt: instant("created_at"),
    updatedAt: instant("updated_at"),
  },
  (t) => [uniqueIndex("cell_models_cell_year_idx").on(t.cellId, t.year)],
);

/** What came of the cell's model in a quarter, as the secretary reported it. */
export const cellModelProgress = sqliteTable(
  "cell_model_progress",
  {
    modelId: integer("model_id")
      .notNull()
      .references(() => cellModels.id, { onDelete: "cascade" }),
    quarter: integer("quarter").notNull(),
    note: text("note").notNull(),
    notedAt: instant("noted_at"),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.quarter] })],
);

/** A round of nominations in a cell: open for proposals, then the vote, then confirmed. */
export const nominationRounds = sqliteTable(
  "nomination_rounds",
  {
    cellId: integer("cell_id")
      .notNull()
      .references(() => cells.id),
    year: integer("year").notNull(),
    round: text("round", { enum: NOMINATION_ROUNDS }).notNull(),
    openedAt: instant("opened_at"),
    votingAt: maybeInstant("voting_at"),
    confirmedAt: maybeInstant("confirmed_at"),
  },
  (t) => [primaryKey({ columns: [t.cellId, t.year, t.round] })],
);

/** A member or a collective proposed for praise, with the proposer's reason. */
export const nominations = sqliteTable(
  "nominations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cellId: integer("cell_id")
      .notNull()
      .references(() => cells.id),
    year: integer("year").notNull(),
    round: text("round", { enum: NOMINATION_ROUNDS }).notNull(),
    kind: text("kind", { enum: NOMINEE_KINDS }).notNull(),
    nomineeId: integer("nominee_id").references(() => members.id),
    /** A collective's name as typed, and folded to find the same one proposed twice. */
    collective: text("collective"),
    collectiveKey: text("collective_key"),
    reason: text("reason").notNull(),
    proposedBy: integer("proposed_by")
      .notNull()
      .references(() => members.id),
    proposedAt: instant("proposed_at"),
    confirmedAt: maybeInstant("confirmed_at"),
  },
  (t) => [index("nominations_round_idx").on(t.cellId, t.year, t.round)],
);

/** One member's support for a nomination in the cell's vote. */
export const nominationVotes = sqliteTable(
  "nomination_votes",
  {
    nominationId: integer("nomination_id")
      .notNull()
      .references(() => nominations.id, { onDelete: "cascade" }),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    votedAt: instant("voted_at"),
  },
  (t) => [primaryKey({ columns: [t.nominationId, t.memberId] })],
);

/**
 * Every change the secretary made to a member's mark at a meeting after it was first set (the
 * ledger: who changed what, and when), so that a correction is never silent.
 */
export const attendanceChanges = sqliteTable(
  "attendance_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    /** The mark before; null: the member had none (counted absent without reason). */
    presentBefore: integer("present_before", { mode: "boolean" }),
    reasonBefore: text("reason_before"),
    present: integer("present", { mode: "boolean" }).notNull(),
    reason: text("reason"),
    changedBy: integer("changed_by")
      .notNull()
      .references(() => members.id),
    changedAt: instant("changed_at"),
  },
  (t) => [index("attendance_changes_meeting_idx").on(t.meetingId)],
);

/**
 * The secretary was told a member reached this many months with an unexcused absence in a year
 * (2, then 3: the Charter's rule for removal): each is said once.
 */
export const absenceWarnings = sqliteTable(
  "absence_warnings",
  {
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    year: integer("year").notNull(),
    months: integer("months").notNull(),
    warnedAt: instant("warned_at"),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.year, t.months] })],
);

/** Who may open someone else's personal data: a cell's leaders, a committee's officer, the operator. */
export const READER_ROLES = ["secretary", "deputy", "committee", "officer", "operator"] as const;
/** What of it: the personal plan, the results and progress, absence reasons, the level. */
export const READ_KINDS = ["plan", "results", "reasons", "level"] as const;
/** Where it was read: on a chat's screen, in a file sent or written, in the operator's CLI. */
export const READ_CHANNELS = ["chat", "file", "cli"] as const;

/**
 * Who opened whose plan, results, reasons or level, and when (Law 91/2025/QH15): the member
 * sees this year's rows in /dulieu, the operator lists them; kept `RETENTION_AUDIT_DAYS`.
 */
export const dataReads = sqliteTable(
  "data_reads",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cellId: integer("cell_id")
      .notNull()
      .references(() => cells.id),
    /** Whose data. */
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    /** The reader, when a roster entry (a secretary, deputy or committee member). */
    readerMemberId: integer("reader_member_id").references(() => members.id),
    /** The reader's chat account, when an officer (who has no roster entry in the cell). */
    readerPersonId: text("reader_person_id"),
    readerRole: text("reader_role", { enum: READER_ROLES }).notNull(),
    kind: text("kind", { enum: READ_KINDS }).notNull(),
    channel: text("channel", { enum: READ_CHANNELS }).notNull(),
    readAt: instant("read_at"),
  },
  (t) => [
    index("data_reads_member_idx").on(t.memberId, t.readAt),
    index("data_reads_time_idx").on(t.readAt),
  ],
);
