import { type CellPolicy, type RosterMember, registrationDuty } from "./member-rules.js";

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
