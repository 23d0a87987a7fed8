import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { readPlanFile } from "../../src/plan/plan-file.js";
import { projectFile } from "../../src/project-files.js";
import { ALL_CELLS, PlanStore } from "../../src/store/plan-store.js";
import { Harness } from "../support/harness.js";

const binhDuong = () => readPlanFile(fileURLToPath(projectFile("plans/2024-binh-duong.yaml")));

let h: Harness;
afterEach(() => h.close());

describe("PlanStore and the parts' labels", () => {
  it("keeps a plan's labels, and gives the locale's where a plan has none", async () => {
    h = new Harness();
    await h.cellWith([]);
    const { plans, cells } = h.app.services;
    const fallback = plans.forCell(null, 2024);
    expect(fallback.imported).toBe(false);
    expect(fallback.partLabels).toEqual({
      study: { key: "part-study" },
      follow: { key: "part-follow" },
      example: { key: "part-example" },
    });

    plans.import(binhDuong(), "all", h.clock.now());
    const imported = plans.forCell(null, 2024);
    expect(imported.partLabels.example).toBe("Thực hiện trách nhiệm nêu gương");
    expect(plans.ofScope(ALL_CELLS, 2024)?.labels?.follow).toBe("Làm theo");

    const { labels: _, ...unlabelled } = binhDuong();
    const [cell] = cells.all();
    if (!cell) throw new Error("no cell");
    cells.setCommittee(cell.id, "Đảng ủy phường Phú Hòa", h.clock.now());
    const committee = cells.committeeByName("Đảng ủy phường Phú Hòa");
    if (!committee) throw new Error("no committee");
    plans.import(unlabelled, { committeeId: committee.id }, h.clock.now());
    expect(plans.forCell(committee.id, 2024).partLabels.example).toEqual({ key: "part-example" });
    expect(plans.forCell(committee.id, 2024).committee).toBe("Đảng ủy phường Phú Hòa");
  });

  it("reads a plan imported by another process, and its own at once", ({ onTestFinished }) => {
    const dir = mkdtempSync(join(tmpdir(), "chibo-plans-"));
    const bot = openDatabase(join(dir, "chibo.sqlite"));
    const cli = openDatabase(join(dir, "chibo.sqlite"));
    onTestFinished(() => {
      bot.close();
      cli.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const botPlans = new PlanStore(bot.db);
    const now = new Date("2024-01-02T03:00:00Z");
    expect(botPlans.forCell(null, 2024).imported).toBe(false);

    new PlanStore(cli.db).import(binhDuong(), "all", now);
    expect(botPlans.forCell(null, 2024).imported).toBe(true);
    expect(botPlans.forCell(null, 2024).partLabels.follow).toBe("Làm theo");

    const { labels: _, ...unlabelled } = binhDuong();
    botPlans.import(unlabelled, "all", now);
    expect(botPlans.forCell(null, 2024).partLabels.follow).toEqual({ key: "part-follow" });
  });

  it("knows which cells follow the plan for all cells in a year", async () => {
    h = new Harness();
    await h.cellWith([]);
    h.admins.add("console:Mai");
    await h.say("Mai", "group:2", "/khoitao Chi bộ Khu phố 2");
    const { plans, cells } = h.app.services;
    const [first, second] = cells.all();
    if (!first || !second) throw new Error("two cells");
    expect(plans.cellsFollowingAll(2024).sort()).toEqual([first.id, second.id].sort());
    cells.setCommittee(second.id, "Đảng ủy phường Phú Hòa", h.clock.now());
    // A committee without a plan of its own for the year leaves its cells on the common one.
    expect(plans.cellsFollowingAll(2024).sort()).toEqual([first.id, second.id].sort());
    plans.import(binhDuong(), { committee: "Đảng ủy phường Phú Hòa" }, h.clock.now());
    expect(plans.cellsFollowingAll(2024)).toEqual([first.id]);
    expect(plans.cellsFollowingAll(2025).sort()).toEqual([first.id, second.id].sort());
  });
});
