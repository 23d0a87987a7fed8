import { answersOpen } from "../src/domain/meeting-rules.js";
import { canManageRoster, isCurrentMembership } from "../src/domain/member-rules.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";

/** /help: the commands this person may use here, and the one next step that matters. */
export const help: Command = {
  name: "help",
  where: "anywhere",
  who: "anyone",
  run(turn) {
    turn.say(turn.chat.id, helpParts(turn));
  },
};

export function helpParts(turn: Turn): Text[] {
  const lines: Text[] = turn.dispatcher.available(turn).map((name) => ({
    key: "help-line",
    args: { command: name, description: { key: `help-${name}` } },
  }));
  return [{ key: "help-header" }, ...lines, { key: nextStep(turn) }];
}

function nextStep(turn: Turn): string {
  if (turn.inGroup) {
    if (!turn.group?.active) return "help-next-link-group";
    const member = turn.member;
    if (!member || !isCurrentMembership(member) || member.cellId !== turn.group.cellId) {
      return "help-next-join";
    }
    return member.roster === "pending" ? "help-next-wait-approval" : "help-next-register-private";
  }
  if (!turn.member || !isCurrentMembership(turn.member)) return "help-next-find-group";
  if (turn.member.roster === "pending") return "help-next-wait-approval";
  if (canManageRoster(turn.member)) {
    const waiting = turn.services.members.ofCell(turn.member.cellId, "pending").length;
    if (waiting > 0) return "help-next-approve";
  }
  const { meetings } = turn.services;
  const unanswered = meetings
    .upcoming(turn.member.cellId, turn.now)
    .some((m) => answersOpen(m, turn.now) && !meetings.responseOf(m.id, turn.member?.id ?? 0));
  return unanswered && turn.member.status !== "exempt" ? "help-next-meeting" : "help-next-register";
}
