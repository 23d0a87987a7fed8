import { z } from "zod";
import { formatDay } from "../src/domain/calendar.js";
import { canManageRoster } from "../src/domain/member-rules.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";
import type { Choice } from "../src/messages/reply.js";
import { readPlanDay } from "../src/plan/plan-day.js";
import {
  DAY_STEPS,
  draftDeadlines,
  draftOf,
  EXAMPLE_STEPS,
  freshDraft,
  OPTIONAL_STEPS,
  PLAN_STEPS,
  type PlanDraft,
  type PlanStep,
  planDraftSchema,
  planOfDraft,
  QUARTER_STEPS,
} from "../src/plan/plan-draft.js";
import { PlanFileError, validatePlan } from "../src/plan/plan-file.js";
import {
  checkPlanLine,
  type InputCheck,
  readExamples,
  readPartLabels,
  readYear,
  typedWordFor,
} from "../src/plan/plan-input.js";
import { reviewPlan } from "../src/plan/plan-review.js";
import {
  type Deadline,
  deadlinesOutOfOrder,
  PLAN_LIMITS,
  type Plan,
  SECOND_HALF,
} from "../src/plan/plan-schema.js";
import {
  isDayStep,
  isExampleStep,
  lineLimit,
  stepCurrent,
  stepQuestion,
  stepValue,
} from "../src/plan/plan-steps.js";
import { shippedPlans } from "../src/plan/shipped-plans.js";
import { partLabelsOf } from "../src/plan/stored-plan.js";
import { ALL_CELLS } from "../src/store/plan-store.js";

/** The parts of the plan the review offers to change, each a run of steps. */
const GROUPS = {
  issuer: ["issuedBy"],
  annual: ["annualTopic"],
  quarters: QUARTER_STEPS,
  deadlines: DAY_STEPS,
  labels: ["labels"],
  examples: Object.keys(EXAMPLE_STEPS) as (keyof typeof EXAMPLE_STEPS)[],
} as const satisfies Record<string, readonly PlanStep[]>;
type Group = keyof typeof GROUPS;
const GROUP_NAMES = Object.keys(GROUPS) as Group[];

/** The plan being entered between messages, kept in SQLite like every dialog. */
const stateSchema = z.object({
  /** The committee's id, or ALL_CELLS for a secretary whose cell has no committee. */
  scope: z.number().int(),
  year: z.number().int().optional(),
  step: z.enum([...PLAN_STEPS, "year", "source", "review", "menu"]),
  /** In a run of steps started from the review, the last before going back to it. */
  until: z.enum(PLAN_STEPS).optional(),
  draft: planDraftSchema.optional(),
});
type State = z.infer<typeof stateSchema>;

const choices = choiceCodec("kehoach", {
  year: choice("year-{year}", { year: choiceId }),
  shipped: choice("shipped-{index}", { index: choiceId }),
  current: choice("current"),
  own: choice("own"),
  keep: choice("keep"),
  none: choice("none"),
  suggested: choice("suggested"),
  confirm: choice("confirm"),
  edit: choice("edit"),
  group: choice("group-{group}", { group: z.enum(GROUP_NAMES) }),
  back: choice("back"),
  cancel: choice("cancel"),
});
type Chosen = ChoiceOf<typeof choices>;

/** Who sets the plan, and for whom: a committee's officer for its cells, or a cell's secretary. */
interface Authority {
  scope: number;
  committee?: { id: number; name: string };
  cell?: { id: number; name: string };
}

/**
 * /kehoach: the year's plan, set in private by an officer of a committee for its cells, or by the
 * secretary of a cell under no committee for the plan all such cells follow: a shipped plan, the
 * one in force to change, or one entered step by step; read back on one screen, saved only when
 * confirmed.
 */
export const kehoach: Command<Chosen> = {
  name: "kehoach",
  where: "private",
  who: "anyone",
  // Only committee officers and the secretaries of cells without a committee use it.
  hidden: true,
  choices,
  run(turn) {
    const authority = authorityOf(turn);
    const open = readState(turn.dialogState("kehoach"));
    if (open && open.scope === authority.scope) {
      turn.reply("kehoach-resume");
      return prompt(turn, open, authority);
    }
    const state: State = { scope: authority.scope, step: "year" };
    turn.openDialog("kehoach", state);
    prompt(turn, state, authority);
  },

  answer(turn, text, stored) {
    const state = readState(stored);
    const authority = state && authorityFor(turn, state);
    if (!state || !authority) return;
    if (state.step === "year") {
      const year = readYear(text);
      if (year === undefined) {
        return turn.fail("kehoach-year-unreadable", { year: String(turn.year) });
      }
      return chooseYear(turn, state, authority, year);
    }
    if (state.step === "source" || state.step === "review" || state.step === "menu") {
      turn.reply("kehoach-use-choices");
      return prompt(turn, state, authority);
    }
    const word = typedWordFor(text);
    const offered = word && stepOffers(turn, state, state.step, authority)[word];
    if (word && offered) return apply(turn, state, authority, word);
    take(turn, state, authority, text);
  },

  resume(turn, stored) {
    const state = readState(stored);
    const authority = state && authorityFor(turn, state);
    if (!state || !authority) return;
    turn.reply("kehoach-resume");
    prompt(turn, state, authority);
  },

  choose(turn, chosen) {
    // Buttons stay on old messages: they act on the plan open now, if there is one.
    const state = readState(turn.dialogState("kehoach"));
    if (!state) return turn.fail("choice-expired");
    const authority = authorityFor(turn, state);
    if (!authority) return;
    switch (chosen.action) {
      case "cancel":
        turn.closeDialog();
        return turn.reply("kehoach-cancelled");
      case "year":
        if (state.step !== "year") return turn.fail("choice-expired");
        return chooseYear(turn, state, authority, chosen.year);
      case "shipped":
      case "current":
      case "own":
        return chooseSource(turn, state, authority, chosen);
      case "keep":
      case "none":
      case "suggested":
        return apply(turn, state, authority, chosen.action);
      case "confirm":
        if (state.step !== "review") return turn.fail("choice-expired");
        return save(turn, state, authority);
      case "edit":
      case "back":
        if (state.step !== (chosen.action === "edit" ? "review" : "menu")) {
          return turn.fail("choice-expired");
        }
        return goTo(
          turn,
          { ...state, step: chosen.action === "edit" ? "menu" : "review" },
          authority,
        );
      case "group": {
        if (state.step !== "menu") return turn.fail("choice-expired");
        const steps: readonly PlanStep[] = GROUPS[chosen.group];
        return goTo(turn, { ...state, step: steps[0] ?? "review", until: steps.at(-1) }, authority);
      }
    }
  },
};

function readState(stored: unknown): State | undefined {
  const parsed = stateSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Whom this person sets the plan for. A committee's officer: its cells. A cell's secretary:
 * only if the cell has no committee (a committee's cells follow the committee's plan).
 */
function authorityOf(turn: Turn): Authority {
  const { officers, cells } = turn.services;
  const committeeId = officers.committeeOf(turn.person.id);
  const committee = committeeId === undefined ? undefined : cells.committeeById(committeeId);
  if (committee) return { scope: committee.id, committee };
  const member = turn.member;
  if (member?.role !== "secretary" || !canManageRoster(member)) {
    return turn.fail("kehoach-not-allowed");
  }
  const own = member.cell.committeeId;
  if (own !== null) {
    const name = cells.committeeById(own)?.name ?? "";
    return turn.fail("kehoach-cell-has-committee", { committee: name });
  }
  return { scope: ALL_CELLS, cell: member.cell };
}

/** The authority an open plan was started under, if it still holds; else the plan is closed. */
function authorityFor(turn: Turn, state: State): Authority | undefined {
  const authority = authorityOf(turn);
  if (authority.scope === state.scope) return authority;
  turn.closeDialog();
  turn.reply("kehoach-restart");
  return undefined;
}

/**
 * The plan for all cells is also that of every other cell without a committee (or whose
 * committee has no plan for the year): one cell's secretary may set it only when no other cell
 * follows it. Says so and closes the plan if another does.
 */
function mayChangeShared(turn: Turn, authority: Authority, year: number): boolean {
  if (authority.scope !== ALL_CELLS) return true;
  const others = turn.services.plans
    .cellsFollowingAll(year)
    .filter((id) => id !== authority.cell?.id);
  if (others.length === 0) return true;
  turn.closeDialog();
  turn.reply("kehoach-shared", { count: others.length });
  return false;
}

function chooseYear(turn: Turn, state: State, authority: Authority, year: number): void {
  const typed = String(year);
  const current = String(turn.year);
  const next = String(turn.year + 1);
  if (year < turn.year) return turn.fail("kehoach-year-past", { year: typed, current });
  if (year > turn.year + 1) return turn.fail("kehoach-year-far", { year: typed, next });
  if (!mayChangeShared(turn, authority, year)) return;
  const chosen: State = { scope: state.scope, year, step: "source" };
  if (sources(turn, chosen).length > 0) return goTo(turn, chosen, authority);
  turn.reply("kehoach-start-own", { year: typed, steps: PLAN_STEPS.length });
  goTo(turn, { ...chosen, step: PLAN_STEPS[0], draft: freshDraft(year) }, authority);
}

/** The plans to start from: the shipped ones for the year, and the one saved for the scope. */
function sources(turn: Turn, state: State): Choice[] {
  const year = state.year ?? turn.year;
  const shipped = shippedPlans(year).map(({ plan }, index) => ({
    label: { key: "kehoach-choice-shipped", args: { issuedBy: plan.issuedBy, year: String(year) } },
    value: choices.encode("shipped", { index }),
  }));
  const saved = turn.services.plans.ofScope(state.scope, year);
  const current = saved
    ? [{ label: { key: "kehoach-choice-current" }, value: choices.encode("current") }]
    : [];
  return [...shipped, ...current];
}

function chooseSource(
  turn: Turn,
  state: State,
  authority: Authority,
  chosen: Extract<Chosen, { action: "shipped" | "current" | "own" }>,
): void {
  const year = state.year;
  if (state.step !== "source" || year === undefined) return turn.fail("choice-expired");
  if (chosen.action === "own") {
    return goTo(turn, { ...state, step: PLAN_STEPS[0], draft: freshDraft(year) }, authority);
  }
  const plan =
    chosen.action === "current"
      ? turn.services.plans.ofScope(authority.scope, year)
      : shippedPlans(year)[chosen.index]?.plan;
  if (!plan) return turn.fail("choice-expired");
  goTo(turn, { ...state, step: "review", draft: draftOf(plan) }, authority);
}

/** Saves the state, then asks its question. */
function goTo(turn: Turn, state: State, authority: Authority): void {
  turn.openDialog("kehoach", state);
  prompt(turn, state, authority);
}

function prompt(turn: Turn, state: State, authority: Authority): void {
  const year = state.year ?? turn.year;
  const draft = state.draft ?? freshDraft(year);
  switch (state.step) {
    case "year":
      return turn.reply(
        "kehoach-ask-year",
        { scope: scopeText(turn, authority), year: String(turn.year) },
        {
          choices: [turn.year, turn.year + 1].map((each) => ({
            label: { key: "kehoach-choice-year", args: { year: String(each) } },
            value: choices.encode("year", { year: each }),
          })),
        },
      );
    case "source": {
      const saved = turn.services.plans.ofScope(state.scope, year);
      const parts: Text[] = [{ key: "kehoach-ask-source", args: { year: String(year) } }];
      if (saved) {
        parts.push({
          key: "kehoach-has-plan",
          args: { year: String(year), issuedBy: saved.issuedBy },
        });
      }
      const own = { label: { key: "kehoach-choice-own" }, value: choices.encode("own") };
      return turn.say(turn.chat.id, parts, { choices: [...sources(turn, state), own] });
    }
    case "review": {
      const plan = planOfDraft(draft, year);
      if (!plan) return goTo(turn, { ...state, step: firstUnanswered(draft) }, authority);
      return turn.say(turn.chat.id, reviewPlan(plan, scopeText(turn, authority)), {
        choices: [
          { label: { key: "kehoach-choice-confirm" }, value: choices.encode("confirm") },
          { label: { key: "kehoach-choice-edit" }, value: choices.encode("edit") },
          { label: { key: "kehoach-choice-cancel" }, value: choices.encode("cancel") },
        ],
      });
    }
    case "menu":
      return turn.reply("kehoach-menu", undefined, {
        choices: [
          ...GROUP_NAMES.map((group) => ({
            label: { key: `kehoach-group-${group}` },
            value: choices.encode("group", { group }),
          })),
          { label: { key: "kehoach-choice-back" }, value: choices.encode("back") },
        ],
      });
    default:
      return ask(turn, state, authority, state.step, draft, year);
  }
}

/** The first step a complete plan needs that the draft has not answered. */
function firstUnanswered(draft: PlanDraft): PlanStep {
  return PLAN_STEPS.find((step) => stepValue(draft, step) === undefined) ?? "issuedBy";
}

/** Where the plan applies, as the person setting it reads it. */
function scopeText(turn: Turn, authority: Authority): Text {
  if (authority.committee) {
    const cells = turn.services.cells.cellsOf(authority.committee.id).length;
    const committee = authority.committee.name;
    // A committee just created has no cell yet: "(0 chi bộ)" would read as if none followed.
    if (cells === 0) return { key: "kehoach-scope-committee-none", args: { committee } };
    return { key: "kehoach-scope-committee", args: { committee, cells } };
  }
  return { key: "kehoach-scope-cell", args: { cell: authority.cell?.name ?? "" } };
}

/** One step's question: what it asks, what is written now, and what may be chosen instead. */
function ask(
  turn: Turn,
  state: State,
  authority: Authority,
  step: PlanStep,
  draft: PlanDraft,
  year: number,
): void {
  const parts: Text[] = [
    { key: "kehoach-step", args: { step: PLAN_STEPS.indexOf(step) + 1, steps: PLAN_STEPS.length } },
    stepQuestion(step, draft, year),
    ...stepCurrent(step, draft),
  ];
  const offers = stepOffers(turn, state, step, authority);
  // A day typed as "15/4" would read as two numbers of a list: where a digit answers a list,
  // a date step shows none, and says the words it takes instead.
  if (isDayStep(step) && !turn.platform.hasButtons) {
    if (offers.keep) parts.push({ key: "kehoach-typed-keep" });
    if (offers.none) parts.push({ key: "kehoach-typed-none" });
    parts.push({ key: "kehoach-ask-footer" });
    return turn.say(turn.chat.id, parts);
  }
  parts.push({ key: "kehoach-ask-footer" });
  const shown: Choice[] = [];
  if (offers.keep) shown.push({ label: offers.keep, value: choices.encode("keep") });
  if (offers.none) shown.push({ label: offers.none, value: choices.encode("none") });
  if (offers.suggested) {
    shown.push({ label: offers.suggested, value: choices.encode("suggested") });
  }
  turn.say(turn.chat.id, parts, { choices: shown });
}

/** What a step offers besides typing: keeping what is there, none, or the usual value. */
function stepOffers(
  turn: Turn,
  state: State,
  step: PlanStep,
  authority: Authority,
): Partial<Record<"keep" | "none" | "suggested", Text>> {
  const draft = state.draft ?? freshDraft(state.year ?? turn.year);
  const offers: Partial<Record<"keep" | "none" | "suggested", Text>> = {};
  if (isExampleStep(step)) return { keep: { key: "kehoach-choice-keep-examples" } };
  if (step === "labels") {
    const names = partLabelsOf({});
    offers.keep = { key: "kehoach-choice-keep-labels", args: labelArgs(draft) };
    if (draft.labels) offers.suggested = { key: "kehoach-choice-default-labels", args: names };
    return offers;
  }
  const value = stepValue(draft, step);
  // Where the plan has none, "none" keeps it so, in the words the question uses.
  if (value !== undefined && value !== null) offers.keep = { key: "kehoach-choice-keep" };
  if (OPTIONAL_STEPS.includes(step)) offers.none = { key: "kehoach-choice-none" };
  const committee = authority.committee?.name;
  if (step === "issuedBy" && committee && value !== committee) {
    offers.suggested = { key: "kehoach-choice-issuer", args: { committee } };
  }
  return offers;
}

function labelArgs(draft: PlanDraft): Text["args"] {
  return partLabelsOf({ labels: draft.labels ?? undefined });
}

/** A choice that fills the step without typing: keep, none, or the usual value. */
function apply(
  turn: Turn,
  state: State,
  authority: Authority,
  action: "keep" | "none" | "suggested",
): void {
  const step = state.step;
  const year = state.year;
  if (!(PLAN_STEPS as readonly string[]).includes(step) || year === undefined) {
    return turn.fail("choice-expired");
  }
  const planStep = step as PlanStep;
  if (!stepOffers(turn, state, planStep, authority)[action]) return turn.fail("choice-expired");
  const draft = state.draft ?? freshDraft(year);
  if (action === "keep") {
    // Examples and the parts' names are always there: kept as they are, or as the locale's.
    const kept = planStep === "labels" ? { ...draft, labels: draft.labels ?? null } : draft;
    return advance(turn, state, authority, kept);
  }
  if (action === "none") {
    return set(turn, state, authority, { ...draft, [planStep]: null }, planStep);
  }
  if (planStep === "labels") return advance(turn, state, authority, { ...draft, labels: null });
  advance(turn, state, authority, { ...draft, issuedBy: authority.committee?.name });
}

/** A typed answer to a step, checked as the plan's schema would; refused as it says. */
function take(turn: Turn, state: State, authority: Authority, text: string): void {
  const step = state.step as PlanStep;
  const year = state.year ?? turn.year;
  const draft = state.draft ?? freshDraft(year);
  if (isExampleStep(step)) {
    const part = EXAMPLE_STEPS[step];
    const read = checked(turn, readExamples(text), PLAN_LIMITS.example);
    const examples = { ...draft.examples, [part]: read };
    return advance(turn, state, authority, { ...draft, examples });
  }
  if (step === "labels") {
    const labels = checked(turn, readPartLabels(text), PLAN_LIMITS.partLabel);
    return advance(turn, state, authority, { ...draft, labels });
  }
  if (isDayStep(step)) {
    const read = readPlanDay(text, year);
    if (!read.ok) return turn.fail(`kehoach-date-${read.problem}`, { year: String(year) });
    return set(turn, state, authority, { ...draft, [step]: read.day }, step);
  }
  const max = lineLimit(step);
  const line = checked(turn, checkPlanLine(text, max), max);
  // A summary belongs to the topic it was written for: a new topic leaves it behind.
  const summary = step === "annualTopic" && line !== draft.annualTopic ? undefined : draft.summary;
  set(turn, state, authority, { ...draft, [step]: line, summary }, step);
}

/** The value a check let through, or the refusal it calls for. */
function checked<T>(turn: Turn, check: InputCheck<T>, max: number): T {
  if (check.ok) return check.value;
  const count = check.length ?? 0;
  return turn.fail(`kehoach-answer-${check.problem}`, {
    max,
    length: count,
    count,
    most: PLAN_LIMITS.examples,
  });
}

/** A step's new value, once the deadlines it moves are still in order. */
function set(
  turn: Turn,
  state: State,
  authority: Authority,
  draft: PlanDraft,
  step: PlanStep,
): void {
  if (isDayStep(step)) checkOrder(turn, draft, step);
  advance(turn, state, authority, draft);
}

/** Refuses a day that puts a review before what it reviews (or after, for what comes first). */
function checkOrder(turn: Turn, draft: PlanDraft, step: Deadline): void {
  const days = draftDeadlines(draft);
  // Results are due by the year-end review: it may not come before the day the plan opens them.
  const resultsOpen = draft.secondHalf?.results?.opens;
  const yearEnd = days.yearEndReview;
  if (step === "yearEndReview" && resultsOpen && yearEnd && yearEnd < resultsOpen) {
    turn.fail("kehoach-date-before-results", {
      day: formatDay(yearEnd),
      opens: formatDay(resultsOpen),
    });
  }
  const wrong = deadlinesOutOfOrder(days).find(
    ({ deadline, before }) => deadline === step || before === step,
  );
  if (!wrong) return;
  turn.fail("kehoach-date-too-early", {
    deadline: { key: `kehoach-deadline-${wrong.deadline}` },
    day: formatDay(days[wrong.deadline] ?? ""),
    before: { key: `kehoach-deadline-${wrong.before}` },
    beforeDay: formatDay(days[wrong.before] ?? ""),
  });
}

/** The next step, or the review once the run of steps is over. */
function advance(turn: Turn, state: State, authority: Authority, draft: PlanDraft): void {
  const step = state.step as PlanStep;
  const index = PLAN_STEPS.indexOf(step);
  const last = step === state.until || index === PLAN_STEPS.length - 1;
  const next = last ? "review" : (PLAN_STEPS[index + 1] ?? "review");
  goTo(turn, { ...state, step: next, until: last ? undefined : state.until, draft }, authority);
}

/** Saves the plan read back, in the turn's transaction: all of it, or nothing. */
function save(turn: Turn, state: State, authority: Authority): void {
  const year = state.year;
  const draft = year === undefined || !state.draft ? undefined : planOfDraft(state.draft, year);
  if (year === undefined || !draft) return turn.fail("choice-expired");
  if (year < turn.year) {
    turn.closeDialog();
    return turn.reply("kehoach-year-over", { year: String(year) });
  }
  if (!mayChangeShared(turn, authority, year)) return;
  let plan: Plan;
  try {
    plan = validatePlan(draft, "kehoach");
  } catch (error) {
    if (!(error instanceof PlanFileError)) throw error;
    const where = error.problems[0]?.path.split(".")[0] ?? "";
    return turn.fail("kehoach-invalid", { part: { key: `kehoach-group-${groupOf(where)}` } });
  }
  const { plans, cells } = turn.services;
  plans.import(
    plan,
    authority.committee ? { committeeId: authority.committee.id } : "all",
    turn.now,
  );
  turn.closeDialog();
  if (authority.committee) {
    const count = cells.cellsOf(authority.committee.id).length;
    if (count === 0) {
      return turn.reply("kehoach-saved-committee-none", {
        year: String(year),
        committee: authority.committee.name,
      });
    }
    return turn.reply("kehoach-saved-committee", {
      year: String(year),
      committee: authority.committee.name,
      cells: count,
    });
  }
  turn.reply("kehoach-saved-cell", { year: String(year), cell: authority.cell?.name ?? "" });
}

/** The part of the review a plan file's path falls in ("deadlines.study": the deadlines). */
function groupOf(path: string): Group {
  // The second half is kept as the plan gave it: only a deadline moved here can upset it.
  if ((SECOND_HALF as readonly string[]).includes(path)) return "deadlines";
  const groups: Record<string, Group> = {
    issuedBy: "issuer",
    document: "issuer",
    annualTopic: "annual",
    quarterTopics: "quarters",
    deadlines: "deadlines",
    labels: "labels",
    examples: "examples",
  };
  return groups[path] ?? "annual";
}
