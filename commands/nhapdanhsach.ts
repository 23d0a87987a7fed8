import { z } from "zod";
import {
  maybeSpreadsheet,
  readSpreadsheet,
  type SpreadsheetRead,
} from "../src/documents/spreadsheet-table.js";
import {
  MEMBER_ROLES,
  MEMBER_STATUSES,
  type MemberRole,
  type MemberStatus,
} from "../src/domain/member-rules.js";
import { pageOf } from "../src/domain/one-screen.js";
import { type ImportPlan, type PlannedRow, planImport } from "../src/domain/roster-import.js";
import {
  HEADER_SEARCH_ROWS,
  MAX_ROSTER_ROWS,
  readRosterSheet,
  type SheetEntry,
} from "../src/domain/roster-sheet.js";
import { clip, normalizeLine } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";
import { pageChoices, pageMark } from "../src/messages/page-choices.js";
import type { Choice } from "../src/messages/reply.js";
import { CONSENT_TEXT_VERSION } from "./consent-text.js";

/** A roster of a few hundred people is some kilobytes; a larger file is something else. */
const MAX_FILE_BYTES = 2 * 2 ** 20;
/** How much of a file's or sheet's name, and of a cell that is no name, is said back. */
const SHOWN_NAME = 40;
const SHOWN_CELL = 30;
/** Row numbers listed on the preview for each kind of row left out; the pages list them all. */
const LISTED_ROWS = 5;
/** About how long a page line reads beside the name (the row, the outcome). */
const LINE_WORDS = 45;

const choices = choiceCodec("nhapdanhsach", {
  save: choice("save:{preview}", { preview: choiceId }),
  rows: choice("rows:{preview}:{page}", { preview: choiceId, page: choiceId }),
  cancel: choice("cancel:{preview}", { preview: choiceId }),
});

const entrySchema = z.object({
  row: z.number(),
  written: z.string(),
  name: z.union([
    z.object({ ok: z.literal(true), name: z.string() }),
    z.object({
      ok: z.literal(false),
      problem: z.enum(["empty", "too-long", "characters", "one-word", "not-a-name"]),
    }),
  ]),
  role: z.enum(MEMBER_ROLES).optional(),
  status: z.enum(MEMBER_STATUSES).optional(),
  statusText: z.string(),
}) satisfies z.ZodType<SheetEntry>;

const stateSchema = z.discriminatedUnion("step", [
  z.object({ step: z.literal("waiting") }),
  z.object({
    step: z.literal("preview"),
    /** Which preview the choices answer: the moment it was made. */
    preview: z.number(),
    file: z.string(),
    /** The sheet read, for a workbook; empty for a CSV file. */
    sheet: z.string(),
    hasStatus: z.boolean(),
    entries: z.array(entrySchema),
    /** How many the preview said it would add. */
    planned: z.number(),
  }),
]);
type State = z.infer<typeof stateSchema>;
type Preview = Extract<State, { step: "preview" }>;

/**
 * /nhapdanhsach: the secretary (or deputy) sends the roster the cell already keeps, as an XLSX
 * or CSV file, in the private chat, with or without the command first. chibo shows what it
 * would add and what it leaves out (names already on the roster, names twice in the file,
 * statuses it cannot read) before anything is saved; "Lưu" adds everyone at once, or nobody.
 */
export const nhapdanhsach: Command<ChoiceOf<typeof choices>> = {
  name: "nhapdanhsach",
  where: "private",
  who: "manager",
  choices,
  run(turn) {
    turn.openDialog("nhapdanhsach", { step: "waiting" } satisfies State);
    turn.reply("nhapdanhsach-ask", {
      megabytes: MAX_FILE_BYTES / 2 ** 20,
      cell: turn.knownMember.cell.name,
    });
  },
  files: {
    maxBytes: MAX_FILE_BYTES,
    accepts: maybeSpreadsheet,
    async read(bytes, file) {
      const read = await readSpreadsheet(bytes, file);
      return (turn) => received(turn, file.name, read);
    },
  },
  answer(turn, _text, stored) {
    again(turn, stored);
  },
  resume(turn, stored) {
    again(turn, stored);
  },
  choose(turn, chosen) {
    const state = readState(turn.dialogState("nhapdanhsach"));
    if (state?.step !== "preview" || state.preview !== chosen.preview) {
      return turn.fail("choice-expired");
    }
    switch (chosen.action) {
      case "save":
        return save(turn, state);
      case "rows":
        return showRows(turn, state, chosen.page);
      case "cancel":
        turn.closeDialog("nhapdanhsach");
        return turn.reply("nhapdanhsach-cancelled");
    }
  },
};

function readState(stored: unknown): State | undefined {
  const parsed = stateSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/** Text typed while the import waits: the question again, or the preview again. */
function again(turn: Turn, stored: unknown): void {
  const state = readState(stored);
  if (state?.step === "preview") return showPreview(turn, state);
  turn.reply("nhapdanhsach-waiting");
}

/** A file the secretary sent, read: refused plainly, or shown as a preview to confirm. */
function received(turn: Turn, fileName: string, read: SpreadsheetRead): void {
  const shownFile = clip(normalizeLine(fileName), SHOWN_NAME);
  const file = fileLabel(shownFile);
  if (!read.ok) return turn.fail(`nhapdanhsach-${read.problem}`, { file });
  let noRows = false;
  for (const sheet of read.sheets) {
    const roster = readRosterSheet(sheet.table);
    if (!roster.ok && roster.problem === "no-name-column") continue;
    if (!roster.ok && roster.problem === "no-rows") {
      noRows = true;
      continue;
    }
    if (!roster.ok) return turn.fail("nhapdanhsach-too-many-rows", { file, max: MAX_ROSTER_ROWS });
    const entries = roster.entries.map((entry) => ({
      ...entry,
      written: clip(entry.written, SHOWN_CELL),
      statusText: clip(entry.statusText, SHOWN_CELL),
    }));
    const draft: Preview = {
      step: "preview",
      preview: turn.now.getTime(),
      file: shownFile,
      sheet: clip(normalizeLine(sheet.name), SHOWN_NAME),
      hasStatus: roster.hasStatus,
      entries,
      planned: 0,
    };
    const state = { ...draft, planned: planFor(turn, draft).add.length };
    turn.openDialog("nhapdanhsach", state);
    return showPreview(turn, state);
  }
  if (noRows) return turn.fail("nhapdanhsach-no-rows", { file });
  turn.fail("nhapdanhsach-no-name-column", { file, rows: HEADER_SEARCH_ROWS });
}

/** What the import would do now, against the roster as it stands. */
function planFor(turn: Turn, state: Preview): ImportPlan {
  const { members } = turn.services;
  const importer = turn.knownMember;
  return planImport(state.entries, {
    roster: members.ofCell(importer.cellId),
    importerRole: importer.role,
  });
}

/** The file's name as said back; a file sent without one is called so. */
const fileLabel = (name: string): Text | string => name || { key: "nhapdanhsach-no-file-name" };
const fileOf = (state: Preview) => fileLabel(state.file);

/** The preview: one screen of counts and row numbers, and the way to every row. */
function showPreview(turn: Turn, state: Preview): void {
  const plan = planFor(turn, state);
  const header: Text = state.sheet
    ? {
        key: "nhapdanhsach-preview-sheet",
        args: { file: fileOf(state), sheet: state.sheet, rows: state.entries.length },
      }
    : { key: "nhapdanhsach-preview", args: { file: fileOf(state), rows: state.entries.length } };
  const parts: Text[] = [header];
  if (plan.add.length > 0) {
    parts.push({
      key: "nhapdanhsach-preview-add",
      args: { count: plan.add.length, kinds: kindsOf(plan.add) },
    });
  }
  if (!state.hasStatus) parts.push({ key: "nhapdanhsach-preview-no-status" });
  for (const outcome of ["on-roster", "repeated", "unknown-status", "not-a-name"] as const) {
    const rows = plan.rows.filter((row) => row.outcome === outcome).map((row) => row.row);
    if (rows.length > 0) {
      parts.push({
        key: `nhapdanhsach-preview-${outcome}`,
        args: { count: rows.length, rows: rowList(rows) },
      });
    }
  }
  if (plan.roleKept.length > 0) {
    const rows = plan.roleKept.map((kept) => kept.row);
    parts.push({
      key: "nhapdanhsach-preview-role-kept",
      args: { count: rows.length, rows: rowList(rows) },
    });
  }
  if (plan.similar.length > 0) {
    parts.push({
      key: "nhapdanhsach-preview-similar",
      args: { count: plan.similar.length, rows: rowList(plan.similar) },
    });
  }
  parts.push(
    ...(plan.add.length > 0
      ? [
          // Saving is the secretary's word that each person agreed on paper: no step more.
          {
            key: "consent-import-ask",
            args: { count: plan.add.length, version: CONSENT_TEXT_VERSION },
          },
        ]
      : [{ key: "nhapdanhsach-preview-nobody" }]),
  );
  turn.say(turn.chat.id, parts, {
    choices: [
      ...saveChoice(state, plan),
      {
        label: { key: "nhapdanhsach-choice-rows" },
        value: choices.encode("rows", { preview: state.preview, page: 0 }),
      },
      cancelChoice(state),
    ],
  });
}

/** "23 chính thức, 1 nghỉ hưu": how many of each status are added, none named with 0. */
function kindsOf(added: ImportPlan["add"]): Text {
  const kinds = MEMBER_STATUSES.flatMap((status): Text[] => {
    const count = added.filter((member) => member.status === status).length;
    return count > 0 ? [{ key: `nhapdanhsach-kind-${status}`, args: { count } }] : [];
  });
  // Each kind before the rest of the list: "a, (b, (c))", the separator the locale's own.
  return kinds.reduceRight((rest, kind) => ({
    key: "nhapdanhsach-kinds",
    args: { first: kind, rest },
  }));
}

/** "3, 7, 12": the first rows of a kind, with "…" for the rest (the count is said beside). */
function rowList(rows: readonly number[]): string {
  const listed = rows.slice(0, LISTED_ROWS).join(", ");
  return rows.length > LISTED_ROWS ? `${listed}, …` : listed;
}

/** One page of every row with a name, each with what the import does with it. */
function showRows(turn: Turn, state: Preview, index: number): void {
  const plan = planFor(turn, state);
  const kept = new Map(plan.roleKept.map((row) => [row.row, row.role]));
  const page = pageOf(plan.rows, index, (row) => ({
    lines: 1,
    characters: shownName(row).length + LINE_WORDS,
  }));
  turn.say(
    turn.chat.id,
    [
      { key: "nhapdanhsach-rows", args: { file: fileOf(state), page: pageMark(page) } },
      ...page.items.map((row) => rowLine(row, kept.get(row.row))),
    ],
    {
      choices: [
        ...saveChoice(state, plan),
        ...pageChoices(page, (p) => choices.encode("rows", { preview: state.preview, page: p })),
        cancelChoice(state),
      ],
    },
  );
}

function shownName(row: PlannedRow): string {
  if (row.outcome === "add") return row.fullName;
  return row.outcome === "not-a-name" ? row.text : row.name;
}

function rowLine(row: PlannedRow, keptRole: MemberRole | undefined): Text {
  switch (row.outcome) {
    case "add": {
      const args = { row: row.row, name: row.fullName, status: statusText(row.status) };
      if (keptRole) {
        return { key: "nhapdanhsach-row-role-kept", args: { ...args, role: roleText(keptRole) } };
      }
      if (row.similar) {
        return {
          key: "nhapdanhsach-row-similar",
          args: { ...args, role: roleText(row.role), other: row.similar },
        };
      }
      return { key: "nhapdanhsach-row-add", args: { ...args, role: roleText(row.role) } };
    }
    case "on-roster":
      return { key: "nhapdanhsach-row-on-roster", args: { row: row.row, name: row.name } };
    case "repeated":
      return {
        key: "nhapdanhsach-row-repeated",
        args: { row: row.row, name: row.name, first: row.firstRow },
      };
    case "unknown-status":
      return row.text
        ? {
            key: "nhapdanhsach-row-unknown-status",
            args: { row: row.row, name: row.name, text: row.text },
          }
        : { key: "nhapdanhsach-row-no-status", args: { row: row.row, name: row.name } };
    case "not-a-name":
      return {
        key: "nhapdanhsach-row-not-a-name",
        args: { row: row.row, text: row.text, why: { key: `nhapdanhsach-why-${row.problem}` } },
      };
  }
}

function saveChoice(state: Preview, plan: ImportPlan): Choice[] {
  if (plan.add.length === 0) return [];
  return [
    {
      label: { key: "nhapdanhsach-choice-save" },
      value: choices.encode("save", { preview: state.preview }),
    },
  ];
}

function cancelChoice(state: Preview): Choice {
  return {
    label: { key: "nhapdanhsach-choice-cancel" },
    value: choices.encode("cancel", { preview: state.preview }),
  };
}

/**
 * Everyone the preview would add now, in one transaction: all of them or, if anything fails,
 * nobody; each with the consent on paper the secretary confirmed by saving. Someone who joined from a chat account since the preview is not added twice.
 */
function save(turn: Turn, state: Preview): void {
  const plan = planFor(turn, state);
  if (plan.add.length === 0) return turn.fail("nhapdanhsach-nobody-to-save");
  const { members, consents } = turn.services;
  const secretary = turn.knownMember;
  const cell = secretary.cell;
  turn.services.transaction(() => {
    for (const member of plan.add) {
      const added = members.addByHand({
        cellId: cell.id,
        fullName: member.fullName,
        role: member.role,
        status: member.status,
        now: turn.now,
      });
      consents.record({
        cellId: cell.id,
        memberId: added.id,
        textVersion: CONSENT_TEXT_VERSION,
        answer: "given",
        recordedBy: secretary.id,
        now: turn.now,
      });
    }
  });
  turn.closeDialog("nhapdanhsach");
  const parts: Text[] = [
    { key: "nhapdanhsach-saved", args: { count: plan.add.length, cell: cell.name } },
  ];
  const meanwhile = state.planned - plan.add.length;
  if (meanwhile > 0)
    parts.push({ key: "nhapdanhsach-saved-meanwhile", args: { count: meanwhile } });
  turn.say(turn.chat.id, parts);
}

const roleText = (role: MemberRole): Text => ({ key: `role-${role}` });
const statusText = (status: MemberStatus): Text => ({ key: `status-${status}` });
