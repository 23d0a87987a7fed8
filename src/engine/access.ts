import { canManageRoster, isCellCommittee } from "../domain/member-rules.js";
import type { Text } from "../i18n.js";
import type { GroupLink } from "../store/cell-store.js";
import type { MemberWithCell } from "../store/member-store.js";
import type { Command } from "./command.js";

export interface Whereabouts {
  chatKind: "private" | "group";
  /** The cell this group chat is linked to, if it is a linked group. */
  group: GroupLink | undefined;
  member: MemberWithCell | undefined;
}

export type Access = { ok: true } | { ok: false; goPrivate: true } | { ok: false; refusal: Text };

/** Whether this person may run this command here, and if not, what to tell them. */
export function checkAccess(command: Pick<Command, "where" | "who">, at: Whereabouts): Access {
  if (command.where === "private" && at.chatKind === "group") return { ok: false, goPrivate: true };
  if (command.where === "group" && at.chatKind === "private") {
    return { ok: false, refusal: { key: "refuse-group-only" } };
  }
  if (command.who === "anyone") return { ok: true };
  const refusal = memberRefusal(at) ?? roleRefusal(command, at.member);
  return refusal ? { ok: false, refusal } : { ok: true };
}

function memberRefusal({ chatKind, group, member }: Whereabouts): Text | undefined {
  if (chatKind === "group" && !group?.active) return { key: "refuse-group-not-linked" };
  if (!member || member.roster === "rejected" || member.status === "transferred") {
    return { key: chatKind === "group" ? "refuse-not-member-group" : "refuse-not-member-private" };
  }
  if (group && member.cellId !== group.cellId) {
    return { key: "refuse-other-cell", args: { cell: member.cell.name } };
  }
  if (member.roster === "pending") return { key: "refuse-pending" };
  return undefined;
}

function roleRefusal(command: Pick<Command, "who">, member: MemberWithCell | undefined) {
  if (!member) return undefined;
  if (command.who === "committee" && !isCellCommittee(member)) {
    return { key: "refuse-committee-only" };
  }
  if (command.who === "manager" && !canManageRoster(member)) {
    return { key: "refuse-manager-only" };
  }
  return undefined;
}
