/**
 * The cell's year-end report of results against the personal plans: the registration, who
 * reported results and what came of each part, the levels the cell agreed, the cell's own model
 * and its quarters, and the meetings held.
 *
 * The levels are listed with names, as the cell's grading is filed upward (the committee
 * approves each member's level). The report is made only for the cell's committee in private
 * (/xuatbaocao) and goes to the committee above; it carries the levels the cell agreed, never
 * the ones members proposed for themselves, nor what they wrote.
 */
import { formatDay, romanQuarter } from "../../domain/calendar.js";
import { COMMITMENT_PARTS } from "../../domain/commitment-rules.js";
import { LEVELS } from "../../domain/grading-rules.js";
import type { MemberYearEnd, Say, YearEndReport } from "../document-data.js";
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
import { meetingsSection, periodName } from "./results-report.js";

/** Every member graded: those asked for results, then the others. */
function gradedOf(data: Pick<YearEndReport, "required" | "gradedOnly">): MemberYearEnd[] {
  return [...data.required, ...(data.gradedOnly ?? [])];
}

/**
 * The counts the report and the committee's roll-up share: results reported of those asked for
 * them; levels of every member graded, and how many of them still wait for one.
 */
export function yearEndCounts(data: Pick<YearEndReport, "required" | "gradedOnly">) {
  const { required } = data;
  const graded = gradedOf(data);
  const agreed = Object.fromEntries(
    LEVELS.map((level) => [level, graded.filter((m) => m.agreedLevel === level).length]),
  ) as Record<(typeof LEVELS)[number], number>;
  return {
    required: required.length,
    reported: required.filter((member) => member.outcomes !== null).length,
    agreed,
    notAgreed: graded.filter((member) => member.agreedLevel === null).length,
  };
}

const names = (members: readonly MemberYearEnd[]) => members.map((m) => m.name).join(", ");

function resultsSection(data: YearEndReport, say: Say): Section {
  const { required, reported } = yearEndCounts(data);
  const missing = data.required.filter((member) => member.outcomes === null);
  const rate = percent(reported, required, say);
  const lines: Content[] = [
    body(
      rate === null
        ? say("doc-year-end-reported-plain", { reported })
        : say("doc-year-end-reported", { reported, required, percent: rate }),
    ),
  ];
  if (missing.length > 0) {
    lines.push(
      body(say("doc-year-end-not-reported", { count: missing.length, names: names(missing) })),
    );
  }
  const withResults = data.required.filter((member) => member.outcomes !== null);
  if (withResults.length > 0) {
    lines.push(
      dataTable(
        [
          { header: say("doc-column-number"), weight: 8, align: "center" },
          { header: say("doc-column-name"), weight: 32 },
          ...COMMITMENT_PARTS.map((part) => ({
            header: say("doc-column-part", { label: data.partNames[part] }),
            weight: 20,
          })),
        ],
        withResults.map((member, i) => [
          String(i + 1),
          member.name,
          ...COMMITMENT_PARTS.map((part) =>
            member.outcomes ? say(`doc-outcome-${member.outcomes[part]}`) : "",
          ),
        ]),
      ),
    );
  }
  return { title: say("doc-year-end-section-results"), body: lines };
}

function levelsSection(data: YearEndReport, say: Say): Section {
  const counted = gradedOf(data);
  const { agreed, notAgreed } = yearEndCounts(data);
  const graded = counted.length - notAgreed;
  const lines: Content[] = [
    body(
      say("doc-year-end-levels-intro", { rule: data.gradingRule, graded, members: counted.length }),
    ),
  ];
  for (const level of LEVELS) {
    const at = counted.filter((member) => member.agreedLevel === level);
    const args = { level: data.levelNames[level], count: agreed[level] };
    lines.push(
      listLine(
        at.length === 0
          ? say("doc-year-end-level-none", args)
          : say("doc-year-end-level", { ...args, names: names(at) }),
      ),
    );
  }
  if (notAgreed > 0) {
    const waiting = counted.filter((member) => member.agreedLevel === null);
    lines.push(
      listLine(say("doc-year-end-level-waiting", { count: notAgreed, names: names(waiting) })),
    );
  }
  return { title: say("doc-year-end-section-levels"), body: lines };
}

function modelSection(data: YearEndReport, say: Say): Section {
  const title = say("doc-year-end-section-model");
  const { model } = data;
  if (!model) return { title, body: [body(say("doc-year-end-no-model")), ...dottedLines(2)] };
  const reported = new Map(model.progress.map((entry) => [entry.quarter, entry.note]));
  return {
    title,
    body: [
      body(say("doc-year-end-model-title", { title: model.title })),
      body(say("doc-year-end-model-what", { what: model.what })),
      body(say("doc-year-end-model-who", { who: model.who })),
      body(say("doc-year-end-model-by", { day: formatDay(model.byDay) })),
      dataTable(
        [
          { header: say("doc-column-quarter"), weight: 14, align: "center" },
          { header: say("doc-column-model-progress"), weight: 86 },
        ],
        [1, 2, 3, 4].map((quarter) => [
          say("doc-quarter", { quarter: romanQuarter(quarter), year: String(data.year) }),
          reported.get(quarter) ?? say("doc-year-end-model-no-progress"),
        ]),
      ),
    ],
  };
}

/** The cell's year-end report of results, levels, its model and meetings, as a .docx file. */
export async function yearEndReportDocx(data: YearEndReport, say: Say): Promise<Buffer> {
  const year = String(data.year);
  const period = periodName(data.year, null, say);
  const document = partyDocument({
    heading: data.heading,
    title: say("doc-report"),
    subtitle: say("doc-year-end-subtitle", { year }),
    sections: [
      body(say("doc-year-end-intro", { year })),
      {
        title: say("doc-results-section-registration"),
        body: registrationSummary(data.registration, say),
      },
      resultsSection(data, say),
      levelsSection(data, say),
      modelSection(data, say),
      meetingsSection(data, period, say),
      body(say("doc-year-end-closing", { year }), { before: 120, keepNext: true }),
    ],
    say,
  });
  return toBuffer(document);
}
