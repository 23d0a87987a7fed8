import { z } from "zod";
import { formatDay } from "../src/domain/calendar.js";
import {
  COMMITMENT_PARTS,
  type CommitmentPart,
  type CommitmentParts,
  checkAnswer,
  MAX_PART_LENGTH,
  registrationDeadline,
  registrationOpen,
} from "../src/domain/commitment-rules.js";
import { registrationDuty } from "../src/domain/member-rules.js";
import { choiceForLabel, looksLikeChatter, withoutPartLabel } from "../src/domain/phrases.js";
import { hasWords, normalizeText } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { type ChoiceOf, choice, choiceCodec } from "../src/messages/choice-codec.js";
import type { Choice } from "../src/messages/reply.js";
import { partLabelArgs } from "../src/plan/stored-plan.js";

const partSchema = z.enum(COMMITMENT_PARTS);

/** The draft of /dangky between messages, kept in SQLite so that a restart loses nothing. */
const stateSchema = z.object({
  year: z.number().int(),
  step: z.union([partSchema, z.literal("review")]),
  draft: z.object({
    study: z.string().optional(),
    follow: z.string().optional(),
    example: z.string().optional(),
  }),
  /** An answer that looked like chatter, waiting for "yes, write it so" or "write it again". */
  pending: z.string().optional(),
});
type State = z.infer<typeof stateSchema>;

/** The review's choices, and "keep" under a part being edited. */
const choices = choiceCodec("dangky", {
  confirm: choice("confirm"),
  edit: choice("edit-{part}", { part: partSchema }),
  keep: choice("keep"),
  cancel: choice("cancel"),
  accept: choice("accept"),
  rewrite: choice("rewrite"),
});

/** /dangky: the three-part personal plan, asked one part at a time, reviewed, then saved. */
export const dangky: Command<ChoiceOf<typeof choices>> = {
  name: "dangky",
  where: "private",
  who: "member",
  choices,
  run(turn) {
    const open = readState(turn.dialogState("dangky"));
    const year = open?.year ?? turn.year;
    if (!mayRegister(turn, year)) return;
    if (open) {
      turn.reply("dangky-resume");
      return prompt(turn, open);
    }
    const saved = turn.services.commitments.of(turn.knownMember.id, year);
    const state: State = saved
      ? {
          year,
          step: "review",
          draft: { study: saved.study, follow: saved.follow, example: saved.example },
        }
      : { year, step: "study", draft: {} };
    turn.openDialog("dangky", state);
    if (saved) turn.reply("dangky-existing", { year: String(year) });
    prompt(turn, state);
  },

  answer(turn, text, stored) {
    const late = readLate(stored);
    if (late) return answerLate(turn, late);
    const state = readState(stored);
    if (!state) {
      turn.closeDialog();
      return turn.reply("dangky-restart");
    }
    // A label typed for the choices shown ("Lưu", "giữ nguyên", "có"), where buttons are.
    const shown = offered(turn, state).map((c) => c.value);
    const labelled = choiceForLabel(text, shown, turn.chat.kind);
    const chosen = labelled === undefined ? undefined : choices.decode(labelled);
    if (chosen) return dangky.choose?.(turn, chosen);
    if (state.step === "review") {
      turn.reply("dangky-review-use-choices");
      return prompt(turn, state);
    }
    const typed = withoutPartLabel(normalizeText(text));
    const answer = checkAnswer(typed);
    const chatter =
      (answer.ok || answer.problem === "no-words") && hasWords(typed) && looksLikeChatter(typed);
    if (chatter) {
      const next: State = { ...state, pending: typed };
      turn.openDialog("dangky", next);
      return prompt(turn, next);
    }
    if (!answer.ok) {
      return turn.fail(`dangky-answer-${answer.problem}`, {
        max: MAX_PART_LENGTH,
        length: answer.length ?? 0,
      });
    }
    const draft = { ...state.draft, [state.step]: answer.text };
    const next: State = { draft, year: state.year, step: firstMissing(draft) ?? "review" };
    turn.openDialog("dangky", next);
    prompt(turn, next);
  },

  resume(turn, stored) {
    // Nothing to go back to after a late refusal.
    if (readLate(stored)) return turn.closeDialog();
    const open = readState(stored);
    if (!open) {
      turn.closeDialog();
      return turn.reply("dangky-restart");
    }
    if (!mayRegister(turn, open.year)) return;
    turn.reply("dangky-resume");
    prompt(turn, open);
  },

  choose(turn, chosen) {
    // Buttons stay on old messages: they act on the draft open now, if there is one.
    const state = readState(turn.dialogState("dangky"));
    if (!state) return turn.fail("choice-expired");
    const saved = turn.services.commitments.of(turn.knownMember.id, state.year);
    if (chosen.action === "cancel") {
      turn.closeDialog();
      return turn.reply(saved ? "dangky-cancelled-kept" : "dangky-cancelled");
    }
    if (chosen.action === "accept" || chosen.action === "rewrite") {
      if (state.step === "review" || state.pending === undefined) {
        return turn.fail("choice-expired");
      }
      const accepted = chosen.action === "accept";
      const draft = accepted ? { ...state.draft, [state.step]: state.pending } : state.draft;
      const step = accepted ? (firstMissing(draft) ?? "review") : state.step;
      const next: State = { draft, year: state.year, step };
      turn.openDialog("dangky", next);
      return prompt(turn, next);
    }
    if (chosen.action === "edit") {
      const next: State = { draft: state.draft, year: state.year, step: chosen.part };
      turn.openDialog("dangky", next);
      return prompt(turn, next);
    }
    const parts = complete(state.draft);
    if (chosen.action === "keep" && parts) {
      const next: State = { draft: state.draft, year: state.year, step: "review" };
      turn.openDialog("dangky", next);
      return prompt(turn, next);
    }
    if (chosen.action !== "confirm" || !parts) return turn.fail("choice-expired");
    if (!mayRegister(turn, state.year)) return;
    turn.closeDialog();
    if (saved && COMMITMENT_PARTS.every((part) => saved[part] === parts[part])) {
      return turn.reply("dangky-unchanged");
    }
    const stored = turn.services.commitments.save(turn.knownMember.id, state.year, parts, turn.now);
    turn.reply(stored.revision === 1 ? "dangky-saved" : "dangky-updated", {
      year: String(state.year),
      deadline: formatDay(deadlineOf(turn, state.year)),
    });
  },
};

function readState(stored: unknown): State | undefined {
  const parsed = stateSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Exempt members need not register, nor retired ones where the cell does not ask them (they are
 * not exempt: they still meet); after the deadline a draft left open is closed.
 */
function mayRegister(turn: Turn, year: number): boolean {
  const member = turn.knownMember;
  if (registrationDuty(member, member.cell) === "exempt") {
    turn.closeDialog("dangky");
    turn.reply(member.status === "retired" ? "dangky-retired" : "dangky-exempt");
    return false;
  }
  const deadline = deadlineOf(turn, year);
  if (!registrationOpen(turn.now, deadline, turn.services.timeZone)) {
    turn.closeDialog("dangky");
    refuseLate(turn, year, formatDay(deadline));
    return false;
  }
  return true;
}

/** After a late /dangky, the parts the person types next: answered, never saved. */
const lateSchema = z.object({ late: z.number().int(), typed: z.number().int() });

function readLate(stored: unknown): z.infer<typeof lateSchema> | undefined {
  // A draft is the usual state: not parsed as a refusal only to fail, which costs zod its errors.
  if (typeof stored !== "object" || stored === null || !("late" in stored)) return undefined;
  return lateSchema.safeParse(stored).data;
}

/**
 * Too late: the person is told whom to ask, and the secretary is told privately, once a year
 * for each member. What the person types next, meant as the plan's parts, is answered as such
 * rather than not understood.
 */
function refuseLate(turn: Turn, year: number, deadline: string): void {
  const member = turn.knownMember;
  const { commitments, members, jobRuns } = turn.services;
  const saved = commitments.of(member.id, year);
  const secretary = members.managers(member.cellId).find((m) => m.role === "secretary");
  const contact: Text =
    secretary && secretary.id !== member.id
      ? { key: "dangky-contact-secretary", args: { name: secretary.fullName } }
      : { key: "dangky-contact-cell" };
  turn.reply(saved ? "dangky-closed" : "dangky-closed-none", { deadline, contact });
  const period = `${year}:${member.id}`;
  if (secretary && secretary.id !== member.id) {
    // job_runs holds what is done once for a cell and a period: here, this notice.
    if (jobRuns.claim("late-registration", member.cellId, period, "done", turn.now)) {
      const args = { name: member.fullName, year: String(year), deadline };
      turn.tellMember(secretary.id, [{ key: "dangky-late-notice", args }]);
    }
  }
  if (!turn.otherDialog("dangky")) turn.openDialog("dangky", { late: year, typed: 0 });
}

/** A part typed after a late refusal: not saved; after as many as a plan has, the matter ends. */
function answerLate(turn: Turn, late: z.infer<typeof lateSchema>): void {
  const typed = late.typed + 1;
  if (typed >= COMMITMENT_PARTS.length) turn.closeDialog();
  else turn.openDialog("dangky", { ...late, typed });
  turn.reply("dangky-late-not-saved");
}

function firstMissing(draft: State["draft"]): CommitmentPart | undefined {
  return COMMITMENT_PARTS.find((part) => !draft[part]);
}

function complete(draft: State["draft"]): CommitmentParts | undefined {
  const { study, follow, example } = draft;
  return study && follow && example ? { study, follow, example } : undefined;
}

function prompt(turn: Turn, state: State): void {
  if (state.pending !== undefined && state.step !== "review") {
    turn.reply("dangky-check", { text: state.pending }, { choices: offered(turn, state) });
  } else if (state.step === "review") {
    const { study = "", follow = "", example = "" } = state.draft;
    const labels = partLabelArgs(turn.plan(state.year));
    turn.reply(
      "dangky-review",
      { study, follow, example, ...labels },
      { choices: reviewChoices(turn, state.year) },
    );
  } else {
    ask(turn, state.step, state.year, state.draft[state.step]);
  }
}

/** One part's question, with short examples drawn from the year's plan; when editing, the current text. */
function ask(turn: Turn, part: CommitmentPart, year: number, current?: string): void {
  const plan = turn.plan(year);
  const examples: Text[] = plan.examples[part].map((example) => ({
    key: "dangky-example",
    args: { example },
  }));
  const question: Text = {
    key: `dangky-ask-${part}`,
    args: {
      step: COMMITMENT_PARTS.indexOf(part) + 1,
      label: plan.partLabels[part],
      topic: plan.annualTopic.title,
    },
  };
  if (current === undefined) {
    return turn.say(turn.chat.id, [question, ...examples, { key: "dangky-ask-footer" }]);
  }
  turn.say(
    turn.chat.id,
    [question, ...examples, { key: "dangky-current", args: { text: current } }],
    { choices: [keepChoice()] },
  );
}

/** The choices the open step shows: the review's, the check of chatter's, or "keep" when editing. */
function offered(turn: Turn, state: State): Choice[] {
  if (state.step === "review") return reviewChoices(turn, state.year);
  if (state.pending !== undefined) {
    return [
      { label: { key: "dangky-choice-accept" }, value: choices.encode("accept") },
      { label: { key: "dangky-choice-rewrite" }, value: choices.encode("rewrite") },
    ];
  }
  return state.draft[state.step] === undefined ? [] : [keepChoice()];
}

function keepChoice(): Choice {
  return { label: { key: "dangky-choice-keep" }, value: choices.encode("keep") };
}

/** Save, change a part (named as the year's plan names it), or cancel. */
function reviewChoices(turn: Turn, year: number): Choice[] {
  const labels = turn.plan(year).partLabels;
  return [
    { label: { key: "dangky-choice-confirm" }, value: choices.encode("confirm") },
    ...COMMITMENT_PARTS.map((part) => ({
      label: { key: `dangky-choice-edit-${part}`, args: { label: labels[part] } },
      value: choices.encode("edit", { part }),
    })),
    { label: { key: "dangky-choice-cancel" }, value: choices.encode("cancel") },
  ];
}

/** The registration deadline the member's cell works to in a year. */
function deadlineOf(turn: Turn, year: number): string {
  return registrationDeadline(turn.plan(year), turn.cell, turn.services.timeZone);
}
