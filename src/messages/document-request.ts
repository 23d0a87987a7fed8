import type { NominationRound } from "../domain/nomination-rules.js";

/**
 * A file to send, named by what it shows rather than by its bytes: a reply stays plain data
 * (it may wait in the outbox), and the platform has the file made when it sends it, from the
 * data as it stands then.
 */
export type DocumentRequest =
  | {
      kind: "registration-docx" | "cell-xlsx" | "registration-chart" | "year-end-docx";
      cellId: number;
      year: number;
    }
  | { kind: "nominations-docx"; cellId: number; year: number; round: NominationRound }
  /** A member's own results report: only ever sent to that member, in private. */
  | { kind: "member-results-docx"; memberId: number; year: number }
  /**
   * Everything chibo holds about a member, as JSON or as a Word document to read: only ever
   * sent to that member, in private.
   */
  | { kind: "member-data-json" | "member-data-docx"; memberId: number }
  | { kind: "results-docx"; cellId: number; year: number; quarter: number | null }
  | { kind: "minutes-docx"; cellId: number; meetingId: number }
  /**
   * The document the secretary attached to a meeting (/tailieu): the file itself (its path under
   * the data folder, the name it is sent under), so that a message queued with one file never
   * sends another one saved since.
   */
  | { kind: "meeting-materials"; meetingId: number; path: string; name: string }
  /** The attendance list of a meeting: names and reasons, for the cell's committee only. */
  | { kind: "attendance-list-docx"; cellId: number; meetingId: number }
  /** The year's attendance ledger: names and absences, for the cell's committee only. */
  | { kind: "ledger-docx" | "ledger-xlsx"; cellId: number; year: number }
  | { kind: "attendance-chart"; cellId: number; year: number }
  | { kind: "poll-chart"; cellId: number; pollId: number }
  | { kind: "rollup-docx" | "rollup-xlsx"; committeeId: number; year: number };

export interface BuiltDocument {
  filename: string;
  data: Buffer;
  /** A picture is shown as one (a chart); anything else is sent as a file. */
  image: boolean;
}

export type DocumentMaker = (request: DocumentRequest) => Promise<BuiltDocument>;

/**
 * Thrown by a DocumentMaker when the file is gone for good (a meeting's attachment removed when
 * it closed): the words are to go without it, rather than wait for a file that will not come back.
 */
export class DocumentGone extends Error {
  constructor(readonly request: DocumentRequest) {
    super(`The file of a ${request.kind} request is gone.`);
    this.name = "DocumentGone";
  }
}
