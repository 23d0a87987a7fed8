import { z } from "zod";
import { formatInstant } from "../src/domain/calendar.js";
import {
  committeeCodeExpiresAt,
  officerCodeExpiresAt,
  readCode,
} from "../src/domain/code-rules.js";
import {
  hasOwnSetting,
  INHERITED_FIELDS,
  type InheritedField,
  MAX_TEXT_LENGTH,
} from "../src/domain/document-settings.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text, TextArgs } from "../src/i18n.js";
import { type ChoiceOf, choice, choiceCodec } from "../src/messages/choice-codec.js";
import type { Choice } from "../src/messages/reply.js";
import { loadRollup } from "../src/reports/rollup.js";
import { rollupText } from "../src/reports/rollup-text.js";
import { replyWithDocument } from "./document-reply.js";
import { typedDocumentText } from "./document-text.js";

/**
 * The roll-up as a Word or an Excel file; a code that invites another officer, or one that a
 * cell's secretary links the cell to the committee with; the lines the committee's cells'
 * documents print unless a cell sets its own, and taking one back while it is asked for.
 */
const choices = choiceCodec("tonghop", {
  file: choice("{format}", { format: z.enum(["docx", "xlsx"]) }),
  invite: choice("invite"),
  cellCode: choice("cellcode"),
  documents: choice("documents"),
  edit: choice("edit-{field}", { field: z.enum(INHERITED_FIELDS) }),
  clear: choice("clear-{field}", { field: z.enum(INHERITED_FIELDS) }),
});

/** The document line being typed between messages, for all of the committee's cells. */
const stateSchema = z.object({ field: z.enum(INHERITED_FIELDS) });

/**
 * /tonghop: the committee's roll-up across its cells, for its officers, in private: a line per
 * cell, the totals and the cells that are behind; then Word or Excel. The operator names a
 * committee's first officer (a one-time code from the command line); from then on officers
 * invite each other here, give cells the code that links them to the committee, and set once
 * the party organisation line and the place that its cells' documents print.
 */
export const tonghop: Command<ChoiceOf<typeof choices>> = {
  name: "tonghop",
  where: "private",
  who: "anyone",
  // Only committee officers use it; members would only be refused.
  hidden: true,
  choices,
  run(turn) {
    // A line half-typed for one committee is not saved for another the code moves them to.
    turn.closeDialog("tonghop");
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
        option("tonghop-choice-documents", choices.encode("documents")),
      ],
    });
    turn.say(turn.chat.id, rollupText(rollup), {
      choices: [
        option("tonghop-choice-docx", choices.encode("file", { format: "docx" })),
        option("tonghop-choice-xlsx", choices.encode("file", { format: "xlsx" })),
      ],
    });
  },

  answer(turn, text, stored) {
    const committeeId = officerOf(turn);
    const state = stateSchema.safeParse(stored);
    if (!state.success) {
      turn.closeDialog();
      return showDocuments(turn, committeeId);
    }
    const { field } = state.data;
    save(turn, committeeId, field, typedDocumentText(turn, field, text));
  },

  resume(turn, stored) {
    const committeeId = officerOf(turn);
    const state = stateSchema.safeParse(stored);
    if (!state.success) {
      turn.closeDialog();
      return showDocuments(turn, committeeId);
    }
    turn.reply("dialog-resumed");
    ask(turn, committeeId, state.data.field);
  },

  choose(turn, chosen) {
    const committeeId = officerOf(turn);
    if (chosen.action === "invite") return giveCode(turn, committeeId, "officer");
    if (chosen.action === "cellCode") return giveCode(turn, committeeId, "cell");
    if (chosen.action === "documents") return showDocuments(turn, committeeId);
    if (chosen.action === "edit") {
      turn.openDialog("tonghop", { field: chosen.field });
      return ask(turn, committeeId, chosen.field);
    }
    if (chosen.action === "clear") {
      // Only while its question is open: the button stays on the message that asked it.
      const open = stateSchema.safeParse(turn.dialogState("tonghop"));
      if (open.data?.field !== chosen.field) return turn.fail("choice-expired");
      return save(turn, committeeId, chosen.field, null);
    }
    replyWithDocument(turn, "tonghop-file", undefined, {
      kind: `rollup-${chosen.format}`,
      committeeId,
      year: turn.year,
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

/**
 * The one-time codes an officer passes on: for another officer of this committee, and for a
 * cell's secretary to type in /caidat or /khoitao to join it.
 */
const CODES = {
  officer: { store: "officerCodes", expiresAt: officerCodeExpiresAt, key: "tonghop-invite-code" },
  cell: { store: "committeeCodes", expiresAt: committeeCodeExpiresAt, key: "tonghop-cell-code" },
} as const;

function giveCode(turn: Turn, committeeId: number, kind: keyof typeof CODES): void {
  const { store, expiresAt: expiry, key } = CODES[kind];
  const expiresAt = expiry(turn.now);
  const code = turn.services[store].issue(committeeId, expiresAt);
  turn.reply(key, {
    committee: committeeName(turn, committeeId),
    code,
    until: formatInstant(expiresAt, turn.services.timeZone),
  });
}

/**
 * What the committee's cells' documents print where a cell sets nothing itself (/caidat):
 * the party organisation line and the place; each to change.
 */
function showDocuments(turn: Turn, committeeId: number, lead?: Text): void {
  const committee = turn.services.cells.committeeById(committeeId);
  const shown = (field: InheritedField): TextArgs[string] =>
    committee?.[field]?.trim() || { key: "tonghop-documents-unset" };
  const summary: Text = {
    key: "tonghop-documents-show",
    args: {
      committee: committee?.name ?? "",
      partyOrganisation: shown("partyOrganisation"),
      place: shown("place"),
    },
  };
  turn.say(turn.chat.id, lead ? [lead, summary] : [summary], {
    choices: INHERITED_FIELDS.map((field) => ({
      label: { key: `tonghop-choice-edit-${field}` },
      value: choices.encode("edit", { field }),
    })),
  });
}

/** Asks for a line; a value the committee has set can be taken back instead. */
function ask(turn: Turn, committeeId: number, field: InheritedField): void {
  const committee = turn.services.cells.committeeById(committeeId);
  const clear: Choice[] = committee?.[field]?.trim()
    ? [{ label: { key: "tonghop-choice-clear" }, value: choices.encode("clear", { field }) }]
    : [];
  const args = { committee: committee?.name ?? "", max: MAX_TEXT_LENGTH[field] };
  turn.reply(`tonghop-ask-${field}`, args, { choices: clear });
}

/** Saves the committee's line (null takes it back), saying how many cells print it. */
function save(turn: Turn, committeeId: number, field: InheritedField, value: string | null): void {
  const { cells } = turn.services;
  cells.setCommitteeDocumentSetting(committeeId, field, value);
  turn.closeDialog();
  const all = cells.cellsOf(committeeId);
  const args = {
    committee: committeeName(turn, committeeId),
    cells: all.length,
    inheriting: all.filter((cell) => !hasOwnSetting(field, cell)).length,
  };
  const saved = all.length === 0 ? "tonghop-documents-saved-no-cells" : "tonghop-documents-saved";
  const cleared =
    all.length === 0 ? "tonghop-documents-cleared-no-cells" : "tonghop-documents-cleared";
  showDocuments(turn, committeeId, { key: value === null ? cleared : saved, args });
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
