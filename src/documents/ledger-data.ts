/**
 * What the attendance documents are made of: the list of one meeting, and the year's ledger of
 * a cell, loaded by load-ledger-data.ts and turned into DOCX and XLSX by the builders. Plain
 * data: the builders do no I/O and can be tested with literals.
 */
import type { MeetingKind } from "../domain/meeting-rules.js";
import type { DocumentHeading } from "./document-data.js";

/** How a member stood at one meeting, as its sheet says. */
export type Standing = "present" | "excused" | "absent" | "exempt";

/** A member's line in the attendance list of a meeting. */
export interface ListedMember {
  name: string;
  standing: Standing;
  /** The reason of an absence with reason, as the minutes print it; null: none given. */
  reason: string | null;
  /** Present from elsewhere, in private, where the meeting allowed it: no signature expected. */
  remote: boolean;
}

/** "Danh sách đảng viên tham dự sinh hoạt chi bộ" of one meeting, in the roster's order. */
export interface AttendanceList {
  heading: DocumentHeading;
  timeZone: string;
  kind: MeetingKind;
  startsAt: Date;
  place: string;
  members: ListedMember[];
}

/**
 * A member's mark in a month of the ledger, for each of that month's meetings: a standing on
 * its sheet, or not on it: "notYet" before the member was on the cell's roster, "left" after
 * the member moved away.
 */
export type LedgerMark = Standing | "notYet" | "left";

/** The marks a ledger prints, in the order its legend explains them. */
export const LEDGER_MARKS: readonly LedgerMark[] = [
  "present",
  "excused",
  "absent",
  "exempt",
  "notYet",
  "left",
];

/** A member's year in the ledger: the marks by month, and the counts over the year. */
export interface LedgerLine {
  name: string;
  /** Twelve months, January first: one mark a meeting of the month, in the order held. */
  months: LedgerMark[][];
  present: number;
  excused: number;
  absent: number;
  exempt: number;
  /** The months (1 to 12) with an absence without reason, in order. */
  unexcusedMonths: number[];
}

/** "Sổ theo dõi đảng viên tham dự sinh hoạt chi bộ" of a year. */
export interface YearLedger {
  heading: DocumentHeading;
  year: number;
  /** The closed meetings of the year in each month, January first. */
  meetingsByMonth: number[];
  /** In the roster's order: those counted now, then any gone since who are on a sheet. */
  members: LedgerLine[];
}
