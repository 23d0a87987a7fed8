import { formatInstant } from "../domain/calendar.js";
import { HOUR_MS } from "../domain/durations.js";
import { POLL_ANSWERS } from "../domain/meeting-quality.js";
import { isCounted } from "../domain/member-rules.js";
import { POLL_HOURS, tally } from "../domain/poll-rules.js";
import { memberVotes } from "../domain/vote-rules.js";
import { groupBy } from "../group-by.js";
import type { Text } from "../i18n.js";
import { bophieuChoices } from "../messages/choice-values.js";
import type { PollEvent } from "../messages/incoming.js";
import type { Choice } from "../messages/reply.js";
import { Poster } from "../outbox/poster.js";
import { sendableFrom } from "../outbox/sendable-from.js";
import type { NewPoll, Poll, PollVote } from "../store/poll-store.js";
import type { Services } from "../store/services.js";

export const pollAnchor = (pollId: number) => `poll:${pollId}`;
const pollIdOf = (anchor: string | undefined) => /^poll:(\d+)$/.exec(anchor ?? "")?.[1];

/** What the secretary types becomes a Text shown as typed. */
export const verbatim = (text: string): Text => ({ key: "verbatim", args: { text } });

/**
 * The poll after every meeting: how good it was, a secret ballot. Its answers are those the
 * plan gives points for (POLL_ANSWERS), in that order.
 */
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
    options: POLL_ANSWERS.map((_, i) => ({ key: `meeting-poll-option-${i + 1}` })),
    anonymous: true,
    closesAt: pollClosesAt(services, now),
  };
}

/** A day after the poll can go out: one posted at night is open from the morning on. */
export function pollClosesAt(services: Services, now: Date): Date {
  return new Date(sendableFrom(services, now).getTime() + POLL_HOURS * HOUR_MS);
}

/**
 * Creates a poll and posts it in the cell's groups. A named poll is the platform's own, where
 * it has one (voters are seen by the whole group there, as the secretary chose); elsewhere
 * numbered. A secret ballot is cast in the private chat with chibo: an anonymous native poll
 * counts anyone who taps it, a named one shows every voter to the group, and a number typed
 * in a Zalo group is read by all.
 */
export function postPoll(services: Services, poster: Poster, input: NewPoll, now: Date): Poll {
  const poll = services.polls.create(input, now);
  const closesAt = formatInstant(poll.closesAt, services.timeZone);
  const question: Text = { key: "poll-post-question", args: { question: poll.question } };
  if (poll.anonymous) {
    poster.toGroups([question, { key: "poll-post-secret", args: { closesAt } }], {
      privateLink: {
        label: { key: "poll-vote-button" },
        command: "bophieu",
        argument: String(poll.id),
      },
    });
    return poll;
  }
  poster.toGroups([question, { key: "poll-post-named", args: { closesAt } }], {
    anchor: pollAnchor(poll.id),
    poll: {
      question: poll.question,
      options: poll.options,
      closesAt: poll.closesAt.toISOString(),
    },
    choices: voteChoices(poll),
  });
  return poll;
}

/**
 * A group's platform refused a poll for good (Telegram counts a question's length its own
 * way, and may refuse for reasons chibo cannot foresee): its creator is told in private. A
 * poll that reached no other group is closed unseen, so no one waits on it.
 */
export function pollRefused(services: Services, anchor: string | undefined, now: Date): void {
  const id = pollIdOf(anchor);
  const poll = id === undefined ? undefined : services.polls.byId(Number(id));
  if (poll?.state !== "open" || poll.createdBy === null) return;
  const alone = services.cells.activeGroups(poll.cellId).length <= 1;
  if (alone) services.polls.close(poll.id, now);
  new Poster(services, poll.cellId).toMember(poll.createdBy, [
    { key: "poll-refused", args: { question: poll.question } },
    { key: alone ? "poll-refused-closed" : "poll-refused-elsewhere" },
  ]);
}

/** A poll's options as choices: numbered where the platform has no polls, and on a ballot. */
export function voteChoices(poll: Poll): Choice[] {
  return poll.options.map((option, index) => ({
    label: option,
    value: bophieuChoices.encode("vote", { poll: poll.id, option: index }),
  }));
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
 * The results of several polls, as pollResult makes each, from few queries rather than two a
 * poll: a report shows a year of them (docs/performance.md). Only members' votes count, one
 * each; a closed poll's votes were sorted so at its close and are kept as they were then.
 */
export function pollResults(services: Services, polls: readonly Poll[]): PollResult[] {
  const votesOf = groupBy(services.polls.votes(polls.map((poll) => poll.id)), (v) => v.pollId);
  return polls.map((poll) => {
    const stored = votesOf.get(poll.id) ?? [];
    const votes = poll.state === "open" ? countedVotes(services, poll, stored) : stored;
    const counts = tally(poll.options.length, votes);
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

/**
 * The votes of an open poll that count: cast by the cell's members as the roster stands now,
 * one each. A secret ballot's voter keys are matched through the poll's salt, still known.
 */
function countedVotes(services: Services, poll: Poll, votes: readonly PollVote[]): PollVote[] {
  const { polls } = services;
  const memberOf = new Map<string, number>();
  for (const account of polls.accountsOf(poll.cellId)) {
    if (isCounted(account)) memberOf.set(polls.voterKey(poll, account.personId), account.memberId);
  }
  return memberVotes(votes, (voter) => memberOf.get(voter)).map((vote) => ({
    ...vote,
    // Who chose what stays unknown for a secret ballot, even here.
    memberId: poll.anonymous ? null : vote.memberId,
  }));
}

/** "Tốt: 5 (50%)" lines of a result. */
export function resultLines(result: PollResult): Text[] {
  return result.poll.options.map((option, index) => {
    const count = result.counts[index] ?? 0;
    const percent = result.total === 0 ? 0 : Math.round((count * 100) / result.total);
    return { key: "poll-result-line", args: { option, count, percent } };
  });
}

/**
 * Closes a poll, stops the native one, and posts the result in the groups. Only the votes that
 * count are kept: once the salt is gone, a secret ballot's voters can no longer be told apart.
 */
export function closePoll(services: Services, poster: Poster, poll: Poll, now: Date): PollResult {
  const counted = countedVotes(services, poll, services.polls.votes([poll.id]));
  services.polls.keepVotes(
    poll.id,
    counted.map((vote) => vote.personId),
  );
  const closed = services.polls.close(poll.id, now);
  const result = pollResult(services, closed);
  poster.toGroups(
    [
      { key: "poll-closed-header", args: { question: closed.question, total: result.total } },
      ...resultLines(result),
    ],
    // Where no native poll was posted under it (a secret ballot), there is nothing to stop.
    { stopsPoll: pollAnchor(poll.id) },
  );
  return result;
}

/**
 * A vote in a native poll. Votes after the poll closed here are not counted: the result was
 * already announced. Only members of the poll's cell are recorded.
 */
export function recordPollEvent(services: Services, event: PollEvent): void {
  const copy = services.posted.byPlatformPoll(event.platformPollId);
  const pollId = copy && Number(copy.anchor.slice("poll:".length));
  const poll = pollId ? services.polls.byId(pollId) : undefined;
  if (poll?.state !== "open" || poll.anonymous) return;
  const member = services.members.byPerson(event.personId);
  if (!member || member.cellId !== poll.cellId || !isCounted(member)) return;
  services.polls.vote(
    { pollId: poll.id, personId: event.personId, memberId: member.id, optionIds: event.optionIds },
    services.clock.now(),
  );
}
