import type { Command } from "../src/engine/command.js";

/** /tailieu: the secretary attaches the agenda and a document or link to the next meeting. */
export const tailieu: Command = {
  name: "tailieu",
  where: "private",
  who: "manager",
  run(turn) {
    turn.reply("tailieu-soon");
  },
};
