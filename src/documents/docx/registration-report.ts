/**
 * "BÁO CÁO kết quả đăng ký học tập và làm theo … năm 2024": how many members registered their
 * personal plan, what each wrote under the plan's three parts (Học tập, Làm theo or Thực hành,
 * Nêu gương), who has not, and who need not.
 */
import { formatDay } from "../../domain/calendar.js";
import { COMMITMENT_PARTS } from "../../domain/commitment-rules.js";
import type { MemberPlan, PartNames, RegistrationReport, Say } from "../document-data.js";
import {
  body,
  type Content,
  dataTable,
  partyDocument,
  percent,
  type Section,
  toBuffer,
} from "./party-document.js";

/** The counts of a registration: everyone listed, those who have, have not, need not. */
export function registrationCounts(members: readonly Pick<MemberPlan, "registration">[]): {
  members: number;
  registered: number;
  missing: number;
  exempt: number;
} {
  const count = (registration: MemberPlan["registration"]) =>
    members.filter((member) => member.registration === registration).length;
  return {
    members: members.length,
    registered: count("registered"),
    missing: count("missing"),
    exempt: count("exempt"),
  };
}

/** The paragraphs of "Kết quả chung": totals, registered out of those who must, missing, exempt. */
export function registrationSummary(
  counts: { members: number; registered: number; missing: number; exempt: number },
  say: Say,
): Content[] {
  const required = counts.registered + counts.missing;
  const rate = percent(counts.registered, required, say);
  return [
    body(say("doc-count-members", { count: counts.members })),
    body(say("doc-count-required", { count: required })),
    body(
      rate === null
        ? say("doc-count-registered-plain", { count: counts.registered })
        : say("doc-count-registered", { count: counts.registered, required, percent: rate }),
    ),
    body(say("doc-count-missing", { count: counts.missing })),
    body(say("doc-count-exempt", { count: counts.exempt })),
  ];
}

function plansSection(members: readonly MemberPlan[], partNames: PartNames, say: Say): Section {
  const registered = members.filter((member) => member.registration === "registered");
  const part = (text: string | undefined) => (text?.trim() ? text : say("doc-part-empty"));
  return {
    title: say("doc-registration-section-plans"),
    body:
      registered.length === 0
        ? [body(say("doc-registration-none-registered"))]
        : [
            dataTable(
              [
                { header: say("doc-column-number"), weight: 8, align: "center" },
                { header: say("doc-column-name"), weight: 19 },
                ...COMMITMENT_PARTS.map((name) => ({
                  header: say("doc-column-part", { label: partNames[name] }),
                  weight: 25,
                })),
              ],
              registered.map((member, i) => [
                String(i + 1),
                member.name,
                ...COMMITMENT_PARTS.map((name) => part(member[name])),
              ]),
            ),
          ],
  };
}

function missingSection(members: readonly MemberPlan[], say: Say): Section {
  const missing = members.filter((member) => member.registration === "missing");
  return {
    title: say("doc-registration-section-missing"),
    body:
      missing.length === 0
        ? [body(say("doc-registration-none-missing"))]
        : [
            dataTable(
              [
                { header: say("doc-column-number"), weight: 8, align: "center" },
                { header: say("doc-column-name"), weight: 44 },
                { header: say("doc-column-role"), weight: 25 },
                { header: say("doc-column-status"), weight: 25 },
              ],
              missing.map((member, i) => [
                String(i + 1),
                member.name,
                say(`doc-role-${member.role}`),
                say(`doc-status-${member.status}`),
              ]),
            ),
          ],
  };
}

function exemptSection(members: readonly MemberPlan[], say: Say): Section {
  const exempt = members.filter((member) => member.registration === "exempt");
  return {
    title: say("doc-registration-section-exempt"),
    body:
      exempt.length === 0
        ? [body(say("doc-registration-none-exempt"))]
        : [
            dataTable(
              [
                { header: say("doc-column-number"), weight: 8, align: "center" },
                { header: say("doc-column-name"), weight: 44 },
                { header: say("doc-column-reason"), weight: 50 },
              ],
              exempt.map((member, i) => [
                String(i + 1),
                member.name,
                say(`doc-exempt-reason-${member.status}`),
              ]),
            ),
          ],
  };
}

/** The registration report of a cell for a year, as a .docx file. */
export async function registrationReportDocx(data: RegistrationReport, say: Say): Promise<Buffer> {
  const year = String(data.year);
  const deadline = formatDay(data.deadline);
  const topic = data.annualTopic.trim();
  const intro = topic
    ? say("doc-registration-intro", { year, topic, deadline })
    : say("doc-registration-intro-no-topic", { year, deadline });
  const document = partyDocument({
    heading: data.heading,
    title: say("doc-report"),
    subtitle: say("doc-registration-subtitle", { year }),
    sections: [
      body(intro),
      {
        title: say("doc-registration-section-summary"),
        body: registrationSummary(registrationCounts(data.members), say),
      },
      plansSection(data.members, data.partNames, say),
      missingSection(data.members, say),
      exemptSection(data.members, say),
      body(say("doc-registration-closing", { year }), { before: 120, keepNext: true }),
    ],
    say,
  });
  return toBuffer(document);
}
