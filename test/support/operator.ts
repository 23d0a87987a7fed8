import { pino } from "pino";
import { expect } from "vitest";
import { runCli } from "../../src/cli/cli.js";
import { loadConfig } from "../../src/config.js";
import type { Harness } from "./harness.js";

/** `npm run cli -- ARGS` as the operator runs it, on the harness's database and clock. */
export async function operatorCli(
  h: Harness,
  ...argv: string[]
): Promise<{ exit: number; printed: string }> {
  const out: string[] = [];
  const config = loadConfig({
    DATABASE_PATH: h.app.database.sqlite.name,
    DATABASE_KEY: h.databaseKey,
  });
  const io = { out: (text: string) => out.push(text), err: (text: string) => out.push(text) };
  const exit = await runCli(argv, config, pino({ level: "silent" }), h.clock, io);
  return { exit, printed: out.join("\n") };
}

/**
 * The operator's one step, `npm run cli -- committee officer NAME`: it creates the committee if
 * there is none and prints its first officer's one-time code.
 */
export async function firstOfficerCode(h: Harness, committee: string): Promise<string> {
  const { exit, printed } = await operatorCli(h, "committee", "officer", committee);
  expect(exit).toBe(0);
  return codeIn(printed);
}

/** The eight-digit one-time code in what was said or printed. */
export function codeIn(text: string): string {
  const code = /\b(\d{8})\b/.exec(text)?.[1];
  if (!code) throw new Error(`no code in: ${text}`);
  return code;
}

/** A committee with no cell yet, as the operator's `plan import --committee` leaves one. */
export function newCommittee(h: Harness, name: string): number {
  const row = h.app.database.sqlite
    .prepare("insert into committees (name, created_at) values (?, ?) returning id")
    .get(name, h.clock.now().getTime()) as { id: number };
  return row.id;
}
