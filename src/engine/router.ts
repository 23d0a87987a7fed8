import type { Logger } from "pino";
import { type Access, checkAccess } from "./access.js";
import { type Command, UserError } from "./command.js";
import type { Incoming } from "./incoming.js";
import type { Reply } from "./reply.js";
import type { Services } from "./services.js";
import { type Dispatcher, type PlatformPort, Turn } from "./turn.js";

/** A digit (or two) alone: the answer to a numbered list where there are no buttons. */
const NUMBERED_ANSWER = /^\s*(\d{1,2})\s*[.)]?\s*$/;

export interface RouterPlatform extends PlatformPort {
  /** Platforms without buttons show choices as a numbered list and read back a digit. */
  hasButtons: boolean;
}

/**
 * Takes every incoming message from every platform: drops redeliveries, finds the member and
 * the cell, continues an open dialog or starts a command, and returns what to say.
 */
export class Router implements Dispatcher {
  private readonly byName: Map<string, Command>;

  constructor(
    private readonly services: Services,
    private readonly commands: readonly Command[],
    private readonly log: Logger,
  ) {
    this.byName = new Map(commands.map((c) => [c.name, c]));
  }

  async handle(incoming: Incoming, platform: RouterPlatform): Promise<Reply[]> {
    const { conversations, cells, members, clock } = this.services;
    if (!conversations.firstDelivery(incoming.updateKey, clock.now())) return [];

    if (incoming.chat.kind === "private")
      conversations.notePrivateChat(incoming.person.id, clock.now());
    const group = incoming.chat.kind === "group" ? cells.groupLink(incoming.chat.id) : undefined;
    const turn = new Turn(
      incoming,
      this.services,
      group,
      members.byPerson(incoming.person.id),
      platform,
      this,
    );
    try {
      await this.route(turn, platform);
    } catch (error) {
      if (error instanceof UserError) {
        turn.reply(error.key, error.args);
      } else {
        // Only ids go to the log: what people write is personal and stays out of it.
        this.log.error({ err: error, update: incoming.updateKey }, "command failed");
        turn.replies.length = 0;
        turn.reply("error-internal");
      }
    }
    if (!platform.hasButtons) this.rememberNumberedChoices(turn.replies);
    return turn.replies;
  }

  isCommand(name: string): boolean {
    return this.byName.has(name);
  }

  async run(turn: Turn, commandName: string, args: string): Promise<void> {
    const command = this.byName.get(commandName);
    if (!command) return turn.fail("unknown-command", { command: commandName });
    const access = this.access(command, turn);
    if (!access.ok) {
      if ("goPrivate" in access) return this.offerPrivate(turn, command);
      return turn.fail(access.refusal.key, access.refusal.args);
    }
    turn.args = args;
    await command.run(turn);
  }

  available(turn: Turn): string[] {
    return this.commands
      .filter((command) => !command.hidden && this.access(command, turn).ok)
      .map((command) => command.name);
  }

  private async route(turn: Turn, platform: RouterPlatform): Promise<void> {
    const { content } = turn.incoming;
    const isPrivate = turn.chat.kind === "private";
    switch (content.type) {
      case "command":
        if (content.mention === "other") return;
        // Other bots in the group have commands too: only answer unknown ones meant for us.
        if (!this.byName.has(content.name) && !isPrivate && content.mention !== "us") return;
        return this.run(turn, content.name, content.args);
      case "choice":
        return this.choose(turn, content.value);
      case "text":
        return this.answer(turn, content.text, platform);
      case "anonymous":
        return turn.reply("refuse-anonymous");
      case "edited":
        if (isPrivate) turn.reply("edited-ignored");
        return;
      case "bot-removed":
        this.services.cells.setGroupActive(turn.chat.id, false);
        this.log.info({ chat: turn.chat.id }, "bot removed from a group; link kept, inactive");
        return;
    }
  }

  private async choose(turn: Turn, value: string): Promise<void> {
    const [name = "", payload = ""] = splitOnce(value, ":");
    const command = this.byName.get(name);
    if (!command?.choose) return turn.fail("choice-expired");
    const access = this.access(command, turn);
    if (!access.ok) {
      if ("goPrivate" in access) return this.offerPrivate(turn, command);
      return turn.fail(access.refusal.key, access.refusal.args);
    }
    await command.choose(turn, payload);
  }

  private async answer(turn: Turn, text: string, platform: RouterPlatform): Promise<void> {
    const { conversations } = this.services;
    const numbered = platform.hasButtons ? null : NUMBERED_ANSWER.exec(text);
    if (numbered) {
      const value = conversations.offeredChoice(turn.chat.id, Number(numbered[1]));
      if (value) return this.choose(turn, value);
    }
    const dialog = conversations.dialog(turn.chat.id, turn.person.id);
    const command = dialog && this.byName.get(dialog.command);
    if (dialog && command?.answer) return command.answer(turn, text, dialog.state);
    // In groups the bot only listens for commands; elsewhere a stray message gets a pointer.
    if (turn.chat.kind === "private") turn.reply("text-without-dialog");
  }

  private access(command: Command, turn: Turn): Access {
    return checkAccess(command, {
      chatKind: turn.chat.kind,
      group: turn.group,
      member: turn.member,
    });
  }

  private offerPrivate(turn: Turn, command: Command): void {
    turn.reply(
      "go-private",
      { command: command.name },
      {
        privateLink: { label: { key: "go-private-button" }, payload: command.name },
      },
    );
  }

  /** A digit answers the latest list shown in a chat; a message without a list ends it. */
  private rememberNumberedChoices(replies: Reply[]): void {
    const now = this.services.clock.now();
    for (const reply of replies) {
      const values = (reply.choices ?? []).map((c) => c.value);
      this.services.conversations.offerChoices(reply.chatId, values, now);
    }
  }
}

function splitOnce(value: string, separator: string): [string, string] {
  const at = value.indexOf(separator);
  return at < 0 ? [value, ""] : [value.slice(0, at), value.slice(at + 1)];
}
