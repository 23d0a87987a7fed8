import { formatInstant } from "../domain/calendar.js";
import { POLL_HOURS, tally } from "../domain/poll-rules.js";
import type { PollEvent } from "../engine/incoming.js";
import type { Services } from "../engine/services.js";
import { groupBy } from "../group-by.js";
import type { Text } from "../i18n.js";
import type { Poster } from "../outbox/poster.js";
import { sendableFrom } from "../outbox/sendable-from.js";
import type { NewPoll, Poll } from "../store/poll-store.js";

export const pollAnchor = (pollId: number) => `poll:${pollId}`;

/** What the secretary types becomes a Text shown as typed. */
export const verbatim = (text: string): Text => ({ key: "verbatim", args: { text } });

/** The poll after every meeting: how good it was, anonymous. */
export function meetingPoll(
  services: Services,
  cellId: number,
  meetingId: number,
  now: Date,
): Omit<NewPoll, "createdBy"> {
  return {
    cellId,
    meetingId,
    question: { key: "meeting-poll-question" },
    options: [1, 2, 3, 4].map((level) => ({ key: `meeting-poll-option-${level}` })),
    anonymous: true,
    closesAt: pollClosesAt(services, now),
  };
}

/** A day after the poll can go out: one posted at night is open from the morning on. */
export function pollClosesAt(services: Services, now: Date): Date {
  return new Date(sendableFrom(services, now).getTime() + POLL_HOURS * 3600_000);
}

/** Creates a poll and posts it in the cell's groups: native where there are polls, else numbered. */
export function postPoll(services: Services, poster: Poster, input: NewPoll, now: Date): Poll {
  const poll = services.polls.create(input, now);
  poster.toGroups(
    [
      { key: "poll-post-question", args: { question: poll.question } },
      {
        key: poll.anonymous ? "poll-post-anonymous" : "poll-post-named",
        args: { closesAt: formatInstant(poll.closesAt, services.timeZone) },
      },
    ],
    {
      anchor: pollAnchor(poll.id),
      poll: {
        question: poll.question,
        options: poll.options,
        anonymous: poll.anonymous,
        closesAt: poll.closesAt.toISOString(),
      },
      choices: poll.options.map((option, index) => ({
        label: option,
        value: `bophieu:${poll.id}-${index}`,
      })),
    },
  );
  return poll;
}

export interface PollResult {
  poll: Poll;
  counts: number[];
  total: number;
  /** Who chose what, for polls that are not anonymous; member ids. */
  named: { memberId: number; optionIds: number[] }[];
}

export function pollResult(services: Services, poll: Poll): PollResult {
  const [result] = pollResults(services, [poll]);
  if (!result) throw new Error(`No result for poll ${poll.id}.`);
  return result;
}

/**
 * The results of several polls, as pollResult makes each, from two queries in all rather
 * than two a poll: a report shows a year of them (docs/performance.md).
 */
export function pollResults(services: Services, polls: readonly Poll[]): PollResult[] {
  const votesOf = groupBy(services.polls.votes(polls.map((poll) => poll.id)), (v) => v.pollId);
  const copiesOf = groupBy(
    services.posted.copiesOf(polls.map((poll) => pollAnchor(poll.id))),
    (copy) => copy.anchor,
  );
  return polls.map((poll) => {
    const votes = votesOf.get(poll.id) ?? [];
    const native = (copiesOf.get(pollAnchor(poll.id)) ?? []).flatMap((copy) =>
      copy.pollCounts ? [copy.pollCounts] : [],
    );
    const counts = tally(poll.options.length, votes, native);
    const named = poll.anonymous
      ? []
      : votes.flatMap((v) =>
          v.memberId ? [{ memberId: v.memberId, optionIds: v.optionIds }] : [],
        );
    // One answer a voter: the votes are the voters.
    const total = counts.reduce((sum, count) => sum + count, 0);
    return { poll, counts, total, named };
  });
}

/** "Tốt: 5 (50%)" lines of a result. */
export function resultLines(result: PollResult): Text[] {
  return result.poll.options.map((option, index) => {
    const count = result.counts[index] ?? 0;
    const percent = result.total === 0 ? 0 : Math.round((count * 100) / result.total);
    return { key: "poll-result-line", args: { option, count, percent } };
  });
}

/** Closes a poll, stops the native one, and posts the result in the groups. */
export function closePoll(services: Services, poster: Poster, poll: Poll, now: Date): PollResult {
  const closed = services.polls.close(poll.id, now);
  const result = pollResult(services, closed);
  poster.toGroups(
    [
      { key: "poll-closed-header", args: { question: closed.question, total: result.total } },
      ...resultLines(result),
    ],
    { stopsPoll: pollAnchor(poll.id) },
  );
  return result;
}

/**
 * A vote in a native poll, or its new counts. Votes after the poll closed here are not
 * counted: the result was already announced. Only members of the poll's cell are counted.
 */
export function recordPollEvent(services: Services, event: PollEvent): void {
  const copy = services.posted.byPlatformPoll(event.platformPollId);
  const pollId = copy && Number(copy.anchor.slice("poll:".length));
  const poll = pollId ? services.polls.byId(pollId) : undefined;
  if (poll?.state !== "open") return;
  const now = services.clock.now();
  if (event.kind === "counts") {
    if (poll.anonymous) services.posted.setPollCounts(event.platformPollId, event.counts);
    return;
  }
  const member = services.members.byPerson(event.personId);
  if (!member || member.cellId !== poll.cellId || member.roster !== "active") return;
  services.polls.vote(
    { pollId: poll.id, personId: event.personId, memberId: member.id, optionIds: event.optionIds },
    now,
  );
}
