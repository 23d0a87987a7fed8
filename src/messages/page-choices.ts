import { type Page, pageOf } from "../domain/one-screen.js";
import type { Text } from "../i18n.js";
import type { Choice } from "./reply.js";

/** "(trang 2/3)" after a header, or nothing when everything fits on one page. */
export function pageMark(page: Page<unknown>): Text | string {
  return page.count > 1
    ? { key: "page-mark", args: { page: page.index + 1, pages: page.count } }
    : "";
}

/** "Next page" while there is one, then back to the first; nothing when there is one page. */
export function pageChoices(page: Page<unknown>, to: (index: number) => string): Choice[] {
  if (page.count <= 1) return [];
  const next = page.index + 1;
  return next < page.count
    ? [
        {
          label: { key: "page-choice-next", args: { page: next + 1, pages: page.count } },
          value: to(next),
        },
      ]
    : [{ label: { key: "page-choice-first" }, value: to(0) }];
}

/** The index of the page that holds the item found, or of the first page if none does. */
export function pageHolding<T>(
  items: readonly T[],
  found: (item: T) => boolean,
  size?: (item: T) => { lines: number; characters: number },
): number {
  const { count } = pageOf(items, 0, size);
  for (let index = 0; index < count; index++) {
    if (pageOf(items, index, size).items.some(found)) return index;
  }
  return 0;
}
