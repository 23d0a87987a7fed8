import { formatInstant } from "../src/domain/calendar.js";
import { linkCodeExpiresAt } from "../src/domain/code-rules.js";
import { isCurrentMembership } from "../src/domain/member-rules.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";

/**
 * /lienket: one person on Telegram and Zalo stays one member, with one plan and one attendance
 * record. On the platform where they are a member it gives a one-time code; typed with
 * "/lienket CODE" in a private chat on the other platform, it joins that account to them.
 */
export const lienket: Command = {
  name: "lienket",
  where: "private",
  who: "anyone",
  run(turn) {
    const typed = turn.args.replace(/\s+/g, "");
    if (typed) return redeem(turn, typed);
    const member = turn.member;
    if (!member || !isCurrentMembership(member)) return turn.fail("lienket-not-member");
    const expiresAt = linkCodeExpiresAt(turn.now);
    const code = turn.services.linkCodes.issue(member.id, expiresAt);
    turn.reply("lienket-code", {
      code,
      until: formatInstant(expiresAt, turn.services.timeZone),
    });
  },
};

function redeem(turn: Turn, code: string): void {
  if (!/^\d+$/.test(code)) return turn.fail("lienket-bad-code");
  const { members, linkCodes, timeZone } = turn.services;
  const current = turn.member;
  // The code is looked at only if this account may be joined: nothing is used up otherwise.
  if (current && isCurrentMembership(current)) return turn.fail("lienket-already-member");
  const locked = linkCodes.attempts.lockedUntil(turn.person.id, turn.now);
  if (locked) return turn.fail("code-locked", { until: formatInstant(locked, timeZone) });
  const memberId = linkCodes.redeem(code, turn.now);
  const member = memberId === undefined ? undefined : members.byId(memberId);
  if (!member || !isCurrentMembership(member)) {
    // Answered, not refused: a refusal would roll back the wrong try it has to count.
    linkCodes.attempts.noteWrong(turn.person.id, turn.now);
    return turn.reply("lienket-bad-code");
  }
  // One account a platform: a code seen over someone's shoulder cannot take theirs over.
  const platform = `${turn.incoming.platform}:`;
  if (members.personIds(member.id).some((id) => id.startsWith(platform))) {
    return turn.fail("lienket-same-platform");
  }
  members.addIdentity(member.id, turn.person.id, turn.person.displayName, turn.now);
  turn.reply("lienket-done", { name: member.fullName });
}
