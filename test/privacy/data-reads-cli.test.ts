import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Harness } from "../support/harness.js";
import { operatorCli } from "../support/operator.js";
import { cellAtYearEnd, HUNG_REASON, lastRead, member, trail } from "./data-reads-cell.js";

/**
 * Who looked (issue 19), at the operator's terminal: `report` printing members' reasons, or
 * writing a file of their plans, results or levels, records each as read by the operator in
 * the CLI; every member's, the secretary's too, as the operator is none of them.
 */
let h: Harness;
afterEach(() => h?.close());

const cellCode = () => member(h, "Lan").cell.code;

describe("npm run cli -- report", () => {
  it("records the reasons a cell's report prints, as text and as JSON", async () => {
    h = await cellAtYearEnd();
    const text = await operatorCli(h, "report", "--cell", cellCode());
    expect(text.exit).toBe(0);
    expect(text.printed).toContain(HUNG_REASON);
    const reasons = ["operator → Hùng: reasons (cli)", "operator → Lan: reasons (cli)"];
    expect(trail(h)).toEqual(reasons);

    const after = lastRead(h);
    const json = await operatorCli(h, "report", "--cell", cellCode(), "--format", "json");
    expect(json.printed).toContain(HUNG_REASON);
    expect(trail(h, after)).toEqual(reasons);
  });

  it("records what a file written to --out holds", async () => {
    h = await cellAtYearEnd();
    const out = join(h.dir, "dang-ky.docx");
    const written = await operatorCli(
      h,
      "report",
      "--cell",
      cellCode(),
      "--format",
      "docx",
      "--doc",
      "registration",
      "--out",
      out,
    );
    expect(written.exit).toBe(0);
    expect(trail(h)).toEqual([
      "operator → Hùng: plan (cli)",
      "operator → Lan: plan (cli)",
      "operator → Mai: plan (cli)",
    ]);

    const after = lastRead(h);
    const minutes = join(h.dir, "bien-ban.docx");
    await operatorCli(
      h,
      "report",
      "--cell",
      cellCode(),
      "--format",
      "docx",
      "--doc",
      "minutes",
      "--out",
      minutes,
    );
    expect(trail(h, after)).toEqual([
      "operator → Hùng: reasons (cli)",
      "operator → Lan: reasons (cli)",
    ]);
  });

  it("records nothing for a committee's roll-up: counts per cell", async () => {
    h = await cellAtYearEnd();
    const committee = "Đảng ủy Phường Phú Hòa";
    expect((await operatorCli(h, "cell", "committee", cellCode(), committee)).exit).toBe(0);
    expect((await operatorCli(h, "report", "--committee", committee)).exit).toBe(0);
    const out = join(h.dir, "tong-hop.xlsx");
    const file = await operatorCli(
      h,
      "report",
      "--committee",
      committee,
      "--format",
      "xlsx",
      "--out",
      out,
    );
    expect(file.exit).toBe(0);
    expect(trail(h)).toEqual([]);
  });
});
