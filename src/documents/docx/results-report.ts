/**
 * The results of a quarter ("Quý II/2024") or of the year: the registration of personal plans, the
 * meetings held with their attendance, and the votes taken.
 */
import { formatDay, localDay, romanQuarter } from "../../domain/calendar.js";
import type { MeetingAttendance, ResultsReport, Say } from "../document-data.js";
import { pollBlocks } from "./meeting-minutes.js";
import {
  body,
  dataTable,
  partyDocument,
  percent,
  type Section,
  toBuffer,
} from "./party-document.js";
import { registrationSummary } from "./registration-report.js";

/** "Quý II/2024", or "năm 2024" for the whole year. */
export function periodName(year: number, quarter: number | null, say: Say): string {
  return quarter === null
    ? say("doc-year", { year: String(year) })
    : say("doc-quarter", { quarter: romanQuarter(quarter), year: String(year) });
}

/** Those expected at a meeting: present and absent; the exempt are not counted. */
export const countedAt = (meeting: MeetingAttendance) =>
  meeting.present.length + meeting.absentWithReason.length + meeting.absentWithoutReason.length;

function meetingsSection(data: ResultsReport, period: string, say: Say): Section {
  const title = say("doc-results-section-meetings");
  const meetings = [...data.meetings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  if (meetings.length === 0) {
    return { title, body: [body(say("doc-results-no-meetings", { period }))] };
  }
  const regular = meetings.filter((meeting) => meeting.kind === "regular").length;
  const present = meetings.reduce((sum, meeting) => sum + meeting.present.length, 0);
  const counted = meetings.reduce((sum, meeting) => sum + countedAt(meeting), 0);
  const withReason = meetings.reduce((sum, meeting) => sum + meeting.absentWithReason.length, 0);
  const without = meetings.reduce((sum, meeting) => sum + meeting.absentWithoutReason.length, 0);
  const rate = percent(present, counted, say);
  return {
    title,
    body: [
      body(
        say("doc-results-meetings-count", {
          count: meetings.length,
          regular,
          thematic: meetings.length - regular,
        }),
      ),
      ...(rate === null
        ? []
        : [body(say("doc-results-attendance", { present, counted, percent: rate }))]),
      dataTable(
        [
          { header: say("doc-column-number"), weight: 8, align: "center" },
          { header: say("doc-column-date"), weight: 14, align: "center" },
          { header: say("doc-column-kind"), weight: 13, align: "center" },
          { header: say("doc-column-topic"), weight: 28 },
          { header: say("doc-column-present"), weight: 13, align: "center" },
          { header: say("doc-column-absent-with-reason"), weight: 13, align: "center" },
          { header: say("doc-column-absent-without-reason"), weight: 13, align: "center" },
        ],
        meetings.map((meeting, i) => [
          String(i + 1),
          formatDay(localDay(meeting.startsAt, data.timeZone)),
          say(`doc-kind-${meeting.kind}`),
          meeting.topic,
          `${meeting.present.length}/${countedAt(meeting)}`,
          String(meeting.absentWithReason.length),
          String(meeting.absentWithoutReason.length),
        ]),
        {
          totals: [
            "",
            say("doc-total"),
            "",
            "",
            `${present}/${counted}`,
            String(withReason),
            String(without),
          ],
        },
      ),
    ],
  };
}

function pollsSection(data: ResultsReport, period: string, say: Say): Section {
  const title = say("doc-results-section-polls");
  if (data.polls.length === 0) {
    return { title, body: [body(say("doc-results-no-polls", { period }))] };
  }
  return {
    title,
    body: data.polls.map((poll) => ({ title: poll.question, body: pollBlocks(poll, say, false) })),
  };
}

/** The results of a quarter or of the year, as a .docx file. */
export async function resultsReportDocx(data: ResultsReport, say: Say): Promise<Buffer> {
  const period = periodName(data.year, data.quarter, say);
  const document = partyDocument({
    heading: data.heading,
    title: say("doc-report"),
    subtitle: say("doc-results-subtitle", { period }),
    sections: [
      body(say("doc-results-intro", { period })),
      {
        title: say("doc-results-section-registration"),
        body: registrationSummary(data.registration, say),
      },
      meetingsSection(data, period, say),
      pollsSection(data, period, say),
      body(say("doc-results-closing", { period }), { before: 120 }),
    ],
    say,
  });
  return toBuffer(document);
}
