/** What every measurement shares: the app on the seeded database, its clock, the province. */
import { devNull } from "node:os";
import { type Logger, pino } from "pino";
import { type App, createApp } from "../src/app.js";
import type { Clock } from "../src/clock.js";
import { loadConfig } from "../src/config.js";
import { Members, People } from "./scenarios.js";
import { BENCH_NOW, type Province, TIME_ZONE } from "./seed.js";
import { BOT_TOKEN, UpdateFactory } from "./telegram-fixture.js";

/** Time runs as usual, from 10/04/2024 09:00 in Vietnam: timestamps move, the day stays. */
export class BenchClock implements Clock {
  private readonly started = Date.now();
  private skipped = 0;
  now(): Date {
    return new Date(BENCH_NOW.getTime() + this.skipped + (Date.now() - this.started));
  }
  /** Moves time on at once, as if the process had waited: the beats a minute apart. */
  advance(ms: number): void {
    this.skipped += ms;
  }
}

export interface BenchContext {
  app: App;
  clock: BenchClock;
  log: Logger;
  province: Province;
  members: Members;
  people: People;
  updates: UpdateFactory;
  databasePath: string;
  /** Closes the app's database (cleanly, as a stop would), for chibo alone to open it. */
  close(): void;
  /**
   * Opens the app again after `close`: on the seeded file, or on `file` (a copy of it), with
   * `key` where that file is encrypted.
   */
  reopen(file?: { path: string; key?: string }): void;
}

/** Logs as production does (level info), into nothing: their cost is part of the figures. */
export function benchLogger(): Logger {
  return pino({ level: "info" }, pino.destination({ dest: devNull, sync: true }));
}

export function openContext(databasePath: string, province: Province): BenchContext {
  const clock = new BenchClock();
  const log = benchLogger();
  const config = loadConfig({
    DATABASE_PATH: databasePath,
    BOT_TIMEZONE: TIME_ZONE,
    TELEGRAM_BOT_TOKEN: BOT_TOKEN,
  });
  const updates = new UpdateFactory(1);
  const context: BenchContext = {
    app: createApp(config, log, clock),
    clock,
    log,
    province,
    members: new Members(province),
    people: new People(province, updates),
    updates,
    databasePath,
    close: () => context.app.close(),
    reopen: (file) => {
      const where = file ? { DATABASE_PATH: file.path, DATABASE_KEY: file.key } : {};
      context.app = createApp({ ...config, ...where }, log, clock);
    },
  };
  return context;
}
