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
  | { kind: "results-docx"; cellId: number; year: number; quarter: number | null }
  | { kind: "minutes-docx"; cellId: number; meetingId: number }
  /** The document the secretary attached to a meeting (/tailieu), as it was sent. */
  | { kind: "meeting-materials"; meetingId: number }
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
