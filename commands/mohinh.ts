import { z } from "zod";
import { formatDay, localDay, romanQuarter } from "../src/domain/calendar.js";
import { isCellCommittee } from "../src/domain/member-rules.js";
import {
  checkModelText,
  MODEL_FIELDS,
  MODEL_LIMITS,
  type ModelField,
  parseModelDay,
} from "../src/domain/model-rules.js";
import { choiceForLabel } from "../src/domain/phrases.js";
import { clip, normalizeLine } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { type ChoiceOf, choice, choiceCodec } from "../src/messages/choice-codec.js";
import type { Choice } from "../src/messages/reply.js";
import type { CellModel, CellModelFields } from "../src/store/cell-model-store.js";

const fieldSchema = z.enum(MODEL_FIELDS);

/** The model being written, or the quarter's progress being asked, kept between messages. */
const stateSchema = z.object({
  year: z.number().int(),
  step: z.union([fieldSchema, z.literal("review"), z.literal("progress")]),
  quarter: z.number().int().min(1).max(4).optional(),
  draft: z.object({
    title: z.string().optional(),
    what: z.string().optional(),
    who: z.string().optional(),
    byDay: z.string().optional(),
  }),
});
type State = z.infer<typeof stateSchema>;
type Draft = State["draft"];

const choices = choiceCodec("mohinh", {
  register: choice("register"),
  edit: choice("edit"),
  progress: choice("progress"),
  confirm: choice("confirm"),
  change: choice("change-{field}", { field: fieldSchema }),
  keep: choice("keep"),
  cancel: choice("cancel"),
});

/**
 * /mohinh: the cell's own model or "việc làm theo Bác" of the year. It is the cell's public
 * work, so every member sees it and its progress, in the group too; the secretary, the deputy
 * and the cell committee register it (name, what, who, by when), change it, and report each
 * quarter how it is going, in a private dialog.
 */
export const mohinh: Command<ChoiceOf<typeof choices>> = {
  name: "mohinh",
  where: "anywhere",
  who: "member",
  choices,
  run(turn) {
    const model = turn.services.cellModels.of(turn.knownMember.cellId, turn.year);
    if (turn.inGroup) {
      const link = mayManage(turn)
        ? { privateLink: { label: { key: "go-private-button" }, command: "mohinh" } }
        : {};
      return turn.say(turn.chat.id, modelView(turn.year, model, true), link);
    }
    const open = readState(turn.dialogState("mohinh"));
    if (open && mayManage(turn)) {
      turn.reply("mohinh-resume");
      return prompt(turn, open);
    }
    turn.say(turn.chat.id, modelView(turn.year, model, false), { choices: menu(turn, model) });
  },

  answer(turn, text, stored) {
    const state = readState(stored);
    if (!state) {
      turn.closeDialog();
      return turn.reply("mohinh-restart");
    }
    if (!mayManage(turn)) {
      turn.closeDialog();
      return turn.reply("mohinh-committee-only");
    }
    const labelled = choiceForLabel(
      text,
      offered(turn, state).map((c) => c.value),
      turn.chat.kind,
    );
    const chosen = labelled === undefined ? undefined : choices.decode(labelled);
    if (chosen) return mohinh.choose?.(turn, chosen);
    if (state.step === "review") {
      turn.reply("mohinh-use-choices");
      return prompt(turn, state);
    }
    if (state.step === "progress") return saveProgress(turn, state, text);
    const draft = { ...state.draft, [state.step]: readField(turn, state, state.step, text) };
    const next: State = { year: state.year, step: firstMissing(draft) ?? "review", draft };
    turn.openDialog("mohinh", next);
    prompt(turn, next);
  },

  resume(turn, stored) {
    const state = readState(stored);
    if (!state || !mayManage(turn)) {
      turn.closeDialog();
      return turn.reply("mohinh-restart");
    }
    turn.reply("mohinh-resume");
    prompt(turn, state);
  },

  choose(turn, chosen) {
    if (!mayManage(turn)) return turn.fail("mohinh-committee-only");
    const { cellModels } = turn.services;
    const cellId = turn.knownMember.cellId;
    switch (chosen.action) {
      case "register":
      case "edit": {
        const saved = cellModels.of(cellId, turn.year);
        const state: State = saved
          ? { year: turn.year, step: "review", draft: fieldsOf(saved) }
          : { year: turn.year, step: "title", draft: {} };
        turn.openDialog("mohinh", state);
        return prompt(turn, state);
      }
      case "progress": {
        if (!cellModels.of(cellId, turn.year)) return turn.fail("mohinh-progress-no-model");
        const state: State = {
          year: turn.year,
          step: "progress",
          quarter: turn.quarter,
          draft: {},
        };
        turn.openDialog("mohinh", state);
        return prompt(turn, state);
      }
    }
    // The rest act on the dialog open now, if there is one: buttons stay on old messages.
    const state = readState(turn.dialogState("mohinh"));
    if (!state) return turn.fail("choice-expired");
    const saved = cellModels.of(cellId, state.year);
    switch (chosen.action) {
      case "cancel":
        turn.closeDialog();
        return turn.reply(saved ? "mohinh-cancelled-kept" : "mohinh-cancelled");
      case "keep": {
        if (state.step === "progress") {
          turn.closeDialog();
          return turn.reply("mohinh-progress-kept");
        }
        if (state.step === "review" || !complete(state.draft)) return turn.fail("choice-expired");
        const next: State = { ...state, step: "review" };
        turn.openDialog("mohinh", next);
        return prompt(turn, next);
      }
      case "change": {
        if (state.step === "progress" || !complete(state.draft)) {
          return turn.fail("choice-expired");
        }
        const next: State = { ...state, step: chosen.field };
        turn.openDialog("mohinh", next);
        return prompt(turn, next);
      }
      case "confirm":
        return confirm(turn, state, saved);
    }
  },
};

function readState(stored: unknown): State | undefined {
  const parsed = stateSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/** The secretary, the deputy and the cell committee speak for the cell's model. */
function mayManage(turn: Turn): boolean {
  return isCellCommittee(turn.knownMember);
}

/** The committee's choices under the model in private: register it, or change it and report. */
function menu(turn: Turn, model: CellModel | undefined): Choice[] {
  if (!mayManage(turn)) return [];
  if (!model)
    return [{ label: { key: "mohinh-choice-register" }, value: choices.encode("register") }];
  return [
    {
      label: {
        key: "mohinh-choice-progress",
        args: { quarter: quarterText(turn.year, turn.quarter) },
      },
      value: choices.encode("progress"),
    },
    { label: { key: "mohinh-choice-edit" }, value: choices.encode("edit") },
  ];
}

/** How much of each text a group is shown: the whole model is read in private. */
const GROUP_SHOWN = 150;

/**
 * The model as everyone in the cell may read it, with each quarter's progress; a group sees
 * each text shortened and the latest quarter only, to keep the chat to one screen.
 */
function modelView(year: number, model: CellModel | undefined, inGroup: boolean): Text[] {
  if (!model) return [{ key: "mohinh-none", args: { year: String(year) } }];
  const shown = (text: string) => (inGroup ? clip(normalizeLine(text), GROUP_SHOWN) : text);
  const parts: Text[] = [
    { key: "mohinh-header", args: { year: String(year), title: model.title } },
    { key: "mohinh-what", args: { what: shown(model.what) } },
    { key: "mohinh-who", args: { who: shown(model.who) } },
    { key: "mohinh-by", args: { day: formatDay(model.byDay) } },
  ];
  if (model.progress.length === 0) return [...parts, { key: "mohinh-no-progress" }];
  const earlier = inGroup ? model.progress.length - 1 : 0;
  const lines = model.progress.slice(earlier).map(
    (p): Text => ({
      key: "mohinh-progress-line",
      args: { quarter: quarterText(year, p.quarter), note: shown(p.note) },
    }),
  );
  const hint: Text[] =
    earlier > 0 ? [{ key: "mohinh-progress-earlier", args: { count: earlier } }] : [];
  return [...parts, ...lines, ...hint];
}

/** "Quý II/2024" */
function quarterText(year: number, quarter: number): Text {
  return { key: "quarter", args: { quarter: romanQuarter(quarter), year: String(year) } };
}

/** A field as typed, checked; a clear refusal otherwise, and the step stays. */
function readField(turn: Turn, state: State, field: ModelField, text: string): string {
  if (field === "byDay") {
    const today = localDay(turn.now, turn.services.timeZone);
    const day = parseModelDay(text, state.year, today);
    if (!day.ok) {
      return turn.fail(`mohinh-day-${day.problem}`, {
        year: String(state.year),
        today: formatDay(today),
      });
    }
    return day.day;
  }
  const checked = checkModelText(text, field);
  if (!checked.ok) {
    return turn.fail(`mohinh-answer-${checked.problem}`, {
      length: checked.length,
      max: MODEL_LIMITS[field],
    });
  }
  return checked.text;
}

function saveProgress(turn: Turn, state: State, text: string): void {
  const quarter = state.quarter ?? turn.quarter;
  const model = turn.services.cellModels.of(turn.knownMember.cellId, state.year);
  if (!model) {
    turn.closeDialog();
    return turn.reply("mohinh-progress-no-model");
  }
  const checked = checkModelText(text, "note");
  if (!checked.ok) {
    return turn.fail(`mohinh-answer-${checked.problem}`, {
      length: checked.length,
      max: MODEL_LIMITS.note,
    });
  }
  const before = model.progress.find((p) => p.quarter === quarter);
  turn.closeDialog();
  turn.services.cellModels.reportProgress(model.id, quarter, checked.text, turn.now);
  turn.reply(before ? "mohinh-progress-updated" : "mohinh-progress-saved", {
    quarter: quarterText(state.year, quarter),
    note: checked.text,
  });
}

function confirm(turn: Turn, state: State, saved: CellModel | undefined): void {
  const fields = complete(state.draft);
  if (state.step !== "review" || !fields) return turn.fail("choice-expired");
  turn.closeDialog();
  if (saved && MODEL_FIELDS.every((field) => saved[field] === fields[field])) {
    return turn.reply("mohinh-unchanged");
  }
  const model = turn.services.cellModels.register(
    turn.knownMember.cellId,
    state.year,
    fields,
    turn.now,
  );
  turn.reply(saved ? "mohinh-updated" : "mohinh-saved", {
    year: String(state.year),
    title: model.title,
  });
}

function fieldsOf(model: CellModel): Draft {
  return { title: model.title, what: model.what, who: model.who, byDay: model.byDay };
}

function firstMissing(draft: Draft): ModelField | undefined {
  return MODEL_FIELDS.find((field) => !draft[field]);
}

function complete(draft: Draft): CellModelFields | undefined {
  const { title, what, who, byDay } = draft;
  return title && what && who && byDay ? { title, what, who, byDay } : undefined;
}

function prompt(turn: Turn, state: State): void {
  const extras = { choices: offered(turn, state) };
  if (state.step === "review") {
    const { title = "", what = "", who = "", byDay = "" } = state.draft;
    return turn.reply(
      "mohinh-review",
      { year: String(state.year), title, what, who, day: byDay && formatDay(byDay) },
      extras,
    );
  }
  if (state.step === "progress") {
    const quarter = state.quarter ?? turn.quarter;
    const model = turn.services.cellModels.of(turn.knownMember.cellId, state.year);
    const current = model?.progress.find((p) => p.quarter === quarter);
    const parts: Text[] = [
      {
        key: "mohinh-ask-progress",
        args: { quarter: quarterText(state.year, quarter), title: model?.title ?? "" },
      },
    ];
    if (current) parts.push({ key: "mohinh-current", args: { text: current.note } });
    return turn.say(turn.chat.id, parts, extras);
  }
  const step = MODEL_FIELDS.indexOf(state.step) + 1;
  const parts: Text[] = [
    {
      key: `mohinh-ask-${state.step}`,
      args: {
        step,
        year: String(state.year),
        ...(state.step !== "byDay" && { max: MODEL_LIMITS[state.step] }),
      },
    },
  ];
  const current = state.draft[state.step];
  if (current !== undefined) {
    const shown = state.step === "byDay" ? formatDay(current) : current;
    parts.push({ key: "mohinh-current", args: { text: shown } });
  }
  turn.say(turn.chat.id, parts, extras);
}

/** The choices the open step shows: the review's; keep and cancel while a part is asked. */
function offered(turn: Turn, state: State): Choice[] {
  const cancel: Choice = {
    label: { key: "mohinh-choice-cancel" },
    value: choices.encode("cancel"),
  };
  const keep: Choice = { label: { key: "mohinh-choice-keep" }, value: choices.encode("keep") };
  if (state.step === "review") {
    return [
      { label: { key: "mohinh-choice-confirm" }, value: choices.encode("confirm") },
      ...MODEL_FIELDS.map((field) => ({
        label: { key: `mohinh-choice-change-${field}` },
        value: choices.encode("change", { field }),
      })),
      cancel,
    ];
  }
  if (state.step === "progress") {
    const model = turn.services.cellModels.of(turn.knownMember.cellId, state.year);
    const reported = model?.progress.some((p) => p.quarter === (state.quarter ?? turn.quarter));
    return reported ? [keep, cancel] : [cancel];
  }
  // Where a number answers, "30/11" would read as two numbers typed for a list: the day's
  // question shows none (/huy still ends the dialog).
  if (state.step === "byDay" && !turn.platform.hasButtons) return [];
  return state.draft[state.step] === undefined ? [cancel] : [keep, cancel];
}
