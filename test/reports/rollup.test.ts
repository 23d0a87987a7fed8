import { afterEach, describe, expect, it } from "vitest";
import { loadCellReport } from "../../src/reports/load-cell-report.js";
import { loadRollup } from "../../src/reports/rollup.js";
import { Harness } from "../support/harness.js";

let h: Harness;
afterEach(() => h?.close());

const PLAN = { study: "Học tập", follow: "Làm theo", example: "Nêu gương" };

/** A cell under a committee whose members stand every way a roster allows. */
async function mixedCell() {
  h = new Harness();
  await h.cellWith(["Hùng", "Mai", "Tư", "Bảo", "Cúc", "Dung"]);
  const { cells, members, commitments } = h.app.services;
  const now = h.clock.now();
  const id = (name: string) => {
    const member = members.byPerson(`console:${name}`);
    if (!member) throw new Error(`no ${name}`);
    return member.id;
  };
  members.setStatus(id("Mai"), "exempt", now);
  members.setStatus(id("Tư"), "retired", now);
  members.setStatus(id("Bảo"), "transferred", now);
  members.setRoster(id("Cúc"), "pending", now);
  // Registered: two who must, and Mai, who need not.
  for (const name of ["Hùng", "Dung", "Mai"]) commitments.save(id(name), 2024, PLAN, now);
  const [cell] = cells.all();
  if (!cell) throw new Error("no cell");
  cells.setCommittee(cell.id, "Đảng ủy Phường 1", now);
  const committeeId = cells.byId(cell.id)?.committeeId;
  if (!committeeId) throw new Error("no committee");
  const rollupRow = () => loadRollup(h.app.services, committeeId, 2024).cells[0];
  const reportCounts = () => {
    const report = loadCellReport(h.app.services, cells.byId(cell.id) ?? cell, 2024);
    return {
      members: report.members.length,
      registered: report.registered.length,
      missing: report.missing.length,
      exempt: report.exempt.length,
    };
  };
  return { cell, rollupRow, reportCounts };
}

describe("a committee's roll-up", () => {
  it("counts each cell's members as the cell's own report does", async () => {
    const { rollupRow, reportCounts } = await mixedCell();
    // Lan, Hùng, Mai, Tư and Dung are counted; Bảo moved away and Cúc is not approved yet.
    // Mai is exempt, registered or not; Lan and Tư have not registered.
    const counts = { members: 5, registered: 2, missing: 2, exempt: 1 };
    expect(reportCounts()).toEqual(counts);
    expect(rollupRow()).toMatchObject(counts);
  });

  it("counts retired members as exempt once the cell does not ask them to register", async () => {
    const { cell, rollupRow, reportCounts } = await mixedCell();
    h.app.services.cells.setSetting(cell.id, "retiredRegister", false);
    const counts = { members: 5, registered: 2, missing: 1, exempt: 2 };
    expect(reportCounts()).toEqual(counts);
    expect(rollupRow()).toMatchObject(counts);
  });
});
