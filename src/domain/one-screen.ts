/**
 * What one phone screen holds, for members of 50-70 reading slowly: every reply, on every
 * platform, fits in this many lines and characters. Longer lists are paged ("Xem tiếp").
 */
export const ONE_SCREEN = { lines: 15, characters: 1000 } as const;

/** Whether a message as the person reads it fits on one screen. */
export function fitsOneScreen(text: string): boolean {
  return text.length <= ONE_SCREEN.characters && text.split("\n").length <= ONE_SCREEN.lines;
}

/**
 * One page of a longer list: at most this many lines of items and about this many
 * characters, leaving room on the screen for a header and the choices to go on.
 */
export const PAGE = { lines: 8, characters: 700 } as const;

export interface Page<T> {
  items: T[];
  /** From 0; a page asked beyond the last is the last. */
  index: number;
  count: number;
}

/**
 * Cuts a list into pages within PAGE, by each item's lines and characters, and gives the one
 * asked for. An item larger than a page has a page of its own.
 */
export function pageOf<T>(
  items: readonly T[],
  index: number,
  size: (item: T) => { lines: number; characters: number } = () => ({ lines: 1, characters: 0 }),
): Page<T> {
  const pages: T[][] = [[]];
  let lines = 0;
  let characters = 0;
  for (const item of items) {
    const each = size(item);
    const current = pages.at(-1) ?? [];
    const full =
      current.length > 0 &&
      (lines + each.lines > PAGE.lines || characters + each.characters > PAGE.characters);
    if (full) {
      pages.push([item]);
      lines = each.lines;
      characters = each.characters;
    } else {
      current.push(item);
      lines += each.lines;
      characters += each.characters;
    }
  }
  const last = Math.min(Math.max(index, 0), pages.length - 1);
  return { items: pages[last] ?? [], index: last, count: pages.length };
}
