import { z } from "zod";
import { formatInstant } from "../src/domain/calendar.js";
import {
  committeeCodeExpiresAt,
  officerCodeExpiresAt,
  readCode,
} from "../src/domain/code-rules.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import { type ChoiceOf, choice, choiceCodec } from "../src/messages/choice-codec.js";
import { loadRollup } from "../src/reports/rollup.js";
import { rollupText } from "../src/reports/rollup-text.js";

/**
 * The roll-up as a Word or an Excel file; a code that invites another officer, or one that a
 * cell's secretary links the cell to the committee with.
 */
const choices = choiceCodec("tonghop", {
  file: choice("{format}", { format: z.enum(["docx", "xlsx"]) }),
  invite: choice("invite"),
  cellCode: choice("cellcode"),
});

/**
 * /tonghop: the committee's roll-up across its cells, for its officers, in private: a line per
 * cell, the totals and the cells that are behind; then Word or Excel. The operator names a
 * committee's first officer (a one-time code from the command line); from then on officers
 * invite each other here, and give cells the code that links them to the committee.
 */
export const tonghop: Command<ChoiceOf<typeof choices>> = {
  name: "tonghop",
  where: "private",
  who: "anyone",
  // Only committee officers use it; members would only be refused.
  hidden: true,
  choices,
  run(turn) {
    if (turn.args.trim()) return claim(turn, turn.args);
    const committeeId = officerOf(turn);
    const rollup = loadRollup(turn.services, committeeId, turn.year);
    const option = (key: string, value: string) => ({ label: { key }, value });
    // Apart from the roll-up, which grows with the cells and may fill the screen; before it, so
    // that what was asked for is what the screen ends with.
    turn.reply("tonghop-codes", undefined, {
      choices: [
        option("tonghop-choice-invite", choices.encode("invite")),
        option("tonghop-choice-cell-code", choices.encode("cellCode")),
      ],
    });
    turn.say(turn.chat.id, rollupText(rollup), {
      choices: [
        option("tonghop-choice-docx", choices.encode("file", { format: "docx" })),
        option("tonghop-choice-xlsx", choices.encode("file", { format: "xlsx" })),
      ],
    });
  },
  choose(turn, chosen) {
    const committeeId = officerOf(turn);
    if (chosen.action === "invite") return invite(turn, committeeId);
    if (chosen.action === "cellCode") return giveCellCode(turn, committeeId);
    turn.reply("tonghop-file", undefined, {
      document: { kind: `rollup-${chosen.format}`, committeeId, year: turn.year },
    });
  },
};

/** The committee this person is an officer of; anyone else is refused. */
function officerOf(turn: Turn): number {
  const committeeId = turn.services.officers.committeeOf(turn.person.id);
  return committeeId ?? turn.fail("tonghop-not-officer");
}

function committeeName(turn: Turn, committeeId: number): string {
  return turn.services.cells.committeeById(committeeId)?.name ?? "";
}

/** A one-time code for another officer of this committee, to pass on as the officer likes. */
function invite(turn: Turn, committeeId: number): void {
  const expiresAt = officerCodeExpiresAt(turn.now);
  const code = turn.services.officerCodes.issue(committeeId, expiresAt);
  turn.reply("tonghop-invite-code", {
    committee: committeeName(turn, committeeId),
    code,
    until: formatInstant(expiresAt, turn.services.timeZone),
  });
}

/** A one-time code a cell's secretary types in /caidat or /khoitao to join this committee. */
function giveCellCode(turn: Turn, committeeId: number): void {
  const expiresAt = committeeCodeExpiresAt(turn.now);
  const code = turn.services.committeeCodes.issue(committeeId, expiresAt);
  turn.reply("tonghop-cell-code", {
    committee: committeeName(turn, committeeId),
    code,
    until: formatInstant(expiresAt, turn.services.timeZone),
  });
}

/** "/tonghop CODE": the person becomes an officer of the committee the code stands for. */
function claim(turn: Turn, typed: string): void {
  const code = readCode(typed);
  if (code === undefined) return turn.fail("tonghop-bad-code");
  const { officerCodes, officers, timeZone } = turn.services;
  const tried = officerCodes.tryCode(turn.person.id, code, turn.now, "peek");
  if ("locked" in tried)
    return turn.fail("code-locked", { until: formatInstant(tried.locked, timeZone) });
  // Answered, not refused: a refusal would roll back the wrong try it has to count.
  if ("wrong" in tried) return turn.reply("tonghop-bad-code");
  const committee = committeeName(turn, tried.target);
  const before = officers.committeeOf(turn.person.id);
  // Already theirs: the code is left for the one it was meant for.
  if (before === tried.target) return turn.reply("tonghop-already-officer", { committee });
  officerCodes.redeem(code, turn.now);
  officers.appoint(turn.person.id, tried.target, turn.now);
  if (before === undefined) return turn.reply("tonghop-claimed", { committee });
  turn.reply("tonghop-claimed-moved", { committee, before: committeeName(turn, before) });
}
