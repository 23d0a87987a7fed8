/** bí thư, phó bí thư, chi ủy viên, đảng viên */
export const MEMBER_ROLES = ["secretary", "deputy", "committee", "member"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** chính thức, dự bị, miễn sinh hoạt, nghỉ hưu, chuyển đi */
export const MEMBER_STATUSES = [
  "full",
  "probationary",
  "exempt",
  "retired",
  "transferred",
] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Whether a person is on the cell's roster: waiting for approval, on it, or refused. */
export const ROSTER_STATES = ["pending", "active", "rejected"] as const;
export type RosterState = (typeof ROSTER_STATES)[number];

export interface RosterMember {
  id: number;
  fullName: string;
  role: MemberRole;
  status: MemberStatus;
  roster: RosterState;
}

export interface CellPolicy {
  /** Retired members register only if the cell decides so (Tỉnh ủy Bình Dương 2024, II.2). */
  retiredRegister: boolean;
}

/** The secretary, the deputy and the cell committee see reports and manage the roster. */
export function isCellCommittee(member: Pick<RosterMember, "role" | "roster">): boolean {
  return member.roster === "active" && member.role !== "member";
}

export function canManageRoster(member: Pick<RosterMember, "role" | "roster">): boolean {
  return member.roster === "active" && (member.role === "secretary" || member.role === "deputy");
}

/** Whether this roster entry still ties the person to its cell: refused and moved ones do not. */
export function isCurrentMembership(member: Pick<RosterMember, "status" | "roster">): boolean {
  return member.roster !== "rejected" && member.status !== "transferred";
}

/**
 * Who may give whom which role: managers (secretary, deputy) handle the others; only the
 * secretary grants or takes away the roles of secretary and deputy; nobody changes their own.
 */
export function mayChangeRole(
  actor: Pick<RosterMember, "id" | "role" | "roster">,
  target: Pick<RosterMember, "id" | "role">,
  role: MemberRole,
): boolean {
  if (actor.id === target.id || !canManageRoster(actor)) return false;
  const leadership = (r: MemberRole) => r === "secretary" || r === "deputy";
  return actor.role === "secretary" || (!leadership(target.role) && !leadership(role));
}

/** Members who have moved to another cell are kept for history but no longer counted. */
export function isCounted(member: Pick<RosterMember, "status" | "roster">): boolean {
  return member.roster === "active" && member.status !== "transferred";
}

export type RegistrationDuty = "required" | "exempt" | "none";

/** Exempt members do not register; retired ones as the cell decides; transferred ones not at all. */
export function registrationDuty(
  member: Pick<RosterMember, "status" | "roster">,
  policy: CellPolicy,
): RegistrationDuty {
  if (!isCounted(member)) return "none";
  if (member.status === "exempt") return "exempt";
  if (member.status === "retired" && !policy.retiredRegister) return "exempt";
  return "required";
}
