/**
 * A member's "Báo cáo kết quả thực hiện kế hoạch học tập và làm theo … năm 2024": for each of the
 * plan's three parts what was registered, what came of it, what was not done and why, and the
 * progress noted during the year; then the level the member proposes. The member attaches it
 * to the self-assessment form (Hướng dẫn 43-HD/BTCTW) and signs it; the cell confirms it.
 */
import { formatDay } from "../../domain/calendar.js";
import { COMMITMENT_PARTS, type CommitmentPart } from "../../domain/commitment-rules.js";
import type { MemberResultsReport, Say } from "../document-data.js";
import {
  body,
  type Content,
  dottedLines,
  listLine,
  partyDocument,
  type Section,
  sideBySide,
  signatureBlock,
  toBuffer,
} from "./party-document.js";

function partSection(data: MemberResultsReport, part: CommitmentPart, say: Say): Section {
  const planned = data.plan?.[part];
  const result = data.results?.parts[part];
  const notes = data.progress.filter((note) => note.part === part);
  const content: Content[] = [
    body(
      planned?.trim()
        ? say("doc-member-planned", { plan: planned })
        : say("doc-member-planned-none"),
    ),
  ];
  if (result) {
    content.push(
      body(say("doc-member-outcome", { outcome: say(`doc-outcome-${result.outcome}`) })),
    );
    content.push(
      body(
        result.text.trim()
          ? say("doc-member-done", { text: result.text })
          : say("doc-member-done-none"),
      ),
    );
    if (result.why) content.push(body(say("doc-member-why", { why: result.why })));
  } else {
    content.push(body(say("doc-member-not-reported")), ...dottedLines(3));
  }
  if (notes.length > 0) {
    content.push(body(say("doc-member-progress")));
    for (const note of notes) {
      const args = { day: formatDay(note.day), status: say(`doc-progress-${note.status}`) };
      const line = note.note
        ? say("doc-member-progress-line", { ...args, note: note.note })
        : say("doc-member-progress-line-plain", args);
      content.push(listLine(note.withPhoto ? say("doc-member-with-photo", { line }) : line));
    }
  }
  return { title: data.partNames[part], body: content };
}

function levelSection(data: MemberResultsReport, say: Say): Section {
  const level = data.results?.proposedLevel;
  return {
    title: say("doc-member-section-level"),
    body: level
      ? [body(say("doc-member-level", { rule: data.gradingRule, level: data.levelNames[level] }))]
      : [body(say("doc-member-level-none", { rule: data.gradingRule })), ...dottedLines(1)],
  };
}

/** A member's report of the year's results against their plan, as a .docx file. */
export async function memberResultsDocx(data: MemberResultsReport, say: Say): Promise<Buffer> {
  const year = String(data.year);
  const document = partyDocument({
    heading: data.heading,
    kind: "personal",
    title: say("doc-report"),
    subtitle: say("doc-member-subtitle", { year }),
    sections: [
      body(say("doc-member-name", { name: data.memberName })),
      body(
        say("doc-member-standing", {
          role: say(`doc-role-${data.role}`),
          status: say(`doc-status-${data.status}`),
        }),
      ),
      body(say("doc-member-intro", { year })),
      {
        title: say("doc-member-section-results"),
        body: data.plan
          ? COMMITMENT_PARTS.map((part) => partSection(data, part, say))
          : [body(say("doc-member-no-plan", { year })), ...dottedLines(4)],
      },
      levelSection(data, say),
      body(say("doc-member-closing", { year }), { before: 120, keepNext: true }),
    ],
    closing: [
      sideBySide(
        signatureBlock({ title: say("doc-member-cell-confirms"), name: null }),
        signatureBlock({ title: say("doc-member-signer"), name: data.memberName }),
      ),
    ],
    say,
  });
  return toBuffer(document);
}
