import {
  MEMBER_ROLES,
  MEMBER_STATUSES,
  type MemberRole,
  type MemberStatus,
  mayChangeMember,
  mayChangeRole,
} from "../src/domain/member-rules.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Member } from "../src/store/member-store.js";

/** /thanhvien: the roster; the secretary or deputy sets a member's role and status. */
export const thanhvien: Command = {
  name: "thanhvien",
  where: "private",
  who: "manager",
  run(turn) {
    const cell = turn.knownMember.cell;
    const roster = turn.services.members.ofCell(cell.id, "active");
    turn.reply(
      "thanhvien-list",
      { cell: cell.name, count: roster.length },
      {
        choices: roster.map((member) => ({
          label: {
            key: "thanhvien-entry",
            args: {
              name: member.fullName,
              role: roleText(member.role),
              status: statusText(member.status),
            },
          },
          value: `thanhvien:m:${member.id}`,
        })),
      },
    );
  },
  choose(turn, payload) {
    const [action, id, value] = payload.split(":");
    const member = turn.services.members.byId(Number(id));
    if (!member || member.cellId !== turn.knownMember.cellId || member.roster !== "active") {
      return turn.fail("choice-expired");
    }
    const role = MEMBER_ROLES.find((r) => r === value);
    const status = MEMBER_STATUSES.find((s) => s === value);
    if (action === "r" && role) return changeRole(turn, member, role);
    if (action === "s" && status) return changeStatus(turn, member, status);
    if (action !== "m") return turn.fail("choice-expired");
    showMember(turn, member);
  },
};

function showMember(turn: Turn, member: Member): void {
  turn.reply(
    "thanhvien-member",
    { name: member.fullName, role: roleText(member.role), status: statusText(member.status) },
    {
      choices: [
        ...MEMBER_ROLES.filter((r) => r !== member.role).map((r) => ({
          label: { key: "thanhvien-set-role", args: { role: roleText(r) } },
          value: `thanhvien:r:${member.id}:${r}`,
        })),
        ...MEMBER_STATUSES.filter((s) => s !== member.status).map((s) => ({
          label: { key: "thanhvien-set-status", args: { status: statusText(s) } },
          value: `thanhvien:s:${member.id}:${s}`,
        })),
      ],
    },
  );
}

function changeRole(turn: Turn, member: Member, role: MemberRole): void {
  if (member.id === turn.knownMember.id) return turn.fail("thanhvien-own-role");
  if (!mayChangeRole(turn.knownMember, member, role)) return turn.fail("thanhvien-secretary-only");
  turn.services.members.setRole(member.id, role, turn.now);
  turn.reply("thanhvien-role-changed", { name: member.fullName, role: roleText(role) });
}

function changeStatus(turn: Turn, member: Member, status: MemberStatus): void {
  if (member.id === turn.knownMember.id) return turn.fail("thanhvien-own-role");
  if (!mayChangeMember(turn.knownMember, member)) return turn.fail("thanhvien-secretary-only");
  // A secretary who leaves hands the role over first, so that the cell is never without one.
  if (member.role === "secretary" && status === "transferred") {
    return turn.fail("thanhvien-secretary-transfer", { name: member.fullName });
  }
  turn.services.members.setStatus(member.id, status, turn.now);
  turn.reply("thanhvien-status-changed", { name: member.fullName, status: statusText(status) });
}

const roleText = (role: MemberRole) => ({ key: `role-${role}` });
const statusText = (status: MemberStatus) => ({ key: `status-${status}` });
