import { formatInstant } from "../src/domain/calendar.js";
import { isCounted } from "../src/domain/member-rules.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import { voteChoices } from "../src/meetings/polls.js";
import type { ChoiceOf } from "../src/messages/choice-codec.js";
import { bophieuChoices } from "../src/messages/choice-values.js";
import type { Poll } from "../src/store/poll-store.js";

/**
 * A vote by choice: a secret ballot, cast in the private chat with chibo (/bophieu, or the
 * link under the poll), and a named poll where the platform has no polls of its own (the
 * numbered choices under it). Only the cell's members vote; /binhchon itself is the
 * secretary's.
 */
export const bophieu: Command<ChoiceOf<typeof bophieuChoices>> = {
  name: "bophieu",
  where: "anywhere",
  who: "member",
  hidden: true,
  choices: bophieuChoices,
  groupChoices: "all",
  run(turn) {
    if (turn.inGroup) {
      return turn.reply("bophieu-where", undefined, {
        privateLink: { label: { key: "poll-vote-button" }, command: "bophieu" },
      });
    }
    const typed = turn.args.trim();
    if (typed) return ballot(turn, chosenPoll(turn, typed));
    const open = turn.services.polls.open(turn.knownMember.cellId).filter((poll) => poll.anonymous);
    const [only] = open;
    if (!only) return turn.reply("bophieu-none");
    if (open.length === 1) return ballot(turn, only);
    turn.say(turn.chat.id, [{ key: "bophieu-pick" }], {
      choices: open.map((poll) => ({
        label: poll.question,
        value: bophieuChoices.encode("ballot", { poll: poll.id }),
      })),
    });
  },
  choose(turn, chosen) {
    const poll = turn.services.polls.byId(chosen.poll);
    const member = turn.knownMember;
    if (!poll || poll.cellId !== member.cellId || !isCounted(member)) {
      return turn.fail("choice-expired");
    }
    if (poll.state !== "open") return turn.fail("binhchon-vote-closed");
    // What someone chose in secret is answered where only they read it, whatever the button.
    if (poll.anonymous && turn.inGroup) return turn.fail("bophieu-secret-in-private");
    // Picked from the list of open ballots: that one's options.
    if (chosen.action === "ballot") {
      return poll.anonymous ? ballot(turn, poll) : turn.fail("bophieu-named-in-group");
    }
    const label = poll.options[chosen.option];
    if (!label) return turn.fail("choice-expired");
    turn.services.polls.vote(
      {
        pollId: poll.id,
        // Who chose what is never kept for a secret ballot: a hash, unlinkable once it closes.
        personId: turn.services.polls.voterKey(poll, turn.person.id),
        memberId: poll.anonymous ? null : member.id,
        optionIds: [chosen.option],
      },
      turn.now,
    );
    turn.answerChoice(poll.anonymous ? "bophieu-voted-secret" : "binhchon-voted", {
      option: label,
    });
  },
};

/** "/bophieu 12": that open secret ballot of the member's cell, or why not. */
function chosenPoll(turn: Turn, typed: string): Poll {
  const poll = /^\d{1,9}$/.test(typed) ? turn.services.polls.byId(Number(typed)) : undefined;
  if (!poll || poll.cellId !== turn.knownMember.cellId) return turn.fail("bophieu-not-found");
  if (poll.state !== "open") return turn.fail("binhchon-vote-closed");
  if (!poll.anonymous) return turn.fail("bophieu-named-in-group");
  return poll;
}

/** The ballot, in private: the question and its options to choose from. */
function ballot(turn: Turn, poll: Poll): void {
  const closesAt = formatInstant(poll.closesAt, turn.services.timeZone);
  turn.say(
    turn.chat.id,
    [
      { key: "poll-post-question", args: { question: poll.question } },
      { key: "bophieu-ballot", args: { closesAt } },
    ],
    { choices: voteChoices(poll) },
  );
}
