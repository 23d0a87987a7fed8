/**
 * What the documents of a cell or a committee are made of, loaded from the database by
 * load-document-data.ts and turned into DOCX, XLSX and charts by the builders. Plain data:
 * the builders do no I/O and can be tested with literals.
 */
import type { CommitmentPart } from "../domain/commitment-rules.js";
import type { MeetingKind } from "../domain/meeting-rules.js";
import type { MemberRole, MemberStatus } from "../domain/member-rules.js";

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

/** One workbook of a cell: the roster with plans, attendance members × meetings, polls. */
export interface CellWorkbook {
  cellName: string;
  year: number;
  timeZone: string;
  partNames: PartNames;
  members: MemberPlan[];
  meetings: MeetingAttendance[];
  polls: PollOutcome[];
}
