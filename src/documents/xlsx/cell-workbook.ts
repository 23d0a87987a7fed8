/**
 * The workbook of a cell: the roster with each member's plan, attendance members × meetings,
 * the results of the polls, each member's year-end results with the levels proposed and agreed,
 * and the nominations for praise. Pure: data in, bytes out. It goes only to the cell's
 * committee, in private (/xuatbaocao).
 */
import ExcelJS from "exceljs";
import { formatDay, localDay } from "../../domain/calendar.js";
import { COMMITMENT_PARTS } from "../../domain/commitment-rules.js";
import type { CellWorkbook, MeetingAttendance, PollOutcome, Say } from "../document-data.js";
import { addTable, type CellValue, cellText, workbookBuffer } from "./sheet-table.js";

type Mark = "present" | "excused" | "absent" | "exempt";

/** The marks in the order a member's totals are counted. */
const MARKS: readonly Mark[] = ["present", "excused", "absent", "exempt"];

export async function cellWorkbookXlsx(data: CellWorkbook, say: Say): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const title = say("xlsx-title-cell", { cell: cellText(data.cellName), year: String(data.year) });
  workbook.creator = "chibo";
  workbook.title = cellText(title);

  rosterSheet(workbook, data, say, title);
  attendanceSheet(workbook, data, say, title);
  pollSheet(workbook, data.polls, say, title);
  resultsSheet(workbook, data, say, title);
  nominationsSheet(workbook, data, say, title);
  return workbookBuffer(workbook);
}

function rosterSheet(workbook: ExcelJS.Workbook, data: CellWorkbook, say: Say, title: string) {
  addTable(workbook, {
    name: say("xlsx-sheet-roster"),
    title,
    percentFormat: say("xlsx-format-percent"),
    frozenColumns: 2,
    columns: [
      { header: say("xlsx-col-number"), format: "integer" },
      { header: say("xlsx-col-name") },
      { header: say("xlsx-col-role") },
      { header: say("xlsx-col-status") },
      { header: say("xlsx-col-registration") },
      ...COMMITMENT_PARTS.map((part) => ({
        header: say("xlsx-col-part", { label: data.partNames[part] }),
        wrap: true,
      })),
    ],
    rows: data.members.map((member, index) => [
      index + 1,
      member.name,
      say(`xlsx-role-${member.role}`),
      say(`xlsx-status-${member.status}`),
      say(`xlsx-registration-${member.registration}`),
      ...COMMITMENT_PARTS.map((part) => member[part] ?? null),
    ]),
  });
}

/** Who was where at one meeting, by name as the data gives it. */
function marksOf(meeting: MeetingAttendance): Map<string, { mark: Mark; reason: string | null }> {
  const marks = new Map<string, { mark: Mark; reason: string | null }>();
  const put = (name: string, mark: Mark, reason: string | null = null) => {
    const key = nameKey(name);
    // A name in two lists (it should not be) counts once, the first list winning: present first.
    if (!marks.has(key)) marks.set(key, { mark, reason });
  };
  for (const name of meeting.present) put(name, "present");
  for (const { name, reason } of meeting.absentWithReason) put(name, "excused", reason);
  for (const name of meeting.absentWithoutReason) put(name, "absent");
  for (const name of meeting.exempt) put(name, "exempt");
  return marks;
}

const nameKey = (name: string) => cellText(name).trim();

function attendanceSheet(workbook: ExcelJS.Workbook, data: CellWorkbook, say: Say, title: string) {
  const meetings = [...data.meetings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const marks = meetings.map(marksOf);
  const days = meetings.map((meeting) => formatDay(localDay(meeting.startsAt, data.timeZone)));

  // The roster first, in its order; then anyone the meetings name who is no longer on it, so
  // that no attendance is lost.
  const names: string[] = [];
  const seen = new Set<string>();
  const addName = (name: string) => {
    const key = nameKey(name);
    if (seen.has(key)) return;
    seen.add(key);
    names.push(name);
  };
  for (const member of data.members) addName(member.name);
  for (const meeting of marks) for (const key of meeting.keys()) addName(key);

  const markWords: Record<Mark, string> = {
    present: say("xlsx-mark-present"),
    excused: say("xlsx-mark-excused"),
    absent: say("xlsx-mark-absent"),
    exempt: say("xlsx-mark-exempt"),
  };

  const notes: { row: number; column: number; text: string }[] = [];
  const rows: CellValue[][] = names.map((name, index) => {
    const key = nameKey(name);
    const counts: Record<Mark, number> = { present: 0, excused: 0, absent: 0, exempt: 0 };
    const reasons: string[] = [];
    const cells = marks.map((meeting, m) => {
      const entry = meeting.get(key);
      if (!entry) return null;
      counts[entry.mark] += 1;
      const reason = entry.reason === null ? "" : cellText(entry.reason).trim();
      if (entry.mark === "excused" && reason !== "") {
        notes.push({ row: index + 2, column: m + 3, text: say("xlsx-reason-note", { reason }) });
        reasons.push(say("xlsx-reason-line", { day: days[m] ?? "", reason }));
      }
      return markWords[entry.mark];
    });
    const counted = counts.present + counts.excused + counts.absent;
    return [
      index + 1,
      name,
      ...cells,
      ...MARKS.map((mark) => counts[mark]),
      counted === 0 ? null : counts.present / counted,
      reasons.length === 0 ? null : reasons.join("\n"),
    ];
  });

  const sheet = addTable(workbook, {
    name: say("xlsx-sheet-attendance"),
    title,
    percentFormat: say("xlsx-format-percent"),
    frozenColumns: 2,
    columns: [
      { header: say("xlsx-col-number"), format: "integer" },
      { header: say("xlsx-col-name") },
      ...meetings.map((meeting, m) => ({
        header: say("xlsx-meeting-header", {
          day: days[m] ?? "",
          kind: say(`xlsx-kind-${meeting.kind}`),
        }),
      })),
      { header: say("xlsx-col-present-count"), format: "integer" as const },
      { header: say("xlsx-col-excused-count"), format: "integer" as const },
      { header: say("xlsx-col-absent-count"), format: "integer" as const },
      { header: say("xlsx-col-exempt-count"), format: "integer" as const },
      { header: say("xlsx-col-attendance-rate"), format: "percent" as const },
      { header: say("xlsx-col-reasons"), wrap: true },
    ],
    rows,
  });
  for (const note of notes) sheet.getCell(note.row, note.column).note = cellText(note.text);
}

function pollSheet(workbook: ExcelJS.Workbook, polls: PollOutcome[], say: Say, title: string) {
  const rows: CellValue[][] = polls.flatMap((poll, index) => {
    const mode = say(poll.anonymous ? "xlsx-mode-anonymous" : "xlsx-mode-open");
    const options = poll.options.length > 0 ? poll.options : [null];
    return options.map((option) => [
      index + 1,
      poll.question,
      mode,
      option?.option ?? null,
      option?.votes ?? null,
      option && poll.total > 0 ? option.votes / poll.total : null,
      poll.total,
    ]);
  });
  addTable(workbook, {
    name: say("xlsx-sheet-polls"),
    title,
    percentFormat: say("xlsx-format-percent"),
    frozenColumns: 0,
    columns: [
      { header: say("xlsx-col-number"), format: "integer" },
      { header: say("xlsx-col-question"), wrap: true },
      { header: say("xlsx-col-mode") },
      { header: say("xlsx-col-option"), wrap: true },
      { header: say("xlsx-col-votes"), format: "integer" },
      { header: say("xlsx-col-share"), format: "percent" },
      { header: say("xlsx-col-voters"), format: "integer" },
    ],
    rows,
  });
}

/** Each member's results per part (outcome, what was done), why not, and both levels. */
function resultsSheet(workbook: ExcelJS.Workbook, data: CellWorkbook, say: Say, title: string) {
  const level = (value: keyof CellWorkbook["levelNames"] | null | undefined) =>
    value ? data.levelNames[value] : null;
  addTable(workbook, {
    name: say("xlsx-sheet-results"),
    title,
    percentFormat: say("xlsx-format-percent"),
    frozenColumns: 2,
    columns: [
      { header: say("xlsx-col-number"), format: "integer" },
      { header: say("xlsx-col-name") },
      ...COMMITMENT_PARTS.flatMap((part) => [
        { header: say("xlsx-col-part-outcome", { label: data.partNames[part] }) },
        { header: say("xlsx-col-part-done", { label: data.partNames[part] }), wrap: true },
      ]),
      { header: say("xlsx-col-why"), wrap: true },
      { header: say("xlsx-col-reported-on") },
      { header: say("xlsx-col-proposed-level") },
      { header: say("xlsx-col-agreed-level") },
    ],
    rows: data.results.map(({ name, results, agreedLevel }, index) => {
      const why = results
        ? COMMITMENT_PARTS.flatMap((part) => {
            const text = results.parts[part].why;
            return text ? [say("xlsx-why-line", { label: data.partNames[part], why: text })] : [];
          })
        : [];
      return [
        index + 1,
        name,
        ...COMMITMENT_PARTS.flatMap((part) => {
          const result = results?.parts[part];
          if (!result) return [null, null];
          return [say(`xlsx-outcome-${result.outcome}`), result.text.trim() ? result.text : null];
        }),
        why.length === 0 ? null : why.join("\n"),
        results ? formatDay(results.submittedOn) : say("xlsx-not-reported"),
        level(results?.proposedLevel),
        level(agreedLevel),
      ];
    }),
  });
}

/** Every proposal for praise of the year, both rounds, with its votes and whether confirmed. */
function nominationsSheet(workbook: ExcelJS.Workbook, data: CellWorkbook, say: Say, title: string) {
  addTable(workbook, {
    name: say("xlsx-sheet-nominations"),
    title,
    percentFormat: say("xlsx-format-percent"),
    frozenColumns: 0,
    columns: [
      { header: say("xlsx-col-number"), format: "integer" },
      { header: say("xlsx-col-round") },
      { header: say("xlsx-col-nominee-kind") },
      { header: say("xlsx-col-nominee") },
      { header: say("xlsx-col-role") },
      { header: say("xlsx-col-achievements"), wrap: true },
      { header: say("xlsx-col-votes"), format: "integer" },
      { header: say("xlsx-col-confirmed") },
    ],
    rows: data.nominations.map((nominee, index) => [
      index + 1,
      say(`xlsx-round-${nominee.round}`),
      say(`xlsx-nominee-${nominee.kind}`),
      nominee.name,
      nominee.role ? say(`xlsx-role-${nominee.role}`) : null,
      nominee.reason,
      nominee.votes,
      nominee.confirmed ? say("xlsx-confirmed") : null,
    ]),
  });
}
