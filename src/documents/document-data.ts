/**
 * What the documents of a cell or a committee are made of, loaded from the database by
 * load-document-data.ts and turned into DOCX, XLSX and charts by the builders. Plain data:
 * the builders do no I/O and can be tested with literals.
 */
import type { MeetingKind } from "../domain/meeting-rules.js";
import type { MemberRole, MemberStatus } from "../domain/member-rules.js";

/** Turns a locale key and its arguments into plain text (no HTML): every word a document shows. */
export type Say = (key: string, args?: Record<string, string | number>) => string;

/** The header and signature block of a Party document (Hướng dẫn 36-HD/VPTW). */
export interface DocumentHeading {
  /** "ĐẢNG BỘ PHƯỜNG …": null when the cell is under no committee. */
  committeeName: string | null;
  /** "CHI BỘ KHU PHỐ 1" */
  cellName: string;
  /** The place before the date: "Thủ Dầu Một". */
  place: string;
  /** The date the document is dated, local "YYYY-MM-DD". */
  day: string;
  /** The signer: the cell's secretary, if there is one. */
  secretaryName: string | null;
}

export interface MemberPlan {
  name: string;
  role: MemberRole;
  status: MemberStatus;
  /** "registered", "missing" (should have), "exempt" (need not). */
  registration: "registered" | "missing" | "exempt";
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
  members: MemberPlan[];
}

export interface PollOutcome {
  question: string;
  anonymous: boolean;
  total: number;
  options: { option: string; votes: number }[];
}

export interface MeetingAttendance {
  kind: MeetingKind;
  startsAt: Date;
  endsAt: Date;
  place: string;
  topic: string;
  present: string[];
  absentWithReason: { name: string; reason: string | null }[];
  absentWithoutReason: string[];
  exempt: string[];
}

/** The draft minutes (biên bản) of one meeting. */
export interface MeetingMinutes {
  heading: DocumentHeading;
  timeZone: string;
  meeting: MeetingAttendance;
  /** Members on the roster by status at the meeting: "full" → 10, "probationary" → 2… */
  byStatus: Partial<Record<MemberStatus, number>>;
  chairName: string | null;
  /** Who takes the minutes (thư ký): the deputy, if there is one. */
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
  meetings: MeetingAttendance[];
  polls: PollOutcome[];
}

/** One workbook of a cell: the roster with plans, attendance members × meetings, polls. */
export interface CellWorkbook {
  cellName: string;
  year: number;
  timeZone: string;
  members: MemberPlan[];
  meetings: MeetingAttendance[];
  polls: PollOutcome[];
}
