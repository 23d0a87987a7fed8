/**
 * The draft minutes (biên bản) of a cell meeting: time, place, who came and who did not and why,
 * chair and secretary, the topic with dotted lines for the secretary to write the proceedings, the
 * vote if there was one, the meeting's quality as the plan scores it, and the signatures of the
 * secretary (thư ký) and the chair (chủ trì).
 */
import type { MeetingQuality } from "../../domain/meeting-quality.js";
import type { MeetingMinutes, PollOutcome, Say } from "../document-data.js";
import type { MinutesQuality } from "../meeting-quality-data.js";
import {
  BLANK,
  type Block,
  body,
  type Content,
  clock,
  dataTable,
  dottedLines,
  listLine,
  partyDocument,
  percent,
  type Section,
  sideBySide,
  signatureBlock,
  timeInWords,
  toBuffer,
} from "./party-document.js";

/** Names in a sentence: "Nguyễn Văn An, Trần Thị Bình". */
export const nameList = (names: readonly string[]) => names.join(", ");

/**
 * A vote: its question (unless a heading already shows it), whether it is still going on (its
 * counts are then not a result), open or secret, the votes cast, and a table of each option
 * with its votes and its share.
 */
export function pollBlocks(
  poll: PollOutcome,
  timeZone: string,
  say: Say,
  withQuestion = true,
): Block[] {
  return [
    ...(withQuestion ? [body(say("doc-poll-question", { question: poll.question }))] : []),
    ...(poll.openUntil
      ? [
          body(
            say("doc-poll-still-open", { closesAt: timeInWords(poll.openUntil, timeZone, say) }),
            { italics: true },
          ),
        ]
      : []),
    body(say(poll.anonymous ? "doc-poll-anonymous" : "doc-poll-open")),
    body(say("doc-poll-total", { total: poll.total })),
    poll.options.length === 0
      ? body(say("doc-poll-no-options"))
      : dataTable(
          [
            { header: say("doc-column-number"), weight: 8, align: "center" },
            { header: say("doc-column-option"), weight: 60 },
            { header: say("doc-column-votes"), weight: 16, align: "center" },
            { header: say("doc-column-share"), weight: 16, align: "center" },
          ],
          poll.options.map((option, i) => [
            String(i + 1),
            option.option,
            String(option.votes),
            percent(option.votes, poll.total, say) ?? "—",
          ]),
        ),
  ];
}

function timeLine(data: MeetingMinutes, say: Say): string {
  const { startsAt, endsAt } = data.meeting;
  const start = clock(startsAt, data.timeZone);
  const end = clock(endsAt, data.timeZone);
  if (start.date === end.date) {
    return say("doc-minutes-time-same-day", {
      start: say("doc-time-of-day", { hour: start.hour, minute: start.minute }),
      end: say("doc-time-of-day", { hour: end.hour, minute: end.minute }),
      day: start.day,
      month: start.month,
      year: start.year,
    });
  }
  return say("doc-minutes-time", {
    start: timeInWords(startsAt, data.timeZone, say),
    end: timeInWords(endsAt, data.timeZone, say),
  });
}

/**
 * "7 đồng chí (chính thức: 6, dự bị: 1)", then who among them is exempt or retired: those are
 * not a Party status of their own. A member is marked retired or exempt instead of full, so
 * they count as full members; one moved away is no longer the cell's.
 */
function membersLines(data: MeetingMinutes, say: Say): Content[] {
  const count = (status: keyof MeetingMinutes["byStatus"]) => data.byStatus[status] ?? 0;
  const probationary = count("probationary");
  const full = count("full") + count("exempt") + count("retired");
  const among = (["exempt", "retired"] as const).flatMap((status) =>
    count(status) > 0 ? [say(`doc-minutes-among-${status}`, { count: count(status) })] : [],
  );
  return [
    body(say("doc-minutes-total", { count: full + probationary, full, probationary })),
    ...(among.length > 0 ? [body(say("doc-minutes-among", { list: among.join(", ") }))] : []),
  ];
}

/** `fromElsewhere[i]`: whether the i-th one present checked in from elsewhere. */
function attendance(data: MeetingMinutes, say: Say, fromElsewhere: readonly boolean[]): Content[] {
  const { meeting } = data;
  const present = meeting.present.map((name, i) =>
    fromElsewhere[i] ? say("doc-quality-remote", { name }) : name,
  );
  const counted =
    meeting.present.length + meeting.absentWithReason.length + meeting.absentWithoutReason.length;
  const rate = percent(meeting.present.length, counted, say);

  const lines: Content[] = [
    ...membersLines(data, say),
    body(
      meeting.present.length === 0
        ? say("doc-minutes-present-none", { counted })
        : say("doc-minutes-present", {
            present: meeting.present.length,
            counted,
            percent: rate ?? "—",
            names: nameList(present),
          }),
    ),
  ];
  if (meeting.absentWithReason.length === 0) {
    lines.push(body(say("doc-minutes-absent-with-reason-none")));
  } else {
    lines.push(
      body(say("doc-minutes-absent-with-reason", { count: meeting.absentWithReason.length })),
      ...meeting.absentWithReason.map((absent) =>
        listLine(
          say("doc-minutes-absent-line", {
            name: absent.name,
            reason: absent.reason?.trim() ? absent.reason : say("doc-minutes-no-reason"),
          }),
        ),
      ),
    );
  }
  lines.push(
    body(
      meeting.absentWithoutReason.length === 0
        ? say("doc-minutes-absent-without-reason-none")
        : say("doc-minutes-absent-without-reason", {
            count: meeting.absentWithoutReason.length,
            names: nameList(meeting.absentWithoutReason),
          }),
    ),
    body(
      meeting.exempt.length === 0
        ? say("doc-minutes-exempt-none")
        : say("doc-minutes-exempt", {
            count: meeting.exempt.length,
            names: nameList(meeting.exempt),
          }),
    ),
    body(say("doc-minutes-chair", { name: data.chairName?.trim() ? data.chairName : BLANK })),
    body(
      say("doc-minutes-secretary", {
        name: data.minuteTakerName?.trim() ? data.minuteTakerName : BLANK,
      }),
    ),
  );
  return lines;
}

function contentSection(data: MeetingMinutes, say: Say): Section {
  const topic = data.meeting.topic.trim();
  return {
    title: say("doc-minutes-section-content"),
    body: [
      body(say("doc-minutes-topic", { topic: topic || BLANK })),
      {
        title: say("doc-minutes-proceedings"),
        body: dottedLines(6),
      },
      {
        title: say("doc-minutes-opinions"),
        body: dottedLines(6),
      },
      {
        title: say("doc-minutes-conclusion"),
        body: dottedLines(4),
      },
    ],
  };
}

/**
 * A meeting's quality, a line a part: attendance, length, the agenda's first item, the poll
 * after it, each with its points; then the score out of 100 and its level.
 */
function qualityLines(quality: MeetingQuality, say: Say): string[] {
  const { attendance, length, agenda, poll, pollScore, total, score, level } = quality;
  const lines = [
    attendance
      ? say("doc-quality-attendance", {
          present: attendance.present,
          counted: attendance.counted,
          percent: percent(attendance.present, attendance.counted, say) ?? "—",
          points: attendance.points,
          max: attendance.max,
        })
      : say("doc-quality-attendance-none"),
    say("doc-quality-length", {
      minutes: length.minutes,
      minimum: length.minimum,
      points: length.points,
      max: length.max,
    }),
    agenda.firstItem === null
      ? say("doc-quality-agenda-none", { points: agenda.points, max: agenda.max })
      : say(agenda.names ? "doc-quality-agenda-yes" : "doc-quality-agenda-no", {
          item: agenda.firstItem,
          points: agenda.points,
          max: agenda.max,
        }),
    poll.state === "scored" && pollScore
      ? say("doc-quality-poll", {
          votes: poll.votes,
          points: pollScore.points,
          max: pollScore.max,
        })
      : say(`doc-quality-poll-${poll.state}`),
  ];
  if (score === null || level === null) lines.push(say("doc-quality-score-none"));
  else if (total.max === 100) lines.push(say("doc-quality-score", { score, level }));
  else {
    lines.push(
      say("doc-quality-score-scaled", { score, level, points: total.points, max: total.max }),
    );
  }
  return lines;
}

/** The draft minutes of one meeting, as a .docx file, with its quality where it is given. */
export async function meetingMinutesDocx(
  data: MeetingMinutes,
  say: Say,
  quality?: MinutesQuality,
): Promise<Buffer> {
  const { meeting } = data;
  const start = clock(meeting.startsAt, data.timeZone);
  const end = clock(meeting.endsAt, data.timeZone);
  const sameDay = start.date === end.date;
  const subtitle = say(`doc-minutes-subtitle-${meeting.kind}`, {
    month: start.month,
    year: start.year,
  });
  const sections: Content[] = [
    body(timeLine(data, say)),
    body(say("doc-minutes-place", { place: meeting.place.trim() ? meeting.place : BLANK })),
    {
      title: say("doc-minutes-section-attendance"),
      body: attendance(data, say, quality?.presentFromElsewhere ?? []),
    },
    contentSection(data, say),
  ];
  if (data.poll) {
    sections.push({
      title: say(
        data.poll.openUntil ? "doc-minutes-section-poll-open" : "doc-minutes-section-poll",
      ),
      body: pollBlocks(data.poll, data.timeZone, say),
    });
  }
  if (quality) {
    sections.push({
      title: say("doc-quality-section"),
      body: qualityLines(quality.quality, say).map((line) => body(line)),
    });
  }
  sections.push(
    body(
      sameDay
        ? say("doc-minutes-closing", {
            time: say("doc-time-of-day", { hour: end.hour, minute: end.minute }),
          })
        : say("doc-minutes-closing-other-day", {
            time: timeInWords(meeting.endsAt, data.timeZone, say),
          }),
      { before: 120, keepNext: true },
    ),
    body(say("doc-minutes-approved"), { keepNext: true }),
  );
  const document = partyDocument({
    heading: data.heading,
    kind: "minutes",
    title: say("doc-minutes-title"),
    subtitle,
    sections,
    closing: [
      sideBySide(
        signatureBlock({ title: say("doc-minutes-secretary-title"), name: data.minuteTakerName }),
        signatureBlock({ title: say("doc-minutes-chair-title"), name: data.chairName }),
      ),
    ],
    say,
  });
  return toBuffer(document);
}
