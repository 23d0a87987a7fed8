import { countAgreed, type Level } from "./grading-rules.js";
import {
  type CellPolicy,
  isGraded,
  mustReportResults,
  type RosterMember,
  registrationDuty,
} from "./member-rules.js";

export interface ReportCommitment {
  memberId: number;
  submittedAt: Date;
  updatedAt: Date;
}

export interface CellReport<M extends RosterMember> {
  /** Members counted in the cell: on the roster and not transferred. */
  members: M[];
  registered: M[];
  missing: M[];
  exempt: M[];
  /** People waiting for the secretary's approval: not yet members. */
  pending: M[];
}

/** Who has registered a personal plan for the year, who has not, and who need not. */
export function buildCellReport<M extends RosterMember>(
  roster: M[],
  commitments: ReportCommitment[],
  policy: CellPolicy,
): CellReport<M> {
  const registeredIds = new Set(commitments.map((c) => c.memberId));
  const report: CellReport<M> = {
    members: [],
    registered: [],
    missing: [],
    exempt: [],
    pending: [],
  };
  for (const member of roster) {
    if (member.roster === "pending") report.pending.push(member);
    const duty = registrationDuty(member, policy);
    if (duty === "none") continue;
    report.members.push(member);
    if (duty === "exempt") report.exempt.push(member);
    else if (registeredIds.has(member.id)) report.registered.push(member);
    else report.missing.push(member);
  }
  return report;
}

/** A member's results for a year as the report counts them: reported, and the level agreed. */
export interface ReportResult {
  memberId: number;
  reported: boolean;
  agreedLevel: Level | null;
}

/**
 * The second half of the year, counted ("9/11 đã báo cáo kết quả"): never whose results, nor
 * anyone's level, only how many.
 */
export interface SecondHalfCounts {
  /** Those who registered a plan, and how many of them have reported progress on it. */
  registered: number;
  progressReported: number;
  /** Those who report results (mustReportResults: registered or not), and how many of them did. */
  required: number;
  resultsReported: number;
  /**
   * The levels the cell agreed, by level, of every member graded (isGraded): also of one not
   * asked to report. `notAgreed`: graded members who reported and wait for the cell's level.
   */
  agreed: Record<Level, number>;
  notAgreed: number;
}

export function countSecondHalf<M extends RosterMember>(
  report: CellReport<M>,
  progressed: ReadonlySet<number>,
  results: readonly ReportResult[],
  policy: CellPolicy,
): SecondHalfCounts {
  const required = new Set(
    report.members.filter((m) => mustReportResults(m, policy)).map((m) => m.id),
  );
  const counted = new Map(report.members.map((m) => [m.id, m]));
  let resultsReported = 0;
  let notAgreed = 0;
  for (const result of results) {
    if (result.reported && required.has(result.memberId)) resultsReported += 1;
    const member = counted.get(result.memberId);
    if (member && isGraded(member) && !result.agreedLevel && result.reported) notAgreed += 1;
  }
  const agreed = countAgreed(
    results.flatMap((result) => {
      const member = counted.get(result.memberId);
      return member ? [{ member, level: result.agreedLevel }] : [];
    }),
  );
  return {
    registered: report.registered.length,
    progressReported: report.registered.filter((m) => progressed.has(m.id)).length,
    required: required.size,
    resultsReported,
    agreed,
    notAgreed,
  };
}
