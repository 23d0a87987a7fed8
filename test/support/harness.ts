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
import { offeredList } from "../../src/outbox/numbered-lists.js";
import { parseCommand } from "../../src/platforms/parse-command.js";
import { numberedChoices, renderReply, typedCommand } from "../../src/platforms/render-reply.js";
import { addConsentingMember } from "./consent-check.js";
import { ShownChoices } from "./shown-choices.js";

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

/** The consent question's yes, as chibo labels it. */
export const CONSENT_YES = "✅ Đồng ý";
/** The secretary's word that someone added by hand agreed on paper. */
export const PAPER_YES = "✅ Đã đồng ý trên giấy, thêm";

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
  "progress_notes",
  "year_results",
  "cell_models",
  "cell_model_progress",
  "nomination_rounds",
  "nominations",
  "nomination_votes",
  "attendance_changes",
  "absence_warnings",
];

/**
 * The key of every harness's and rig's database unless a test asks for a plain file: the
 * commands', platforms' and journeys' tests run on an encrypted database, as a cell that sets
 * DATABASE_KEY does (issue 19); npm start's own tests and the integrity, file-mode and
 * migration tests keep the plain default.
 */
export const TEST_DATABASE_KEY = "khóa thử của chi bộ, đủ dài";

/**
 * The router over a real SQLite file with the migrations applied, spoken to as a platform
 * without platform details. Every test gets its own database file.
 */
export class Harness {
  readonly app: App;
  readonly clock: TestClock;
  readonly dir: string;
  readonly admins = new Set<string>();
  /** The key the database is encrypted with, if it is. */
  readonly databaseKey: string | undefined;

  constructor(
    options: {
      now?: string;
      dir?: string;
      hasButtons?: boolean;
      /** The database's key; null: a plain file, as chibo makes without DATABASE_KEY. */
      databaseKey?: string | null;
    } = {},
  ) {
    this.dir = options.dir ?? mkdtempSync(join(tmpdir(), "chibo-test-"));
    this.clock = new TestClock(new Date(options.now ?? "2024-03-10T02:00:00Z"));
    this.databaseKey =
      options.databaseKey === undefined ? TEST_DATABASE_KEY : (options.databaseKey ?? undefined);
    const config = loadConfig({
      DATABASE_PATH: join(this.dir, "chibo.sqlite"),
      DATABASE_KEY: this.databaseKey,
    });
    this.app = createApp(config, pino({ level: "silent" }), this.clock);
    this.hasButtons = options.hasButtons ?? true;
  }

  private readonly hasButtons: boolean;
  /** The choices each chat shows, to press by their labels; and the outbox rows read into it. */
  private readonly shown = new ShownChoices();
  private outboxRead = 0;

  /** `who` writes `text` in `where` ("group:1" or "private"); returns what the bot said. */
  async say(who: string, where: string, text: string, options: { updateKey?: string } = {}) {
    const content: Content = parseCommand(text, "chibo_test_bot") ?? { type: "text", text };
    return this.deliver(who, where, content, options.updateKey);
  }

  /**
   * `who` presses the button labelled `label` (the whole label, or a RegExp found in it) that
   * `where` shows them, or types its number where there are no buttons: the latest message
   * showing it, in the replies and in what was posted to the outbox.
   */
  async press(who: string, where: string, label: string | RegExp) {
    this.readOutbox();
    const chatId = this.chatOf(who, where).id;
    const picked = this.shown.pick(chatId, label);
    if ("typed" in picked) {
      this.expectListed(chatId, picked);
      return this.say(who, where, picked.typed);
    }
    return this.deliver(who, where, { type: "choice", value: picked.value });
  }

  /** A number typed where chibo has no such list is a message it ignores: a test says so. */
  private expectListed(chatId: string, picked: { typed: string; label: string }): void {
    const list = offeredList(this.app.services.conversations, chatId);
    const label = list?.labels[Number(picked.typed) - 1];
    const read = label && plainText(this.app.translator.text(label));
    if (read !== picked.label) {
      throw new Error(
        `${chatId} shows ${picked.typed}. ${picked.label}, but chibo reads ${picked.typed} there as ${read ?? "nothing"}`,
      );
    }
  }

  /**
   * A choice value no button has to show: only for tests of what forged, stale or foreign
   * values do, which a person cannot press but a tampered client can send.
   */
  async sendChoiceValue(who: string, where: string, value: string) {
    return this.deliver(who, where, { type: "choice", value });
  }

  private chatOf(who: string, where: string) {
    return where.startsWith("group:")
      ? { id: `console:${where}`, kind: "group" as const, title: `Nhóm ${where.slice(6)}` }
      : { id: `console:${who}`, kind: "private" as const, title: who };
  }

  async deliver(who: string, where: string, content: Content, updateKey?: string): Promise<Said[]> {
    const person = { id: `console:${who}`, displayName: who };
    const chat = this.chatOf(who, where);
    this.readOutbox();
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
    const said = replies.map((reply) => this.render(reply));
    // Where a digit answers, a list shown later replaces the ones before it.
    const lists = said.filter((s) => s.choices.length > 0 && !s.reply.refresh);
    if (!this.hasButtons) for (const s of lists) this.shown.forget(s.chatId);
    for (const s of said) this.showing(s);
    this.readOutbox();
    return said;
  }

  private render(reply: Reply): Said {
    const rendered = renderReply(reply, this.app.translator, 4096, plainText);
    return {
      chatId: reply.chatId,
      text: rendered.chunks.join("\n"),
      choices: rendered.choices,
      privateLink: rendered.privateLink && typedCommand(rendered.privateLink),
      reply,
    };
  }

  /** A message as its chat shows it: buttons, or numbered lines where there are none. */
  private showing(said: Said): void {
    const { anchor, refresh } = said.reply;
    const numbered = this.hasButtons ? [] : numberedLines(said, this.app.translator);
    this.shown.show(
      said.chatId,
      {
        anchor,
        buttons: this.hasButtons ? said.choices : [],
        lines: [...said.text.split("\n"), ...numbered],
      },
      refresh,
    );
  }

  /**
   * Posts queued since last read (announcements, polls), shown in their chats as if sent at
   * once. Where a digit answers, the bot learns a post's list only when the outbox sends it.
   */
  private readOutbox(): void {
    const rows = this.app.database.sqlite
      .prepare("select id, reply from outbox where id > ? order by id")
      .all(this.outboxRead) as { id: number; reply: string }[];
    for (const row of rows) {
      this.outboxRead = row.id;
      const reply = JSON.parse(row.reply) as Reply;
      if (!this.hasButtons && (reply.choices ?? []).length > 0) this.shown.forget(reply.chatId);
      this.showing(this.render(reply));
    }
  }

  /** Sets up a linked group with a secretary ("Lan") and active members. */
  async cellWith(members: string[], group = "group:1"): Promise<string> {
    this.admins.add("console:Lan");
    await this.say("Lan", group, "/khoitao Chi bộ Khu phố 1");
    await this.say("Lan", "private", "/caidat");
    await this.press("Lan", "private", /tự động duyệt/);
    const cell = this.app.services.cells.all()[0];
    if (!cell) throw new Error("no cell");
    // On the roster as /thamgia with auto-approval puts them, under the short names tests use
    // ("Hùng"): /thamgia itself wants a full name.
    // With the consent /thamgia stores: no roster entry without one.
    for (const name of members) {
      const personId = `console:${name}`;
      addConsentingMember(this.app, {
        cellId: cell.id,
        fullName: name,
        personId,
        now: this.clock.now(),
      });
    }
    return cell.code;
  }

  /**
   * `who` types "/thamgia fullName" in `group` and agrees to the consent question, where it was
   * asked (the group, or their private chat); returns all chibo said.
   */
  async join(who: string, fullName: string, group = "group:1"): Promise<Said[]> {
    const typed = await this.say(who, group, `/thamgia ${fullName}`);
    const asked = (said: Said) => said.reply.parts.some((part) => part.key === "consent-ask");
    const question = typed.find(asked);
    if (!question) return typed;
    // In private, and in a group without buttons, the question is answered by typing; else by its choice.
    const answer =
      question.chatId === `console:${who}`
        ? await this.say(who, "private", "đồng ý")
        : question.choices.length === 0
          ? await this.say(who, group, "đồng ý")
          : await this.press(who, group, CONSENT_YES);
    return [...typed, ...answer];
  }

  /**
   * `who` (a secretary) types "/thanhvien them line" and confirms that the person agreed on
   * paper, where chibo asks it; returns all chibo said.
   */
  async addByHand(who: string, line: string): Promise<Said[]> {
    const asked = await this.say(who, "private", `/thanhvien them ${line}`);
    const question = asked.some((said) => said.choices.some((c) => c.label === PAPER_YES));
    if (!question) return asked;
    return [...asked, ...(await this.press(who, "private", PAPER_YES))];
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

/** The numbered lines a platform without buttons writes under a message with choices. */
function numberedLines(said: Said, translator: App["translator"]): string[] {
  return numberedChoices({ chunks: [], choices: said.choices }, translator);
}

export function texts(said: Said[]): string {
  return said.map((s) => s.text).join("\n---\n");
}
