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

/**
 * Whether a person is on the cell's roster: waiting for approval, on it, refused, or gone on to
 * another cell (the entry stays as history, with its commitments).
 */
export const ROSTER_STATES = ["pending", "active", "rejected", "moved"] as const;
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
export function isCellCommittee(member: Pick<RosterMember, "role" | "roster" | "status">): boolean {
  return member.roster === "active" && member.status !== "transferred" && member.role !== "member";
}

export function canManageRoster(member: Pick<RosterMember, "role" | "roster" | "status">): boolean {
  return (
    member.roster === "active" &&
    member.status !== "transferred" &&
    (member.role === "secretary" || member.role === "deputy")
  );
}

/** Whether this roster entry still ties the person to its cell: refused and moved ones do not. */
export function isCurrentMembership(member: Pick<RosterMember, "status" | "roster">): boolean {
  return (
    (member.roster === "active" || member.roster === "pending") && member.status !== "transferred"
  );
}

const isLeadership = (role: MemberRole) => role === "secretary" || role === "deputy";

/**
 * Who may change whose role or status: managers (secretary, deputy) handle the others; only
 * the secretary touches the secretary's and deputies' entries; nobody changes their own.
 */
export function mayChangeMember(
  actor: Pick<RosterMember, "id" | "role" | "roster" | "status">,
  target: Pick<RosterMember, "id" | "role">,
): boolean {
  if (actor.id === target.id || !canManageRoster(actor)) return false;
  return actor.role === "secretary" || !isLeadership(target.role);
}

/** As mayChangeMember; and only the secretary grants the roles of secretary and deputy. */
export function mayChangeRole(
  actor: Pick<RosterMember, "id" | "role" | "roster" | "status">,
  target: Pick<RosterMember, "id" | "role">,
  role: MemberRole,
): boolean {
  return mayChangeMember(actor, target) && (actor.role === "secretary" || !isLeadership(role));
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

/**
 * Whether a member is graded for the year: QĐ 366-QĐ/TW grades every party member yearly except
 * those exempt from the Party's work and activities. A retired member the cell does not ask to
 * register is graded all the same, without a report of their own.
 */
export function isGraded(member: Pick<RosterMember, "status" | "roster">): boolean {
  return isCounted(member) && member.status !== "exempt";
}

/**
 * Whether a member is asked for progress and results on a plan: those the cell asks to register
 * (registrationDuty), registered or not.
 */
export function mustReportResults(
  member: Pick<RosterMember, "status" | "roster">,
  policy: CellPolicy,
): boolean {
  return registrationDuty(member, policy) === "required";
}

// What secretaries write after a name, folded (no case, no marks): the locale's words, and the
// short forms they use on paper rosters. Not "chuyển đi" (nobody is added as gone) nor "bí thư"
// (a cell's one secretary is handed over, never added).
const TYPED_STATUSES = new Map<string, MemberStatus>([
  ["chinh thuc", "full"],
  ["du bi", "probationary"],
  ["nghi huu", "retired"],
  ["huu", "retired"],
  ["mien sinh hoat", "exempt"],
  ["mien", "exempt"],
]);
const TYPED_ROLES = new Map<string, MemberRole>([
  ["dang vien", "member"],
  ["chi uy vien", "committee"],
  ["chi uy", "committee"],
  ["pho bi thu", "deputy"],
]);

/** A status or role written after a name when adding by hand, already folded; undefined: neither. */
export function readStatusOrRole(
  folded: string,
): { status: MemberStatus } | { role: MemberRole } | undefined {
  const status = TYPED_STATUSES.get(folded);
  if (status) return { status };
  const role = TYPED_ROLES.get(folded);
  return role ? { role } : undefined;
}
