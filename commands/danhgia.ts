import { z } from "zod";
import { formatDay, localDay } from "../src/domain/calendar.js";
import { COMMITMENT_PARTS } from "../src/domain/commitment-rules.js";
import {
  countAgreed,
  LEVELS,
  type Level,
  levelForText,
  levelInitials,
  topLevelCap,
} from "../src/domain/grading-rules.js";
import {
  canManageRoster,
  isCounted,
  isGraded,
  mustReportResults,
} from "../src/domain/member-rules.js";
import { pageOf } from "../src/domain/one-screen.js";
import { clip } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";
import { pageChoices, pageHolding, pageMark } from "../src/messages/page-choices.js";
import type { Choice } from "../src/messages/reply.js";
import type { Member } from "../src/store/member-store.js";
import type { YearResult } from "../src/store/result-store.js";
import type { AgreedLevel, Review, ReviewEntry } from "../src/store/review-store.js";

const levelSchema = z.enum(LEVELS);

const choices = choiceCodec("danhgia", {
  list: choice("l:{year}:{page}", { year: choiceId, page: choiceId }),
  show: choice("m:{year}:{member}:{page}", { year: choiceId, member: choiceId, page: choiceId }),
  agree: choice("a:{year}:{member}:{level}", {
    year: choiceId,
    member: choiceId,
    level: levelSchema,
  }),
  clear: choice("x:{year}:{member}", { year: choiceId, member: choiceId }),
  summary: choice("s:{year}", { year: choiceId }),
});

/** The member whose results are on screen, so that a level typed rather than chosen is theirs. */
const stateSchema = z.object({ year: z.number().int(), member: z.number().int() });

/**
 * /danhgia: the cell's review of its members' results, in private. The secretary, the deputy
 * and the committee see each member's results and the level they propose; the secretary or
 * deputy records the level the cell agreed, kept apart from the proposed one, also for a member
 * who never reported (one without a chat account cannot). Where the plan caps the top level,
 * chibo warns after each level; it never refuses one.
 */
export const danhgia: Command<ChoiceOf<typeof choices>> = {
  name: "danhgia",
  where: "private",
  who: "committee",
  choices,
  run(turn) {
    const year = typedYear(turn);
    showList(turn, year, 0);
  },

  answer(turn, text, stored) {
    const state = stateSchema.safeParse(stored).data;
    if (!state || !reviewable(turn, state.year)) {
      turn.closeDialog();
      return turn.reply("danhgia-restart");
    }
    const level = levelForText(text, turn.plan(state.year).grading.levels);
    if (level) return agree(turn, state.year, state.member, level);
    const member = memberOfCell(turn, state.member);
    if (!member) {
      turn.closeDialog();
      return turn.reply("danhgia-restart");
    }
    const review = turn.services.reviews.of(member.id, state.year);
    // The level agreed is marked among the choices.
    if (review.agreed) turn.noteRead(turn.knownMember.cell, [member.id], ["level"]);
    turn.reply(
      "danhgia-level-unknown",
      {},
      { choices: levelChoices(turn, state.year, member, review) },
    );
  },

  resume(turn, stored) {
    const state = stateSchema.safeParse(stored).data;
    if (!state || !reviewable(turn, state.year)) return turn.closeDialog();
    showMember(turn, state.year, state.member, 0);
  },

  choose(turn, chosen) {
    // Values are only ever written for this year and the last: anything else is forged or old.
    if (!reviewable(turn, chosen.year)) return turn.fail("choice-expired");
    switch (chosen.action) {
      case "list":
        return showList(turn, chosen.year, chosen.page);
      case "show":
        return showMember(turn, chosen.year, chosen.member, chosen.page);
      case "agree":
        return agree(turn, chosen.year, chosen.member, chosen.level);
      case "clear":
        return clear(turn, chosen.year, chosen.member);
      case "summary":
        return showSummary(turn, chosen.year);
    }
  },
};

/** "/danhgia" is this year; "/danhgia 2024" may name the last one, reviewed in January. */
function typedYear(turn: Turn): number {
  const typed = turn.args.trim();
  const previous = turn.year - 1;
  if (typed === "") return turn.year;
  if (!/^\d{4}$/.test(typed)) return turn.fail("danhgia-usage", { previous: String(previous) });
  const year = Number(typed);
  if (!reviewable(turn, year)) {
    return turn.fail("danhgia-year-out", {
      current: String(turn.year),
      previous: String(previous),
    });
  }
  return year;
}

function reviewable(turn: Turn, year: number): boolean {
  return year === turn.year || year === turn.year - 1;
}

/** Only the secretary and the deputy record the cell's decision; the committee sees it. */
function mayRecord(turn: Turn): boolean {
  return canManageRoster(turn.knownMember);
}

/** A member of the reviewer's cell, on its roster; none for another cell's (a forged value). */
function memberOfCell(turn: Turn, memberId: number): Member | undefined {
  const member = turn.services.members.byId(memberId);
  return member && member.cellId === turn.knownMember.cellId && isCounted(member)
    ? member
    : undefined;
}

/** About how long a list entry reads beside the name: the status and two levels' initials. */
const ENTRY_WORDS = 36;

function entrySize(entry: ReviewEntry): { lines: number; characters: number } {
  return { lines: 1, characters: entry.member.fullName.length + ENTRY_WORDS };
}

function showList(turn: Turn, year: number, index: number): void {
  // A level typed now would be for nobody on screen.
  turn.closeDialog("danhgia");
  const cell = turn.knownMember.cell;
  const entries = turn.services.reviews.entries(cell.id, year);
  const page = pageOf(entries, index, entrySize);
  // Each label shows the level proposed, and the one agreed, of a member graded.
  const levelsShown = page.items.filter(
    (entry) => isGraded(entry.member) && (entry.result || entry.agreed),
  );
  turn.noteRead(
    cell,
    levelsShown.map((entry) => entry.member.id),
    ["level"],
  );
  const reported = entries.filter((entry) => entry.result).length;
  const expected = entries.filter(
    (entry) => entry.result || mustReportResults(entry.member, turn.knownMember.cell),
  ).length;
  const agreed = entries.filter((entry) => entry.agreed).length;
  turn.say(
    turn.chat.id,
    [
      { key: "danhgia-list", args: { year: String(year), cell: cell.name, page: pageMark(page) } },
      { key: "danhgia-list-counts", args: { reported, expected, agreed } },
      { key: mayRecord(turn) ? "danhgia-list-hint-manager" : "danhgia-list-hint-view" },
    ],
    {
      choices: [
        ...page.items.map((entry) => ({
          label: entryLabel(turn, year, entry),
          value: choices.encode("show", { year, member: entry.member.id, page: 0 }),
        })),
        ...pageChoices(page, (p) => choices.encode("list", { year, page: p })),
        { label: { key: "danhgia-choice-summary" }, value: choices.encode("summary", { year }) },
      ],
    },
  );
}

function entryLabel(turn: Turn, year: number, entry: ReviewEntry): Text {
  const { member, result } = entry;
  const name = member.fullName;
  const status = { key: `status-${member.status}` };
  if (!isGraded(member)) return { key: "danhgia-entry-not-graded", args: { name, status } };
  const labels = turn.plan(year).grading.levels;
  const agreed = entry.agreed && levelInitials(labels[entry.agreed.level]);
  if (!result) {
    if (mustReportResults(member, turn.knownMember.cell)) {
      return agreed
        ? { key: "danhgia-entry-missing-agreed", args: { name, agreed } }
        : { key: "danhgia-entry-missing", args: { name } };
    }
    return agreed
      ? { key: "danhgia-entry-exempt-agreed", args: { name, status, agreed } }
      : { key: "danhgia-entry-exempt", args: { name, status } };
  }
  const proposed = levelInitials(labels[result.proposedLevel]);
  if (!agreed) return { key: "danhgia-entry-proposed", args: { name, proposed } };
  return { key: "danhgia-entry-agreed", args: { name, proposed, agreed } };
}

/** How much of a part the review shows: the plan as a reminder, what was done in full or nearly. */
const SHOWN = { plan: 100, text: 400, why: 150 } as const;

function showMember(turn: Turn, year: number, memberId: number, index: number): void {
  const member = memberOfCell(turn, memberId);
  if (!member) return turn.fail("choice-expired");
  const back = backChoice(year, member.id, cellEntries(turn, year));
  const review = turn.services.reviews.of(member.id, year);
  const { result } = review;
  if (!isGraded(member)) {
    turn.closeDialog("danhgia");
    return turn.reply(
      "danhgia-member-not-graded",
      { name: member.fullName, year: String(year) },
      { choices: [back] },
    );
  }
  if (!result) return showUnreported(turn, year, member, review.agreed, back);
  const { timeZone } = turn.services;
  const plan = turn.plan(year);
  const commitment = turn.services.commitments.of(member.id, year);
  // Every page shows some parts of the plan beside their results, and the levels under them.
  turn.noteRead(
    turn.knownMember.cell,
    [member.id],
    commitment ? ["plan", "results", "level"] : ["results", "level"],
  );
  const blocks = COMMITMENT_PARTS.map((part, at) => {
    const { outcome, text, why } = result.parts[part];
    const head = { number: at + 1, label: plan.partLabels[part] };
    const block: Text[] = [
      commitment
        ? { key: "danhgia-part", args: { ...head, plan: clip(commitment[part], SHOWN.plan) } }
        : { key: "danhgia-part-no-plan", args: head },
      {
        key: "danhgia-part-result",
        args: { outcome: { key: `danhgia-outcome-${outcome}` }, text: clip(text, SHOWN.text) },
      },
    ];
    if (why) block.push({ key: "danhgia-part-why", args: { why: clip(why, SHOWN.why) } });
    return block;
  });
  const page = pageOf(blocks, index, (block) => ({
    lines: block.length,
    characters: block.reduce((sum, line) => sum + JSON.stringify(line.args ?? {}).length, 0),
  }));
  const submitted = formatDay(localDay(result.submittedAt, timeZone));
  const results: Text[] = [
    {
      key: "danhgia-member",
      args: { name: member.fullName, year: String(year), day: submitted, page: pageMark(page) },
    },
    ...page.items.flat(),
  ];
  // The levels and their choices in a message of their own, under the results: each fits a
  // screen, and the choices are what the secretary sees last.
  const levels: Text[] = [
    { key: "danhgia-proposed", args: { level: plan.grading.levels[result.proposedLevel] } },
    agreedLine(turn, year, review.agreed),
  ];
  const agreedAt = review.agreed?.at;
  if (agreedAt && result.submittedAt > agreedAt) levels.push({ key: "danhgia-changed-after" });
  const paging = pageChoices(page, (p) =>
    choices.encode("show", { year, member: member.id, page: p }),
  );
  turn.say(turn.chat.id, results);
  offerLevels(turn, year, member, review, levels, [...paging, back]);
}

/**
 * A member who never reported: whether they had to, the cell's level if any, and the levels to
 * record one (a member without a chat account cannot report, and is graded all the same).
 */
function showUnreported(
  turn: Turn,
  year: number,
  member: Member,
  agreed: AgreedLevel | undefined,
  back: Choice,
): void {
  const name = member.fullName;
  if (agreed) turn.noteRead(turn.knownMember.cell, [member.id], ["level"]);
  const lines: Text[] = [
    { key: "danhgia-unreported", args: { name, year: String(year) } },
    mustReportResults(member, turn.knownMember.cell)
      ? { key: "danhgia-unreported-required" }
      : {
          key: "danhgia-unreported-not-required",
          args: { status: { key: `status-${member.status}` } },
        },
    agreedLine(turn, year, agreed),
  ];
  offerLevels(turn, year, member, { result: undefined, agreed }, lines, [back]);
}

/** The levels' message: the four levels to record for those who may, or a word that they may not. */
function offerLevels(
  turn: Turn,
  year: number,
  member: Member,
  review: Review,
  lines: Text[],
  rest: Choice[],
): void {
  if (!mayRecord(turn)) {
    turn.closeDialog("danhgia");
    return turn.say(turn.chat.id, [...lines, { key: "danhgia-view-only" }], { choices: rest });
  }
  // A level typed next is this member's; another command's draft open here is left alone.
  if (!turn.otherDialog("danhgia")) turn.openDialog("danhgia", { year, member: member.id });
  turn.say(turn.chat.id, [...lines, { key: "danhgia-ask-level" }], {
    choices: [...levelChoices(turn, year, member, review), ...rest],
  });
}

function agreedLine(turn: Turn, year: number, agreed: AgreedLevel | undefined): Text {
  if (!agreed) return { key: "danhgia-not-agreed" };
  const { members, timeZone } = turn.services;
  const by = agreed.by === null ? undefined : members.byId(agreed.by);
  return {
    key: "danhgia-agreed",
    args: {
      level: turn.plan(year).grading.levels[agreed.level],
      day: agreed.at ? formatDay(localDay(agreed.at, timeZone)) : "",
      by: by?.fullName ?? "",
    },
  };
}

/** The four levels as the plan names them, the one recorded marked; and taking it back. */
function levelChoices(
  turn: Turn,
  year: number,
  member: Member,
  review = turn.services.reviews.of(member.id, year),
): Choice[] {
  const labels = turn.plan(year).grading.levels;
  const current = review.agreed?.level;
  return [
    ...LEVELS.map((level) => ({
      label: {
        key: level === current ? "danhgia-choice-level-current" : "danhgia-choice-level",
        args: { level: labels[level] },
      },
      value: choices.encode("agree", { year, member: member.id, level }),
    })),
    ...(current
      ? [
          {
            label: { key: "danhgia-choice-clear" },
            value: choices.encode("clear", { year, member: member.id }),
          },
        ]
      : []),
  ];
}

/** The secretary's cell's members with their reviews: read once a turn, passed along. */
function cellEntries(turn: Turn, year: number): ReviewEntry[] {
  return turn.services.reviews.entries(turn.knownMember.cellId, year);
}

/** Back to the page of the list the member is on: the secretary goes on from where they were. */
function backChoice(year: number, memberId: number, entries: readonly ReviewEntry[]): Choice {
  const page = pageHolding(entries, (entry) => entry.member.id === memberId, entrySize);
  return { label: { key: "danhgia-choice-back" }, value: choices.encode("list", { year, page }) };
}

/** Records the cell's level (or changes it), then warns if the plan's cap is passed. */
function agree(turn: Turn, year: number, memberId: number, level: Level): void {
  if (!mayRecord(turn)) return turn.fail("danhgia-managers-only");
  const member = memberOfCell(turn, memberId);
  if (!member) return turn.fail("choice-expired");
  const name = member.fullName;
  if (!isGraded(member)) {
    return turn.fail("danhgia-member-not-graded", { name, year: String(year) });
  }
  const { reviews } = turn.services;
  const { result, agreed } = reviews.of(member.id, year);
  turn.closeDialog("danhgia");
  // The answer says the level agreed before, and the one the member proposed.
  if (result || agreed) turn.noteRead(turn.knownMember.cell, [member.id], ["level"]);
  const labels = turn.plan(year).grading.levels;
  if (agreed?.level === level) {
    const args = { name, level: labels[level] };
    const choices = nextChoices(year, member.id, cellEntries(turn, year));
    return turn.reply("danhgia-unchanged", args, { choices });
  }
  const actor = turn.knownMember;
  if (!reviews.agree(actor.cellId, member.id, year, level, actor.id, turn.now)) {
    return turn.fail("choice-expired");
  }
  const entries = cellEntries(turn, year);
  const parts: Text[] = [savedLine(labels, name, level, result, agreed)];
  const warning = capWarning(turn, year, entries);
  if (warning) parts.push(warning);
  turn.say(turn.chat.id, parts, { choices: nextChoices(year, member.id, entries) });
}

/** What was recorded: the level, the one before it, and the member's own (or that they did not report). */
function savedLine(
  labels: Record<Level, string>,
  name: string,
  level: Level,
  result: YearResult | undefined,
  agreed: AgreedLevel | undefined,
): Text {
  const args = { name, level: labels[level] };
  if (!result) {
    return agreed
      ? { key: "danhgia-changed-unreported", args: { ...args, before: labels[agreed.level] } }
      : { key: "danhgia-saved-unreported", args };
  }
  const proposed = labels[result.proposedLevel];
  return agreed
    ? { key: "danhgia-changed", args: { ...args, before: labels[agreed.level], proposed } }
    : { key: "danhgia-saved", args: { ...args, proposed } };
}

/** Takes back a level recorded by mistake: the member is waiting for the cell again. */
function clear(turn: Turn, year: number, memberId: number): void {
  if (!mayRecord(turn)) return turn.fail("danhgia-managers-only");
  const member = memberOfCell(turn, memberId);
  if (!member) return turn.fail("choice-expired");
  const actor = turn.knownMember;
  const { reviews } = turn.services;
  const reported = reviews.of(member.id, year).result !== undefined;
  if (!reviews.clear(actor.cellId, member.id, year)) return turn.fail("choice-expired");
  turn.closeDialog("danhgia");
  turn.reply(
    reported ? "danhgia-cleared" : "danhgia-cleared-unreported",
    { name: member.fullName },
    { choices: [backChoice(year, member.id, cellEntries(turn, year))] },
  );
}

/**
 * After a level: the next member who waits for the cell (after this one in the list, then from
 * its start; those who reported first), the list, and the counts.
 */
function nextChoices(year: number, memberId: number, entries: readonly ReviewEntry[]): Choice[] {
  const at = entries.findIndex((entry) => entry.member.id === memberId);
  const around = [...entries.slice(at + 1), ...entries.slice(0, at)];
  const ungraded = (entry: ReviewEntry) => isGraded(entry.member) && !entry.agreed;
  const next = around.find((entry) => ungraded(entry) && entry.result) ?? around.find(ungraded);
  return [
    ...(next
      ? [
          {
            label: { key: "danhgia-choice-next", args: { name: next.member.fullName } },
            value: choices.encode("show", { year, member: next.member.id, page: 0 }),
          },
        ]
      : []),
    backChoice(year, memberId, entries),
    { label: { key: "danhgia-choice-summary" }, value: choices.encode("summary", { year }) },
  ];
}

/** The warning when the top level passes the plan's share of the second; nothing otherwise. */
function capWarning(turn: Turn, year: number, entries: readonly ReviewEntry[]): Text | undefined {
  const { grading } = turn.plan(year);
  const counts = agreedCounts(entries);
  const cap = topLevelCap(counts, grading.topShareOfGood);
  if (!cap || cap.over === 0) return undefined;
  return {
    key: "danhgia-cap-warning",
    args: {
      top: grading.levels.excellent,
      good: grading.levels.good,
      excellent: counts.excellent,
      goodCount: counts.good,
      share: `${Math.round((grading.topShareOfGood ?? 0) * 100)}%`,
      allowed: cap.allowed,
      over: cap.over,
    },
  };
}

/** The counts by the level the cell agreed, who is still to grade (and without a report), who is not graded. */
function showSummary(turn: Turn, year: number): void {
  turn.closeDialog("danhgia");
  const cell = turn.knownMember.cell;
  const entries = turn.services.reviews.entries(cell.id, year);
  const counts = agreedCounts(entries);
  const labels = turn.plan(year).grading.levels;
  const ungraded = entries.filter((entry) => isGraded(entry.member) && !entry.agreed);
  const pending = ungraded.length;
  const missing = ungraded.filter((entry) => !entry.result).length;
  const exempt = entries.filter((entry) => !isGraded(entry.member)).length;
  const parts: Text[] = [
    { key: "danhgia-summary", args: { year: String(year), cell: cell.name } },
    ...LEVELS.map((level) => ({
      key: "danhgia-summary-level",
      args: { level: labels[level], count: counts[level] },
    })),
    { key: "danhgia-summary-rest", args: { pending, missing, exempt } },
  ];
  const warning = capWarning(turn, year, entries);
  if (warning) parts.push(warning);
  turn.say(turn.chat.id, parts, {
    choices: [
      { label: { key: "danhgia-choice-back" }, value: choices.encode("list", { year, page: 0 }) },
    ],
  });
}

/** The levels agreed among the entries, of graded members alone (as /baocao counts them). */
function agreedCounts(entries: readonly ReviewEntry[]) {
  return countAgreed(
    entries.map((entry) => ({ member: entry.member, level: entry.agreed?.level })),
  );
}
