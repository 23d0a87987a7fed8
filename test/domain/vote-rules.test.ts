import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memberVotes } from "../../src/domain/vote-rules.js";

const at = (minute: number) => new Date(Date.UTC(2024, 4, 6, 2, minute));

describe("memberVotes", () => {
  const accounts = new Map([
    ["tg:1", 10],
    ["zalo:1", 10],
    ["tg:2", 20],
  ]);
  const memberOf = (voter: string) => accounts.get(voter);

  it("drops voters who are no member, and keeps a member's latest vote of two accounts", () => {
    const votes = [
      { personId: "tg:1", votedAt: at(1), optionIds: [0] },
      { personId: "tg:9", votedAt: at(2), optionIds: [1] },
      { personId: "zalo:1", votedAt: at(3), optionIds: [1] },
      { personId: "tg:2", votedAt: at(4), optionIds: [0] },
    ];
    expect(memberVotes(votes, memberOf)).toEqual([
      { personId: "zalo:1", votedAt: at(3), optionIds: [1], memberId: 10 },
      { personId: "tg:2", votedAt: at(4), optionIds: [0], memberId: 20 },
    ]);
    // The order they are read in does not matter.
    expect(memberVotes([...votes].reverse(), memberOf)).toEqual(
      expect.arrayContaining(memberVotes(votes, memberOf)),
    );
  });

  it("never counts more votes than members, nor a vote of someone else", () => {
    const voter = fc.constantFrom("tg:1", "zalo:1", "tg:2", "tg:9", "zalo:9");
    const vote = fc.record({ personId: voter, votedAt: fc.integer({ min: 0, max: 59 }).map(at) });
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 20 }), (votes) => {
        const counted = memberVotes(votes, memberOf);
        const members = counted.map((v) => v.memberId);
        expect(new Set(members).size).toBe(members.length);
        for (const v of counted) {
          expect(accounts.get(v.personId)).toBe(v.memberId);
          // The latest of that member's votes.
          const theirs = votes.filter((other) => accounts.get(other.personId) === v.memberId);
          expect(Math.max(...theirs.map((other) => other.votedAt.getTime()))).toBe(
            v.votedAt.getTime(),
          );
        }
      }),
    );
  });
});
