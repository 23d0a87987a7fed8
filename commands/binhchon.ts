import { z } from "zod";
import { formatInstant } from "../src/domain/calendar.js";
import {
  checkPollOptions,
  checkPollQuestion,
  MAX_POLL_OPTION,
  MAX_POLL_OPTIONS,
  MAX_POLL_QUESTION,
  MIN_POLL_OPTIONS,
  POLL_HOURS,
  type PollProblem,
  pollLength,
} from "../src/domain/poll-rules.js";
import { clip, splitOnce } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import {
  closePoll,
  pollClosesAt,
  pollResult,
  postPoll,
  resultLines,
  verbatim,
} from "../src/meetings/polls.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";
import type { Poll } from "../src/store/poll-store.js";

const stateSchema = z.object({
  step: z.enum(["question", "options", "review"]),
  question: z.string().optional(),
  options: z.array(z.string()).optional(),
});
type State = z.infer<typeof stateSchema>;

const choices = choiceCodec("binhchon", {
  new: choice("new"),
  close: choice("close-{poll}", { poll: choiceId }),
  abort: choice("abort"),
  sendAnonymous: choice("send-anonymous"),
  sendNamed: choice("send-named"),
});

/**
 * /binhchon: the secretary or deputy asks the cell a question with 2-10 options, anonymous or
 * not; it closes after a day or when they close it. Typed all at once ("/binhchon Câu hỏi? |
 * A | B") or asked step by step. Members vote in the poll itself (see /bophieu).
 */
export const binhchon: Command<ChoiceOf<typeof choices>> = {
  name: "binhchon",
  where: "private",
  who: "manager",
  choices,
  run(turn) {
    const typed = turn.args.trim();
    if (typed) return quickPoll(turn, typed);
    const open = turn.services.polls.open(turn.knownMember.cellId);
    if (open.length > 0) return showOpen(turn, open);
    begin(turn);
  },

  answer(turn, text, stored) {
    const parsed = stateSchema.safeParse(stored);
    if (!parsed.success) {
      turn.closeDialog();
      return turn.reply("binhchon-restart");
    }
    const state = parsed.data;
    if (state.step === "question") {
      const question = checkPollQuestion(text);
      if (!question.ok) return refuse(turn, question);
      return step(turn, { ...state, step: "options", question: question.question });
    }
    if (state.step === "options") {
      const options = checkPollOptions(text);
      if (!options.ok) return refuse(turn, options);
      return step(turn, { ...state, step: "review", options: options.options });
    }
    turn.reply("binhchon-use-choices");
    prompt(turn, state);
  },

  resume(turn, stored) {
    const state = stateSchema.safeParse(stored);
    if (!state.success) {
      turn.closeDialog();
      return turn.reply("binhchon-restart");
    }
    turn.reply("dialog-resumed");
    prompt(turn, state.data);
  },

  choose(turn, chosen) {
    if (chosen.action === "new") return begin(turn);
    if (chosen.action === "close") return closeByHand(turn, chosen.poll);
    const state = stateSchema.safeParse(turn.dialogState("binhchon"));
    if (!state.success) return turn.fail("choice-expired");
    if (chosen.action === "abort") {
      turn.closeDialog();
      return turn.reply("binhchon-aborted");
    }
    const { question, options } = state.data;
    if (state.data.step === "review" && question && options) {
      turn.closeDialog();
      return send(turn, question, options, chosen.action === "sendAnonymous");
    }
    turn.fail("choice-expired");
  },
};

function begin(turn: Turn): void {
  step(turn, { step: "question" });
}

function step(turn: Turn, state: State): void {
  turn.openDialog("binhchon", state);
  prompt(turn, state);
}

/** "/binhchon Câu hỏi? | phương án 1 | phương án 2" goes straight to the review. */
function quickPoll(turn: Turn, typed: string): void {
  const [questionText, optionsText] = splitOnce(typed, "|");
  const question = checkPollQuestion(questionText);
  if (!question.ok) return refuse(turn, question);
  // The question alone: the options are asked next.
  if (!typed.includes("|")) return step(turn, { step: "options", question: question.question });
  const options = checkPollOptions(optionsText);
  if (!options.ok) return refuse(turn, options);
  step(turn, { step: "review", question: question.question, options: options.options });
}

function refuse(turn: Turn, problem: PollProblem): never {
  return turn.fail(`binhchon-${problem.problem}`, {
    length:
      "length" in problem ? problem.length : "option" in problem ? pollLength(problem.option) : 0,
    count: "count" in problem ? problem.count : 0,
    // Said back short: the one refused may be a whole paragraph.
    option: "option" in problem ? clip(problem.option, 40) : "",
    maxQuestion: MAX_POLL_QUESTION,
    maxOption: MAX_POLL_OPTION,
    min: MIN_POLL_OPTIONS,
    max: MAX_POLL_OPTIONS,
  });
}

function prompt(turn: Turn, state: State): void {
  if (state.step === "question") return turn.reply("binhchon-ask-question");
  if (state.step === "options") {
    return turn.reply("binhchon-ask-options", { min: MIN_POLL_OPTIONS, max: MAX_POLL_OPTIONS });
  }
  const options = (state.options ?? []).map(
    (option, index): Text => ({
      key: "binhchon-review-option",
      args: { index: index + 1, option },
    }),
  );
  turn.say(
    turn.chat.id,
    [
      { key: "binhchon-review", args: { question: state.question ?? "", hours: POLL_HOURS } },
      ...options,
    ],
    {
      choices: [
        { label: { key: "binhchon-choice-anonymous" }, value: choices.encode("sendAnonymous") },
        { label: { key: "binhchon-choice-named" }, value: choices.encode("sendNamed") },
        { label: { key: "binhchon-choice-abort" }, value: choices.encode("abort") },
      ],
    },
  );
}

function send(turn: Turn, question: string, options: string[], anonymous: boolean): void {
  const cell = turn.knownMember.cell;
  const closesAt = pollClosesAt(turn.services, turn.now);
  const poll = postPoll(
    turn.services,
    turn.poster(),
    {
      cellId: cell.id,
      meetingId: null,
      question: verbatim(question),
      options: options.map(verbatim),
      anonymous,
      closesAt,
      createdBy: turn.knownMember.id,
    },
    turn.now,
  );
  turn.reply("binhchon-sent", {
    closesAt: formatInstant(poll.closesAt, turn.services.timeZone),
  });
}

function showOpen(turn: Turn, open: Poll[]): void {
  const parts = open.flatMap((poll): Text[] => {
    const result = pollResult(turn.services, poll);
    return [
      {
        key: "binhchon-open-poll",
        args: {
          question: poll.question,
          total: result.total,
          closesAt: formatInstant(poll.closesAt, turn.services.timeZone),
        },
      },
      ...resultLines(result),
    ];
  });
  turn.say(turn.chat.id, parts, {
    choices: [
      ...open.map((poll) => ({
        label: { key: "binhchon-choice-close", args: { question: poll.question } },
        value: choices.encode("close", { poll: poll.id }),
      })),
      { label: { key: "binhchon-choice-new" }, value: choices.encode("new") },
    ],
  });
}

function closeByHand(turn: Turn, pollId: number): void {
  const poll = turn.services.polls.byId(pollId);
  if (!poll || poll.cellId !== turn.knownMember.cellId) return turn.fail("choice-expired");
  if (poll.state !== "open") return turn.fail("binhchon-already-closed");
  const result = closePoll(turn.services, turn.poster(), poll, turn.now);
  turn.say(turn.chat.id, [
    { key: "binhchon-closed", args: { question: poll.question, total: result.total } },
    ...resultLines(result),
  ]);
}
