/** How many names a summary line lists (who has not registered, who is at a threshold). */
export const NAMES_IN_SUMMARY = 8;
