/**
 * `npm run bench`: seeds a synthetic province into a fresh database, measures update handling
 * (in process and over HTTP, against a bare grammY bot), reports, sending and footprint, then
 * prints a table and one JSON line with every figure. `--quick` is a smaller run; see
 * docs/performance.md for what each figure means.
 *
 *   npm run bench [-- --quick] [--cells N] [--members N] [--meetings N] [--iterations N]
 *                 [--files N] [--groups N] [--load N] [--starts N] [--keep]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openContext } from "./context.js";
import { measureEncryption } from "./measure-encryption.js";
import { measureFootprint } from "./measure-footprint.js";
import { measureReports } from "./measure-reports.js";
import { measureSending } from "./measure-sending.js";
import { measureInProcess, measureWire } from "./measure-updates.js";
import { type BenchResult, table, targets } from "./report.js";
import { type ProvinceSize, seedProvince } from "./seed.js";
import { nowMs, round } from "./stats.js";

interface Plan {
  size: ProvinceSize;
  /** Updates per measurement of update handling. */
  iterations: number;
  /** /baocao in groups. */
  reportIterations: number;
  /** Files, private /baocao and roll-ups: the slow ones. */
  files: number;
  groups: number;
  load: number;
  starts: number;
  keep: boolean;
}

const FULL: Plan = {
  size: {
    cells: 5000,
    membersPerCell: 30,
    // All of 2023 and January to March 2024, monthly.
    meetingsPerCell: 15,
    cellsPerCommittee: 500,
    registeredShare: 0.8,
  },
  iterations: 2000,
  reportIterations: 300,
  files: 20,
  groups: 300,
  load: 2000,
  starts: 3,
  keep: false,
};

const QUICK: Plan = {
  ...FULL,
  size: { ...FULL.size, cells: 600 },
  iterations: 300,
  reportIterations: 100,
  files: 3,
  groups: 60,
  load: 300,
  starts: 1,
};

/** Scheduler beats timed after the first. */
const BEATS = 5;

function readPlan(argv: string[]): Plan {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      cells: { type: "string" },
      members: { type: "string" },
      meetings: { type: "string" },
      iterations: { type: "string" },
      groups: { type: "string" },
      files: { type: "string" },
      load: { type: "string" },
      starts: { type: "string" },
      keep: { type: "boolean", default: false },
    },
  });
  const base = values.quick ? QUICK : FULL;
  const number = (text: string | undefined, fallback: number, least = 1) => {
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < least) {
      throw new Error(`Expected a whole number of at least ${least}, got "${text}".`);
    }
    return value;
  };
  const iterations = number(values.iterations, base.iterations);
  return {
    size: {
      ...base.size,
      cells: number(values.cells, base.size.cells),
      membersPerCell: number(values.members, base.size.membersPerCell, 6),
      meetingsPerCell: number(values.meetings, base.size.meetingsPerCell),
    },
    iterations,
    reportIterations: values.iterations ? iterations : base.reportIterations,
    files: number(values.files, values.iterations ? Math.min(base.files, iterations) : base.files),
    groups: number(values.groups, base.groups),
    load: number(values.load, base.load),
    starts: number(values.starts, base.starts),
    keep: values.keep,
  };
}

function step(name: string): () => void {
  const start = nowMs();
  process.stderr.write(`${name}…`);
  return () => process.stderr.write(` ${((nowMs() - start) / 1000).toFixed(1)} s\n`);
}

export async function runBench(plan: Plan): Promise<BenchResult> {
  const began = nowMs();
  const dir = mkdtempSync(join(tmpdir(), "chibo-bench-"));
  const databasePath = join(dir, "chibo.sqlite");
  // When the process ends, however it ends (main's signal handlers make a signal an exit).
  process.once("exit", () => {
    if (plan.keep) process.stderr.write(`database kept in ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  });
  let done = step(`seeding ${plan.size.cells} cells`);
  const seedStart = nowMs();
  const province = seedProvince(databasePath, plan.size);
  const seedMs = round(nowMs() - seedStart, 0);
  done();
  const context = openContext(databasePath, province);

  done = step("1. update handling in process");
  const updates = await measureInProcess(context, plan.iterations);
  done();
  done = step("2. update handling over HTTP");
  const wireFigures = await measureWire(context, plan.iterations);
  done();
  const ratio = (kind: keyof typeof wireFigures) =>
    round(wireFigures[kind].barePerSecond / wireFigures[kind].chiboPerSecond, 2);
  const wire = {
    ...wireFigures,
    ratios: { read: ratio("read"), write: ratio("write"), button: ratio("button") },
  };
  done = step("3. reports");
  const reports = await measureReports(context, {
    iterations: plan.reportIterations,
    files: plan.files,
  });
  done();
  done = step(`4. reminder to ${plan.groups} groups`);
  const sending = await measureSending(context, plan.groups);
  done();
  done = step("   scheduler beat");
  context.app.scheduler.runDue(context.clock.now());
  // Several beats, a minute apart as the heartbeat runs them: one alone is at the mercy of a
  // garbage collection. The median is the figure; the slowest is shown beside it.
  const beats: number[] = [];
  let jobsRun = 0;
  for (let beat = 0; beat < BEATS; beat++) {
    context.clock.advance(60_000);
    const beatStart = nowMs();
    jobsRun += context.app.scheduler.runDue(context.clock.now()).length;
    beats.push(nowMs() - beatStart);
  }
  beats.sort((a, b) => a - b);
  const schedule = {
    beatMs: round(beats[Math.floor(BEATS / 2)] ?? 0, 0),
    slowestBeatMs: round(beats.at(-1) ?? 0, 0),
    beats: BEATS,
    cells: plan.size.cells,
    jobsRun,
  };
  done();
  done = step("5. footprint");
  const footprint = await measureFootprint(context, { starts: plan.starts, load: plan.load });
  done();
  done = step("6. encryption at rest");
  const encryption = await measureEncryption(context, plan.reportIterations);
  done();
  context.app.close();

  const result = {
    machine: {
      cores: cpus().length,
      memoryGb: round(totalmem() / 1024 ** 3, 1),
      cpu: cpus()[0]?.model.trim() ?? "unknown",
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    province: {
      ...plan.size,
      members: plan.size.cells * plan.size.membersPerCell,
      seedMs,
    },
    updates,
    wire,
    reports,
    sending,
    schedule,
    footprint,
    encryption,
  };
  const measured = { ...result, totalMs: round(nowMs() - began, 0) };
  return { ...measured, targets: targets(measured) };
}

async function main(): Promise<void> {
  // Ended from outside: exit as usual, so that the started chibo is stopped and the temporary
  // database removed (the "exit" handlers).
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => process.exit(130));
  const plan = readPlan(process.argv.slice(2));
  const result = await runBench(plan);
  process.stdout.write(`${table(result)}\n\n${JSON.stringify(result)}\n`);
}

main().then(
  // The throttler's timers and the HTTP agents would keep the process alive.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`\nbenchmark failed: ${error instanceof Error ? error.stack : error}\n`);
    process.exit(1);
  },
);
