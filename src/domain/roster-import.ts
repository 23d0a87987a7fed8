import type { MemberRole, MemberStatus, RosterState } from "./member-rules.js";
import type { NameProblem, SheetEntry } from "./roster-sheet.js";
import { foldKey } from "./text.js";

/** A person the import adds. */
export interface PlannedMember {
  row: number;
  fullName: string;
  role: MemberRole;
  status: MemberStatus;
}

/** Every row with a name, in the order of the sheet, with what the import does with it. */
export type PlannedRow =
  /** `similar`: a name on the roster this one may be, written shorter ("Lan", "Nguyễn Thị Lan"). */
  | ({ outcome: "add"; similar?: string } & PlannedMember)
  /** Its name is on the cell's roster already (active, or waiting for approval). */
  | { outcome: "on-roster"; row: number; name: string }
  /** The same name on an earlier row of the file: only the first is read. */
  | { outcome: "repeated"; row: number; name: string; firstRow: number }
  | { outcome: "unknown-status"; row: number; name: string; text: string }
  | { outcome: "not-a-name"; row: number; text: string; problem: NameProblem };

export interface ImportPlan {
  rows: PlannedRow[];
  add: PlannedMember[];
  /** Rows whose secretary or deputy role the import does not give: added as members. */
  roleKept: { row: number; name: string; role: MemberRole }[];
  /** Rows added whose name may be someone's on the roster, written shorter or longer. */
  similar: number[];
}

/** Whom the import is for: the cell's roster as it is, and who imports. */
export interface ImportContext {
  roster: readonly { fullName: string; nameKey: string; roster: RosterState }[];
  importerRole: MemberRole;
}

/**
 * What importing these rows would do. Nothing is guessed: a name already on the roster, a name
 * twice in the file and a status that cannot be read are listed and left out. A cell has one
 * secretary, and only the secretary names a deputy (as /thanhvien does): such roles in the file
 * are not given, and the rows are added as members, said so.
 */
export function planImport(entries: readonly SheetEntry[], context: ImportContext): ImportPlan {
  const current = context.roster.filter((m) => m.roster === "active" || m.roster === "pending");
  const onRoster = new Set(current.map((member) => member.nameKey));
  const firstRows = new Map<string, number>();
  const rows: PlannedRow[] = [];
  const add: PlannedMember[] = [];
  const roleKept: ImportPlan["roleKept"] = [];
  const similar: number[] = [];
  for (const entry of entries) {
    const { row } = entry;
    if (!entry.name.ok) {
      rows.push({ outcome: "not-a-name", row, text: entry.written, problem: entry.name.problem });
      continue;
    }
    const name = entry.name.name;
    const key = foldKey(name);
    const firstRow = firstRows.get(key);
    if (firstRow !== undefined) {
      rows.push({ outcome: "repeated", row, name, firstRow });
      continue;
    }
    firstRows.set(key, row);
    if (onRoster.has(key)) {
      rows.push({ outcome: "on-roster", row, name });
      continue;
    }
    if (!entry.status) {
      rows.push({ outcome: "unknown-status", row, name, text: entry.statusText });
      continue;
    }
    const wanted = entry.role ?? "member";
    const given = mayGive(wanted, context.importerRole) ? wanted : "member";
    if (given !== wanted) roleKept.push({ row, name, role: wanted });
    const member = { row, fullName: name, role: given, status: entry.status };
    const alike = current.find((other) => endsWithWords(key, other.nameKey));
    if (alike) similar.push(row);
    rows.push({ outcome: "add", ...member, ...(alike ? { similar: alike.fullName } : {}) });
    add.push(member);
  }
  return { rows, add, roleKept, similar };
}

/** "nguyen thi lan" and "lan", either way round: the one is the other's last words. */
function endsWithWords(a: string, b: string): boolean {
  return a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

function mayGive(role: MemberRole, importer: MemberRole): boolean {
  if (role === "secretary") return false;
  return role !== "deputy" || importer === "secretary";
}
