import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { htmlToPlain } from "../../domain/html.js";
import { foldKey } from "../../domain/text.js";
import type { Router, RouterPlatform } from "../../engine/router.js";
import type { Translator } from "../../i18n.js";
import type { DocumentMaker } from "../../messages/document-request.js";
import type { Content } from "../../messages/incoming.js";
import type { Reply } from "../../messages/reply.js";
import type { Deliverer } from "../../outbox/outbox-sender.js";
import { makePrivateFolder, writePrivateFile } from "../../private-files.js";
import { parseCommand } from "../parse-command.js";
import { numberedChoices, renderReply } from "../render-reply.js";
import {
  CONSOLE_GROUPS,
  CONSOLE_PEOPLE,
  type ConsoleGroup,
  type ConsolePerson,
} from "./console-world.js";

const BOT_NAME = "chibo";
const MAX_TEXT = 4096;

/**
 * A chat in the terminal with several simulated people and groups. Lines starting with ":"
 * switch who speaks and where; everything else is a message to the bot, through the same
 * router as Telegram.
 */
export class ConsoleChat {
  private readonly people = [...CONSOLE_PEOPLE];
  private speaker: ConsolePerson;
  private group: ConsoleGroup | undefined;

  private readonly platform: RouterPlatform = {
    hasButtons: false,
    canWriteFirst: true,
    isChatAdmin: async (_chatId, personId) =>
      this.people.find((p) => p.id === personId)?.admin ?? false,
  };

  constructor(
    private readonly router: Router,
    private readonly translator: Translator,
    /** Files a reply carries are written here, and their path is printed. */
    private readonly files?: { documents: DocumentMaker; dir: string },
  ) {
    this.speaker = this.people[0] as ConsolePerson;
    this.group = CONSOLE_GROUPS[0];
  }

  /** What the prompt shows: who is speaking, and where. */
  get prompt(): string {
    const place = this.group?.title ?? this.translator.t("console-private-chat");
    return `[${this.speaker.name} @ ${place}] > `;
  }

  /** One line typed by the operator; returns the lines to print. */
  async type(line: string): Promise<string[]> {
    const text = line.trim();
    if (!text) return [];
    if (text.startsWith(":")) return this.meta(text.slice(1).trim());
    const chat = this.group
      ? { id: this.group.id, kind: "group" as const, title: this.group.title }
      : { id: this.speaker.id, kind: "private" as const, title: this.speaker.name };
    const content: Content = parseCommand(text, BOT_NAME) ?? { type: "text", text };
    const updateKey = `console:${randomUUID()}`;
    const replies = await this.router.handle(
      {
        platform: "console",
        updateKey,
        chat,
        person: { id: this.speaker.id, displayName: this.speaker.name },
        content,
      },
      this.platform,
    );
    const lines: string[] = [];
    for (const reply of replies) lines.push(...(await this.show(reply, chat.id)));
    this.router.repliesDelivered(updateKey);
    return lines;
  }

  /** Scheduled messages from the outbox, printed as they would arrive. */
  deliverer(print: (lines: string[]) => void): Deliverer {
    return {
      chatPrefix: "console:",
      hasButtons: false,
      deliver: async (reply) => print(await this.show(reply, "")),
    };
  }

  /** The reply's lines, and the file it carries saved to disk, its path shown. */
  private async show(reply: Reply, currentChat: string): Promise<string[]> {
    const lines = this.render(reply, currentChat);
    if (!reply.document || !this.files) return lines;
    const built = await this.files.documents(reply.document);
    // Plans and absence reasons: for the operator's eyes only.
    makePrivateFolder(this.files.dir);
    const path = join(this.files.dir, built.filename);
    writePrivateFile(path, built.data);
    const saved = htmlToPlain(this.translator.t("console-file-saved", { path }));
    return [...lines.slice(0, -1), saved, ""];
  }

  private render(reply: Reply, currentChat: string): string[] {
    const rendered = renderReply(reply, this.translator, MAX_TEXT);
    const lines: string[] = [];
    if (reply.chatId !== currentChat) {
      lines.push(this.translator.t("console-elsewhere", { place: this.placeName(reply.chatId) }));
    }
    lines.push(...rendered.chunks.map(htmlToPlain), ...numberedChoices(rendered, this.translator));
    if (rendered.privateLink) {
      lines.push(
        htmlToPlain(
          this.translator.t("console-private-link", { command: rendered.privateLink.payload }),
        ),
      );
    }
    return [...lines, ""];
  }

  private placeName(chatId: string): string {
    const group = CONSOLE_GROUPS.find((g) => g.id === chatId);
    if (group) return group.title;
    const person = this.people.find((p) => p.id === chatId);
    return this.translator.t("console-private-with", { name: person?.name ?? chatId });
  }

  private meta(command: string): string[] {
    const [verb = "", ...rest] = command.split(/\s+/);
    const argument = rest.join(" ");
    const t = (key: string, args?: Record<string, string>) =>
      htmlToPlain(this.translator.t(key, args));
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
      htmlToPlain(this.translator.t(key, args));
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
