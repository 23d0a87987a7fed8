import { z } from "zod";
import { formatDay, localDay } from "../src/domain/calendar.js";
import { canManageRoster, isCellCommittee, isCounted } from "../src/domain/member-rules.js";
import { matchName } from "../src/domain/names.js";
import {
  checkCollectiveName,
  checkIndividual,
  checkReason,
  limitOf,
  MAX_COLLECTIVE_LENGTH,
  MAX_REASON_LENGTH,
  mayAddOne,
  mayPropose,
  NOMINATION_ROUNDS,
  type NominationRound,
  type NomineeKind,
  overLimit,
  phaseOf,
  type RoundPhase,
  type RoundRule,
  roundOn,
} from "../src/domain/nomination-rules.js";
import { pageOf } from "../src/domain/one-screen.js";
import { clip, foldKey, normalizeLine } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";
import { nominationRoundName } from "../src/messages/nomination-round-name.js";
import { pageChoices, pageMark } from "../src/messages/page-choices.js";
import type { Choice, ReplyExtras } from "../src/messages/reply.js";
import type { Member } from "../src/store/member-store.js";
import type {
  NominationEntry,
  NominationRoundRow,
  RoundRef,
} from "../src/store/nomination-store.js";

const roundSchema = z.enum(NOMINATION_ROUNDS);

/** What a typed message answers: a member's name, a collective's, a reason; or the list being confirmed. */
const stateSchema = z.discriminatedUnion("step", [
  z.object({ step: z.literal("person"), year: z.number().int(), round: roundSchema }),
  z.object({ step: z.literal("collective"), year: z.number().int(), round: roundSchema }),
  z.object({
    step: z.literal("reason"),
    year: z.number().int(),
    round: roundSchema,
    nominee: z.number().int().optional(),
    collective: z.string().optional(),
  }),
  z.object({
    step: z.literal("confirm"),
    year: z.number().int(),
    round: roundSchema,
    picked: z.array(z.number().int()),
  }),
]);
type State = z.infer<typeof stateSchema>;

const choices = choiceCodec("bieuduong", {
  menu: choice("menu"),
  open: choice("open-{round}", { round: roundSchema }),
  person: choice("person-{page}", { page: choiceId }),
  pick: choice("pick-{member}", { member: choiceId }),
  collective: choice("collective"),
  list: choice("list-{page}", { page: choiceId }),
  voting: choice("voting"),
  votingYes: choice("votingyes"),
  ballot: choice("ballot-{page}", { page: choiceId }),
  vote: choice("vote-{nomination}-{page}", { nomination: choiceId, page: choiceId }),
  review: choice("review-{page}", { page: choiceId }),
  select: choice("sel-{nomination}-{page}", { nomination: choiceId, page: choiceId }),
  confirm: choice("confirm"),
  cancel: choice("cancel"),
});
type Chosen = ChoiceOf<typeof choices>;

const roundName = nominationRoundName;
const kindName = (kind: NomineeKind): Text => ({ key: `bieuduong-kind-${kind}` });

/**
 * /bieuduong: around the plan's days (mid-term, year end) the cell committee opens a round of
 * nominations for praise; members propose, in private, a member of the cell or a collective
 * with a short reason; the secretary moves the round to the cell's vote, where each member
 * supports up to as many as the round puts forward, and then confirms the list, up to the
 * plan's numbers, for the committee above. Reasons and votes stay in private chats: a group
 * hears only that a round is open and how many were proposed.
 */
export const bieuduong: Command<Chosen> = {
  name: "bieuduong",
  where: "anywhere",
  who: "member",
  choices,
  run(turn) {
    if (turn.inGroup) return groupStatus(turn);
    showMenu(turn);
  },

  answer(turn, text, stored) {
    const state = stateSchema.safeParse(stored).data;
    if (!state) {
      turn.closeDialog();
      return turn.reply("bieuduong-restart");
    }
    switch (state.step) {
      case "person":
        return answerPerson(turn, text);
      case "collective":
        return answerCollective(turn, text);
      case "reason":
        return answerReason(turn, state, text);
      case "confirm":
        turn.reply("bieuduong-use-choices");
        return showReview(turn, 0);
    }
  },

  resume(turn, stored) {
    const state = stateSchema.safeParse(stored).data;
    const round = state && currentRound(turn);
    if (!state || !round || round.ref.round !== state.round || round.ref.year !== state.year) {
      turn.closeDialog();
      return turn.reply("bieuduong-restart");
    }
    turn.reply("dialog-resumed");
    if (state.step === "person") return showPeople(turn, 0);
    if (state.step === "collective") return askCollective(turn);
    if (state.step === "confirm") return showReview(turn, 0);
    const name = state.nominee === undefined ? (state.collective ?? "") : nameOf(turn, state);
    turn.reply("bieuduong-ask-reason", { name, max: MAX_REASON_LENGTH });
  },

  choose(turn, chosen) {
    switch (chosen.action) {
      case "menu":
        return showMenu(turn);
      case "cancel":
        turn.closeDialog("bieuduong");
        return turn.reply("bieuduong-cancelled");
      case "open":
        return openRound(turn, chosen.round);
      case "person":
        return showPeople(turn, chosen.page);
      case "pick":
        return pickPerson(turn, chosen.member);
      case "collective":
        return askCollective(turn);
      case "list":
        return showList(turn, chosen.page);
      case "voting":
        return askVoting(turn);
      case "votingYes":
        return startVoting(turn);
      case "ballot":
        return showBallot(turn, chosen.page);
      case "vote":
        return toggleVote(turn, chosen.nomination, chosen.page);
      case "review":
        return showReview(turn, chosen.page);
      case "select":
        return toggleSelected(turn, chosen.nomination, chosen.page);
      case "confirm":
        return confirm(turn);
    }
  },
};

/** The round members take part in now, with the plan's rule for it. */
interface Current {
  ref: RoundRef;
  row: NominationRoundRow;
  rule: RoundRule;
  phase: RoundPhase;
}

function currentRound(turn: Turn): Current | undefined {
  const cellId = turn.knownMember.cellId;
  const row = turn.services.nominations.current(cellId, turn.year);
  if (!row) return undefined;
  const ref = { cellId, year: row.year, round: row.round };
  return { ref, row, rule: turn.plan(row.year).nominations[row.round], phase: phaseOf(row) };
}

/** The current round, in the phase a choice needs; else a clear answer, nothing changed. */
function roundIn(turn: Turn, phase: RoundPhase): Current {
  const current = currentRound(turn);
  if (!current) return notOpen(turn);
  if (current.phase !== phase) {
    return turn.fail(phase === "proposing" ? "bieuduong-proposals-ended" : "bieuduong-not-voting", {
      round: roundName(current.ref.round),
    });
  }
  if (phase === "proposing" && !mayPropose(today(turn), current.rule)) {
    return turn.fail("bieuduong-proposals-closed", {
      round: roundName(current.ref.round),
      closes: formatDay(current.rule.closes),
    });
  }
  return current;
}

/** No round in progress: one confirmed already, or none opened this year. */
function notOpen(turn: Turn): never {
  const latest = turn.services.nominations.latest(turn.knownMember.cellId, turn.year);
  if (latest) return turn.fail("bieuduong-already-confirmed", { round: roundName(latest.round) });
  return turn.fail("bieuduong-none-open", datesArgs(turn));
}

const today = (turn: Turn) => localDay(turn.now, turn.services.timeZone);

/** Both rounds' days as the plan sets them, "05/05/2024". */
function datesArgs(turn: Turn): Record<string, string> {
  const { midterm, yearEnd } = turn.plan().nominations;
  return {
    midOpens: formatDay(midterm.opens),
    midCloses: formatDay(midterm.closes),
    endOpens: formatDay(yearEnd.opens),
    endCloses: formatDay(yearEnd.closes),
  };
}

function requireCommittee(turn: Turn): void {
  if (!isCellCommittee(turn.knownMember)) turn.fail("bieuduong-committee-only");
}

function requireManager(turn: Turn): void {
  if (!canManageRoster(turn.knownMember)) turn.fail("bieuduong-manager-only");
}

const privateLink: ReplyExtras = {
  privateLink: { label: { key: "go-private-button" }, command: "bieuduong" },
};

/** In a group: whether a round is open and how many were proposed; nothing else. */
function groupStatus(turn: Turn): void {
  const cellId = turn.knownMember.cellId;
  const { nominations } = turn.services;
  const current = currentRound(turn);
  if (current) {
    const args = {
      round: roundName(current.ref.round),
      count: nominations.countOf(current.ref),
      closes: formatDay(current.rule.closes),
    };
    const key = current.phase === "voting" ? "bieuduong-group-voting" : "bieuduong-group-proposing";
    return turn.reply(key, args, privateLink);
  }
  const latest = nominations.latest(cellId, turn.year);
  if (latest) {
    const confirmed = nominations.confirmed(cellId, latest.year, latest.round);
    return turn.reply("bieuduong-group-confirmed", {
      round: roundName(latest.round),
      ...countsArgs(confirmed),
    });
  }
  turn.reply("bieuduong-group-none", datesArgs(turn));
}

function countsArgs(entries: readonly { kind: NomineeKind }[]) {
  return {
    individuals: entries.filter((e) => e.kind === "individual").length,
    collectives: entries.filter((e) => e.kind === "collective").length,
  };
}

/** In private: what the round in progress lets this person do, or when the next one opens. */
function showMenu(turn: Turn): void {
  const current = currentRound(turn);
  if (!current) return noRound(turn);
  const { ref, rule, phase } = current;
  const member = turn.knownMember;
  const count = turn.services.nominations.countOf(ref);
  const args = {
    round: roundName(ref.round),
    closes: formatDay(rule.closes),
    count,
    individuals: rule.individuals,
    collectives: rule.collectives,
  };
  const committee = isCellCommittee(member);
  const listChoice = option("bieuduong-choice-list", choices.encode("list", { page: 0 }), {
    count,
  });
  if (phase === "proposing") {
    return turn.reply("bieuduong-menu-proposing", args, {
      choices: [
        ...(rule.individuals > 0
          ? [option("bieuduong-choice-person", choices.encode("person", { page: 0 }))]
          : []),
        ...(rule.collectives > 0
          ? [option("bieuduong-choice-collective", choices.encode("collective"))]
          : []),
        ...(committee
          ? [listChoice, option("bieuduong-choice-voting", choices.encode("voting"))]
          : []),
      ],
    });
  }
  turn.reply("bieuduong-menu-voting", args, {
    choices: [
      option("bieuduong-choice-ballot", choices.encode("ballot", { page: 0 })),
      ...(committee ? [listChoice] : []),
      ...(canManageRoster(member)
        ? [option("bieuduong-choice-review", choices.encode("review", { page: 0 }))]
        : []),
    ],
  });
}

function option(key: string, value: string, args?: Text["args"]): Choice {
  return { label: { key, args }, value };
}

/** No round in progress: the committee may open the one whose days these are; others are told when. */
function noRound(turn: Turn): void {
  const { nominations } = turn.services;
  const cellId = turn.knownMember.cellId;
  const rules = turn.plan().nominations;
  const window = roundOn(today(turn), rules);
  const ref = window && { cellId, year: turn.year, round: window };
  if (ref && window && !nominations.round(ref)) {
    const rule = rules[window];
    const args = {
      round: roundName(window),
      opens: formatDay(rule.opens),
      closes: formatDay(rule.closes),
      individuals: rule.individuals,
      collectives: rule.collectives,
    };
    if (!isCellCommittee(turn.knownMember)) return turn.reply("bieuduong-not-opened", args);
    return turn.reply("bieuduong-may-open", args, {
      choices: [option("bieuduong-choice-open", choices.encode("open", { round: window }))],
    });
  }
  const latest = nominations.latest(cellId, turn.year);
  if (latest) {
    const confirmed = nominations.confirmed(cellId, latest.year, latest.round);
    const committee = isCellCommittee(turn.knownMember);
    return turn.say(turn.chat.id, [
      {
        key: "bieuduong-confirmed-summary",
        args: { round: roundName(latest.round), ...countsArgs(confirmed) },
      },
      ...(committee ? confirmed.map(confirmedLine) : []),
      { key: "bieuduong-dates", args: datesArgs(turn) },
    ]);
  }
  turn.reply("bieuduong-outside", datesArgs(turn));
}

const confirmedLine = (entry: NominationEntry): Text => ({
  key: "bieuduong-confirmed-line",
  args: { name: entry.name, kind: kindName(entry.kind) },
});

/** The committee opens the round whose days these are; the groups hear how to take part. */
function openRound(turn: Turn, round: NominationRound): void {
  requireCommittee(turn);
  const rules = turn.plan().nominations;
  if (roundOn(today(turn), rules) !== round) {
    return turn.fail("bieuduong-outside", datesArgs(turn));
  }
  const ref = { cellId: turn.knownMember.cellId, year: turn.year, round };
  if (!turn.services.nominations.open(ref, turn.now)) {
    return turn.fail("bieuduong-already-opened", { round: roundName(round) });
  }
  const rule = rules[round];
  turn.poster().toGroups(
    [
      {
        key: "bieuduong-announce",
        args: {
          round: roundName(round),
          closes: formatDay(rule.closes),
          individuals: rule.individuals,
          collectives: rule.collectives,
        },
      },
    ],
    privateLink,
  );
  turn.reply("bieuduong-opened", { round: roundName(round) });
  showMenu(turn);
}

/** Those a member may propose: the cell's counted members, not themselves, not proposed yet. */
function candidates(turn: Turn, current: Current): Member[] {
  const me = turn.knownMember.id;
  const proposed = turn.services.nominations.nomineesOf(current.ref);
  return roster(turn).filter((m) => m.id !== me && !proposed.has(m.id));
}

function roster(turn: Turn): Member[] {
  return turn.services.members.ofCell(turn.knownMember.cellId, "active").filter(isCounted);
}

/** The roster a page at a time, each a choice; a name may be typed instead. */
function showPeople(turn: Turn, index: number): void {
  const current = roundIn(turn, "proposing");
  if (current.rule.individuals === 0) return turn.fail("bieuduong-none-allowed-individual");
  const { year, round } = current.ref;
  turn.openDialog("bieuduong", { step: "person", year, round } satisfies State);
  const people = candidates(turn, current);
  const page = pageOf(people, index, (m) => ({ lines: 1, characters: m.fullName.length + 8 }));
  turn.reply(
    people.length > 0 ? "bieuduong-ask-person" : "bieuduong-ask-person-none-left",
    people.length > 0 ? { page: pageMark(page) } : undefined,
    {
      choices: [
        ...page.items.map((m) =>
          option("bieuduong-choice-member", choices.encode("pick", { member: m.id }), {
            name: m.fullName,
          }),
        ),
        ...pageChoices(page, (p) => choices.encode("person", { page: p })),
        option("bieuduong-choice-cancel", choices.encode("cancel")),
      ],
    },
  );
}

/** How much of a typed name a refusal says back. */
const ECHOED = 40;

/** A name typed: matched on the cell's roster as /diemdanh does, marks and case aside. */
function answerPerson(turn: Turn, text: string): void {
  const typed = clip(normalizeLine(text), ECHOED);
  if (foldKey(text) === "") return turn.fail("bieuduong-person-empty");
  const found = matchName(text, roster(turn));
  const [only] = found;
  if (!only) return turn.fail("bieuduong-not-in-cell", { name: typed });
  if (found.length === 1) return pickPerson(turn, only.id);
  turn.reply(
    "bieuduong-which",
    { name: typed, count: found.length },
    {
      choices: found.map((m) =>
        option("bieuduong-choice-member", choices.encode("pick", { member: m.id }), {
          name: m.fullName,
        }),
      ),
    },
  );
}

/** A member chosen or typed: checked, then their reason is asked. */
function pickPerson(turn: Turn, memberId: number): void {
  const current = roundIn(turn, "proposing");
  const nominee = turn.services.members.byId(memberId);
  if (!nominee) return turn.fail("choice-expired");
  checkPerson(turn, current, nominee);
  const { year, round } = current.ref;
  turn.openDialog("bieuduong", {
    step: "reason",
    year,
    round,
    nominee: nominee.id,
  } satisfies State);
  turn.reply("bieuduong-ask-reason", { name: nominee.fullName, max: MAX_REASON_LENGTH });
}

function checkPerson(turn: Turn, current: Current, nominee: Member): void {
  const me = turn.knownMember;
  const problem = checkIndividual(
    me,
    { id: nominee.id, cellId: nominee.cellId, counted: isCounted(nominee) },
    turn.services.nominations.nomineesOf(current.ref),
    current.rule,
  );
  if (!problem) return;
  // Someone else's cell is not named back: only that the person is not on this roster.
  const name = problem === "other-cell" ? "" : nominee.fullName;
  turn.fail(`bieuduong-problem-${problem}`, { name });
}

function askCollective(turn: Turn): void {
  const current = roundIn(turn, "proposing");
  if (current.rule.collectives === 0) return turn.fail("bieuduong-none-allowed-collective");
  const { year, round } = current.ref;
  turn.openDialog("bieuduong", { step: "collective", year, round } satisfies State);
  turn.reply(
    "bieuduong-ask-collective",
    { max: MAX_COLLECTIVE_LENGTH },
    {
      choices: [option("bieuduong-choice-cancel", choices.encode("cancel"))],
    },
  );
}

function answerCollective(turn: Turn, text: string): void {
  const current = roundIn(turn, "proposing");
  const name = checkCollectiveName(text);
  if (!name.ok) {
    return turn.fail(`bieuduong-collective-${name.problem}`, {
      max: MAX_COLLECTIVE_LENGTH,
      length: name.length,
    });
  }
  if (turn.services.nominations.hasCollective(current.ref, name.text)) {
    return turn.fail("bieuduong-collective-twice", { name: clip(name.text, ECHOED) });
  }
  const { year, round } = current.ref;
  turn.openDialog("bieuduong", {
    step: "reason",
    year,
    round,
    collective: name.text,
  } satisfies State);
  turn.reply("bieuduong-ask-reason", { name: name.text, max: MAX_REASON_LENGTH });
}

function nameOf(turn: Turn, state: { nominee?: number; collective?: string }): string {
  if (state.nominee === undefined) return state.collective ?? "";
  return turn.services.members.byId(state.nominee)?.fullName ?? "";
}

/** The reason, and the proposal saved: everything is checked again, time has passed. */
function answerReason(turn: Turn, state: Extract<State, { step: "reason" }>, text: string): void {
  const current = roundIn(turn, "proposing");
  if (current.ref.round !== state.round || current.ref.year !== state.year) {
    turn.closeDialog();
    return turn.reply("bieuduong-restart");
  }
  const reason = checkReason(text);
  if (!reason.ok) {
    return turn.fail(`bieuduong-reason-${reason.problem}`, {
      max: MAX_REASON_LENGTH,
      length: reason.length,
    });
  }
  const { nominations, members } = turn.services;
  const proposedBy = turn.knownMember.id;
  let name: string;
  if (state.nominee !== undefined) {
    const nominee = members.byId(state.nominee);
    if (!nominee) return turn.fail("bieuduong-restart");
    checkPerson(turn, current, nominee);
    nominations.propose(
      current.ref,
      { kind: "individual", nomineeId: nominee.id, reason: reason.text, proposedBy },
      turn.now,
    );
    name = nominee.fullName;
  } else {
    const collective = state.collective ?? "";
    if (nominations.hasCollective(current.ref, collective)) {
      return turn.fail("bieuduong-collective-twice", { name: clip(collective, ECHOED) });
    }
    nominations.propose(
      current.ref,
      { kind: "collective", collective, reason: reason.text, proposedBy },
      turn.now,
    );
    name = collective;
  }
  turn.closeDialog();
  turn.reply("bieuduong-proposed", { name, closes: formatDay(current.rule.closes) });
}

/** An entry's lines in a list with reasons: about how much of a screen it takes. */
const entrySize = (entry: NominationEntry) => ({
  lines: 2,
  characters: entry.name.length + entry.reason.length + 40,
});

/** The committee's list: each proposal with its reason and support, never who proposed it. */
function showList(turn: Turn, index: number): void {
  requireCommittee(turn);
  const current = currentRound(turn);
  if (!current) return notOpen(turn);
  const entries = turn.services.nominations.entries(current.ref);
  if (entries.length === 0) return turn.fail("bieuduong-list-empty");
  const page = pageOf(entries, index, entrySize);
  turn.say(
    turn.chat.id,
    [
      {
        key: "bieuduong-list",
        args: { round: roundName(current.ref.round), count: entries.length, page: pageMark(page) },
      },
      ...page.items.map(entryWithReason),
    ],
    {
      choices: [
        ...pageChoices(page, (p) => choices.encode("list", { page: p })),
        option("bieuduong-choice-menu", choices.encode("menu")),
      ],
    },
  );
}

const entryWithReason = (entry: NominationEntry): Text => ({
  key: "bieuduong-entry",
  args: {
    name: entry.name,
    kind: kindName(entry.kind),
    votes: entry.votes,
    reason: entry.reason,
  },
});

function askVoting(turn: Turn): void {
  requireCommittee(turn);
  const current = roundIn(turn, "proposing");
  const count = turn.services.nominations.countOf(current.ref);
  if (count === 0) return turn.fail("bieuduong-list-empty");
  turn.reply(
    "bieuduong-voting-ask",
    { count, round: roundName(current.ref.round) },
    {
      choices: [
        option("bieuduong-choice-voting-yes", choices.encode("votingYes")),
        option("bieuduong-choice-menu", choices.encode("menu")),
      ],
    },
  );
}

/** Proposals end; the cell votes in private. The groups hear the count and where to vote. */
function startVoting(turn: Turn): void {
  requireCommittee(turn);
  const current = currentRound(turn);
  if (!current) return notOpen(turn);
  const count = turn.services.nominations.countOf(current.ref);
  if (count === 0) return turn.fail("bieuduong-list-empty");
  if (!turn.services.nominations.startVoting(current.ref, turn.now)) {
    return turn.fail("bieuduong-proposals-ended", { round: roundName(current.ref.round) });
  }
  const { rule } = current;
  turn.poster().toGroups(
    [
      {
        key: "bieuduong-voting-announce",
        args: {
          round: roundName(current.ref.round),
          count,
          individuals: rule.individuals,
          collectives: rule.collectives,
        },
      },
    ],
    privateLink,
  );
  turn.reply("bieuduong-voting-started");
  showMenu(turn);
}

/** A member's ballot: the proposals without who proposed them, each supported or not. */
function showBallot(turn: Turn, index: number): void {
  const current = roundIn(turn, "voting");
  const me = turn.knownMember.id;
  const { nominations } = turn.services;
  const entries = nominations.entries(current.ref).filter((e) => e.nomineeId !== me);
  const mine = nominations.votesOf(current.ref, me);
  const supported = entries.filter((e) => mine.has(e.id));
  const page = pageOf(entries, index, (e) => ({ lines: 1, characters: e.name.length + 20 }));
  const { rule } = current;
  turn.reply(
    "bieuduong-ballot",
    {
      round: roundName(current.ref.round),
      individuals: rule.individuals,
      collectives: rule.collectives,
      mineIndividuals: countsArgs(supported).individuals,
      mineCollectives: countsArgs(supported).collectives,
      page: pageMark(page),
    },
    {
      choices: [
        ...page.items.map((e) =>
          option(
            mine.has(e.id) ? "bieuduong-choice-supported" : "bieuduong-choice-support",
            choices.encode("vote", { nomination: e.id, page: page.index }),
            { name: e.name, kind: kindName(e.kind) },
          ),
        ),
        ...pageChoices(page, (p) => choices.encode("ballot", { page: p })),
      ],
    },
  );
}

function entryOf(turn: Turn, current: Current, nominationId: number): NominationEntry {
  const entry = turn.services.nominations.entries(current.ref).find((e) => e.id === nominationId);
  return entry ?? turn.fail("choice-expired");
}

/** One support per member per proposal, at most the round's number of each kind; pressed again, taken back. */
function toggleVote(turn: Turn, nominationId: number, index: number): void {
  const current = roundIn(turn, "voting");
  const me = turn.knownMember.id;
  const entry = entryOf(turn, current, nominationId);
  if (entry.nomineeId === me) return turn.fail("bieuduong-vote-self");
  const { nominations } = turn.services;
  if (!nominations.unvote(entry.id, me)) {
    const mine = nominations.votesOf(current.ref, me);
    const entries = nominations.entries(current.ref);
    const ofKind = entries.filter((e) => e.kind === entry.kind && mine.has(e.id)).length;
    if (!mayAddOne(entry.kind, ofKind, current.rule)) {
      return turn.fail("bieuduong-vote-limit", {
        max: limitOf(entry.kind, current.rule),
        kind: kindName(entry.kind),
      });
    }
    nominations.vote(entry.id, me, turn.now);
  }
  showBallot(turn, index);
}

/** The list being confirmed, kept in the secretary's dialog until it is confirmed. */
function pickedOf(turn: Turn, current: Current): number[] {
  const state = stateSchema.safeParse(turn.dialogState("bieuduong")).data;
  const same =
    state?.step === "confirm" &&
    state.round === current.ref.round &&
    state.year === current.ref.year;
  return same ? state.picked : [];
}

/** The secretary's list: support and reasons, each one chosen or not, and the numbers allowed. */
function showReview(turn: Turn, index: number, toggled?: ReadonlySet<number>): void {
  requireManager(turn);
  const current = roundIn(turn, "voting");
  const entries = turn.services.nominations.entries(current.ref);
  const picked = toggled ?? new Set(pickedOf(turn, current));
  const { year, round } = current.ref;
  turn.openDialog("bieuduong", {
    step: "confirm",
    year,
    round,
    picked: [...picked],
  } satisfies State);
  const chosen = countsArgs(entries.filter((e) => picked.has(e.id)));
  const page = pageOf(entries, index, entrySize);
  turn.say(
    turn.chat.id,
    [
      {
        key: "bieuduong-review",
        args: {
          round: roundName(round),
          individuals: current.rule.individuals,
          collectives: current.rule.collectives,
          page: pageMark(page),
        },
      },
      ...page.items.map(entryWithReason),
    ],
    {
      choices: [
        ...page.items.map((e) =>
          option(
            picked.has(e.id) ? "bieuduong-choice-picked" : "bieuduong-choice-unpicked",
            choices.encode("select", { nomination: e.id, page: page.index }),
            { name: e.name, votes: e.votes },
          ),
        ),
        ...pageChoices(page, (p) => choices.encode("review", { page: p })),
        option("bieuduong-choice-confirm", choices.encode("confirm"), {
          chosenIndividuals: chosen.individuals,
          chosenCollectives: chosen.collectives,
        }),
        option("bieuduong-choice-cancel", choices.encode("cancel")),
      ],
    },
  );
}

function toggleSelected(turn: Turn, nominationId: number, index: number): void {
  requireManager(turn);
  const current = roundIn(turn, "voting");
  const entry = entryOf(turn, current, nominationId);
  const picked = new Set(pickedOf(turn, current));
  if (picked.has(entry.id)) {
    picked.delete(entry.id);
  } else {
    const entries = turn.services.nominations.entries(current.ref);
    const ofKind = entries.filter((e) => e.kind === entry.kind && picked.has(e.id)).length;
    if (!mayAddOne(entry.kind, ofKind, current.rule)) {
      return turn.fail("bieuduong-confirm-limit", {
        max: limitOf(entry.kind, current.rule),
        kind: kindName(entry.kind),
      });
    }
    picked.add(entry.id);
  }
  showReview(turn, index, picked);
}

/** The list confirmed, within the plan's numbers; the groups hear only how many. */
function confirm(turn: Turn): void {
  requireManager(turn);
  const current = roundIn(turn, "voting");
  const picked = new Set(pickedOf(turn, current));
  const chosen = turn.services.nominations.entries(current.ref).filter((e) => picked.has(e.id));
  if (chosen.length === 0) return turn.fail("bieuduong-confirm-empty");
  const [over] = overLimit(chosen, current.rule);
  if (over) {
    return turn.fail("bieuduong-confirm-limit", {
      max: limitOf(over, current.rule),
      kind: kindName(over),
    });
  }
  const ids = chosen.map((e) => e.id);
  if (!turn.services.nominations.confirm(current.ref, ids, turn.now)) {
    return turn.fail("choice-expired");
  }
  turn.closeDialog("bieuduong");
  const args = { round: roundName(current.ref.round), ...countsArgs(chosen) };
  turn.poster().toGroups([{ key: "bieuduong-confirmed-announce", args }]);
  turn.say(turn.chat.id, [
    { key: "bieuduong-confirmed-saved", args },
    ...chosen.map(confirmedLine),
  ]);
}
