import { describe, expect, it } from "vitest";
import {
  type CellPolicy,
  isGraded,
  type MemberStatus,
  mustReportResults,
  type RosterState,
} from "../../src/domain/member-rules.js";

const asks: CellPolicy = { retiredRegister: true };
const doesNotAsk: CellPolicy = { retiredRegister: false };
const member = (status: MemberStatus, roster: RosterState = "active") => ({ status, roster });

describe("who is graded (QĐ 366: every member yearly, save those exempt from activities)", () => {
  it("grades full, probationary and retired members", () => {
    expect(isGraded(member("full"))).toBe(true);
    expect(isGraded(member("probationary"))).toBe(true);
    expect(isGraded(member("retired"))).toBe(true);
  });

  it("does not grade the exempt, nor those who moved away or wait for approval", () => {
    expect(isGraded(member("exempt"))).toBe(false);
    expect(isGraded(member("transferred"))).toBe(false);
    expect(isGraded(member("full", "moved"))).toBe(false);
    expect(isGraded(member("full", "pending"))).toBe(false);
  });
});

describe("who must report results (those the cell asks to register)", () => {
  it("asks full and probationary members, whatever the cell decides for the retired", () => {
    for (const policy of [asks, doesNotAsk]) {
      expect(mustReportResults(member("full"), policy)).toBe(true);
      expect(mustReportResults(member("probationary"), policy)).toBe(true);
    }
  });

  it("asks the retired only where the cell asks them to register; graded either way", () => {
    expect(mustReportResults(member("retired"), asks)).toBe(true);
    expect(mustReportResults(member("retired"), doesNotAsk)).toBe(false);
    expect(isGraded(member("retired"))).toBe(true);
  });

  it("never asks the exempt nor those gone", () => {
    for (const policy of [asks, doesNotAsk]) {
      expect(mustReportResults(member("exempt"), policy)).toBe(false);
      expect(mustReportResults(member("transferred"), policy)).toBe(false);
      expect(mustReportResults(member("full", "moved"), policy)).toBe(false);
    }
  });
});
