import { z } from "zod";
import type { PartResult } from "../src/db/schema.js";
import { formatDay, isOnOrBefore, localDay } from "../src/domain/calendar.js";
import { COMMITMENT_PARTS, checkAnswer, MAX_PART_LENGTH } from "../src/domain/commitment-rules.js";
import {
  LEVELS,
  type Level,
  levelForText,
  OUTCOMES,
  type Outcome,
} from "../src/domain/grading-rules.js";
import { mustReportResults } from "../src/domain/member-rules.js";
import { choiceForLabel } from "../src/domain/phrases.js";
import { readOutcome } from "../src/domain/result-rules.js";
import { clip, normalizeLine } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { type ChoiceOf, choice, choiceCodec } from "../src/messages/choice-codec.js";
import type { Choice } from "../src/messages/reply.js";
import { type ResultsWindow, resultsWindow } from "../src/plan/results-window.js";
import type { ResultParts, YearResult } from "../src/store/result-store.js";
import { replyWithDocument } from "./document-reply.js";

const partSchema = z.enum(COMMITMENT_PARTS);
const outcomeSchema = z.enum(OUTCOMES);
const levelSchema = z.enum(LEVELS);

const partDraftSchema = z.object({
  outcome: outcomeSchema.optional(),
  text: z.string().optional(),
  why: z.string().optional(),
});
type PartDraft = z.infer<typeof partDraftSchema>;

/**
 * The draft of /ketqua between messages, kept in SQLite: nothing is saved before the member
 * sends the whole report, so that a report is never half there.
 */
const stateSchema = z.object({
  year: z.number().int(),
  step: z.enum(["outcome", "text", "why", "level", "review"]),
  /** The part asked about (outcome, text, why). */
  part: partSchema,
  draft: z.object({
    study: partDraftSchema.optional(),
    follow: partDraftSchema.optional(),
    example: partDraftSchema.optional(),
  }),
  level: levelSchema.optional(),
  /** One part changed from the review: after it, back to the review. */
  editing: z.boolean().optional(),
});
type State = z.infer<typeof stateSchema>;

const choices = choiceCodec("ketqua", {
  outcome: choice("o-{outcome}", { outcome: outcomeSchema }),
  asPlanned: choice("asplanned"),
  keep: choice("keep"),
  level: choice("l-{level}", { level: levelSchema }),
  confirm: choice("confirm"),
  edit: choice("edit-{part}", { part: partSchema }),
  changeLevel: choice("changelevel"),
  cancel: choice("cancel"),
});
type Chosen = ChoiceOf<typeof choices>;

/** How much of a plan part, a note or a result one screen shows beside the rest. */
const SHOWN = { plan: 300, note: 100, notes: 3, result: 100, why: 60, typedLevel: 40 } as const;

/**
 * /ketqua: the year's results against the personal plan, part by part (the plan and the
 * progress noted beside it), then a proposed level among the four; saved only when sent.
 */
export const ketqua: Command<Chosen> = {
  name: "ketqua",
  where: "private",
  who: "member",
  choices,
  run(turn) {
    const open = readState(turn.dialogState("ketqua"));
    const year = open?.year ?? turn.year;
    if (!mayReport(turn, year)) return;
    if (open) {
      turn.reply("ketqua-resume");
      return prompt(turn, open);
    }
    const member = turn.knownMember;
    const saved = turn.services.results.of(member.id, year);
    const state: State = saved
      ? { year, step: "review", part: "study", draft: saved.parts, level: saved.proposedLevel }
      : { year, step: "outcome", part: "study", draft: {} };
    turn.openDialog("ketqua", state);
    if (saved) {
      turn.reply("ketqua-existing", {
        year: String(year),
        due: formatDay(windowOf(turn, year).due),
      });
      const agreed = agreedLevel(turn, saved);
      if (agreed) turn.reply("ketqua-agreed", { level: agreed });
    } else {
      const intro: Text[] = [{ key: "ketqua-intro", args: { year: String(year) } }];
      if (!turn.services.commitments.of(member.id, year)) {
        intro.push({ key: "ketqua-no-plan", args: { year: String(year) } });
      }
      turn.say(turn.chat.id, intro);
    }
    prompt(turn, state);
  },

  answer(turn, text, stored) {
    const state = readState(stored);
    if (!state) {
      turn.closeDialog();
      return turn.reply("ketqua-restart");
    }
    if (!mayReport(turn, state.year)) return;
    if (state.step === "outcome") {
      const outcome = readOutcome(text);
      if (outcome) return chooseOutcome(turn, state, outcome);
      turn.reply("ketqua-outcome-unclear");
      return askOutcome(turn, state, false);
    }
    if (state.step === "level") {
      const level = levelForText(text, turn.plan(state.year).grading.levels);
      if (level) return chooseLevel(turn, state, level);
      const typed = clip(normalizeLine(text), SHOWN.typedLevel);
      turn.reply("ketqua-level-unclear", { typed });
      return askLevel(turn, state);
    }
    // A label typed for the choices shown ("Gửi báo cáo", "giữ nguyên", "như kế hoạch").
    const shown = offered(turn, state).map((c) => c.value);
    const labelled = choiceForLabel(text, shown, turn.chat.kind);
    const chosen = labelled === undefined ? undefined : choices.decode(labelled);
    if (chosen) return ketqua.choose?.(turn, chosen);
    if (state.step === "review") {
      turn.reply("ketqua-review-use-choices");
      return prompt(turn, state);
    }
    const answer = checkAnswer(text);
    if (!answer.ok) {
      return turn.fail(`ketqua-answer-${answer.problem}`, {
        max: MAX_PART_LENGTH,
        length: answer.length ?? 0,
      });
    }
    fillText(turn, state, answer.text);
  },

  resume(turn, stored) {
    const open = readState(stored);
    if (!open) {
      turn.closeDialog();
      return turn.reply("ketqua-restart");
    }
    if (!mayReport(turn, open.year)) return;
    turn.reply("ketqua-resume");
    prompt(turn, open);
  },

  choose(turn, chosen) {
    // Buttons stay on old messages: they act on the draft open now, if there is one.
    const state = readState(turn.dialogState("ketqua"));
    if (!state) return turn.fail("choice-expired");
    if (!mayReport(turn, state.year)) return;
    switch (chosen.action) {
      case "cancel": {
        turn.closeDialog();
        const saved = turn.services.results.of(turn.knownMember.id, state.year);
        return turn.reply(saved ? "ketqua-cancelled-kept" : "ketqua-cancelled");
      }
      case "outcome":
        if (state.step !== "outcome") return turn.fail("choice-expired");
        return chooseOutcome(turn, state, chosen.outcome);
      case "asPlanned": {
        const plan = offersAsPlanned(turn, state) ? planText(turn, state) : undefined;
        if (!plan) return turn.fail("choice-expired");
        return fillText(turn, state, plan);
      }
      case "keep": {
        const kept = current(state);
        if (kept === undefined) return turn.fail("choice-expired");
        return fillText(turn, state, kept);
      }
      case "level":
        if (state.step !== "level") return turn.fail("choice-expired");
        return chooseLevel(turn, state, chosen.level);
      case "edit":
      case "changeLevel": {
        if (state.step !== "review") return turn.fail("choice-expired");
        const next: State =
          chosen.action === "edit"
            ? { ...state, step: "outcome", part: chosen.part, editing: true }
            : { ...state, step: "level" };
        turn.openDialog("ketqua", next);
        return prompt(turn, next);
      }
      case "confirm":
        if (state.step !== "review") return turn.fail("choice-expired");
        return send(turn, state);
    }
  },
};

function readState(stored: unknown): State | undefined {
  const parsed = stateSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

function windowOf(turn: Turn, year: number): ResultsWindow {
  return resultsWindow(turn.plan(year));
}

/**
 * Exempt members are not asked, nor retired ones where the cell does not ask them; /ketqua
 * opens on the plan's day and closes after its year-end review, a draft open then with it.
 */
function mayReport(turn: Turn, year: number): boolean {
  const member = turn.knownMember;
  if (!mustReportResults(member, member.cell)) {
    turn.closeDialog("ketqua");
    turn.reply(member.status === "retired" ? "ketqua-retired" : "ketqua-exempt");
    return false;
  }
  const { opens, due } = windowOf(turn, year);
  const today = localDay(turn.now, turn.services.timeZone);
  const args = { year: String(year), opens: formatDay(opens), due: formatDay(due) };
  if (today < opens) {
    turn.closeDialog("ketqua");
    turn.reply("ketqua-not-open", args);
    return false;
  }
  if (!isOnOrBefore(turn.now, due, turn.services.timeZone)) {
    turn.closeDialog("ketqua");
    const saved = turn.services.results.of(member.id, year);
    turn.reply(saved ? "ketqua-closed" : "ketqua-closed-none", { ...args, contact: contact(turn) });
    return false;
  }
  return true;
}

/** Whom to ask about results once /ketqua is closed: the secretary by name (the wording says so). */
function contact(turn: Turn): Text {
  const member = turn.knownMember;
  const secretary = turn.services.members
    .secretaryOrDeputies(member.cellId)
    .find((m) => m.role === "secretary");
  return secretary && secretary.id !== member.id
    ? { key: "ketqua-contact-secretary", args: { name: secretary.fullName } }
    : { key: "ketqua-contact-cell" };
}

function chooseOutcome(turn: Turn, state: State, outcome: Outcome): void {
  const before = state.draft[state.part];
  // A reason belongs to a part not (wholly) done; what was done, to a part not left undone.
  const part: PartDraft = {
    outcome,
    text: outcome === "notDone" ? undefined : before?.text,
    why: outcome === "done" ? undefined : before?.why,
  };
  const next: State = {
    ...state,
    draft: { ...state.draft, [state.part]: part },
    step: outcome === "notDone" ? "why" : "text",
  };
  turn.openDialog("ketqua", next);
  prompt(turn, next);
}

/** The text typed (or kept, or the plan's) for the step open: what was done, or why not. */
function fillText(turn: Turn, state: State, text: string): void {
  const part = { ...state.draft[state.part], [state.step === "why" ? "why" : "text"]: text };
  const draft = { ...state.draft, [state.part]: part };
  const next = afterText(state, part);
  const moved: State = { ...state, ...next, draft };
  turn.openDialog("ketqua", moved);
  prompt(turn, moved);
}

/** After what was done, why not (for a part partly done); after a whole part, the next. */
function afterText(state: State, part: PartDraft): Pick<State, "step" | "part" | "editing"> {
  if (state.step === "text" && part.outcome === "partly") {
    return { step: "why", part: state.part, editing: state.editing };
  }
  const following = COMMITMENT_PARTS[COMMITMENT_PARTS.indexOf(state.part) + 1];
  if (!state.editing && following) return { step: "outcome", part: following };
  return { step: state.level ? "review" : "level", part: state.part, editing: false };
}

function chooseLevel(turn: Turn, state: State, level: Level): void {
  const next: State = { ...state, level, step: "review", editing: false };
  turn.openDialog("ketqua", next);
  prompt(turn, next);
}

/** The text a keep choice keeps at this step, if there is one. */
function current(state: State): string | undefined {
  const part = state.draft[state.part];
  if (state.step === "text") return part?.text;
  if (state.step === "why") return part?.why;
  return undefined;
}

function planText(turn: Turn, state: State): string | undefined {
  const plan = turn.services.commitments.of(turn.knownMember.id, state.year);
  return plan?.[state.part];
}

/** "Done as planned" is offered for a part done, where there is a plan to take the words of. */
function offersAsPlanned(turn: Turn, state: State): boolean {
  const done = state.draft[state.part]?.outcome === "done";
  return state.step === "text" && done && planText(turn, state) !== undefined;
}

function complete(state: State): ResultParts | undefined {
  const parts: Partial<ResultParts> = {};
  for (const name of COMMITMENT_PARTS) {
    const part = state.draft[name];
    if (!part?.outcome) return undefined;
    const text = part.text ?? "";
    if (part.outcome !== "notDone" && !text) return undefined;
    if (part.outcome !== "done" && !part.why) return undefined;
    const result: PartResult = { outcome: part.outcome, text };
    if (part.why && part.outcome !== "done") result.why = part.why;
    parts[name] = result;
  }
  return parts as ResultParts;
}

/**
 * Saves the whole report, or says why not; the cell's agreed level is never touched, also where
 * the cell graded the member before they reported (their row then held the level alone).
 */
function send(turn: Turn, state: State): void {
  const parts = complete(state);
  if (!parts || !state.level) return turn.fail("choice-expired");
  const member = turn.knownMember;
  const { results } = turn.services;
  const saved = results.of(member.id, state.year);
  turn.closeDialog();
  const unchanged =
    saved &&
    saved.proposedLevel === state.level &&
    JSON.stringify(saved.parts) === JSON.stringify(parts);
  if (unchanged) return turn.reply("ketqua-unchanged");
  const stored = results.save(
    member.id,
    state.year,
    { parts, proposedLevel: state.level },
    turn.now,
  );
  const year = String(state.year);
  const due = formatDay(windowOf(turn, state.year).due);
  const level = levelName(turn, state.year, stored.proposedLevel);
  turn.reply(saved ? "ketqua-updated" : "ketqua-saved", { year, due, level });
  // The report in the Party's layout, to sign and attach to the self-assessment form.
  replyWithDocument(
    turn,
    "member-results-file",
    { year },
    { kind: "member-results-docx", memberId: member.id, year: state.year },
  );
  const agreed = agreedLevel(turn, stored);
  if (!agreed || !stored.agreedAt) return;
  const day = formatDay(localDay(stored.agreedAt, turn.services.timeZone));
  turn.reply("ketqua-agreed-kept", { level: agreed, day });
  // Those who record levels hear of it in private, to look at the results again if need be.
  const notice = saved ? "ketqua-edited-notice" : "ketqua-reported-notice";
  for (const manager of turn.services.members.secretaryOrDeputies(member.cellId)) {
    if (manager.id === member.id) continue;
    turn.tellMember(manager.id, [{ key: notice, args: { name: member.fullName, year } }]);
  }
}

function agreedLevel(turn: Turn, saved: YearResult): string | undefined {
  return saved.agreedLevel ? levelName(turn, saved.year, saved.agreedLevel) : undefined;
}

function levelName(turn: Turn, year: number, level: Level): string {
  return turn.plan(year).grading.levels[level];
}

function prompt(turn: Turn, state: State): void {
  if (state.step === "outcome") return askOutcome(turn, state, true);
  if (state.step === "text" || state.step === "why") return askText(turn, state);
  if (state.step === "level") return askLevel(turn, state);
  review(turn, state);
}

function partHeader(turn: Turn, state: State): Text {
  const label = turn.plan(state.year).partLabels[state.part];
  return {
    key: "ketqua-part-header",
    args: { step: COMMITMENT_PARTS.indexOf(state.part) + 1, label },
  };
}

/** A part's plan and the progress noted on it this year, then how it went. */
function askOutcome(turn: Turn, state: State, whole: boolean): void {
  const question: Text = { key: "ketqua-ask-outcome" };
  const shown = whole
    ? [partHeader(turn, state), ...planAndProgress(turn, state), question]
    : [question];
  turn.say(turn.chat.id, shown, { choices: outcomeChoices() });
}

function planAndProgress(turn: Turn, state: State): Text[] {
  const memberId = turn.knownMember.id;
  const plan = turn.services.commitments.of(memberId, state.year)?.[state.part];
  const lines: Text[] = [
    plan
      ? { key: "ketqua-plan", args: { text: clip(plan, SHOWN.plan) } }
      : { key: "ketqua-plan-none" },
  ];
  const notes = turn.services.progress
    .ofMember(memberId, state.year)
    .filter((note) => note.part === state.part);
  if (notes.length === 0) return [...lines, { key: "ketqua-progress-none" }];
  lines.push({ key: "ketqua-progress-title" });
  const earlier = notes.length - SHOWN.notes;
  if (earlier > 0) lines.push({ key: "ketqua-progress-earlier", args: { count: earlier } });
  for (const note of notes.slice(-SHOWN.notes)) {
    const day = formatDay(localDay(note.notedAt, turn.services.timeZone));
    const plain: Text = { key: `ketqua-status-${note.status}` };
    const status: Text = note.evidence
      ? { key: "ketqua-status-with-photo", args: { status: plain } }
      : plain;
    lines.push(
      note.note
        ? {
            key: "ketqua-progress-note-text",
            args: { day, status, note: clip(normalizeLine(note.note), SHOWN.note) },
          }
        : { key: "ketqua-progress-note", args: { day, status } },
    );
  }
  return lines;
}

function outcomeChoices(): Choice[] {
  return OUTCOMES.map((outcome) => ({
    label: { key: `ketqua-outcome-${outcome}` },
    value: choices.encode("outcome", { outcome }),
  }));
}

/** The choices shown at a step where text may be typed for them: the review's, or a text's. */
function offered(turn: Turn, state: State): Choice[] {
  if (state.step === "review") return reviewChoices(turn, state.year);
  if (state.step === "text" || state.step === "why") return textChoices(turn, state);
  return [];
}

/** The plan's words (for a part done) and the text kept so far. */
function textChoices(turn: Turn, state: State): Choice[] {
  const shown: Choice[] = [];
  if (offersAsPlanned(turn, state)) {
    shown.push({ label: { key: "ketqua-choice-as-planned" }, value: choices.encode("asPlanned") });
  }
  if (current(state) !== undefined) {
    shown.push({ label: { key: "ketqua-choice-keep" }, value: choices.encode("keep") });
  }
  return shown;
}

/** What was done, or why not; the text kept so far, and the plan's words, as choices. */
function askText(turn: Turn, state: State): void {
  const outcome = state.draft[state.part]?.outcome ?? "done";
  const partly = outcome === "partly";
  const key =
    state.step === "text" ? "ketqua-ask-text" : partly ? "ketqua-ask-why-partly" : "ketqua-ask-why";
  const shown: Text[] = [partHeader(turn, state), { key }];
  const kept = current(state);
  if (kept !== undefined) {
    shown.push({ key: "ketqua-current", args: { text: clip(kept, SHOWN.plan) } });
  }
  shown.push({ key: "ketqua-ask-footer", args: { max: MAX_PART_LENGTH } });
  const textOffered = textChoices(turn, state);
  turn.say(turn.chat.id, shown, textOffered.length > 0 ? { choices: textOffered } : {});
}

function askLevel(turn: Turn, state: State): void {
  const { rule, levels } = turn.plan(state.year).grading;
  turn.say(turn.chat.id, [{ key: "ketqua-ask-level", args: { rule } }], {
    choices: LEVELS.map((level) => ({
      label: { key: "ketqua-choice-level", args: { name: levels[level] } },
      value: choices.encode("level", { level }),
    })),
  });
}

/** The whole report on one screen, each part shortened: send, change a part or the level, cancel. */
function review(turn: Turn, state: State): void {
  const plan = turn.plan(state.year);
  const lines: Text[] = [{ key: "ketqua-review-title", args: { year: String(state.year) } }];
  for (const [index, name] of COMMITMENT_PARTS.entries()) {
    const part = state.draft[name];
    const outcome = part?.outcome ?? "notDone";
    const heading = {
      step: index + 1,
      label: plan.partLabels[name],
      outcome: { key: `ketqua-outcome-${outcome}` },
    };
    const text = clip(normalizeLine(part?.text ?? ""), SHOWN.result);
    const why = part?.why && outcome !== "done" ? clip(normalizeLine(part.why), SHOWN.why) : "";
    if (outcome === "notDone") {
      lines.push({ key: "ketqua-review-part-not-done", args: { ...heading, why } });
    } else if (why) {
      lines.push({ key: "ketqua-review-part-why", args: { ...heading, text, why } });
    } else {
      lines.push({ key: "ketqua-review-part", args: { ...heading, text } });
    }
  }
  const level = state.level ? plan.grading.levels[state.level] : "";
  lines.push({ key: "ketqua-review-level", args: { level } });
  turn.say(turn.chat.id, lines, { choices: reviewChoices(turn, state.year) });
}

function reviewChoices(turn: Turn, year: number): Choice[] {
  const labels = turn.plan(year).partLabels;
  return [
    { label: { key: "ketqua-choice-confirm" }, value: choices.encode("confirm") },
    ...COMMITMENT_PARTS.map((part, index) => ({
      label: { key: "ketqua-choice-edit", args: { step: index + 1, label: labels[part] } },
      value: choices.encode("edit", { part }),
    })),
    { label: { key: "ketqua-choice-change-level" }, value: choices.encode("changeLevel") },
    { label: { key: "ketqua-choice-cancel" }, value: choices.encode("cancel") },
  ];
}
