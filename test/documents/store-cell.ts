import type { Cell } from "../../src/store/cell-store.js";
import type { Member } from "../../src/store/member-store.js";
import type { Harness } from "../support/harness.js";

/**
 * "Khu phố 3", made straight in the stores with its group, and a way to put people on its
 * roster: what the documents' tests read from, without a chat before them.
 */
export function storeCell(h: Harness): {
  cell: Cell;
  join: (name: string, role: "secretary" | "member") => Member;
} {
  const { services } = h.app;
  const now = h.clock.now();
  const cell = services.cells.createWithGroup(
    "Khu phố 3",
    { chatId: "console:g", title: "KP3" },
    now,
  );
  const join = (name: string, role: "secretary" | "member") =>
    services.members.create({
      cellId: cell.id,
      fullName: name,
      role,
      roster: "active",
      personId: `console:${name}`,
      displayName: name,
      now,
    });
  return { cell, join };
}
