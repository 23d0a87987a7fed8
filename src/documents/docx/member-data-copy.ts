/**
 * A member's own copy of what chibo holds about them, to read rather than to parse: their
 * roster entry, then a numbered section for each kind of data in plain words, tables where
 * rows are alike; a kind chibo holds nothing of says so. Rows of a table with no section of
 * its own are listed field by field at the end, so that nothing held is left out.
 */
import { COMMITMENT_PARTS, type CommitmentPart } from "../../domain/commitment-rules.js";
import type { Say } from "../document-data.js";
import type {
  FieldValue,
  MeetingRef,
  MemberDataCopy,
  PlanRevision,
  YearResultCopy,
} from "../member-data.js";
import {
  body,
  type Column,
  type Content,
  dataTable,
  listLine,
  paragraph,
  partyDocument,
  type Section,
  toBuffer,
} from "./party-document.js";

/** A section: its table or lines, else "none". */
function section(title: string, say: Say, content: readonly Content[]): Section {
  return { title, body: content.length > 0 ? content : [body(say("member-data-none"))] };
}

/** A table of rows, or nothing when there are none. */
function tableOf(columns: readonly Column[], rows: readonly (readonly string[])[]): Content[] {
  return rows.length > 0 ? [dataTable(columns, rows)] : [];
}

const meetingName = (meeting: MeetingRef, say: Say) =>
  say("member-data-meeting", { topic: meeting.topic, day: meeting.day });

function rosterSection(copy: MemberDataCopy, say: Say): Section {
  const { member } = copy;
  return section(say("member-data-section-roster"), say, [
    body(say("member-data-name", { name: member.name })),
    body(say("member-data-cell", { cell: member.cell })),
    body(
      say("member-data-standing", {
        role: say(`doc-role-${member.role}`),
        status: say(`doc-status-${member.status}`),
      }),
    ),
    body(say(`member-data-roster-${member.roster}`)),
    body(say("member-data-since", { day: member.since })),
  ]);
}

function accountsSection(copy: MemberDataCopy, say: Say): Section {
  return section(say("member-data-section-accounts"), say, [
    ...tableOf(
      [
        { header: say("member-data-column-account"), weight: 3 },
        { header: say("member-data-column-shown-as"), weight: 3 },
        { header: say("member-data-column-since"), weight: 2, align: "center" },
        { header: say("member-data-column-private-chat"), weight: 2, align: "center" },
      ],
      copy.accounts.map((account) => [
        account.account,
        account.shownAs,
        account.since,
        account.privateChatSince ?? say("member-data-not-yet"),
      ]),
    ),
  ]);
}

function consentSection(copy: MemberDataCopy, say: Say): Section {
  return section(say("member-data-section-consent"), say, [
    ...tableOf(
      [
        { header: say("member-data-column-day"), weight: 2, align: "center" },
        { header: say("member-data-column-answer"), weight: 3 },
        { header: say("member-data-column-version"), weight: 2, align: "center" },
        { header: say("member-data-column-recorded"), weight: 4 },
      ],
      copy.consents.map((consent) => [
        consent.on,
        say(`member-data-consent-${consent.answer}`),
        consent.version,
        consent.recordedBy
          ? say("member-data-consent-on-paper", { name: consent.recordedBy })
          : say("member-data-consent-own"),
      ]),
    ),
  ]);
}

function revisionLines(
  revision: PlanRevision,
  names: Record<CommitmentPart, string>,
  say: Say,
): Content[] {
  const key = revision.current ? "member-data-revision-current" : "member-data-revision";
  return [
    body(say(key, { revision: String(revision.revision), day: revision.savedOn }), { bold: true }),
    ...COMMITMENT_PARTS.map((part) =>
      listLine(
        say("member-data-part", {
          part: names[part],
          text: revision.parts[part] || say("doc-part-empty"),
        }),
      ),
    ),
  ];
}

function plansSection(copy: MemberDataCopy, say: Say): Section {
  return section(
    say("member-data-section-plans"),
    say,
    copy.plans.map((plan) => ({
      title: say("member-data-year", { year: String(plan.year) }),
      body: plan.revisions.flatMap((revision) => revisionLines(revision, plan.partNames, say)),
    })),
  );
}

function progressSection(copy: MemberDataCopy, say: Say): Section {
  return section(say("member-data-section-progress"), say, [
    ...tableOf(
      [
        { header: say("member-data-column-day"), weight: 2, align: "center" },
        { header: say("member-data-column-part"), weight: 2 },
        { header: say("member-data-column-status"), weight: 2 },
        { header: say("member-data-column-note"), weight: 5 },
      ],
      copy.progress.map((note) => [
        note.on,
        note.part,
        say(`doc-progress-${note.status}`),
        [note.note ?? "", note.withPhoto ? say("member-data-with-photo") : ""]
          .filter(Boolean)
          .join(" "),
      ]),
    ),
  ]);
}

function resultLines(result: YearResultCopy, say: Say): Content[] {
  const lines: Content[] = [];
  if (result.reported) {
    lines.push(body(say("member-data-reported", { day: result.reported.on })));
    for (const part of COMMITMENT_PARTS) {
      const reported = result.reported.parts[part];
      lines.push(
        listLine(
          say("member-data-result-part", {
            part: result.partNames[part],
            outcome: say(`doc-outcome-${reported.outcome}`),
            text: reported.text || say("doc-part-empty"),
          }),
        ),
      );
      if (reported.why) lines.push(listLine(say("member-data-result-why", { why: reported.why })));
    }
  } else {
    lines.push(body(say("member-data-not-reported")));
  }
  lines.push(
    body(
      result.proposedLevel
        ? say("member-data-level-proposed", { level: result.proposedLevel })
        : say("member-data-level-proposed-none"),
    ),
    body(
      result.agreedLevel
        ? say("member-data-level-agreed", {
            level: result.agreedLevel,
            day: result.agreedOn ?? "",
            name: result.agreedBy ?? say("member-data-someone"),
          })
        : say("member-data-level-agreed-none"),
    ),
  );
  return lines;
}

function resultsSection(copy: MemberDataCopy, say: Say): Section {
  return section(
    say("member-data-section-results"),
    say,
    copy.results.map((result) => ({
      title: say("member-data-year", { year: String(result.year) }),
      body: resultLines(result, say),
    })),
  );
}

const presence = (present: boolean | null, reason: string | null, say: Say) => {
  if (present === null) return say("member-data-unmarked");
  if (present) return say("member-data-present");
  return reason
    ? say("member-data-absent-reason", { reason })
    : say("member-data-absent-no-reason");
};

function attendanceSection(copy: MemberDataCopy, say: Say): Section {
  const meetingColumn = { header: say("member-data-column-meeting"), weight: 4 };
  const parts: Content[] = [];
  if (copy.attendance.length > 0) {
    parts.push({
      title: say("member-data-attendance-marks"),
      body: tableOf(
        [
          meetingColumn,
          { header: say("member-data-column-mark"), weight: 4 },
          { header: say("member-data-column-marked-by"), weight: 2 },
        ],
        copy.attendance.map((mark) => [
          meetingName(mark.meeting, say),
          presence(mark.present, mark.reason, say),
          say(`member-data-marked-by-${mark.markedBy}`),
        ]),
      ),
    });
  }
  if (copy.responses.length > 0) {
    parts.push({
      title: say("member-data-attendance-answers"),
      body: tableOf(
        [
          meetingColumn,
          { header: say("member-data-column-answer"), weight: 4 },
          { header: say("member-data-column-day"), weight: 2, align: "center" },
        ],
        copy.responses.map((response) => [
          meetingName(response.meeting, say),
          response.answer === "attend"
            ? say("member-data-answer-attend")
            : say("member-data-answer-excused", {
                reason: response.reason ?? say("member-data-no-reason-yet"),
              }),
          response.on,
        ]),
      ),
    });
  }
  if (copy.attendanceChanges.length > 0) {
    parts.push({
      title: say("member-data-attendance-changes"),
      body: tableOf(
        [
          meetingColumn,
          { header: say("member-data-column-before"), weight: 3 },
          { header: say("member-data-column-after"), weight: 3 },
          { header: say("member-data-column-changed"), weight: 3 },
        ],
        copy.attendanceChanges.map((change) => [
          meetingName(change.meeting, say),
          presence(change.presentBefore, change.reasonBefore, say),
          presence(change.present, change.reason, say),
          say("member-data-changed-by", {
            name: change.by ?? say("member-data-someone"),
            day: change.on,
          }),
        ]),
      ),
    });
  }
  if (copy.absenceWarnings.length > 0) {
    parts.push({
      title: say("member-data-attendance-warnings"),
      body: copy.absenceWarnings.map((warning) =>
        listLine(
          say("member-data-warning", {
            year: String(warning.year),
            months: String(warning.months),
            day: warning.on,
          }),
        ),
      ),
    });
  }
  return section(say("member-data-section-attendance"), say, parts);
}

function pollsSection(copy: MemberDataCopy, say: Say): Section {
  const votes = section(say("member-data-section-polls"), say, [
    ...tableOf(
      [
        { header: say("member-data-column-day"), weight: 2, align: "center" },
        { header: say("member-data-column-question"), weight: 5 },
        { header: say("member-data-column-chosen"), weight: 3 },
      ],
      copy.pollVotes.map((vote) => [vote.on, vote.question, vote.chosen]),
    ),
  ]);
  return { ...votes, body: [...votes.body, body(say("member-data-polls-secret"))] };
}

function nominationsSection(copy: MemberDataCopy, say: Say): Section {
  const parts: Content[] = [];
  if (copy.nominations.length > 0) {
    parts.push({
      title: say("member-data-nominations-of-member"),
      body: tableOf(
        [
          { header: say("member-data-column-round"), weight: 3 },
          { header: say("member-data-column-reason"), weight: 5 },
          { header: say("member-data-column-day"), weight: 2, align: "center" },
          { header: say("member-data-column-confirmed"), weight: 2, align: "center" },
        ],
        copy.nominations.map((nomination) => [
          say(`member-data-round-${nomination.round}`, { year: String(nomination.year) }),
          nomination.reason,
          nomination.on,
          nomination.confirmed ? say("member-data-yes") : say("member-data-no"),
        ]),
      ),
    });
  }
  if (copy.nominationVotes.length > 0) {
    parts.push({
      title: say("member-data-nomination-votes"),
      body: copy.nominationVotes.map((vote) =>
        listLine(say("member-data-nomination-vote", { day: vote.on })),
      ),
    });
  }
  return section(say("member-data-section-nominations"), say, parts);
}

function departuresSection(copy: MemberDataCopy, say: Say): Section {
  return section(
    say("member-data-section-departures"),
    say,
    copy.departures.map((departure) =>
      listLine(
        say("member-data-departure", {
          group: departure.group ?? say("member-data-some-group"),
          day: departure.on,
        }),
      ),
    ),
  );
}

function messagesSection(copy: MemberDataCopy, say: Say): Section {
  return section(say("member-data-section-messages"), say, [
    ...tableOf(
      [
        { header: say("member-data-column-day"), weight: 1, align: "center" },
        { header: say("member-data-column-state"), weight: 3 },
      ],
      copy.messages.map((message) => [message.on, say(`member-data-message-${message.state}`)]),
    ),
  ]);
}

function readsSection(copy: MemberDataCopy, say: Say): Section {
  return section(say("member-data-section-reads"), say, [
    ...tableOf(
      [
        { header: say("member-data-column-when"), weight: 3, align: "center" },
        { header: say("member-data-column-reader"), weight: 4 },
        { header: say("member-data-column-what"), weight: 3 },
        { header: say("member-data-column-where"), weight: 3 },
      ],
      copy.reads.map((read) => [
        read.at,
        read.reader
          ? say("dulieu-reader-named", {
              role: say(`dulieu-reader-${read.role}`),
              name: read.reader,
            })
          : say(`dulieu-reader-${read.role}`),
        say(`member-data-read-kind-${read.kind}`),
        say(`member-data-read-channel-${read.channel}`),
      ]),
    ),
  ]);
}

function fieldText(value: FieldValue, say: Say): string {
  if (value === null) return say("member-data-empty-value");
  if (typeof value === "boolean") return value ? say("member-data-yes") : say("member-data-no");
  return String(value);
}

/** A table with no section of its own: each row, field by field, as stored. */
function otherSections(copy: MemberDataCopy, say: Say): Section[] {
  return copy.other.map(({ table, rows }) => ({
    title: say("member-data-section-other", { table }),
    body: [
      body(say("member-data-other-intro")),
      ...rows.map((fields) =>
        listLine(
          fields
            .map(({ field, value }) =>
              say("member-data-field", { field, value: fieldText(value, say) }),
            )
            .join("; "),
        ),
      ),
    ],
  }));
}

/** A member's copy of their data, as a .docx file. */
export async function memberDataDocx(copy: MemberDataCopy, say: Say): Promise<Buffer> {
  const document = partyDocument({
    heading: copy.heading,
    kind: "personal",
    title: say("member-data-title"),
    subtitle: say("member-data-subtitle", { name: copy.member.name }),
    sections: [
      body(say("member-data-intro", { time: copy.madeAt })),
      rosterSection(copy, say),
      accountsSection(copy, say),
      consentSection(copy, say),
      plansSection(copy, say),
      progressSection(copy, say),
      resultsSection(copy, say),
      attendanceSection(copy, say),
      pollsSection(copy, say),
      nominationsSection(copy, say),
      departuresSection(copy, say),
      messagesSection(copy, say),
      readsSection(copy, say),
      ...otherSections(copy, say),
    ],
    closing: [paragraph(say("member-data-closing"), { italics: true, before: 240 })],
    say,
  });
  return toBuffer(document);
}
