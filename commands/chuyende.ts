import { registrationDeadline } from "../src/domain/commitment-rules.js";
import type { Command } from "../src/engine/command.js";
import { describePlan } from "../src/plan/plan-text.js";

/** /chuyende: this year's annual topic, this quarter's topic and the deadlines that matter. */
export const chuyende: Command = {
  name: "chuyende",
  where: "anywhere",
  who: "anyone",
  run(turn) {
    const plan = turn.plan();
    const deadline = registrationDeadline(plan, turn.cell, turn.services.timeZone);
    turn.say(turn.chat.id, describePlan(plan, [turn.quarter], deadline));
  },
};
