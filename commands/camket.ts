import { formatInstant } from "../src/domain/calendar.js";
import type { Command } from "../src/engine/command.js";
import { partLabelArgs } from "../src/plan/stored-plan.js";

/** /camket: one's own personal plan for this year, as saved. */
export const camket: Command = {
  name: "camket",
  where: "private",
  who: "member",
  run(turn) {
    const commitment = turn.services.commitments.of(turn.knownMember.id, turn.year);
    if (!commitment) return turn.reply("camket-none", { year: String(turn.year) });
    turn.reply("camket-show", {
      year: String(turn.year),
      study: commitment.study,
      follow: commitment.follow,
      example: commitment.example,
      updatedAt: formatInstant(commitment.updatedAt, turn.services.timeZone),
      revision: commitment.revision,
      ...partLabelArgs(turn.plan()),
    });
  },
};
