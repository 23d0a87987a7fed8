import { randomUUID } from "node:crypto";
import { join } from "node:path";
import type { App } from "../../app.js";
import { plainText } from "../../domain/rich-text.js";
import { foldKey } from "../../domain/text.js";
import type { Content } from "../../messages/incoming.js";
import type { ChatAdapter, OutgoingMessage } from "../../outbox/chat-adapter.js";
import type { Deliverer } from "../../outbox/outbox-sender.js";
import { makePrivateFolder, writePrivateFile } from "../../private-files.js";
import { parseCommand } from "../parse-command.js";
import { typedCommand } from "../render-reply.js";
import { ReplySender } from "../send-reply.js";
import { localFile } from "./console-file.js";
import {
  CONSOLE_GROUPS,
  CONSOLE_PEOPLE,
  type ConsoleGroup,
  type ConsolePerson,
} from "./console-world.js";

const BOT_NAME = "chibo";

/** What the console chat runs on: the router, and what replies are made and sent with. */
type ConsoleApp = Pick<App, "router" | "translator" | "services" | "documents">;

/**
 * A chat in the terminal with several simulated people and groups. Lines starting with ":"
 * switch who speaks and where; everything else is a message to the bot, through the same
 * router as Telegram.
 */
export class ConsoleChat {
  private readonly people = [...CONSOLE_PEOPLE];
  private speaker: ConsolePerson;
  private group: ConsoleGroup | undefined;

  private readonly translator: ConsoleApp["translator"];
  /** What the answers to the line typed last print. */
  private printed: string[] = [];
  private here = "";
  private messages = 0;
  private readonly answers: ReplySender;

  constructor(
    private readonly app: ConsoleApp,
    /** Files a reply carries are written here, and their path is printed. */
    private readonly files?: { dir: string },
  ) {
    this.translator = app.translator;
    this.speaker = this.people[0] as ConsolePerson;
    this.group = CONSOLE_GROUPS[0];
    this.answers = this.sender(
      (lines) => this.printed.push(...lines),
      () => this.here,
    );
  }

  /** What the prompt shows: who is speaking, and where. */
  get prompt(): string {
    const place = this.group?.title ?? plainText(this.translator.t("console-private-chat"));
    return `[${this.speaker.name} @ ${place}] > `;
  }

  /** One line typed by the operator; returns the lines to print. */
  async type(line: string): Promise<string[]> {
    const text = line.trim();
    if (!text) return [];
    if (text.startsWith(":")) {
      const meta = this.meta(text.slice(1).trim());
      return Array.isArray(meta) ? meta : this.send(meta);
    }
    return this.send(parseCommand(text, BOT_NAME) ?? { type: "text", text });
  }

  /** A message from the one speaking, where they are, through the router; the lines to print. */
  private async send(content: Content): Promise<string[]> {
    const chat = this.group
      ? { id: this.group.id, kind: "group" as const, title: this.group.title }
      : { id: this.speaker.id, kind: "private" as const, title: this.speaker.name };
    const updateKey = `console:${randomUUID()}`;
    const { router } = this.app;
    const replies = await router.handle(
      {
        platform: "console",
        updateKey,
        chat,
        person: { id: this.speaker.id, displayName: this.speaker.name },
        content,
      },
      this.answers.adapter,
    );
    this.printed = [];
    this.here = chat.id;
    for (const reply of replies) await this.answers.send(reply);
    router.repliesDelivered(updateKey);
    return this.printed;
  }

  /** Scheduled messages from the outbox, printed as they would arrive. */
  deliverer(print: (lines: string[]) => void): Deliverer {
    const sender = this.sender(print, () => "");
    const { chatPrefix, hasButtons, hasNativePolls } = sender.adapter;
    return { chatPrefix, hasButtons, hasNativePolls, deliver: (reply) => sender.send(reply) };
  }

  private sender(print: (lines: string[]) => void, here: () => string): ReplySender {
    const { services, documents } = this.app;
    const { translator } = this;
    const adapter = consoleAdapter({
      show: (message) => print(this.show(message, here())),
      sendsDocuments: this.files !== undefined,
      isChatAdmin: async (personId) => this.people.find((p) => p.id === personId)?.admin ?? false,
      nextId: () => String(++this.messages),
    });
    return new ReplySender(adapter, {
      translator,
      posted: services.posted,
      clock: services.clock,
      documents,
    });
  }

  /** A message's lines: where it goes if not here, its text, and the file it carries saved to disk. */
  private show(message: OutgoingMessage, here: string): string[] {
    const lines: string[] = [];
    if (message.chatId !== here) {
      const place = this.placeName(message.chatId);
      lines.push(plainText(this.translator.t("console-elsewhere", { place })));
    }
    if (message.text) lines.push(message.text);
    const { file } = message;
    if (file && this.files) {
      // Plans and absence reasons: for the operator's eyes only.
      makePrivateFolder(this.files.dir);
      const path = join(this.files.dir, file.filename);
      writePrivateFile(path, file.data);
      lines.push(plainText(this.translator.t("console-file-saved", { path })));
    }
    return [...lines, ""];
  }

  private placeName(chatId: string): string {
    const group = CONSOLE_GROUPS.find((g) => g.id === chatId);
    if (group) return group.title;
    const person = this.people.find((p) => p.id === chatId);
    return plainText(this.translator.t("console-private-with", { name: person?.name ?? chatId }));
  }

  /** What a ":" line does: lines to print, or (":tep") a file sent as the one speaking. */
  private meta(command: string): string[] | Content {
    const [verb = "", ...rest] = command.split(/\s+/);
    const argument = rest.join(" ");
    const t = (key: string, args?: Record<string, string>) =>
      plainText(this.translator.t(key, args));
    switch (foldKey(verb)) {
      case "la":
      case "as": {
        const person = this.findPerson(argument);
        if (!person) return [t("console-unknown-person", { name: argument }), ...this.roster()];
        this.speaker = person;
        return [t("console-now-speaking", { name: person.name })];
      }
      case "them":
      case "add": {
        if (!argument) return [t("console-usage")];
        const id = `console:${foldKey(argument).replace(/[^a-z0-9]+/g, "-")}`;
        const person = this.people.find((p) => p.id === id) ?? { id, name: argument, admin: false };
        if (!this.people.includes(person)) this.people.push(person);
        this.speaker = person;
        return [t("console-now-speaking", { name: person.name })];
      }
      case "nhom":
      case "group": {
        const group = CONSOLE_GROUPS[Number(argument || "1") - 1];
        if (!group) return [t("console-usage"), ...this.roster()];
        this.group = group;
        return [t("console-now-in", { place: group.title })];
      }
      case "rieng":
      case "private":
        this.group = undefined;
        return [t("console-now-in", { place: t("console-private-chat") })];
      case "ai":
      case "who":
        return this.roster();
      case "tep":
      case "file": {
        const typed = command.slice(verb.length).trim();
        if (!typed) return [t("console-usage")];
        const file = localFile(typed);
        return file ? { type: "file", file } : [t("console-no-file", { path: typed })];
      }
      default:
        return [t("console-usage")];
    }
  }

  private findPerson(query: string): ConsolePerson | undefined {
    const key = foldKey(query);
    if (!key) return undefined;
    return this.people.find((p) => foldKey(p.name).includes(key) || p.id.endsWith(`:${key}`));
  }

  private roster(): string[] {
    const t = (key: string, args: Record<string, string>) =>
      plainText(this.translator.t(key, args));
    return [
      ...this.people.map((p) =>
        t(p.admin ? "console-person-admin" : "console-person", { name: p.name }),
      ),
      ...CONSOLE_GROUPS.map((g, index) =>
        t("console-group", { number: String(index + 1), title: g.title }),
      ),
    ];
  }
}

/**
 * The console as a platform: plain text, choices as a numbered list, every message shown in
 * one piece with its file. An edit shows the message again, as it now reads.
 */
function consoleAdapter(options: {
  show(message: OutgoingMessage): void;
  sendsDocuments: boolean;
  isChatAdmin(personId: string): Promise<boolean>;
  nextId(): string;
}): ChatAdapter {
  return {
    chatPrefix: "console:",
    hasButtons: false,
    canEdit: true,
    hasNativePolls: false,
    sendsDocuments: options.sendsDocuments,
    canWriteFirst: true,
    maxText: Number.POSITIVE_INFINITY,
    format: plainText,
    privateLinkText: (link) => ({
      key: "console-private-link",
      args: { command: typedCommand(link) },
    }),
    fileWithText: () => true,
    async send(message) {
      options.show(message);
      return { messageId: options.nextId() };
    },
    sendPoll() {
      throw new Error("The console has no polls of its own.");
    },
    async edit(_messageId, message) {
      options.show(message);
      return true;
    },
    async stopPoll() {},
    isChatAdmin: (_chatId, personId) => options.isChatAdmin(personId),
  };
}
