import { afterEach, expect, it } from "vitest";
import { memberRows } from "../../src/db/personal-data.js";
import { Harness } from "../support/harness.js";
import { member } from "./data-reads-cell.js";

let h: Harness;
afterEach(() => h?.close());

it("gives a member who read their data, but not an officer's chat account", async () => {
  h = new Harness();
  await h.cellWith(["Hùng"]);
  const hung = member(h, "Hùng");
  const { dataReads, members } = h.app.services;
  const officer = "telegram:987654321";
  dataReads.record({
    reader: { role: "officer", personId: officer },
    cellId: hung.cellId,
    memberIds: [hung.id],
    kinds: ["level"],
    channel: "file",
    now: h.clock.now(),
  });

  const rows = memberRows(h.app.database.db, hung.id, members.personIds(hung.id));

  expect(rows.data_reads).toEqual([
    expect.objectContaining({ readerRole: "officer", kind: "level", channel: "file" }),
  ]);
  expect(JSON.stringify(rows)).not.toContain(officer);
});
