/**
 * 5. Footprint: chibo started as `npm start` starts it (built, then dist/main.js; Telegram on,
 *    the seeded database) against the fake Bot API server: the time from spawning the process to its first
 *    getUpdates, its peak resident memory while it handles a mixed load, and the database size.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Api } from "grammy";
import { FakeBotApi } from "../test/support/fake-bot-api.js";
import { postAnnouncements, pressAll } from "./announcements.js";
import type { BenchContext } from "./context.js";
import { workload } from "./scenarios.js";
import { BENCH_NOW, TIME_ZONE } from "./seed.js";
import { nowMs, percentile, round, sleep } from "./stats.js";
import { BOT_INFO, BOT_TOKEN } from "./telegram-fixture.js";

export interface FootprintFigures {
  /** Spawn to the first getUpdates, the median of the starts. */
  startupMs: number;
  startupRunsMs: number[];
  /**
   * Spawn to the first getUpdates after a stop that was not clean: SQLite's quick_check then
   * reads every page first (src/db/clean-close.ts).
   */
  startupCheckedMs: number;
  /** The process's resident set once it polls. */
  rssAfterStartMb: number;
  /** Its peak resident set (VmHWM) after the chat load: what the target is about. */
  peakRssMb: number;
  /** Updates in the chat load: reads, /dangky steps, presses, /baocao in groups. */
  loadUpdates: number;
  /** The peak once files were made too: charts, a committee's roll-up and its Word file. */
  peakRssWithFilesMb: number;
  fileUpdates: number;
  /** The database file with its WAL. */
  databaseMb: number;
}

const BUILD = fileURLToPath(new URL("../scripts/build.mjs", import.meta.url));
const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const CLOCK = fileURLToPath(new URL("./child-clock.mjs", import.meta.url));

/**
 * What `npm start` runs: its prestart, the build, then Node on the bundle. The start-up figure
 * counts both.
 */
async function startChibo(fake: FakeBotApi, databasePath: string): Promise<ChildProcess> {
  const build = spawn(process.execPath, [BUILD], { stdio: ["ignore", "ignore", "inherit"] });
  const [code] = await once(build, "exit");
  if (code !== 0) throw new Error(`The build ended with ${code}.`);
  const child = spawn(process.execPath, ["--enable-source-maps", "--import", CLOCK, MAIN], {
    // Not the checkout: a .env there would be read.
    cwd: dirname(databasePath),
    env: {
      PATH: process.env.PATH ?? "",
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_PATH: databasePath,
      BOT_TIMEZONE: TIME_ZONE,
      LOG_LEVEL: "info",
      CHIBO_BENCH_NOW: String(BENCH_NOW.getTime()),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  // Should the bench itself be ended (Ctrl+C, a test's timeout), chibo goes with it.
  const kill = () => child.kill("SIGKILL");
  process.on("exit", kill);
  child.once("exit", () => process.off("exit", kill));
  return child;
}

async function firstGetUpdates(fake: FakeBotApi, from: number, child: ChildProcess) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (fake.calls.slice(from).some((call) => call.method === "getUpdates")) return;
    if (child.exitCode !== null) throw new Error(`chibo exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error("chibo did not poll within a minute.");
    await sleep(1);
  }
}

async function stopChibo(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const killed = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(killed);
}

/** A figure of /proc/PID/status in MB (VmHWM: the peak resident set; VmRSS: the current). */
function procStatusMb(pid: number, field: "VmHWM" | "VmRSS"): number {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return Number.NaN;
  const line = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(status, "utf8"));
  return line ? round(Number(line[1]) / 1024, 1) : Number.NaN;
}

const peakRssMb = (pid: number) => procStatusMb(pid, "VmHWM");
const rssMb = (pid: number) => procStatusMb(pid, "VmRSS");

export async function measureFootprint(
  context: BenchContext,
  options: { starts: number; load: number },
): Promise<FootprintFigures> {
  const { updates, people, members } = context;
  const fake = await FakeBotApi.start({
    token: BOT_TOKEN,
    botUsername: BOT_INFO.username,
    firstUpdateId: updates.updateId,
  });
  const runs: number[] = [];
  let child: ChildProcess | undefined;
  let stderr = "";
  const startOnce = async () => {
    // Something to fetch: the first getUpdates is answered (and recorded) at once.
    const reader = members.takeReaders(1)[0];
    if (reader) fake.pushUpdate(updates.text(people.user(reader), "/chuyende"));
    const from = fake.calls.length;
    const start = nowMs();
    const started = await startChibo(fake, context.databasePath);
    child = started;
    started.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    await firstGetUpdates(fake, from, started);
    const ms = nowMs() - start;
    await fake.waitForIdle(100, 30_000);
    return { child: started, ms };
  };
  // Production's start: chibo alone on a file its last stop closed cleanly.
  context.close();
  try {
    // As after a crash: no note of a clean close.
    rmSync(`${context.databasePath}.closed`, { force: true });
    const checked = await startOnce();
    await stopChibo(checked.child);
    for (let run = 0; run < options.starts; run++) {
      const started = await startOnce();
      runs.push(started.ms);
      if (run < options.starts - 1) await stopChibo(started.child);
    }
    if (!child) throw new Error("No start was asked for.");
    // The load's announcements are written from here, beside the running chibo.
    context.reopen();
    const rssAfterStartMb = rssMb(child.pid ?? 0);
    const loadUpdates = await chatLoad(context, fake, options.load);
    const peak = peakRssMb(child.pid ?? 0);
    const fileUpdates = await fileLoad(context, fake, Math.max(1, Math.floor(options.load / 200)));
    const peakWithFiles = peakRssMb(child.pid ?? 0);
    await stopChibo(child);
    const wal = `${context.databasePath}-wal`;
    const bytes = statSync(context.databasePath).size + (existsSync(wal) ? statSync(wal).size : 0);
    return {
      startupMs: round(percentile(runs, 50), 0),
      startupRunsMs: runs.map((ms) => round(ms, 0)),
      startupCheckedMs: round(checked.ms, 0),
      rssAfterStartMb,
      peakRssMb: peak,
      loadUpdates,
      peakRssWithFilesMb: peakWithFiles,
      fileUpdates,
      databaseMb: round(bytes / 1_000_000, 1),
    };
  } catch (error) {
    if (stderr) process.stderr.write(stderr);
    throw error;
  } finally {
    if (child) await stopChibo(child);
    await fake.stop();
  }
}

/**
 * What a busy hour brings, all at once: reads, /dangky steps, presses on announcements and
 * /baocao in the groups. Returns how many updates it pushed.
 */
async function chatLoad(context: BenchContext, fake: FakeBotApi, load: number): Promise<number> {
  const { updates, people, province, members } = context;
  const share = (fraction: number) => Math.max(1, Math.floor(load * fraction));
  const read = workload("read", share(0.4), members, people, updates);
  const write = workload("write", share(0.3), members, people, updates);
  const press = workload("button", share(0.2), members, people, updates);
  const reports = share(0.1);
  const api = new Api(fake.token, { apiRoot: fake.apiRoot });
  const announcements = await postAnnouncements(context, fake, api, press.updates);
  let count = 0;
  for (const update of [...read.updates, ...write.setup, ...write.updates]) {
    fake.pushUpdate(update);
    count += 1;
  }
  count += pressAll(context, fake, press.updates, announcements);
  for (let i = 0; i < reports; i++) {
    const cell = i % province.size.cells;
    fake.pushUpdate(updates.text(people.user({ cell, member: 0 }), "/baocao", people.group(cell)));
    count += 1;
  }
  await fake.waitForIdle(300, 120_000);
  return count;
}

/**
 * The files: /baocao in private (a chart with it) for a few secretaries, then a committee's
 * roll-up (/tonghop) and its Word file. Returns how many updates it pushed.
 */
async function fileLoad(context: BenchContext, fake: FakeBotApi, charts: number): Promise<number> {
  const { updates, people, province, app } = context;
  let count = 0;
  for (let i = 0; i < charts; i++) {
    const cell = (i * 7) % province.size.cells;
    fake.pushUpdate(updates.text(people.user({ cell, member: 0 }), "/baocao"));
    count += 1;
  }
  // The secretary of the first cell speaks for its committee.
  const officer = people.user({ cell: 0, member: 0 });
  app.database.sqlite
    .prepare(
      "insert or replace into committee_officers (person_id, committee_id, added_at) values (?, ?, ?)",
    )
    .run(`tg:${officer.id}`, province.committeeId(0), context.clock.now().getTime());
  fake.pushUpdate(updates.text(officer, "/tonghop"));
  count += 1;
  await fake.waitForIdle(300, 120_000);
  // The roll-up's offer of files: Word, pressed.
  const offer = fake
    .messagesTo(officer.id)
    .findLast((sent) => JSON.stringify(sent.replyMarkup ?? "").includes("tonghop:docx"));
  if (!offer) throw new Error("/tonghop offered no files.");
  const pressed = fake.clickButton({ from: officer, message: offer, data: "tonghop:docx" });
  updates.updateId = Math.max(updates.updateId, pressed.update_id + 1);
  count += 1;
  await fake.waitFor((call) => call.method === "sendDocument", 60_000);
  await fake.waitForIdle(300, 60_000);
  return count;
}
