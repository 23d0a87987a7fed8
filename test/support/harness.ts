import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { type App, createApp } from "../../src/app.js";
import type { Clock } from "../../src/clock.js";
import { loadConfig } from "../../src/config.js";
import { plainText } from "../../src/domain/rich-text.js";
import type { Content } from "../../src/messages/incoming.js";
import type { Reply } from "../../src/messages/reply.js";
import { parseCommand } from "../../src/platforms/parse-command.js";
import { renderReply, typedCommand } from "../../src/platforms/render-reply.js";

/** A clock a test moves by hand. */
export class TestClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export interface Said {
  chatId: string;
  text: string;
  choices: { label: string; value: string }[];
  privateLink?: string;
  reply: Reply;
}

let updates = 0;

const STATE_TABLES = [
  "committees",
  "cells",
  "groups",
  "members",
  "identities",
  "plans",
  "quarter_topics",
  "commitments",
  "commitment_revisions",
  "dialogs",
  "job_runs",
  "outbox",
  "meetings",
  "meeting_responses",
  "attendance",
  "polls",
  "poll_votes",
];

/**
 * The router over a real SQLite file with the migrations applied, spoken to as a platform
 * without platform details. Every test gets its own database file.
 */
export class Harness {
  readonly app: App;
  readonly clock: TestClock;
  readonly dir: string;
  readonly admins = new Set<string>();

  constructor(options: { now?: string; dir?: string; hasButtons?: boolean } = {}) {
    this.dir = options.dir ?? mkdtempSync(join(tmpdir(), "chibo-test-"));
    this.clock = new TestClock(new Date(options.now ?? "2024-03-10T02:00:00Z"));
    const config = loadConfig({ DATABASE_PATH: join(this.dir, "chibo.sqlite") });
    this.app = createApp(config, pino({ level: "silent" }), this.clock);
    this.hasButtons = options.hasButtons ?? true;
  }

  private readonly hasButtons: boolean;

  /** `who` writes `text` in `where` ("group:1" or "private"); returns what the bot said. */
  async say(who: string, where: string, text: string, options: { updateKey?: string } = {}) {
    const content: Content = parseCommand(text, "chibo_test_bot") ?? { type: "text", text };
    return this.deliver(who, where, content, options.updateKey);
  }

  async choose(who: string, where: string, value: string) {
    return this.deliver(who, where, { type: "choice", value });
  }

  async deliver(who: string, where: string, content: Content, updateKey?: string): Promise<Said[]> {
    const person = { id: `console:${who}`, displayName: who };
    const chat = where.startsWith("group:")
      ? { id: `console:${where}`, kind: "group" as const, title: `Nhóm ${where.slice(6)}` }
      : { id: person.id, kind: "private" as const, title: who };
    const key = updateKey ?? `test:${++updates}`;
    const replies = await this.app.router.handle(
      { platform: "console", updateKey: key, chat, person, content },
      {
        hasButtons: this.hasButtons,
        canWriteFirst: true,
        isChatAdmin: async (_chat, personId) => this.admins.has(personId),
      },
    );
    // As a platform does once it has sent them.
    this.app.router.repliesDelivered(key);
    return replies.map((reply) => {
      const rendered = renderReply(reply, this.app.translator, 4096, plainText);
      return {
        chatId: reply.chatId,
        text: rendered.chunks.join("\n"),
        choices: rendered.choices,
        privateLink: rendered.privateLink && typedCommand(rendered.privateLink),
        reply,
      };
    });
  }

  /** Sets up a linked group with a secretary ("Lan") and active members. */
  async cellWith(members: string[], group = "group:1"): Promise<string> {
    this.admins.add("console:Lan");
    await this.say("Lan", group, "/khoitao Chi bộ Khu phố 1");
    await this.say("Lan", "private", "/caidat");
    await this.choose("Lan", "private", "caidat:autoApprove");
    const cell = this.app.services.cells.all()[0];
    if (!cell) throw new Error("no cell");
    // On the roster as /thamgia with auto-approval puts them, under the short names tests use
    // ("Hùng"): /thamgia itself wants a full name.
    for (const name of members) {
      this.app.services.members.create({
        cellId: cell.id,
        fullName: name,
        role: "member",
        roster: "active",
        personId: `console:${name}`,
        displayName: name,
        now: this.clock.now(),
      });
    }
    return cell.code;
  }

  /** Every table a command could change (not the bookkeeping of updates and offered lists). */
  snapshot(): string {
    const { sqlite } = this.app.database;
    return JSON.stringify(
      STATE_TABLES.map((table) => sqlite.prepare(`select * from ${table} order by rowid`).all()),
    );
  }

  close(): void {
    this.app.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function texts(said: Said[]): string {
  return said.map((s) => s.text).join("\n---\n");
}
