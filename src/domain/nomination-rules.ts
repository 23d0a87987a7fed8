import type { LocalDay } from "./calendar.js";
import { foldKey, hasWords, normalizeLine, normalizeText, visibleLength } from "./text.js";

/** The two times a cell proposes members and collectives for praise: the mid-term review (19/5) and year end. */
export const NOMINATION_ROUNDS = ["midterm", "yearEnd"] as const;
export type NominationRound = (typeof NOMINATION_ROUNDS)[number];

/** A member of the cell, or a collective (a team, a branch, a household group) named in words. */
export const NOMINEE_KINDS = ["individual", "collective"] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

/** A round as the plan sets it: proposals from `opens`, confirmed by `closes`, up to these counts. */
export interface RoundRule {
  opens: LocalDay;
  closes: LocalDay;
  individuals: number;
  collectives: number;
}

export type RoundRules = Record<NominationRound, RoundRule>;

/** A reason is a line or two of achievements, as a nomination list prints it, not an essay. */
export const MAX_REASON_LENGTH = 300;
/** A collective's name ("Tổ dân phố 5", "Chi hội Cựu chiến binh khu phố 3"). */
export const MAX_COLLECTIVE_LENGTH = 120;

/** The round that may be opened on a day: the one whose days hold it, if any. */
export function roundOn(day: LocalDay, rules: RoundRules): NominationRound | undefined {
  return NOMINATION_ROUNDS.find((round) => rules[round].opens <= day && day <= rules[round].closes);
}

/** Proposals are taken through the round's last day. */
export function mayPropose(day: LocalDay, rule: RoundRule): boolean {
  return day <= rule.closes;
}

/** How many of a kind a round puts forward. */
export function limitOf(kind: NomineeKind, rule: RoundRule): number {
  return kind === "individual" ? rule.individuals : rule.collectives;
}

/** Who a member may propose: a member counted on the roster of the cell, not themselves. */
export interface NomineeCandidate {
  id: number;
  cellId: number;
  counted: boolean;
}

export type ProposalProblem = "self" | "other-cell" | "twice" | "none-allowed";

/**
 * Whether a member may be proposed: not by themselves, not from outside the cell (nor one who
 * has left it), not twice in a round, and not where the round takes no individuals.
 */
export function checkIndividual(
  proposer: { id: number; cellId: number },
  nominee: NomineeCandidate,
  proposed: ReadonlySet<number>,
  rule: RoundRule,
): ProposalProblem | undefined {
  if (nominee.id === proposer.id) return "self";
  if (nominee.cellId !== proposer.cellId || !nominee.counted) return "other-cell";
  if (proposed.has(nominee.id)) return "twice";
  if (rule.individuals === 0) return "none-allowed";
  return undefined;
}

/** The key two spellings of a collective share: "Tổ Dân Phố 5" and "to dan pho 5". */
export function collectiveKey(name: string): string {
  return foldKey(name);
}

export type TextCheck =
  | { ok: true; text: string }
  | { ok: false; problem: "empty" | "no-words" | "too-long"; length: number };

/** A collective's name as typed: one line, words, not too long. */
export function checkCollectiveName(raw: string): TextCheck {
  return checkText(normalizeLine(raw), MAX_COLLECTIVE_LENGTH);
}

/** The reason given with a proposal. */
export function checkReason(raw: string): TextCheck {
  return checkText(normalizeText(raw), MAX_REASON_LENGTH);
}

function checkText(text: string, max: number): TextCheck {
  const length = visibleLength(text);
  if (length === 0) return { ok: false, problem: "empty", length };
  // A bare "2" is a digit meant for a numbered list, not a name or a reason.
  if (!hasWords(text) || !/\p{L}/u.test(text)) return { ok: false, problem: "no-words", length };
  if (length > max) return { ok: false, problem: "too-long", length };
  return { ok: true, text };
}

/**
 * Whether one more of a kind may be chosen: a member supports, and the secretary confirms, at
 * most as many as the round puts forward.
 */
export function mayAddOne(kind: NomineeKind, chosenOfKind: number, rule: RoundRule): boolean {
  return chosenOfKind < limitOf(kind, rule);
}

/** The kinds of which more are chosen than the round puts forward: none, or what to cut. */
export function overLimit(
  chosen: readonly { kind: NomineeKind }[],
  rule: RoundRule,
): NomineeKind[] {
  return NOMINEE_KINDS.filter(
    (kind) => chosen.filter((c) => c.kind === kind).length > limitOf(kind, rule),
  );
}

/** Where a round is: taking proposals, voting, or its list confirmed. */
export type RoundPhase = "proposing" | "voting" | "confirmed";

/** A round's phase from when it went to the vote and when its list was confirmed. */
export function phaseOf(round: { votingAt: Date | null; confirmedAt: Date | null }): RoundPhase {
  if (round.confirmedAt) return "confirmed";
  return round.votingAt ? "voting" : "proposing";
}
