import { z } from "zod";
import { formatInstant } from "../src/domain/calendar.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import { type ChoiceOf, choice, choiceCodec } from "../src/messages/choice-codec.js";
import { loadRollup } from "../src/reports/rollup.js";
import { rollupText } from "../src/reports/rollup-text.js";

/** The roll-up as a Word or an Excel file. */
const choices = choiceCodec("tonghop", {
  file: choice("{format}", { format: z.enum(["docx", "xlsx"]) }),
});

/**
 * /tonghop: the committee's roll-up across its cells, for its secretary or officer, in private:
 * a line per cell, the totals and the cells that are behind; then Word or Excel. An officer is
 * named once by a code the operator gives (`npm run cli -- committee officer "NAME"`).
 */
export const tonghop: Command<ChoiceOf<typeof choices>> = {
  name: "tonghop",
  where: "private",
  who: "anyone",
  // Only committee officers use it; members would only be refused.
  hidden: true,
  choices,
  run(turn) {
    const typed = turn.args.replace(/\s+/g, "");
    if (typed) return claim(turn, typed);
    const committeeId = turn.services.officers.committeeOf(turn.person.id);
    if (committeeId === undefined) return turn.fail("tonghop-not-officer");
    const rollup = loadRollup(turn.services, committeeId, turn.year);
    turn.say(turn.chat.id, rollupText(rollup), {
      choices: [
        {
          label: { key: "tonghop-choice-docx" },
          value: choices.encode("file", { format: "docx" }),
        },
        {
          label: { key: "tonghop-choice-xlsx" },
          value: choices.encode("file", { format: "xlsx" }),
        },
      ],
    });
  },
  choose(turn, { format }) {
    const committeeId = turn.services.officers.committeeOf(turn.person.id);
    if (committeeId === undefined) return turn.fail("tonghop-not-officer");
    turn.reply("tonghop-file", undefined, {
      document: { kind: `rollup-${format}`, committeeId, year: turn.year },
    });
  },
};

function claim(turn: Turn, code: string): void {
  if (!/^\d+$/.test(code)) return turn.fail("tonghop-bad-code");
  const { officerCodes, officers, timeZone } = turn.services;
  const locked = officerCodes.attempts.lockedUntil(turn.person.id, turn.now);
  if (locked) return turn.fail("code-locked", { until: formatInstant(locked, timeZone) });
  const committeeId = officerCodes.redeem(code, turn.now);
  if (committeeId === undefined) {
    // Answered, not refused: a refusal would roll back the wrong try it has to count.
    officerCodes.attempts.noteWrong(turn.person.id, turn.now);
    return turn.reply("tonghop-bad-code");
  }
  officers.appoint(turn.person.id, committeeId, turn.now);
  const committee = turn.services.cells.committeeById(committeeId);
  turn.reply("tonghop-claimed", { committee: committee?.name ?? "" });
}
