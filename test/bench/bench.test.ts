import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Every figure of the JSON line, as a path into it: what docs/performance.md records. */
const FIGURES = [
  "machine.cores",
  "machine.memoryGb",
  "province.members",
  "province.seedMs",
  ...["read", "write", "button"].flatMap((kind) => [
    `updates.${kind}.chibo.perSecond`,
    `updates.${kind}.chibo.p50Ms`,
    `updates.${kind}.chibo.maxMs`,
    `updates.${kind}.bare.perSecond`,
    `updates.${kind}.bare.p50Ms`,
    `updates.${kind}.ratio`,
    `wire.${kind}.chiboPerSecond`,
    `wire.${kind}.barePerSecond`,
    `wire.ratios.${kind}`,
  ]),
  ...[
    "baocaoGroup",
    "baocaoPrivate",
    "rollup",
    "rollupLastYear",
    "docxCell",
    "xlsxCell",
    "docxRollup",
    "xlsxRollup",
  ].flatMap((report) => [`reports.${report}.p50Ms`, `reports.${report}.maxMs`]),
  "reports.rollup.cells",
  "sending.groups",
  "sending.sent",
  "sending.lastMessageMs",
  "sending.minimumMs",
  "sending.ratio",
  "sending.status429",
  "schedule.beatMs",
  "schedule.slowestBeatMs",
  "footprint.startupMs",
  "footprint.rssAfterStartMb",
  "footprint.peakRssMb",
  "footprint.peakRssWithFilesMb",
  "footprint.databaseMb",
  "encryption.encryptMs",
  ...["plain", "encrypted"].flatMap((side) => [
    `encryption.${side}.baocaoGroup.p50Ms`,
    `encryption.${side}.write.p50Ms`,
  ]),
  "encryption.ratios.baocaoGroupP99",
  "encryption.ratios.writeP99",
  "totalMs",
];

function at(value: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
}

describe("npm run bench", () => {
  it("runs on a tiny province and prints a table and one JSON line with every figure", () => {
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "bench/main.ts",
        "--quick",
        "--cells",
        "6",
        "--meetings",
        "2",
        "--iterations",
        "10",
        "--files",
        "1",
        "--groups",
        "4",
        "--load",
        "20",
        "--starts",
        "1",
      ],
      { cwd: ROOT, encoding: "utf8", timeout: 120_000 },
    );
    expect(run.stderr).not.toMatch(/benchmark failed/);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^chibo benchmark: 6 cells/);
    expect(run.stdout).toMatch(/targets met: \d+ of 12/);
    const result = JSON.parse(lines.at(-1) ?? "");
    for (const path of FIGURES) {
      const figure = at(result, path);
      expect(typeof figure, path).toBe("number");
      expect(Number.isFinite(figure), path).toBe(true);
      expect(figure as number, path).toBeGreaterThanOrEqual(0);
    }
    expect(result.province.members).toBe(180);
    expect(result.sending.sent).toBe(4);
    expect(result.sending.status429).toBe(0);
    for (const target of Object.values(result.targets) as Record<string, unknown>[]) {
      expect(typeof target.met).toBe("boolean");
    }
  }, 120_000);
});
