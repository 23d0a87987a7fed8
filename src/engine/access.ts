import { canManageRoster, isCellCommittee, isCurrentMembership } from "../domain/member-rules.js";
import type { Text } from "../i18n.js";
import type { GroupLink } from "../store/cell-store.js";
import type { MemberWithCell } from "../store/member-store.js";
import type { Audience, Command } from "./command.js";

export interface Whereabouts {
  chatKind: "private" | "group";
  /** The cell this group chat is linked to, if it is a linked group. */
  group: GroupLink | undefined;
  member: MemberWithCell | undefined;
  senderIsChatAdmin: boolean;
}

export type Access = { ok: true } | { ok: false; goPrivate: true } | { ok: false; refusal: Text };

/**
 * Whether this person may run this command here, and if not, what to tell them. Who they are
 * is checked before where they are, so that a non-member typing /dangky in the group is told
 * to join there, not sent to a private chat that will refuse them.
 */
export function checkAccess(command: Pick<Command, "where" | "who">, at: Whereabouts): Access {
  const refusal = audienceRefusal(command.who, at);
  if (refusal) return { ok: false, refusal };
  if (command.where === "private" && at.chatKind === "group") return { ok: false, goPrivate: true };
  if (command.where === "group" && at.chatKind === "private") {
    return { ok: false, refusal: { key: "refuse-group-only" } };
  }
  return { ok: true };
}

/**
 * Whether a choice may be answered in this chat: in a group only those its command declares,
 * whatever a pressed (or forged, or replayed) button carries.
 */
export function choiceAllowedIn(
  command: Pick<Command, "groupChoices">,
  action: string,
  chatKind: Whereabouts["chatKind"],
): boolean {
  if (chatKind === "private" || command.groupChoices === "all") return true;
  return command.groupChoices?.includes(action) ?? false;
}

function audienceRefusal(who: Audience, at: Whereabouts): Text | undefined {
  switch (who) {
    case "anyone":
      return undefined;
    case "groupAdmin":
      return at.chatKind === "group" && !at.senderIsChatAdmin
        ? { key: "refuse-group-admin-only" }
        : undefined;
    default:
      return memberRefusal(at) ?? roleRefusal(who, at.member);
  }
}

function memberRefusal({ chatKind, group, member }: Whereabouts): Text | undefined {
  if (chatKind === "group" && !group?.active) return { key: "refuse-group-not-linked" };
  if (!member || !isCurrentMembership(member)) {
    return { key: chatKind === "group" ? "refuse-not-member-group" : "refuse-not-member-private" };
  }
  if (group && member.cellId !== group.cellId) {
    return { key: "refuse-other-cell" };
  }
  if (member.roster === "pending") return { key: "refuse-pending" };
  return undefined;
}

function roleRefusal(who: Audience, member: MemberWithCell | undefined): Text | undefined {
  if (!member) return undefined;
  if (who === "committee" && !isCellCommittee(member)) return { key: "refuse-committee-only" };
  if (who === "manager" && !canManageRoster(member)) return { key: "refuse-manager-only" };
  return undefined;
}
