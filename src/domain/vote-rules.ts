/** A vote as stored: under the voter's account, or for a secret ballot a hash of it. */
export interface CastVote {
  personId: string;
  votedAt: Date;
}

/**
 * The votes that count: those whose voter is a member of the poll's cell (`memberOf` says whose
 * account a voter key is; undefined for anyone else), one a member. Someone with two accounts
 * (Telegram and Zalo) who voted from both has their latest vote counted.
 */
export function memberVotes<V extends CastVote>(
  votes: readonly V[],
  memberOf: (voter: string) => number | undefined,
): (V & { memberId: number })[] {
  const latest = new Map<number, V & { memberId: number }>();
  for (const vote of votes) {
    const memberId = memberOf(vote.personId);
    if (memberId === undefined) continue;
    const kept = latest.get(memberId);
    if (!kept || vote.votedAt >= kept.votedAt) latest.set(memberId, { ...vote, memberId });
  }
  return [...latest.values()];
}
