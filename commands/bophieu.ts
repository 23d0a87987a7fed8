import { isCounted } from "../src/domain/member-rules.js";
import { splitOnce } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";

/**
 * A vote by number in a poll, where the platform has no native polls: the choices under a
 * poll lead here. Every member may vote, where the poll was posted; /binhchon itself is the
 * secretary's. Typed, it says where the polls are.
 */
export const bophieu: Command = {
  name: "bophieu",
  where: "anywhere",
  who: "member",
  hidden: true,
  run(turn) {
    turn.reply("bophieu-where");
  },
  choose(turn, payload) {
    const [pollId, option] = splitOnce(payload, "-");
    const poll = turn.services.polls.byId(Number(pollId));
    const member = turn.knownMember;
    if (!poll || poll.cellId !== member.cellId || !isCounted(member) || !/^\d+$/.test(option)) {
      return turn.fail("choice-expired");
    }
    if (poll.state !== "open") return turn.fail("binhchon-vote-closed");
    const label = poll.options[Number(option)];
    if (!label) return turn.fail("choice-expired");
    turn.services.polls.vote(
      {
        pollId: poll.id,
        // Who chose what is never kept for an anonymous poll.
        personId: turn.services.polls.voterKey(poll, turn.person.id),
        memberId: poll.anonymous ? null : member.id,
        optionIds: [Number(option)],
      },
      turn.now,
    );
    turn.answerChoice("binhchon-voted", { option: label });
  },
};
