/**
 * What the documents of a cell or a committee are made of, loaded from the database by
 * load-document-data.ts and turned into DOCX, XLSX and charts by the builders. Plain data:
 * the builders do no I/O and can be tested with literals.
 */
import type { CommitmentPart } from "../domain/commitment-rules.js";
import type { Level, Outcome } from "../domain/grading-rules.js";
import type { MeetingKind } from "../domain/meeting-rules.js";
import type { MemberRole, MemberStatus } from "../domain/member-rules.js";
import type { NominationRound, NomineeKind } from "../domain/nomination-rules.js";
import type { ProgressStatus } from "../domain/progress-rules.js";

/** Turns a locale key and its arguments into plain text (no HTML): every word a document shows. */
export type Say = (key: string, args?: Record<string, string | number>) => string;

/** The header and signature block of a Party document (Hướng dẫn 36-HD/VPTW). */
export interface DocumentHeading {
  /**
   * The party organisation the cell belongs to, printed above the cell ("ĐẢNG BỘ PHƯỜNG PHÚ
   * HÒA"): the cell's own setting, else its committee's. Null: a dotted line to write by hand.
   */
  partyOrganisation: string | null;
  /** The committee the cell reports to, named under "Nơi nhận"; null when it has none. */
  committeeName: string | null;
  /** "CHI BỘ KHU PHỐ 1" */
  cellName: string;
  /** The place before the date: "Thủ Dầu Một"; null: dots to write it by hand. */
  place: string | null;
  /** The date the document is dated, local "YYYY-MM-DD". */
  day: string;
  /** The signer: the cell's secretary, if there is one. */
  secretaryName: string | null;
}

/**
 * The three parts' names as the year's plan words them ("Học tập", "Thực hành", "Nêu gương"),
 * each else the locale's: the columns of a document are headed by them.
 */
export type PartNames = Record<CommitmentPart, string>;

export interface MemberPlan {
  name: string;
  role: MemberRole;
  status: MemberStatus;
  /** "registered", "missing" (should have), "exempt" (need not). */
  registration: "registered" | "missing" | "exempt";
  /** false: on the roster with no chat account (added by hand); the loader always sets it. */
  hasAccount?: boolean;
  study?: string;
  follow?: string;
  example?: string;
}

export interface RegistrationReport {
  heading: DocumentHeading;
  year: number;
  /** Local "YYYY-MM-DD". */
  deadline: string;
  annualTopic: string;
  partNames: PartNames;
  members: MemberPlan[];
}

export interface PollOutcome {
  question: string;
  anonymous: boolean;
  total: number;
  options: { option: string; votes: number }[];
  /** Set while the poll is still open, to when it closes: its counts are not final yet. */
  openUntil?: Date;
}

export interface MeetingAttendance {
  kind: MeetingKind;
  startsAt: Date;
  /** When it really ended, as the secretary gives it, else when it was planned to. */
  endsAt: Date;
  place: string;
  topic: string;
  present: string[];
  absentWithReason: { name: string; reason: string | null }[];
  absentWithoutReason: string[];
  exempt: string[];
  /** The names above that have no chat account (added by hand), to mark as such. */
  withoutAccount?: string[];
}

/** The draft minutes (biên bản) of one meeting. */
export interface MeetingMinutes {
  heading: DocumentHeading;
  timeZone: string;
  meeting: MeetingAttendance;
  /** Members on the roster by status at the meeting: "full" → 10, "probationary" → 2… */
  byStatus: Partial<Record<MemberStatus, number>>;
  /** Who chairs (chủ trì), as the cell's settings name them; null: dots. */
  chairName: string | null;
  /** Who takes the minutes (thư ký), as the cell's settings name them; null: dots. */
  minuteTakerName: string | null;
  poll: PollOutcome | null;
}

/** The results of a quarter or of the year. */
export interface ResultsReport {
  heading: DocumentHeading;
  timeZone: string;
  year: number;
  /** null: the whole year. */
  quarter: number | null;
  registration: { members: number; registered: number; missing: number; exempt: number };
  /** Who should have registered a plan and has not. */
  notRegistered: string[];
  meetings: MeetingAttendance[];
  polls: PollOutcome[];
  /** The topic of the period after this one, where the plan gives it. */
  next: { period: { year: number; quarter: number | null }; topic: string } | null;
}

/** The four levels' names as the year's plan gives them (Quy định 366-QĐ/TW's by default). */
export type LevelNames = Record<Level, string>;

/** What a part of a plan came to, as the member reported it at year end. */
export interface PartOutcome {
  outcome: Outcome;
  text: string;
  why: string | null;
}

/** A member's results for a year: each part's, and the level they propose. */
export interface MemberResults {
  parts: Record<CommitmentPart, PartOutcome>;
  proposedLevel: Level;
  /** Local "YYYY-MM-DD". */
  submittedOn: string;
}

/** How a part was going at some point of the year, as the member said it. */
export interface ProgressEntry {
  part: CommitmentPart;
  status: ProgressStatus;
  note: string | null;
  /** Local "YYYY-MM-DD". */
  day: string;
  withPhoto: boolean;
}

/**
 * A member's "Báo cáo kết quả thực hiện kế hoạch học tập và làm theo … năm …", to attach to the
 * self-assessment form of Hướng dẫn 43-HD/BTCTW: the plan, what came of it, the progress noted
 * during the year, and the level the member proposes. Never the level the cell agreed: this is
 * the member's own account, written before the cell's review.
 */
export interface MemberResultsReport {
  heading: DocumentHeading;
  year: number;
  memberName: string;
  role: MemberRole;
  status: MemberStatus;
  partNames: PartNames;
  levelNames: LevelNames;
  /** The rule the levels come from, as the plan cites it. */
  gradingRule: string;
  /** Null: no plan registered for the year. */
  plan: Record<CommitmentPart, string> | null;
  /** Null: not reported yet; the document leaves lines to write by hand. */
  results: MemberResults | null;
  progress: ProgressEntry[];
}

/** The cell's own model of the year and what came of it each quarter. */
export interface CellModelReport {
  title: string;
  what: string;
  who: string;
  /** Local "YYYY-MM-DD". */
  byDay: string;
  progress: { quarter: number; note: string }[];
}

/** A member's line in the cell's year-end results: outcomes, and the level the cell agreed. */
export interface MemberYearEnd {
  name: string;
  role: MemberRole;
  /** Null: results not reported. */
  outcomes: Record<CommitmentPart, Outcome> | null;
  /** The level the cell agreed at its review; null until it has. Never the self-proposed one. */
  agreedLevel: Level | null;
}

/**
 * The cell's year-end report of results against the plans: registration, results reported,
 * the levels the cell agreed (counts, and the names under each: the report goes upward only, to
 * the committee, from the secretary's private chat; the self-proposed levels stay out of it),
 * the cell's model, and the meetings held.
 */
export interface YearEndReport {
  heading: DocumentHeading;
  timeZone: string;
  year: number;
  partNames: PartNames;
  levelNames: LevelNames;
  gradingRule: string;
  registration: { members: number; registered: number; missing: number; exempt: number };
  /** Those asked for results (mustReportResults): they report against their plan and are graded. */
  required: MemberYearEnd[];
  /**
   * Those graded without being asked for results (isGraded, not mustReportResults: the retired,
   * where the cell does not ask them); none when absent.
   */
  gradedOnly?: MemberYearEnd[];
  model: CellModelReport | null;
  meetings: MeetingAttendance[];
}

/** A member or a collective put forward for praise (mẫu 03's columns). */
export interface Nominee {
  kind: NomineeKind;
  /** The member's full name, or the collective's as typed. */
  name: string;
  /** The member's role in the cell; null for a collective. */
  role: MemberRole | null;
  /** The achievements, as the proposer gave them. */
  reason: string;
  votes: number;
  confirmed: boolean;
}

/** "Danh sách đề nghị biểu dương" of a cell's round (mẫu 03 of the Sở Nội vụ plan, seeds/003). */
export interface NominationList {
  heading: DocumentHeading;
  year: number;
  round: NominationRound;
  /** False while the secretary has not confirmed: the list is a draft of every proposal. */
  confirmed: boolean;
  nominees: Nominee[];
}

/** One workbook of a cell: the roster with plans, attendance, polls, results, nominations. */
export interface CellWorkbook {
  cellName: string;
  year: number;
  timeZone: string;
  partNames: PartNames;
  levelNames: LevelNames;
  members: MemberPlan[];
  meetings: MeetingAttendance[];
  polls: PollOutcome[];
  /** Each counted member's results, proposed and agreed levels; null: not reported. */
  results: { name: string; results: MemberResults | null; agreedLevel: Level | null }[];
  nominations: (Nominee & { round: NominationRound })[];
}
