import { describe, expect, it } from "vitest";
import {
  type CellPolicy,
  canManageRoster,
  isCellCommittee,
  isCounted,
  type MemberStatus,
  registrationDuty,
} from "../../src/domain/member-rules.js";

const retiredRegister: CellPolicy = { retiredRegister: true };
const retiredExempt: CellPolicy = { retiredRegister: false };

describe("registrationDuty", () => {
  const active = (status: MemberStatus) => ({ status, roster: "active" as const });

  it("requires full and probationary members to register", () => {
    for (const policy of [retiredRegister, retiredExempt]) {
      expect(registrationDuty(active("full"), policy)).toBe("required");
      expect(registrationDuty(active("probationary"), policy)).toBe("required");
    }
  });

  it("exempts members exempt from Party work, whatever the cell decides for retirees", () => {
    expect(registrationDuty(active("exempt"), retiredRegister)).toBe("exempt");
    expect(registrationDuty(active("exempt"), retiredExempt)).toBe("exempt");
  });

  it("asks retired members to register only if the cell decides so", () => {
    expect(registrationDuty(active("retired"), retiredRegister)).toBe("required");
    expect(registrationDuty(active("retired"), retiredExempt)).toBe("exempt");
  });

  it("does not count members who moved to another cell", () => {
    expect(registrationDuty(active("transferred"), retiredRegister)).toBe("none");
    expect(registrationDuty(active("transferred"), retiredExempt)).toBe("none");
  });

  it("does not count people who are not (yet) on the roster", () => {
    expect(registrationDuty({ status: "full", roster: "pending" }, retiredRegister)).toBe("none");
    expect(registrationDuty({ status: "full", roster: "rejected" }, retiredRegister)).toBe("none");
    expect(registrationDuty({ status: "retired", roster: "pending" }, retiredRegister)).toBe(
      "none",
    );
  });
});

describe("isCounted", () => {
  it("counts active members except those transferred", () => {
    expect(isCounted({ status: "full", roster: "active" })).toBe(true);
    expect(isCounted({ status: "exempt", roster: "active" })).toBe(true);
    expect(isCounted({ status: "transferred", roster: "active" })).toBe(false);
    expect(isCounted({ status: "full", roster: "pending" })).toBe(false);
  });
});

describe("roles", () => {
  it("lets the secretary, deputy and committee see reports, not plain members", () => {
    expect(isCellCommittee({ role: "secretary", roster: "active", status: "full" })).toBe(true);
    expect(isCellCommittee({ role: "deputy", roster: "active", status: "full" })).toBe(true);
    expect(isCellCommittee({ role: "committee", roster: "active", status: "full" })).toBe(true);
    expect(isCellCommittee({ role: "member", roster: "active", status: "full" })).toBe(false);
  });

  it("lets only the secretary and deputy manage the roster", () => {
    expect(canManageRoster({ role: "secretary", roster: "active", status: "full" })).toBe(true);
    expect(canManageRoster({ role: "deputy", roster: "active", status: "full" })).toBe(true);
    expect(canManageRoster({ role: "committee", roster: "active", status: "full" })).toBe(false);
    expect(canManageRoster({ role: "member", roster: "active", status: "full" })).toBe(false);
  });

  it("gives no rights to a secretary who moved to another cell", () => {
    expect(canManageRoster({ role: "deputy", roster: "active", status: "transferred" })).toBe(
      false,
    );
    expect(isCellCommittee({ role: "secretary", roster: "active", status: "transferred" })).toBe(
      false,
    );
  });

  it("gives no rights to a secretary who is not on the roster", () => {
    expect(isCellCommittee({ role: "secretary", roster: "pending", status: "full" })).toBe(false);
    expect(canManageRoster({ role: "secretary", roster: "rejected", status: "full" })).toBe(false);
  });
});
