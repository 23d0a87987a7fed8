/**
 * A meeting's quality as provinces score it (Hướng dẫn 12-HD/BTCTW, 2018: the share attending,
 * at least 90 minutes, the content prepared; scored out of 100 and ranked Tốt, Khá, Trung bình,
 * Kém): its attendance, its length, whether its agenda opens with the year's campaign, and the
 * poll members answer after it. Every weight, band, word and name is the plan's
 * (`meetingQuality`); none is here.
 */
import { agendaItems } from "./materials-rules.js";
import { clip, foldKey, normalizeLine } from "./text.js";

/** The answers of the poll after a meeting, in the order it asks them (meeting-poll-option-1…4). */
export const POLL_ANSWERS = ["good", "fair", "average", "poor"] as const;
export type PollAnswer = (typeof POLL_ANSWERS)[number];

/** Points from this share up: the highest band a share reaches gives its points. */
export interface Band {
  from: number;
  points: number;
}

/** How a plan scores meetings (the plan's `meetingQuality`). */
export interface QualityRules {
  /** The share of counted members present. */
  attendance: readonly Band[];
  /** The length as a share of the minimum the cell's settings give (90 minutes, 120 combined). */
  length: readonly Band[];
  /** The agenda's first item names the campaign: any of the words, matched without diacritics. */
  agenda: { words: readonly string[]; points: number };
  /** Each answer's points; the poll's are the average over the votes. */
  poll: Readonly<Record<PollAnswer, number>>;
  /** The level from this score (of 100) up; below them all, the lowest. */
  levels: readonly { from: number; name: string }[];
}

/** What is known of a meeting once it is over. */
export interface MeetingFacts {
  present: number;
  /** Present and absent: the exempt are not counted. */
  counted: number;
  /** From the start to the end the secretary gave, else the scheduled end. */
  minutes: number;
  /** The cell's minimum for the meeting's kind. */
  minimumMinutes: number;
  /** The agenda as the secretary attached it, one item a line; undefined: none attached. */
  agenda: string | undefined;
  /** The votes for each answer, in POLL_ANSWERS' order; null: no poll was asked. */
  poll: { counts: readonly number[]; open: boolean } | null;
}

export interface PartScore {
  points: number;
  max: number;
}

/** The longest first item a document repeats: a heading, not the agenda. */
const MAX_FIRST_ITEM = 200;

export interface MeetingQuality {
  /** Null: no one was counted, so there is no share to score. */
  attendance: ({ present: number; counted: number; rate: number } & PartScore) | null;
  length: { minutes: number; minimum: number } & PartScore;
  /** firstItem (clipped) null: no agenda was attached, and it scores nothing. */
  agenda: { firstItem: string | null; names: boolean } & PartScore;
  /** A poll with no final votes is left out of the score, said so. */
  poll: { state: "scored"; votes: number } | { state: "none" | "open" | "no-votes" };
  pollScore: PartScore | null;
  /** The points of the parts known, and what they could have been. */
  total: PartScore;
  /** Out of 100, over the parts known, one decimal; null when they are worth nothing. */
  score: number | null;
  level: string | null;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The points of the highest band the value reaches; none reached: none. */
function bandPoints(bands: readonly Band[], value: number): number {
  const reached = bands.filter((band) => value >= band.from);
  return reached.length === 0 ? 0 : Math.max(...reached.map((band) => band.points));
}

const bandsMax = (bands: readonly Band[]) => Math.max(0, ...bands.map((band) => band.points));

/** Words only, folded: "Học tập, làm theo…" and "hoc tap  lam theo" read alike. */
const wordsOf = (text: string) =>
  foldKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The agenda's first item with words, tidied; undefined when there is none. */
export function firstItem(agenda: string | undefined): string | undefined {
  return agendaItems(agenda)
    .map(normalizeLine)
    .find((item) => wordsOf(item) !== "");
}

/** Whether a line holds any of the words, whole, whatever their marks and case. */
export function namesAny(line: string, words: readonly string[]): boolean {
  const haystack = ` ${wordsOf(line)} `;
  return words.some((word) => {
    const needle = wordsOf(word);
    return needle !== "" && haystack.includes(` ${needle} `);
  });
}

/** The level a score reaches: the highest `from` at or under it, else the lowest level. */
export function levelOf(levels: QualityRules["levels"], score: number): string | null {
  const sorted = [...levels].sort((a, b) => b.from - a.from);
  return (sorted.find((level) => score >= level.from) ?? sorted.at(-1))?.name ?? null;
}

function pollPart(
  rules: QualityRules,
  poll: MeetingFacts["poll"],
): Pick<MeetingQuality, "poll" | "pollScore"> {
  if (!poll) return { poll: { state: "none" }, pollScore: null };
  if (poll.open) return { poll: { state: "open" }, pollScore: null };
  const votes = poll.counts.reduce((sum, count) => sum + count, 0);
  if (votes === 0) return { poll: { state: "no-votes" }, pollScore: null };
  const earned = POLL_ANSWERS.reduce(
    (sum, answer, i) => sum + (poll.counts[i] ?? 0) * rules.poll[answer],
    0,
  );
  const max = Math.max(0, ...POLL_ANSWERS.map((answer) => rules.poll[answer]));
  return { poll: { state: "scored", votes }, pollScore: { points: round1(earned / votes), max } };
}

/**
 * A meeting's score. A part with nothing to go on (no one counted, no final poll) is left out,
 * and the score is out of 100 over the others; a missing agenda is known, and scores nothing.
 */
export function meetingQuality(rules: QualityRules, facts: MeetingFacts): MeetingQuality {
  const attendance =
    facts.counted > 0
      ? {
          present: facts.present,
          counted: facts.counted,
          rate: facts.present / facts.counted,
          points: bandPoints(rules.attendance, facts.present / facts.counted),
          max: bandsMax(rules.attendance),
        }
      : null;
  const share = facts.minimumMinutes > 0 ? facts.minutes / facts.minimumMinutes : 1;
  const length = {
    minutes: facts.minutes,
    minimum: facts.minimumMinutes,
    points: bandPoints(rules.length, share),
    max: bandsMax(rules.length),
  };
  const first = firstItem(facts.agenda);
  const names = first !== undefined && namesAny(first, rules.agenda.words);
  const agenda = {
    firstItem: first === undefined ? null : clip(first, MAX_FIRST_ITEM),
    names,
    points: names ? rules.agenda.points : 0,
    max: rules.agenda.points,
  };
  const { poll, pollScore } = pollPart(rules, facts.poll);
  const parts = [attendance, length, agenda, pollScore].filter((part) => part !== null);
  const max = parts.reduce((sum, part) => sum + part.max, 0);
  const points = parts.reduce((sum, part) => sum + part.points, 0);
  const score = max > 0 ? round1((points * 100) / max) : null;
  return {
    attendance,
    length,
    agenda,
    poll,
    pollScore,
    total: { points: round1(points), max },
    score,
    level: score === null ? null : levelOf(rules.levels, score),
  };
}

/** A period's meetings: how many, the share present over all of them, their average score. */
export interface PeriodQuality {
  meetings: number;
  /**
   * The share present over the period: those present at all its meetings over those counted
   * at them, as the committee's roll-up pools a cell's year, so that the two agree and a
   * meeting of three counts as three, not as one meeting of thirty. Null: no one counted.
   */
  attendance: number | null;
  /** The average of the scores; null: no meeting has one. */
  score: number | null;
  level: string | null;
}

export function periodQuality(
  rules: Pick<QualityRules, "levels">,
  meetings: readonly MeetingQuality[],
): PeriodQuality {
  const average = (values: number[]) =>
    values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
  const present = meetings.reduce((sum, m) => sum + (m.attendance?.present ?? 0), 0);
  const counted = meetings.reduce((sum, m) => sum + (m.attendance?.counted ?? 0), 0);
  const attendance = counted > 0 ? present / counted : null;
  const mean = average(meetings.flatMap((m) => (m.score === null ? [] : [m.score])));
  const score = mean === null ? null : round1(mean);
  return {
    meetings: meetings.length,
    attendance,
    score,
    level: score === null ? null : levelOf(rules.levels, score),
  };
}
