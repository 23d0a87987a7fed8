import { describe, expect, it } from "vitest";
import { buildCellReport, type ReportCommitment } from "../../src/domain/cell-report.js";
import type { RosterMember } from "../../src/domain/member-rules.js";

let nextId = 1;
function person(
  fullName: string,
  fields: Partial<Omit<RosterMember, "id" | "fullName">> = {},
): RosterMember {
  return {
    id: nextId++,
    fullName,
    role: "member",
    status: "full",
    roster: "active",
    ...fields,
  };
}

function registered(...members: RosterMember[]): ReportCommitment[] {
  const at = new Date("2024-04-10T03:00:00Z");
  return members.map((m) => ({ memberId: m.id, submittedAt: at, updatedAt: at }));
}

const names = (list: RosterMember[]) => list.map((m) => m.fullName);

describe("buildCellReport", () => {
  const secretary = person("Nguyễn Văn An", { role: "secretary" });
  const done = person("Trần Thị Bình");
  const probationary = person("Lê Văn Cường", { status: "probationary" });
  const late = person("Phạm Thị Dung");
  const exempt = person("Hoàng Văn Em", { status: "exempt" });
  const retired = person("Võ Thị Phương", { status: "retired" });
  const movedAway = person("Đặng Văn Giang", { status: "transferred" });
  const waiting = person("Bùi Thị Hoa", { roster: "pending" });
  const refused = person("Đỗ Văn Khoa", { roster: "rejected" });
  const roster = [
    secretary,
    done,
    probationary,
    late,
    exempt,
    retired,
    movedAway,
    waiting,
    refused,
  ];

  it("sorts members into registered, missing and exempt", () => {
    const report = buildCellReport(roster, registered(secretary, done, probationary), {
      retiredRegister: false,
    });
    expect(names(report.registered)).toEqual(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]);
    expect(names(report.missing)).toEqual(["Phạm Thị Dung"]);
    expect(names(report.exempt)).toEqual(["Hoàng Văn Em", "Võ Thị Phương"]);
  });

  it("counts as members only those on the roster and not transferred", () => {
    const report = buildCellReport(roster, [], { retiredRegister: false });
    expect(report.members).toHaveLength(6);
    expect(names(report.members)).not.toContain("Đặng Văn Giang");
    expect(names(report.members)).not.toContain("Bùi Thị Hoa");
    expect(names(report.members)).not.toContain("Đỗ Văn Khoa");
    expect(report.registered.length + report.missing.length + report.exempt.length).toBe(
      report.members.length,
    );
  });

  it("lists people waiting for approval apart, not as missing", () => {
    const report = buildCellReport(roster, [], { retiredRegister: false });
    expect(names(report.pending)).toEqual(["Bùi Thị Hoa"]);
    expect(names(report.missing)).not.toContain("Bùi Thị Hoa");
    expect(names(report.pending)).not.toContain("Đỗ Văn Khoa");
  });

  it("does not count a transferred member's commitment", () => {
    const report = buildCellReport(roster, registered(movedAway), { retiredRegister: false });
    expect(names(report.registered)).toEqual([]);
    expect(names(report.missing)).not.toContain("Đặng Văn Giang");
  });

  it("counts an exempt member who registered anyway as exempt", () => {
    const report = buildCellReport(roster, registered(exempt, retired), {
      retiredRegister: false,
    });
    expect(names(report.exempt)).toEqual(["Hoàng Văn Em", "Võ Thị Phương"]);
    expect(report.registered).toEqual([]);
  });

  it("asks retired members to register when the cell decides so", () => {
    const report = buildCellReport(roster, registered(done), { retiredRegister: true });
    expect(names(report.missing)).toContain("Võ Thị Phương");
    expect(names(report.exempt)).toEqual(["Hoàng Văn Em"]);

    const afterRegistering = buildCellReport(roster, registered(done, retired), {
      retiredRegister: true,
    });
    expect(names(afterRegistering.registered)).toEqual(["Trần Thị Bình", "Võ Thị Phương"]);
  });

  it("ignores commitments of people not in the roster", () => {
    const stranger = person("Người Lạ");
    const report = buildCellReport([done], registered(stranger, done), { retiredRegister: false });
    expect(names(report.registered)).toEqual(["Trần Thị Bình"]);
    expect(report.members).toHaveLength(1);
  });

  it("counts a member with several saved versions once", () => {
    const report = buildCellReport([done, late], registered(done, done), {
      retiredRegister: false,
    });
    expect(names(report.registered)).toEqual(["Trần Thị Bình"]);
    expect(names(report.missing)).toEqual(["Phạm Thị Dung"]);
  });

  it("gives an empty report for an empty cell", () => {
    expect(buildCellReport([], [], { retiredRegister: true })).toEqual({
      members: [],
      registered: [],
      missing: [],
      exempt: [],
      pending: [],
    });
  });
});
