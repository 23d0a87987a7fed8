/** The two times a cell proposes members and collectives for praise: the mid-term review (19/5) and year end. */
export const NOMINATION_ROUNDS = ["midterm", "yearEnd"] as const;
export type NominationRound = (typeof NOMINATION_ROUNDS)[number];

/** A member of the cell, or a collective (a team, a branch, a household group) named in words. */
export const NOMINEE_KINDS = ["individual", "collective"] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];
