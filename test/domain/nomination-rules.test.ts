import { describe, expect, it } from "vitest";
import {
  checkCollectiveName,
  checkIndividual,
  checkReason,
  collectiveKey,
  MAX_COLLECTIVE_LENGTH,
  MAX_REASON_LENGTH,
  mayAddOne,
  mayPropose,
  overLimit,
  type RoundRules,
  roundOn,
} from "../../src/domain/nomination-rules.js";

const rules: RoundRules = {
  midterm: { opens: "2024-05-05", closes: "2024-05-15", individuals: 3, collectives: 2 },
  yearEnd: { opens: "2024-12-01", closes: "2024-12-10", individuals: 2, collectives: 0 },
};

describe("which round may be opened on a day", () => {
  it("is the round whose days hold it, first and last day included", () => {
    expect(roundOn("2024-05-04", rules)).toBeUndefined();
    expect(roundOn("2024-05-05", rules)).toBe("midterm");
    expect(roundOn("2024-05-15", rules)).toBe("midterm");
    expect(roundOn("2024-05-16", rules)).toBeUndefined();
    expect(roundOn("2024-12-10", rules)).toBe("yearEnd");
    expect(roundOn("2024-12-31", rules)).toBeUndefined();
  });

  it("takes proposals through the round's last day", () => {
    expect(mayPropose("2024-05-15", rules.midterm)).toBe(true);
    expect(mayPropose("2024-05-16", rules.midterm)).toBe(false);
  });
});

describe("who may be proposed", () => {
  const proposer = { id: 1, cellId: 10 };
  const member = (id: number, cellId = 10, counted = true) => ({ id, cellId, counted });

  it("is a counted member of the same cell, not oneself, once a round", () => {
    expect(checkIndividual(proposer, member(2), new Set(), rules.midterm)).toBeUndefined();
    expect(checkIndividual(proposer, member(1), new Set(), rules.midterm)).toBe("self");
    expect(checkIndividual(proposer, member(3, 11), new Set(), rules.midterm)).toBe("other-cell");
    expect(checkIndividual(proposer, member(4, 10, false), new Set(), rules.midterm)).toBe(
      "other-cell",
    );
    expect(checkIndividual(proposer, member(2), new Set([2]), rules.midterm)).toBe("twice");
  });

  it("is nobody where the round takes no individuals", () => {
    const none = { ...rules.yearEnd, individuals: 0 };
    expect(checkIndividual(proposer, member(2), new Set(), none)).toBe("none-allowed");
  });
});

describe("a collective's name", () => {
  it("folds case, marks and the way it was typed into one key", () => {
    const key = collectiveKey("Tổ dân phố 5");
    expect(collectiveKey("TỔ DÂN PHỐ 5")).toBe(key);
    expect(collectiveKey("to dan pho 5")).toBe(key);
    expect(collectiveKey("To\u0302\u0309 da\u0302n pho\u0302\u0301  5")).toBe(key); // NFD, two spaces
    expect(collectiveKey("Tổ dân phố 6")).not.toBe(key);
  });

  it("is one line of words within the limit", () => {
    expect(checkCollectiveName("  Tổ dân\nphố 5 ")).toEqual({ ok: true, text: "Tổ dân phố 5" });
    expect(checkCollectiveName("   ")).toMatchObject({ ok: false, problem: "empty" });
    expect(checkCollectiveName("12345")).toMatchObject({ ok: false, problem: "no-words" });
    expect(checkCollectiveName("ư".repeat(MAX_COLLECTIVE_LENGTH + 1))).toEqual({
      ok: false,
      problem: "too-long",
      length: MAX_COLLECTIVE_LENGTH + 1,
    });
  });
});

describe("a reason", () => {
  it("is refused empty, without words, or longer than a line or two", () => {
    expect(checkReason("Gương mẫu\n\n\n\nvận động")).toEqual({
      ok: true,
      text: "Gương mẫu\n\nvận động",
    });
    expect(checkReason("\u200b")).toMatchObject({ ok: false, problem: "empty" });
    expect(checkReason("👍👍")).toMatchObject({ ok: false, problem: "no-words" });
    expect(checkReason("a".repeat(MAX_REASON_LENGTH))).toMatchObject({ ok: true });
    expect(checkReason("a".repeat(10_000))).toEqual({
      ok: false,
      problem: "too-long",
      length: 10_000,
    });
  });
});

describe("how many are supported and confirmed", () => {
  it("adds one of a kind only below the round's number of it", () => {
    expect(mayAddOne("individual", 2, rules.midterm)).toBe(true);
    expect(mayAddOne("individual", 3, rules.midterm)).toBe(false);
    expect(mayAddOne("collective", 0, rules.yearEnd)).toBe(false);
  });

  it("names the kinds over the limit", () => {
    const chosen = (individuals: number, collectives: number) => [
      ...Array.from({ length: individuals }, () => ({ kind: "individual" as const })),
      ...Array.from({ length: collectives }, () => ({ kind: "collective" as const })),
    ];
    expect(overLimit(chosen(3, 2), rules.midterm)).toEqual([]);
    expect(overLimit(chosen(4, 2), rules.midterm)).toEqual(["individual"]);
    expect(overLimit(chosen(4, 3), rules.midterm)).toEqual(["individual", "collective"]);
    expect(overLimit(chosen(0, 1), rules.yearEnd)).toEqual(["collective"]);
  });
});
