import { formatInstant } from "../src/domain/calendar.js";
import { splitOnce } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import { loadRollup } from "../src/reports/rollup.js";
import { rollupText } from "../src/reports/rollup-text.js";

/**
 * /tonghop: the committee's roll-up across its cells, for its secretary or officer, in private:
 * a line per cell, the totals and the cells that are behind; then Word or Excel. An officer is
 * named once by a code the operator gives (`npm run cli -- committee officer "NAME"`).
 */
export const tonghop: Command = {
  name: "tonghop",
  where: "private",
  who: "anyone",
  // Only committee officers use it; members would only be refused.
  hidden: true,
  run(turn) {
    const typed = turn.args.replace(/\s+/g, "");
    if (typed) return claim(turn, typed);
    const committeeId = turn.services.officers.committeeOf(turn.person.id);
    if (committeeId === undefined) return turn.fail("tonghop-not-officer");
    const rollup = loadRollup(turn.services, committeeId, turn.year);
    turn.say(turn.chat.id, rollupText(rollup), {
      choices: [
        { label: { key: "tonghop-choice-docx" }, value: "tonghop:docx" },
        { label: { key: "tonghop-choice-xlsx" }, value: "tonghop:xlsx" },
      ],
    });
  },
  choose(turn, payload) {
    const [format] = splitOnce(payload, "-");
    const committeeId = turn.services.officers.committeeOf(turn.person.id);
    if (committeeId === undefined) return turn.fail("tonghop-not-officer");
    if (format !== "docx" && format !== "xlsx") return turn.fail("choice-expired");
    turn.reply("tonghop-file", undefined, {
      document: { kind: `rollup-${format}`, committeeId, year: turn.year },
    });
  },
};

function claim(turn: Turn, code: string): void {
  if (!/^\d+$/.test(code)) return turn.fail("tonghop-bad-code");
  const { officers, timeZone } = turn.services;
  const locked = officers.attempts.lockedUntil(turn.person.id, turn.now);
  if (locked) return turn.fail("code-locked", { until: formatInstant(locked, timeZone) });
  const committeeId = officers.claim(code, turn.person.id, turn.now);
  if (committeeId === undefined) {
    // Answered, not refused: a refusal would roll back the wrong try it has to count.
    officers.attempts.noteWrong(turn.person.id, turn.now);
    return turn.reply("tonghop-bad-code");
  }
  const committee = turn.services.cells.committeeById(committeeId);
  turn.reply("tonghop-claimed", { committee: committee?.name ?? "" });
}
