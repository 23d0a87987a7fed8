/**
 * The results of a quarter ("Quý II/2024") or of the year: the registration of personal plans, the
 * meetings held with their attendance and quality, and the votes taken.
 */
import { formatDay, localDay, romanQuarter } from "../../domain/calendar.js";
import type { MeetingAttendance, ResultsReport, Say } from "../document-data.js";
import type { ResultsQuality } from "../meeting-quality-data.js";
import { pollBlocks } from "./meeting-minutes.js";
import {
  body,
  type Content,
  dataTable,
  dottedLines,
  listLine,
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

/** The meetings of a period: counts, attendance, and a row for each with the totals. */
export function meetingsSection(
  data: Pick<ResultsReport, "meetings" | "timeZone">,
  period: string,
  say: Say,
): Section {
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
          { header: say("doc-column-date"), weight: 15, align: "center" },
          { header: say("doc-column-kind"), weight: 12, align: "center" },
          { header: say("doc-column-topic"), weight: 32 },
          { header: say("doc-column-present"), weight: 11, align: "center" },
          { header: say("doc-column-absent-with-reason"), weight: 11, align: "center" },
          { header: say("doc-column-absent-without-reason"), weight: 11, align: "center" },
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

/**
 * The quality of the period's meetings: how many, the average share attending and the average
 * score with its level, then each meeting's parts and score.
 */
function qualitySection(quality: ResultsQuality, timeZone: string, say: Say): Section {
  const { period, meetings } = quality;
  const attendance = period.attendance === null ? "—" : (percent(period.attendance, 1, say) ?? "—");
  const summary =
    period.score === null || period.level === null
      ? say("doc-quality-results-summary-unscored", { count: period.meetings, attendance })
      : say("doc-quality-results-summary", {
          count: period.meetings,
          attendance,
          score: period.score,
          level: period.level,
        });
  const points = (part: { points: number; max: number } | null) =>
    part ? say("doc-quality-points", { points: part.points, max: part.max }) : "—";
  return {
    title: say("doc-quality-results-title"),
    body: [
      body(summary),
      dataTable(
        [
          { header: say("doc-column-number"), weight: 7, align: "center" },
          { header: say("doc-column-date"), weight: 14, align: "center" },
          { header: say("doc-column-quality-attendance"), weight: 12, align: "center" },
          { header: say("doc-column-quality-length"), weight: 12, align: "center" },
          { header: say("doc-column-quality-agenda"), weight: 17, align: "center" },
          { header: say("doc-column-quality-poll"), weight: 13, align: "center" },
          { header: say("doc-column-quality-score"), weight: 10, align: "center" },
          { header: say("doc-column-quality-level"), weight: 15, align: "center" },
        ],
        meetings.map(({ startsAt, quality: q }, i) => [
          String(i + 1),
          formatDay(localDay(startsAt, timeZone)),
          q.attendance ? (percent(q.attendance.present, q.attendance.counted, say) ?? "—") : "—",
          String(q.length.minutes),
          say(
            q.agenda.firstItem === null
              ? "doc-quality-no-agenda"
              : q.agenda.names
                ? "doc-quality-yes"
                : "doc-quality-no",
          ),
          points(q.pollScore),
          q.score === null ? "—" : say("doc-quality-points", { points: q.score, max: 100 }),
          q.level ?? "—",
        ]),
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
    body: data.polls.map((poll) => ({
      title: poll.question,
      body: pollBlocks(poll, data.timeZone, say, false),
    })),
  };
}

/** How many meetings each member missed without a reason, most first, then by name. */
function absentWithoutReason(meetings: readonly MeetingAttendance[]): [string, number][] {
  const times = new Map<string, number>();
  for (const meeting of meetings) {
    for (const name of meeting.absentWithoutReason) times.set(name, (times.get(name) ?? 0) + 1);
  }
  return [...times].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "vi"));
}

/** A line chibo fills in, as the lines written by hand are: "- …". */
const filled = (text: string) => listLine(text);

/**
 * "Đánh giá chung": what went well and what did not, pre-filled with what chibo knows (the
 * counts, who has not registered, who missed meetings without a reason), and dotted lines for
 * what only the cell can judge, the causes above all.
 */
function assessmentSection(data: ResultsReport, period: string, say: Say): Section {
  const { registration, meetings } = data;
  const required = registration.registered + registration.missing;
  const registeredRate = percent(registration.registered, required, say);
  const present = meetings.reduce((sum, meeting) => sum + meeting.present.length, 0);
  const counted = meetings.reduce((sum, meeting) => sum + countedAt(meeting), 0);
  const attendanceRate = percent(present, counted, say);
  const thematic = meetings.filter((meeting) => meeting.kind !== "regular").length;

  const strengths: Content[] = [];
  if (registeredRate !== null && registration.registered > 0) {
    strengths.push(
      filled(
        say("doc-results-strength-registered", {
          registered: registration.registered,
          required,
          percent: registeredRate,
        }),
      ),
    );
  }
  if (meetings.length > 0) {
    strengths.push(
      filled(
        say("doc-results-strength-meetings", {
          count: meetings.length,
          thematic,
          percent: attendanceRate ?? "—",
        }),
      ),
    );
  }

  const weaknesses: Content[] = [];
  if (data.notRegistered.length > 0) {
    weaknesses.push(
      filled(
        say("doc-results-weakness-not-registered", {
          count: data.notRegistered.length,
          names: data.notRegistered.join(", "),
        }),
      ),
    );
  }
  const absent = absentWithoutReason(meetings);
  if (absent.length > 0) {
    weaknesses.push(
      filled(
        say("doc-results-weakness-absent", {
          count: absent.length,
          names: absent
            .map(([name, times]) => say("doc-results-absent-times", { name, times }))
            .join(", "),
        }),
      ),
    );
  }
  if (meetings.length === 0) {
    weaknesses.push(filled(say("doc-results-weakness-no-meetings", { period })));
  } else if (thematic === 0) {
    weaknesses.push(filled(say("doc-results-weakness-no-thematic", { period })));
  }

  return {
    title: say("doc-results-section-assessment"),
    body: [
      { title: say("doc-results-strengths"), body: [...strengths, ...dottedLines(3)] },
      { title: say("doc-results-weaknesses"), body: [...weaknesses, ...dottedLines(3)] },
      { title: say("doc-results-causes"), body: dottedLines(4) },
    ],
  };
}

/** The period after a report's: the next quarter, or the next year. */
function nextPeriod(
  year: number,
  quarter: number | null,
): { year: number; quarter: number | null } {
  if (quarter === null) return { year: year + 1, quarter: null };
  return quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 };
}

/** "Phương hướng, nhiệm vụ" of the next period: its topic, if the plan gives it, and catching up. */
function directionSection(data: ResultsReport, say: Say): Section {
  const next = nextPeriod(data.year, data.quarter);
  const period = periodName(next.year, next.quarter, say);
  const tasks: Content[] = [];
  if (data.next) {
    tasks.push(
      filled(
        say(next.quarter === null ? "doc-results-next-annual-topic" : "doc-results-next-topic", {
          period,
          topic: data.next.topic,
        }),
      ),
    );
  }
  if (data.notRegistered.length > 0) {
    tasks.push(
      filled(say("doc-results-next-not-registered", { count: data.notRegistered.length })),
    );
  }
  return {
    title: say("doc-results-section-direction", { period }),
    body: [...tasks, ...dottedLines(4)],
  };
}

/**
 * The results of a quarter or of the year, as a .docx file; with the quality of its meetings
 * where it is given and there were meetings.
 */
export async function resultsReportDocx(
  data: ResultsReport,
  say: Say,
  quality?: ResultsQuality,
): Promise<Buffer> {
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
      ...(quality && quality.meetings.length > 0
        ? [qualitySection(quality, data.timeZone, say)]
        : []),
      pollsSection(data, period, say),
      assessmentSection(data, period, say),
      directionSection(data, say),
      body(say("doc-results-closing", { period }), { before: 120, keepNext: true }),
    ],
    say,
  });
  return toBuffer(document);
}
