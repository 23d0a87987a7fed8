import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RoundRef } from "../../src/store/nomination-store.js";
import { Harness } from "../support/harness.js";

describe("a round's nominations with their support", () => {
  let h: Harness;
  let midterm: RoundRef;
  let yearEnd: RoundRef;
  let people: number[];

  beforeEach(async () => {
    h = new Harness({ now: "2024-05-06T02:00:00Z" });
    await h.cellWith(["Hùng", "Bảo"]);
    const { members } = h.app.services;
    people = ["Lan", "Hùng", "Bảo"].map((name) => {
      const found = members.byPerson(`console:${name}`);
      if (!found) throw new Error(`no ${name}`);
      return found.id;
    });
    const cellId = members.byPerson("console:Lan")?.cellId ?? 0;
    midterm = { cellId, year: 2024, round: "midterm" };
    yearEnd = { cellId, year: 2024, round: "yearEnd" };
  });
  afterEach(() => h.close());

  it("counts each nomination's own votes, none of another round's", () => {
    const { nominations } = h.app.services;
    const [lan, hung, bao] = people as [number, number, number];
    const now = h.clock.now();
    nominations.open(midterm, now);
    nominations.open(yearEnd, now);
    const propose = (ref: RoundRef, nomineeId: number) =>
      nominations.propose(
        ref,
        { kind: "individual", nomineeId, reason: "Gương mẫu", proposedBy: lan },
        now,
      );
    const hungMid = propose(midterm, hung);
    const baoMid = propose(midterm, bao);
    const collective = nominations.propose(
      midterm,
      { kind: "collective", collective: "Tổ dân phố 3", reason: "Sạch đẹp", proposedBy: hung },
      now,
    );
    const hungEnd = propose(yearEnd, hung);
    for (const voter of [lan, hung, bao]) nominations.vote(hungMid, voter, now);
    nominations.vote(collective, bao, now);
    for (const voter of [lan, bao]) nominations.vote(hungEnd, voter, now);

    const votesOf = (ref: RoundRef) =>
      nominations.entries(ref).map((entry) => [entry.id, entry.name, entry.votes]);
    expect(votesOf(midterm)).toEqual([
      [hungMid, expect.any(String), 3],
      [baoMid, expect.any(String), 0],
      [collective, "Tổ dân phố 3", 1],
    ]);
    expect(votesOf(yearEnd)).toEqual([[hungEnd, expect.any(String), 2]]);
  });

  it("reads the votes by nomination from the key, not every vote of the database", () => {
    const { sqlite } = h.app.database;
    const run: string[] = [];
    const prepare = sqlite.prepare.bind(sqlite);
    const spy = vi.spyOn(sqlite, "prepare").mockImplementation((source: string) => {
      run.push(source);
      return prepare(source);
    });
    h.app.services.nominations.entries(midterm);
    spy.mockRestore();
    const query = run.find((source) => source.includes("nomination_votes"));
    if (!query) throw new Error("entries read no votes");
    const plan = sqlite.prepare(`explain query plan ${query}`).all(2024, "midterm", 1);
    const details = (plan as { detail: string }[]).map((row) => row.detail);
    expect(details.join("\n")).toMatch(/SEARCH nomination_votes USING (COVERING )?INDEX/);
    expect(details.some((detail) => /SCAN nomination_votes/.test(detail))).toBe(false);
  });
});
