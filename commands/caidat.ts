import { z } from "zod";
import { formatInstant } from "../src/domain/calendar.js";
import { readCode } from "../src/domain/code-rules.js";
import {
  DOCUMENT_FIELDS,
  type DocumentField,
  documentSetting,
  MAX_TEXT_LENGTH,
} from "../src/domain/document-settings.js";
import {
  belowGuidance,
  combinedShorter,
  MEETING_SETTING_BOUNDS,
  MEETING_SETTINGS,
  type MeetingSetting,
  readSettingValue,
} from "../src/domain/meeting-settings.js";
import { isCurrentMembership } from "../src/domain/member-rules.js";
import { checkFullName, MAX_NAME_LENGTH, matchName } from "../src/domain/names.js";
import { DEFAULT_SCHEDULE } from "../src/domain/schedule-settings.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";
import type { Choice } from "../src/messages/reply.js";
import type { Cell, CellSetting } from "../src/store/cell-store.js";
import { typedDocumentText } from "./document-text.js";

const SETTINGS = ["autoApprove", "retiredRegister"] as const satisfies readonly CellSetting[];

/** The longest answer each document setting takes. */
const MAX_LENGTH: Record<DocumentField, number> = {
  ...MAX_TEXT_LENGTH,
  defaultChair: MAX_NAME_LENGTH,
  defaultMinuteTaker: MAX_NAME_LENGTH,
};

/**
 * What is being typed between messages: a document setting, a meeting setting, the committee's
 * code, or (the code read) whether to move the cell from the committee it is under to the code's.
 */
const stateSchema = z.discriminatedUnion("step", [
  z.object({ step: z.literal("edit"), field: z.enum(DOCUMENT_FIELDS) }),
  z.object({ step: z.literal("meeting"), setting: z.enum(MEETING_SETTINGS) }),
  z.object({ step: z.literal("code") }),
  z.object({ step: z.literal("move"), code: z.string() }),
]);
type State = z.infer<typeof stateSchema>;

const choices = choiceCodec("caidat", {
  toggle: choice("{setting}", { setting: z.enum(SETTINGS) }),
  edit: choice("edit-{field}", { field: z.enum(DOCUMENT_FIELDS) }),
  committee: choice("committee"),
  documents: choice("documents"),
  meetings: choice("meetings"),
  meeting: choice("meeting-{setting}", { setting: z.enum(MEETING_SETTINGS) }),
  clear: choice("clear"),
  pick: choice("pick-{member}", { member: choiceId }),
  move: choice("move"),
  stay: choice("stay"),
});

/**
 * /caidat: the cell's settings: who joins without approval, whether retired members register;
 * how long its meetings last and how many days ahead their notice and the reminder to attach
 * their documents go out; what its documents print (the party organisation line, the place of the date line, the
 * minutes' chair and minute-taker); and the committee above it, joined with a code that one of
 * the committee's officers gives (/tonghop).
 */
export const caidat: Command<ChoiceOf<typeof choices>> = {
  name: "caidat",
  where: "private",
  who: "manager",
  choices,
  run(turn) {
    turn.closeDialog("caidat");
    showSettings(turn);
  },

  answer(turn, text, stored) {
    const state = stateSchema.safeParse(stored);
    if (!state.success) {
      turn.closeDialog();
      return showSettings(turn);
    }
    if (state.data.step === "edit") return answerField(turn, state.data.field, text);
    if (state.data.step === "meeting") return answerMeeting(turn, state.data.setting, text);
    if (state.data.step === "code") return answerCode(turn, text);
    turn.reply("caidat-use-choices");
    prompt(turn, state.data);
  },

  resume(turn, stored) {
    const state = stateSchema.safeParse(stored);
    if (!state.success) {
      turn.closeDialog();
      return showSettings(turn);
    }
    turn.reply("dialog-resumed");
    prompt(turn, state.data);
  },

  choose(turn, chosen) {
    const cell = turn.knownMember.cell;
    if (chosen.action === "toggle") {
      turn.services.cells.setSetting(cell.id, chosen.setting, !cell[chosen.setting]);
      return showSettings(turn);
    }
    if (chosen.action === "edit") return step(turn, { step: "edit", field: chosen.field });
    if (chosen.action === "committee") return step(turn, { step: "code" });
    if (chosen.action === "documents") return documentsMenu(turn);
    if (chosen.action === "meetings") return meetingsMenu(turn);
    if (chosen.action === "meeting")
      return step(turn, { step: "meeting", setting: chosen.setting });
    // The rest answer the question open now: buttons stay on old messages.
    const state = stateSchema.safeParse(turn.dialogState("caidat"));
    if (!state.success) return turn.fail("choice-expired");
    const open = state.data;
    if (open.step === "edit" && chosen.action === "clear") return save(turn, open.field, null);
    if (open.step === "meeting" && chosen.action === "clear") {
      return saveMeeting(turn, open.setting, null);
    }
    if (open.step === "edit" && chosen.action === "pick") {
      return pick(turn, open.field, chosen.member);
    }
    if (open.step === "move" && chosen.action === "move") return link(turn, open.code);
    if (open.step === "move" && chosen.action === "stay") {
      turn.closeDialog();
      return turn.reply("caidat-committee-kept", { committee: committeeOf(turn, cell) });
    }
    turn.fail("choice-expired");
  },
};

function step(turn: Turn, state: State): void {
  turn.openDialog("caidat", state);
  prompt(turn, state);
}

function prompt(turn: Turn, state: State): void {
  if (state.step === "code") return turn.reply("caidat-ask-code");
  if (state.step === "move") return askMove(turn, state.code);
  if (state.step === "meeting") return askMeeting(turn, state.setting);
  const { field } = state;
  const own = currentCell(turn)[field];
  // Only something set here can be taken back.
  const clear: Choice[] = own
    ? [{ label: { key: "caidat-choice-clear" }, value: choices.encode("clear") }]
    : [];
  turn.reply(`caidat-ask-${field}`, { max: MAX_LENGTH[field] }, { choices: clear });
}

/** The cell as it is now: this turn may have changed it since the access check read it. */
function currentCell(turn: Turn): Cell {
  const cell = turn.knownMember.cell;
  return turn.services.cells.byId(cell.id) ?? cell;
}

function committeeOf(turn: Turn, cell: Cell): string {
  if (cell.committeeId === null) return "";
  return turn.services.cells.committeeById(cell.committeeId)?.name ?? "";
}

function answerField(turn: Turn, field: DocumentField, text: string): void {
  if (field === "partyOrganisation" || field === "place") {
    return save(turn, field, typedDocumentText(turn, field, text));
  }
  // A name on the roster is completed from it ("Lan" is Nguyễn Thị Lan); a chair from outside
  // the cell (a committee officer) is taken as typed.
  const roster = turn.services.members
    .ofCell(turn.knownMember.cellId, "active")
    .filter(isCurrentMembership);
  const found = matchName(text, roster);
  const [only] = found;
  if (only && found.length === 1) return save(turn, field, only.fullName);
  if (found.length > 1) {
    return turn.reply("caidat-pick-name", undefined, {
      choices: found.map((member) => ({
        label: { key: "caidat-choice-pick", args: { name: member.fullName } },
        value: choices.encode("pick", { member: member.id }),
      })),
    });
  }
  const name = checkFullName(text);
  if (!name.ok) return turn.fail(`caidat-name-${name.problem}`, { max: MAX_NAME_LENGTH });
  save(turn, field, name.name, "caidat-saved-not-on-roster");
}

function pick(turn: Turn, field: DocumentField, memberId: number): void {
  const member = turn.services.members.byId(memberId);
  const ours = member?.cellId === turn.knownMember.cellId && isCurrentMembership(member);
  if (!member || !ours || (field !== "defaultChair" && field !== "defaultMinuteTaker")) {
    return turn.fail("choice-expired");
  }
  save(turn, field, member.fullName);
}

function save(turn: Turn, field: DocumentField, value: string | null, said = "caidat-saved"): void {
  turn.services.cells.setDocumentSetting(turn.knownMember.cellId, field, value);
  turn.closeDialog();
  const name = value ?? "";
  showSettings(turn, { key: value === null ? "caidat-cleared" : said, args: { name } });
}

/** The committee's code: linked at once under no committee, asked first when under another. */
function answerCode(turn: Turn, text: string): void {
  const code = readCode(text);
  if (code === undefined) return turn.fail("caidat-code-not-digits");
  const { committeeCodes, timeZone } = turn.services;
  const tried = committeeCodes.tryCode(turn.person.id, code, turn.now, "peek");
  if ("locked" in tried) {
    return turn.fail("code-locked", { until: formatInstant(tried.locked, timeZone) });
  }
  // Answered, not refused: a refusal would roll back the wrong try it has to count.
  if ("wrong" in tried) return turn.reply("caidat-bad-code");
  const cell = currentCell(turn);
  if (cell.committeeId === tried.target) {
    turn.closeDialog();
    return turn.reply("caidat-committee-same", {
      cell: cell.name,
      committee: committeeOf(turn, cell),
    });
  }
  if (cell.committeeId === null) return link(turn, code);
  step(turn, { step: "move", code });
}

/** The cell is under another committee: its plan and roll-up would change, so ask first. */
function askMove(turn: Turn, code: string): void {
  const cell = currentCell(turn);
  const target = turn.services.committeeCodes.peek(code, turn.now);
  const to = target === undefined ? undefined : turn.services.cells.committeeById(target);
  if (!to) {
    turn.closeDialog();
    return turn.reply("caidat-bad-code");
  }
  const from = committeeOf(turn, cell);
  turn.reply(
    "caidat-committee-move-ask",
    { cell: cell.name, from, to: to.name },
    {
      choices: [
        {
          label: { key: "caidat-choice-move", args: { to: to.name } },
          value: choices.encode("move"),
        },
        { label: { key: "caidat-choice-stay", args: { from } }, value: choices.encode("stay") },
      ],
    },
  );
}

/** Uses the code up and puts the cell under its committee, unless it was used or expired meanwhile. */
function link(turn: Turn, code: string): void {
  const { cells, committeeCodes } = turn.services;
  turn.closeDialog();
  const committeeId = committeeCodes.redeem(code, turn.now);
  const committee = committeeId === undefined ? undefined : cells.committeeById(committeeId);
  if (!committee) return turn.reply("caidat-bad-code");
  const cell = currentCell(turn);
  const from = committeeOf(turn, cell);
  cells.setCommitteeId(cell.id, committee.id);
  const args = { cell: cell.name, committee: committee.name, from };
  turn.reply(from ? "caidat-committee-moved" : "caidat-committee-linked", args);
}

/**
 * A meeting setting as the overview shows it: the value, and where it comes from (the
 * committee is named on the line above).
 */
function meetingValue(turn: Turn, cell: Cell, setting: MeetingSetting): Text {
  const { unit } = MEETING_SETTING_BOUNDS[setting];
  const value = (count: number): Text => ({ key: `caidat-${unit}`, args: { count } });
  const own = cell[setting];
  if (own !== null) return { key: "caidat-value-own", args: { value: value(own) } };
  const committee =
    cell.committeeId === null ? undefined : turn.services.cells.committeeById(cell.committeeId);
  const inherited = committee?.[setting];
  if (inherited !== null && inherited !== undefined) {
    return { key: "caidat-value-inherited", args: { value: value(inherited) } };
  }
  return { key: "caidat-value-default", args: { value: value(DEFAULT_SCHEDULE[setting]) } };
}

/** Which meeting setting to change: a menu of its own keeps /caidat on one screen. */
function meetingsMenu(turn: Turn): void {
  turn.reply("caidat-meetings-menu", undefined, {
    choices: MEETING_SETTINGS.map((setting) => ({
      label: { key: `caidat-choice-${setting}` },
      value: choices.encode("meeting", { setting }),
    })),
  });
}

function askMeeting(turn: Turn, setting: MeetingSetting): void {
  const cell = currentCell(turn);
  const { min, max } = MEETING_SETTING_BOUNDS[setting];
  const asked: Text = {
    key: `caidat-ask-${setting}`,
    args: { now: meetingValue(turn, cell, setting), min, max },
  };
  // Only something set here can be taken back; where a typed number would answer a numbered
  // list, by a word rather than a choice.
  if (cell[setting] === null) return turn.say(turn.chat.id, [asked]);
  if (!turn.platform.hasButtons) {
    return turn.say(turn.chat.id, [asked, { key: "caidat-inherit-typed" }]);
  }
  turn.say(turn.chat.id, [asked], {
    choices: [{ label: { key: "caidat-choice-inherit" }, value: choices.encode("clear") }],
  });
}

function answerMeeting(turn: Turn, setting: MeetingSetting, text: string): void {
  const read = readSettingValue(setting, text);
  const { unit, min, max } = MEETING_SETTING_BOUNDS[setting];
  if (!read.ok) return turn.fail(`caidat-number-${read.problem}-${unit}`, { min, max });
  saveMeeting(turn, setting, read.value);
}

/**
 * Saves a meeting setting (null: inherit again) and shows the settings, what changed on top.
 * The lengths are checked as they stand after it, a value taken back included: refused, the
 * turn keeps nothing.
 */
function saveMeeting(turn: Turn, setting: MeetingSetting, value: number | null): void {
  const { cells } = turn.services;
  const cellId = turn.knownMember.cellId;
  cells.setSchedule(cellId, { [setting]: value });
  const schedule = cells.scheduleOf(cellId);
  if (combinedShorter(schedule)) {
    return turn.fail("caidat-combined-shorter", {
      combined: schedule.combinedMeetingMinutes,
      regular: schedule.meetingMinutes,
    });
  }
  turn.closeDialog();
  const inForce = schedule[setting];
  const least = belowGuidance(setting, inForce);
  const lead: Text = {
    key:
      MEETING_SETTING_BOUNDS[setting].unit === "minutes" ? "caidat-saved-length" : "caidat-saved",
  };
  const note: Text[] =
    least === undefined ? [] : [{ key: "caidat-below-guidance", args: { minutes: least } }];
  showSettings(turn, [lead, ...note]);
}

function showSettings(turn: Turn, lead: Text | Text[] = []): void {
  const cell = currentCell(turn);
  const committee =
    cell.committeeId === null ? undefined : turn.services.cells.committeeById(cell.committeeId);
  const shown = (field: DocumentField): Text => {
    const { value, source } = documentSetting(field, cell, committee);
    const args = { value: value ?? "", committee: committee?.name ?? "" };
    return { key: `caidat-value-${source}`, args };
  };
  const option = (key: string, value: string): Choice => ({ label: { key }, value });
  const settings: Text = {
    key: "caidat-show",
    args: {
      cell: cell.name,
      autoApprove: { key: cell.autoApprove ? "setting-on" : "setting-off" },
      retiredRegister: { key: cell.retiredRegister ? "setting-on" : "setting-off" },
      committee: committee ? committee.name : { key: "caidat-no-committee" },
      partyOrganisation: shown("partyOrganisation"),
      place: shown("place"),
      defaultChair: shown("defaultChair"),
      defaultMinuteTaker: shown("defaultMinuteTaker"),
      ...Object.fromEntries(
        MEETING_SETTINGS.map((setting) => [setting, meetingValue(turn, cell, setting)]),
      ),
    },
  };
  // What changed goes apart: the overview and its choices fill a screen where they are numbered.
  const leads = [lead].flat();
  if (leads.length > 0) turn.say(turn.chat.id, leads);
  turn.say(turn.chat.id, [settings], {
    choices: [
      ...SETTINGS.map((setting) =>
        option(`caidat-toggle-${setting}`, choices.encode("toggle", { setting })),
      ),
      option("caidat-choice-committee", choices.encode("committee")),
      option("caidat-choice-meetings", choices.encode("meetings")),
      option("caidat-choice-documents", choices.encode("documents")),
    ],
  });
}

/** Which of the documents' settings to change: a menu of its own keeps /caidat on one screen. */
function documentsMenu(turn: Turn): void {
  turn.reply("caidat-documents-menu", undefined, {
    choices: DOCUMENT_FIELDS.map((field) => ({
      label: { key: `caidat-choice-edit-${field}` },
      value: choices.encode("edit", { field }),
    })),
  });
}
