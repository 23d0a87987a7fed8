/**
 * "DANH SÁCH đảng viên tham dự sinh hoạt chi bộ" of one meeting: a row per member on its sheet
 * (STT, name, a mark under present / absent with reason / absent without reason, a note, room
 * to sign), with the totals. The note gives the reason of an absence with reason, as the
 * minutes already do (they go to the same committee), and says who attended from elsewhere.
 */
import type { Say } from "../document-data.js";
import type { AttendanceList, ListedMember, Standing } from "../ledger-data.js";
import {
  BLANK,
  body,
  clock,
  dataTable,
  partyDocument,
  percent,
  timeInWords,
  toBuffer,
} from "./party-document.js";

/** The columns that take a mark, in order. */
const MARKED: readonly Standing[] = ["present", "excused", "absent"];

function note(member: ListedMember, say: Say): string {
  if (member.standing === "exempt") return say("doc-attendance-note-exempt");
  if (member.standing === "excused") return member.reason ?? say("doc-attendance-no-reason");
  if (member.remote) return say("doc-attendance-note-remote");
  return "";
}

/** How many stood each way. */
function listCounts(list: AttendanceList): Record<Standing, number> {
  const counts: Record<Standing, number> = { present: 0, excused: 0, absent: 0, exempt: 0 };
  for (const member of list.members) counts[member.standing] += 1;
  return counts;
}

/** The attendance list of one meeting, as a .docx file. */
export async function attendanceListDocx(list: AttendanceList, say: Say): Promise<Buffer> {
  const start = clock(list.startsAt, list.timeZone);
  const counts = listCounts(list);
  const counted = counts.present + counts.excused + counts.absent;
  const mark = say("doc-attendance-mark");
  const table =
    list.members.length === 0
      ? body(say("doc-attendance-list-empty"))
      : dataTable(
          [
            { header: say("doc-column-number"), weight: 7, align: "center" },
            { header: say("doc-column-name"), weight: 27 },
            { header: say("doc-attendance-column-present"), weight: 9, align: "center" },
            { header: say("doc-column-absent-with-reason"), weight: 10, align: "center" },
            { header: say("doc-column-absent-without-reason"), weight: 11, align: "center" },
            { header: say("doc-attendance-column-note"), weight: 21 },
            { header: say("doc-attendance-column-signature"), weight: 15 },
          ],
          list.members.map((member, i) => [
            String(i + 1),
            member.name,
            ...MARKED.map((standing) => (member.standing === standing ? mark : "")),
            note(member, say),
            "",
          ]),
          {
            totals: [
              "",
              say("doc-total"),
              ...MARKED.map((standing) => String(counts[standing])),
              counts.exempt > 0 ? say("doc-attendance-total-exempt", { count: counts.exempt }) : "",
              "",
            ],
          },
        );
  const document = partyDocument({
    heading: list.heading,
    title: say("doc-attendance-list-title"),
    subtitle: say(`doc-attendance-list-subtitle-${list.kind}`, {
      month: start.month,
      year: start.year,
    }),
    sections: [
      body(
        say("doc-attendance-list-when", {
          time: timeInWords(list.startsAt, list.timeZone, say),
          place: list.place.trim() ? list.place : BLANK,
        }),
      ),
      body(
        say("doc-attendance-list-counts", {
          counted,
          present: counts.present,
          percent: percent(counts.present, counted, say) ?? "—",
          excused: counts.excused,
          absent: counts.absent,
          exempt: counts.exempt,
        }),
      ),
      table,
    ],
    say,
  });
  return toBuffer(document);
}
