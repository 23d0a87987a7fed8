/**
 * "BẢNG THEO DÕI đảng viên tham dự sinh hoạt chi bộ năm …": a row per member, a column per
 * month with the mark of each of that month's meetings, the year's counts, then who has been
 * absent without reason two months, and three or more (Điều lệ Đảng, Điều 8: the cell considers
 * proposing removal). It goes to the cell's committee and upward, from the secretary's private
 * chat: it names members, never the reasons.
 */
import { REMOVAL_MONTHS, WARNING_MONTHS } from "../../domain/attendance-ledger.js";
import type { Say } from "../document-data.js";
import { LEDGER_MARKS, type LedgerLine, type YearLedger } from "../ledger-data.js";
import {
  body,
  type Content,
  dataTable,
  listLine,
  partyDocument,
  type Section,
  toBuffer,
} from "./party-document.js";

/** A count and its mark, kept on one line: "K 2". */
const counted = (mark: string, count: number) => `${mark}\u00a0${count}`;

function memberRow(line: LedgerLine, index: number, marks: (mark: string) => string): string[] {
  const totals = [
    counted(marks("present"), line.present),
    counted(marks("excused"), line.excused),
    counted(marks("absent"), line.absent),
    ...(line.exempt > 0 ? [counted(marks("exempt"), line.exempt)] : []),
  ];
  return [
    String(index + 1),
    line.name,
    ...line.months.map((month) => month.map(marks).join("\n")),
    totals.join("\n"),
  ];
}

function tableSection(data: YearLedger, say: Say): Section {
  const title = say("doc-ledger-section-table");
  if (data.members.length === 0) return { title, body: [body(say("doc-ledger-no-members"))] };
  const marks = (mark: string) => say(`ledger-symbol-${mark}`);
  const legend = LEDGER_MARKS.map((mark) =>
    say("ledger-symbol-legend-item", {
      mark: marks(mark),
      meaning: say(`ledger-symbol-means-${mark}`),
    }),
  ).join("; ");
  return {
    title,
    body: [
      body(say("doc-ledger-legend", { legend })),
      dataTable(
        [
          { header: say("doc-column-number"), weight: 6, align: "center" },
          { header: say("doc-column-name"), weight: 22 },
          ...data.meetingsByMonth.map((_, i) => ({
            header: String(i + 1),
            weight: 4,
            align: "center" as const,
          })),
          { header: say("doc-ledger-column-totals"), weight: 8 },
        ],
        data.members.map((line, i) => memberRow(line, i, marks)),
        {
          totals: [
            "",
            say("doc-ledger-meetings-row"),
            ...data.meetingsByMonth.map(String),
            String(data.meetingsByMonth.reduce((sum, count) => sum + count, 0)),
          ],
        },
      ),
    ],
  };
}

/** "Nguyễn Văn An (tháng 3, 5)": a member and the months of their absences without reason. */
const namedWithMonths = (line: LedgerLine, say: Say) =>
  say("doc-ledger-absent-member", { name: line.name, months: line.unexcusedMonths.join(", ") });

function absencesSection(data: YearLedger, say: Say): Section {
  const months = (line: LedgerLine) => line.unexcusedMonths.length;
  const removal = data.members.filter((line) => months(line) >= REMOVAL_MONTHS);
  const warning = data.members.filter(
    (line) => months(line) >= WARNING_MONTHS && months(line) < REMOVAL_MONTHS,
  );
  const group = (key: string, lines: LedgerLine[], count: number): Content[] =>
    lines.length === 0
      ? []
      : [
          body(say(key, { count, members: lines.length }), { keepNext: true }),
          ...lines.map((line) => listLine(namedWithMonths(line, say))),
        ];
  const found = [
    ...group("doc-ledger-removal", removal, REMOVAL_MONTHS),
    ...group("doc-ledger-warning", warning, WARNING_MONTHS),
  ];
  return {
    title: say("doc-ledger-section-absences"),
    body:
      found.length > 0 ? found : [body(say("doc-ledger-no-absences", { count: WARNING_MONTHS }))],
  };
}

/** The cell's attendance ledger of a year, as a .docx file. */
export async function ledgerReportDocx(data: YearLedger, say: Say): Promise<Buffer> {
  const year = String(data.year);
  const meetings = data.meetingsByMonth.reduce((sum, count) => sum + count, 0);
  const document = partyDocument({
    heading: data.heading,
    title: say("doc-ledger-title"),
    subtitle: say("doc-ledger-subtitle", { year }),
    sections: [
      body(
        say("doc-ledger-intro", {
          year,
          meetings,
          months: data.meetingsByMonth.filter((count) => count > 0).length,
          members: data.members.length,
        }),
      ),
      tableSection(data, say),
      absencesSection(data, say),
    ],
    say,
  });
  return toBuffer(document);
}
