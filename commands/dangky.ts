import { z } from "zod";
import { formatDay } from "../src/domain/calendar.js";
import {
  COMMITMENT_PARTS,
  type CommitmentPart,
  type CommitmentParts,
  checkAnswer,
  MAX_PART_LENGTH,
  registrationOpen,
} from "../src/domain/commitment-rules.js";
import { registrationDuty } from "../src/domain/member-rules.js";
import type { Command } from "../src/engine/command.js";
import type { Choice } from "../src/engine/reply.js";
import type { Turn } from "../src/engine/turn.js";

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
  /** Changing one part of a finished draft goes straight back to the review. */
  editing: z.boolean(),
});
type State = z.infer<typeof stateSchema>;

/** /dangky: the three-part personal plan, asked one part at a time, reviewed, then saved. */
export const dangky: Command = {
  name: "dangky",
  where: "private",
  who: "member",
  run(turn) {
    const open = readState(turn.dialogState("dangky"));
    if (open) {
      turn.reply("dangky-resume");
      return prompt(turn, open);
    }
    ensureMayRegister(turn);
    const saved = turn.services.commitments.of(turn.knownMember.id, turn.year);
    const state: State = saved
      ? {
          year: turn.year,
          step: "review",
          draft: { study: saved.study, follow: saved.follow, example: saved.example },
          editing: true,
        }
      : { year: turn.year, step: "study", draft: {}, editing: false };
    turn.openDialog("dangky", state);
    if (saved) turn.reply("dangky-existing", { year: String(turn.year) });
    prompt(turn, state);
  },

  answer(turn, text, stored) {
    const state = readState(stored);
    if (!state) {
      turn.closeDialog();
      return turn.fail("dangky-restart");
    }
    if (state.step === "review") {
      turn.reply("dangky-review-use-choices");
      return prompt(turn, state);
    }
    const answer = checkAnswer(text);
    if (!answer.ok) {
      return turn.fail(`dangky-answer-${answer.problem}`, {
        max: MAX_PART_LENGTH,
        length: answer.length ?? 0,
      });
    }
    const draft = { ...state.draft, [state.step]: answer.text };
    const next: State = { ...state, draft, step: nextStep(state, draft) };
    turn.openDialog("dangky", next);
    prompt(turn, next);
  },

  choose(turn, payload) {
    const state = readState(turn.dialogState("dangky"));
    if (!state) return turn.fail("choice-expired");
    if (payload === "cancel") {
      turn.closeDialog();
      return turn.reply("dangky-cancelled");
    }
    const part = partSchema.safeParse(payload.replace(/^edit-/, ""));
    if (payload.startsWith("edit-") && part.success) {
      const next: State = { ...state, step: part.data, editing: true };
      turn.openDialog("dangky", next);
      return prompt(turn, next);
    }
    if (payload !== "confirm" || state.step !== "review") return turn.fail("choice-expired");
    ensureMayRegister(turn);
    const saved = turn.services.commitments.save(
      turn.knownMember.id,
      state.year,
      complete(state.draft),
      turn.now,
    );
    turn.closeDialog();
    turn.reply(saved.revision === 1 ? "dangky-saved" : "dangky-updated", {
      year: String(state.year),
      deadline: formatDay(turn.registrationDeadline(state.year)),
    });
  },
};

function readState(stored: unknown): State | undefined {
  const parsed = stateSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

function ensureMayRegister(turn: Turn): void {
  const member = turn.knownMember;
  if (registrationDuty(member, member.cell) === "exempt") turn.fail("dangky-exempt");
  const deadline = turn.registrationDeadline();
  if (!registrationOpen(turn.now, deadline, turn.services.timeZone)) {
    turn.fail("dangky-closed", { deadline: formatDay(deadline) });
  }
}

function nextStep(state: State, draft: State["draft"]): State["step"] {
  if (state.editing) return "review";
  return COMMITMENT_PARTS.find((part) => !draft[part]) ?? "review";
}

function complete(draft: State["draft"]): CommitmentParts {
  const { study, follow, example } = draft;
  if (!study || !follow || !example) throw new Error("dangky confirmed with a missing part");
  return { study, follow, example };
}

function prompt(turn: Turn, state: State): void {
  if (state.step === "review") {
    const { study = "", follow = "", example = "" } = state.draft;
    turn.reply("dangky-review", { study, follow, example }, { choices: reviewChoices() });
  } else {
    ask(turn, state.step, state.year);
  }
}

function ask(turn: Turn, part: CommitmentPart, year: number): void {
  const plan = turn.plan(year);
  turn.reply(`dangky-ask-${part}`, {
    step: COMMITMENT_PARTS.indexOf(part) + 1,
    topic: plan.annualTopic.title,
    examples: plan.examples[part].map((example) => `• ${example}`).join("\n"),
  });
}

function reviewChoices(): Choice[] {
  return [
    { label: { key: "dangky-choice-confirm" }, value: "dangky:confirm" },
    ...COMMITMENT_PARTS.map((part) => ({
      label: { key: `dangky-choice-edit-${part}` },
      value: `dangky:edit-${part}`,
    })),
    { label: { key: "dangky-choice-cancel" }, value: "dangky:cancel" },
  ];
}
