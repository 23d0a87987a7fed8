import type { Logger } from "pino";
import { isDamage } from "../db/database-check.js";
import { isStorageFailure } from "../db/storage-error.js";
import { isCancel, isGreeting, isGreetingToBot, readCommand } from "../domain/phrases.js";
import { clip, normalizeLine, splitOnce } from "../domain/text.js";
import { recordPollEvent } from "../meetings/polls.js";
import { huyChoices } from "../messages/choice-values.js";
import {
  type Incoming,
  type IncomingFile,
  type IncomingPhoto,
  isImageFile,
  type PollEvent,
} from "../messages/incoming.js";
import type { Reply } from "../messages/reply.js";
import type { ChatAdapter } from "../outbox/chat-adapter.js";
import {
  labelledChoice,
  type OfferedList,
  offeredList,
  readNumber,
  rememberNumbered,
  type TypedNumber,
} from "../outbox/numbered-lists.js";
import type { MemberWithCell } from "../store/member-store.js";
import type { Services } from "../store/services.js";
import { type Access, checkAccess, choiceAllowedIn, type Whereabouts } from "./access.js";
import { type Command, startCall } from "./command.js";
import { type FileAnswer, takeFile } from "./file-taker.js";
import { type Dispatcher, Turn } from "./turn.js";
import { UserError } from "./user-error.js";

/** How much of an unknown command is said back: enough to recognise, never a wall of text. */
const ECHOED_COMMAND = 30;

/** What the router needs from a platform's adapter. */
export type RouterPlatform = Pick<ChatAdapter, "hasButtons" | "canWriteFirst" | "isChatAdmin">;

/**
 * Takes every incoming message from every platform: drops redeliveries, finds the member and
 * the cell, continues an open dialog or starts a command, and returns what to say.
 */
export class Router implements Dispatcher {
  /** Updates whose answers went out since the last turn; noted in the next turn's commit. */
  private readonly delivered = new Set<string>();
  private readonly byName: Map<string, Command>;
  /** The commands each turn ran, itself or on another's behalf (a private link, a choice). */
  private readonly commandsRan = new WeakMap<Turn, Set<string>>();
  /** Turns that only said a number was wrong: what a digit answers stays as it was. */
  private readonly listsKept = new WeakSet<Turn>();
  /** Files fetched and read before their turn, with the answer the turn gives. */
  private readonly fileAnswers = new WeakMap<Incoming, FileAnswer>();
  /** Called after a turn queued posts in the outbox, so that they go out at once. */
  onPosted: () => void = () => {};

  constructor(
    private readonly services: Services,
    private readonly commands: readonly Command[],
    private readonly log: Logger,
  ) {
    this.byName = new Map(commands.map((c) => [c.name, c]));
  }

  async handle(received: Incoming, platform: RouterPlatform): Promise<Reply[]> {
    const started = performance.now();
    const replies = await this.respond(received, platform).catch((error: unknown) => {
      if (isDamage(error)) {
        this.log.error(
          { update: received.updateKey, code: (error as { code?: string }).code },
          "the database file is damaged: restore it from a backup; the next start checks it",
        );
        return [{ chatId: received.chat.id, parts: [{ key: "error-internal" }] }];
      }
      if (!isStorageFailure(error)) throw error;
      // Nothing of this turn was stored, its update id included: a redelivery is answered anew.
      this.log.error(
        { update: received.updateKey, code: (error as { code?: string }).code },
        "the database cannot be written (is the disk full?); the person is asked to try later",
      );
      return [{ chatId: received.chat.id, parts: [{ key: "error-storage" }] }];
    });
    // One line a turn at debug level: ids and the command's name, never what anyone wrote.
    // Built only when it is written: at info level a turn pays nothing for it.
    if (this.log.isLevelEnabled("debug")) {
      this.log.debug(
        {
          update: received.updateKey,
          what: this.whatOf(received.content),
          replies: replies.length,
          ms: Math.round((performance.now() - started) * 10) / 10,
        },
        "turn",
      );
    }
    return replies;
  }

  /** What a turn was about, for the log: a known command's name, or only the kind of message. */
  private whatOf(content: Incoming["content"]): string {
    if (content.type === "command") return this.byName.has(content.name) ? content.name : "unknown";
    if (content.type === "choice") {
      const name = content.value.split(":", 1)[0] ?? "";
      return this.byName.has(name) ? `${name}:choice` : "choice";
    }
    return content.type;
  }

  private async respond(received: Incoming, platform: RouterPlatform): Promise<Reply[]> {
    // A profile name is shown back and may become a roster name: no bidi overrides, no
    // invisible characters, whichever platform it came from.
    const displayName = normalizeLine(received.person.displayName);
    const incoming = { ...received, person: { ...received.person, displayName } };
    // Asked before the transaction, which cannot wait: a redelivery may ask again, harmlessly.
    const admin = await this.askAdminIfNeeded(incoming, platform).then(
      (isAdmin) => ({ isAdmin }),
      (error: unknown) => ({ error }),
    );
    // Only a file waits for anything here: other turns take no extra turn of the event loop.
    if (incoming.content.type === "file") await this.readFileIfTaken(incoming);
    const { conversations, cells, members, clock } = this.services;
    // The update is recorded in the turn's transaction, one commit in all: a redelivery finds it,
    // and a turn that is refused or fails still counts as answered.
    const answered = this.services.transaction((): Turn | Reply[] => {
      const now = clock.now();
      // What was delivered since the last turn is written down with this one: no commit of its own.
      this.noteDelivered();
      // Seen before: only what it still owes, if its answers never went out (a crash).
      const owed = conversations.seen(incoming.updateKey);
      if (owed) return owed;
      if (incoming.chat.kind === "private") conversations.notePrivateChat(incoming.person.id, now);
      try {
        if ("error" in admin) throw admin.error;
        const turn = new Turn(
          incoming,
          this.services,
          incoming.chat.kind === "group" ? cells.groupLink(incoming.chat.id) : undefined,
          members.byPerson(incoming.person.id),
          {
            hasButtons: platform.hasButtons,
            canWriteFirst: platform.canWriteFirst,
            senderIsChatAdmin: admin.isAdmin,
          },
          this,
        );
        const answer = this.answerInSavepoint(turn);
        const replies = Array.isArray(answer) ? answer : answer.replies;
        conversations.noteProcessed(incoming.updateKey, now, replies);
        return answer;
      } catch (error) {
        // A full disk or a damaged file ends the whole transaction: nothing to answer from.
        if (isStorageFailure(error) || isDamage(error)) throw error;
        // Only ids go to the log: what people write is personal and stays out of it.
        this.log.error({ err: error, update: incoming.updateKey }, "turn failed");
        // Answered all the same: a redelivery is not tried again.
        conversations.noteProcessed(incoming.updateKey, now, []);
        return [{ chatId: incoming.chat.id, parts: [{ key: "error-internal" }] }];
      }
    });
    if (Array.isArray(answered)) return answered;
    if (answered.posted > 0) this.onPosted();
    return answered.replies;
  }

  /**
   * The platform took the answers to this update. Until it says so they are kept with the
   * update, and a redelivery after a crash sends them rather than nothing.
   */
  repliesDelivered(updateKey: string): void {
    this.delivered.add(updateKey);
  }

  /** Writes down which updates' answers went out (with the next turn, or at the close). */
  noteDelivered(): void {
    if (this.delivered.size === 0) return;
    this.services.conversations.repliesDelivered([...this.delivered]);
    this.delivered.clear();
  }

  isCommand(name: string): boolean {
    return this.byName.has(name);
  }

  run(turn: Turn, commandName: string, args: string): void {
    this.ranIn(turn).add(commandName);
    const command = this.byName.get(commandName);
    if (!command) {
      return turn.fail("unknown-command", { command: clip(commandName, ECHOED_COMMAND) });
    }
    if (this.allowed(command, turn)) {
      turn.args = args;
      command.run(turn);
    }
  }

  private ranIn(turn: Turn): Set<string> {
    let ran = this.commandsRan.get(turn);
    if (!ran) {
      ran = new Set();
      this.commandsRan.set(turn, ran);
    }
    return ran;
  }

  /**
   * A command typed in the middle of a dialog, then the dialog's question again, so that the
   * person knows which step their next message answers. Not when the command showed a list (a
   * digit must answer that), nor when it ended, replaced or itself resumed the dialog.
   */
  private runBetweenSteps(turn: Turn, commandName: string, args: string): void {
    const before = turn.dialog();
    this.run(turn, commandName, args);
    if (!before || this.ranIn(turn).has(before.command)) return;
    if (turn.replies.some((reply) => (reply.choices?.length ?? 0) > 0)) return;
    const after = turn.dialog();
    const command = this.byName.get(before.command);
    if (after?.command !== before.command || !command?.resume) return;
    if (this.access(command, turn).ok) command.resume(turn, after.state);
  }

  /**
   * What /help lists: what this person may run here, or continue in private. In a group not
   * linked yet, only what links it (admin status is not asked for /help) and what works anywhere.
   */
  available(turn: Turn): string[] {
    const unlinkedGroup = turn.inGroup && !turn.group?.active;
    return this.commands
      .filter((command) => !command.hidden)
      .filter((command) => {
        if (command.who === "groupAdmin") return unlinkedGroup;
        if (unlinkedGroup) return command.where === "anywhere" && command.who === "anyone";
        const access = this.access(command, turn);
        return access.ok || "goPrivate" in access;
      })
      .map((command) => command.name);
  }

  resume(turn: Turn): boolean {
    const dialog = turn.dialog();
    const command = dialog && this.byName.get(dialog.command);
    if (!dialog || !command?.resume || !this.allowed(command, turn)) return false;
    command.resume(turn, dialog.state);
    return true;
  }

  /**
   * The turn in a savepoint: a refusal or a fault rolls back whatever it wrote; a refusal
   * alone is then the answer. Returns the turn when it went through.
   */
  private answerInSavepoint(turn: Turn): Turn | Reply[] {
    try {
      this.services.transaction(() => {
        this.route(turn);
        if (this.listsKept.has(turn)) return;
        // Shown as remembered: several lists to one chat are numbered across.
        turn.replies.splice(0, turn.replies.length, ...this.rememberNumbered(turn.replies, turn));
      });
      return turn;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      // A button pressed in a group is answered to the one who pressed it, not to the group.
      const ack = turn.inGroup && turn.incoming.content.type === "choice";
      const parts = [{ key: error.key, args: error.args }];
      const refusal: Reply[] = [{ chatId: turn.chat.id, parts, ack, ...error.extras }];
      // Outside the rolled-back savepoint, so that a digit can answer the refusal's choices.
      if (error.extras.choices) this.rememberNumbered(refusal, turn);
      return refusal;
    }
  }

  /** A vote in a native poll: recorded once, with its update in one transaction; told nobody. */
  handlePollEvent(event: PollEvent): void {
    const { conversations, clock } = this.services;
    this.services.transaction(() => {
      if (!conversations.firstDelivery(event.updateKey, clock.now())) return;
      try {
        this.services.transaction(() => recordPollEvent(this.services, event));
      } catch (error) {
        this.log.error({ err: error, update: event.updateKey }, "poll event failed");
      }
    });
  }

  private route(turn: Turn): void {
    const { content } = turn.incoming;
    const isPrivate = turn.chat.kind === "private";
    switch (content.type) {
      case "command": {
        if (content.mention === "other") return;
        // "/Đăng ký", "/dang ky", "/dangky2": the name as it was meant, or a question.
        const read = this.byName.has(content.name)
          ? undefined
          : readCommand(`/${content.name} ${content.args}`, (name) => this.isCommand(name));
        if (read?.certain) return this.run(turn, read.command, read.args);
        if (read) return this.suggest(turn, read.command);
        // Other bots in the group have commands too: only answer unknown ones meant for us.
        if (!this.byName.has(content.name) && !isPrivate && content.mention !== "us") return;
        return this.runBetweenSteps(turn, content.name, content.args);
      }
      case "choice":
        return this.choose(turn, content.value);
      case "text":
        return this.answer(turn, content.text);
      case "forwarded":
        // Only what people write themselves is an answer: a forward is someone else's words.
        if (isPrivate) turn.reply("forwarded-ignored");
        return;
      case "file":
        return this.takeFile(turn, content.file);
      case "photo":
        if (this.toDialog(turn, content.photo)) return;
        // Outside such a dialog the picture is not read; what was written with it is.
        if (content.photo.caption !== undefined) return this.answer(turn, content.photo.caption);
        if (isPrivate) turn.reply("unsupported-message");
        return;
      case "unsupported":
        if (isPrivate) turn.reply("unsupported-message");
        return;
      case "anonymous":
        return turn.reply("refuse-anonymous");
      case "edited":
        if (isPrivate) turn.reply("edited-ignored");
        return;
      case "bot-removed":
        this.services.cells.setGroupActive(turn.chat.id, false);
        this.log.info({ chat: turn.chat.id }, "bot removed from a group; link kept, inactive");
        return;
      case "bot-added":
        return this.relink(turn);
      case "member-left":
        for (const command of this.commands) command.memberLeft?.(turn, content.personId);
        return;
      case "group-moved":
        this.services.cells.moveGroup(turn.chat.id, content.newChatId);
        this.log.info({ chat: turn.chat.id, to: content.newChatId }, "group moved to a new id");
        return;
    }
  }

  /**
   * A choice, read back by its command's codec. In a group, one that its command does not offer
   * there is refused as private whether it reads or not (forged ones too); one that does not
   * read has expired.
   */
  private choose(turn: Turn, value: string): void {
    const command = this.byName.get(splitOnce(value, ":")[0]);
    if (!command?.choose || !command.choices) return turn.fail("choice-expired");
    const choice = command.choices.decode(value);
    if (!choiceAllowedIn(command, choice?.action ?? "", turn.chat.kind)) {
      return turn.fail("choice-private-only");
    }
    if (!choice) return turn.fail("choice-expired");
    if (this.allowed(command, turn)) command.choose(turn, choice);
  }

  /** The bot is back in a group it was removed from: the cell's link works again at once. */
  private relink(turn: Turn): void {
    const linked = turn.group;
    if (!linked || linked.active) return;
    this.services.cells.setGroupActive(turn.chat.id, true);
    this.log.info({ chat: turn.chat.id }, "bot added back to a group; link active again");
    turn.reply("khoitao-relinked", { cell: linked.cell.name, code: linked.cell.code });
  }

  private answer(turn: Turn, text: string): void {
    const { conversations } = this.services;
    const typed = turn.platform.hasButtons ? undefined : readNumber(text);
    const list = typed && offeredList(conversations, turn.chat.id);
    if (typed && list) {
      const value = typed === "several" ? undefined : list.values[typed.number - 1];
      if (value) return this.choose(turn, value);
      return this.wrongNumber(turn, list, typed);
    }
    // Read once, for speed (every step of a dialog comes here): understanding the text changes
    // no dialog unless it answers the text itself.
    const dialog = turn.dialog();
    if (this.understand(turn, text, dialog !== undefined)) return;
    const command = dialog && this.byName.get(dialog.command);
    if (dialog && command?.answer) return command.answer(turn, text, dialog.state);
    // In groups the bot only listens for commands; elsewhere a stray message gets a pointer.
    if (turn.chat.kind !== "private") return;
    if (typed) return turn.reply("numbered-no-list");
    const open = turn.platform.hasButtons ? undefined : offeredList(conversations, turn.chat.id);
    if (open) return this.wrongNumber(turn, open, undefined);
    turn.reply("text-without-dialog");
  }

  /**
   * What people type instead of a button or a command, as the domain's phrase tables read it:
   * a choice's label, a word to stop, a greeting, a command's name. Returns whether it was
   * answered. Other text in an open dialog is the dialog's; in a group, talk between members
   * is left alone unless it is plainly a command ("thamgia Lê Minh Tuấn", "đăng ký").
   */
  private understand(turn: Turn, text: string, open: boolean): boolean {
    const { conversations } = this.services;
    const labelled = turn.platform.hasButtons
      ? undefined
      : labelledChoice(conversations, turn.chat, text);
    if (labelled) {
      this.choose(turn, labelled);
      return true;
    }
    if (isCancel(text) && this.isCommand("huy")) {
      if (open || !turn.inGroup) this.run(turn, "huy", "");
      return true;
    }
    if (open) return false;
    if (isGreeting(text) && this.isCommand("help")) {
      if (!turn.inGroup || isGreetingToBot(text)) this.run(turn, "help", "");
      return true;
    }
    const read = readCommand(text, (name) => this.isCommand(name));
    if (!read) return false;
    if (read.certain && (read.alone || read.compact)) {
      this.run(turn, read.command, read.args);
      return true;
    }
    if (turn.inGroup) return false;
    this.suggest(turn, read.command);
    return true;
  }

  /**
   * A file in a private chat from someone a command takes files from: fetched and read now, as
   * the turn's transaction cannot wait (a redelivery may fetch it again, harmlessly). Nobody
   * else's file is downloaded.
   */
  private async readFileIfTaken(incoming: Incoming): Promise<void> {
    const { content, chat, person, updateKey } = incoming;
    if (content.type !== "file" || chat.kind !== "private") return;
    const member = this.services.members.byPerson(person.id);
    const open = this.services.conversations.dialog(chat.id, person.id)?.command;
    // A picture offered as evidence to the dialog open: kept by reference, never downloaded.
    const evidence = this.isEvidence(content.file) && this.takesEvidence(chat.id, person.id);
    if (evidence && !this.dialogFileTaker(member, open)) return;
    const taker = this.fileTaker(member, open)?.files;
    if (!taker?.accepts(content.file)) return;
    this.fileAnswers.set(incoming, await takeFile(content.file, taker, this.log, updateKey));
  }

  /**
   * The command that takes files from this member in a private chat, if one does: the one whose
   * dialog is open there first, else the first that reads files unasked.
   */
  private fileTaker(member: MemberWithCell | undefined, open?: string): Command | undefined {
    return (
      this.dialogFileTaker(member, open) ??
      this.commands.find(
        (command) =>
          command.files &&
          !command.files.inDialogOnly &&
          checkAccess(command, privately(member)).ok,
      )
    );
  }

  /** The command whose dialog is open in the private chat, if it takes files from this member. */
  private dialogFileTaker(
    member: MemberWithCell | undefined,
    open: string | undefined,
  ): Command | undefined {
    const command = open === undefined ? undefined : this.byName.get(open);
    return command?.files && checkAccess(command, privately(member)).ok ? command : undefined;
  }

  /** Whether the dialog open in a private chat takes photos and files as evidence. */
  private takesEvidence(chatId: string, personId: string): boolean {
    const dialog = this.services.conversations.dialog(chatId, personId);
    return dialog !== undefined && this.byName.get(dialog.command)?.photo !== undefined;
  }

  /** A file the platform keeps a lasting reference to, and that is a picture. */
  private isEvidence(file: IncomingFile): boolean {
    return file.ref !== undefined && isImageFile(file);
  }

  /**
   * A photo, or a file with a lasting reference, sent in private while a dialog that takes
   * evidence is open: its command decides. Returns whether there was such a dialog.
   */
  private toDialog(turn: Turn, photo: IncomingPhoto): boolean {
    if (turn.inGroup) return false;
    const dialog = turn.dialog();
    const command = dialog && this.byName.get(dialog.command);
    if (!dialog || !command?.photo) return false;
    if (this.allowed(command, turn)) command.photo(turn, photo, dialog.state);
    return true;
  }

  /**
   * Files in a group are left alone. In private, a picture goes to an open dialog that takes
   * evidence, by its reference; any other file to the command that reads it (the secretary's
   * roster, with /tiendo open), and only one no command reads to the dialog, which refuses it.
   */
  private takeFile(turn: Turn, file: IncomingFile): void {
    if (turn.inGroup) return;
    const answer = this.fileAnswers.get(turn.incoming);
    // The open dialog reads files itself (its document): it answers, evidence or not.
    if (answer && this.dialogFileTaker(turn.member, turn.dialog()?.command)) return answer(turn);
    if (file.ref !== undefined && (this.isEvidence(file) || !answer)) {
      const { ref, name, size, mime } = file;
      if (this.toDialog(turn, { ref, name, size, mime, sentAs: "file" })) return;
    }
    if (!answer || !this.fileTaker(turn.member)) return turn.reply("unsupported-message");
    answer(turn);
  }

  /** "Did you mean /dangky?", with the command as a choice where it can be answered. */
  private suggest(turn: Turn, command: string): void {
    const args = { command, description: { key: `help-${command}` } };
    if (turn.inGroup) return turn.reply("phrase-suggest-typed", args);
    const value = huyChoices.encode("switch", { command });
    const label = { key: "phrase-suggest-choice", args: { command } };
    turn.reply("phrase-suggest", args, { choices: [{ label, value }] });
  }

  /**
   * A number the list does not have, several at once, or words where a number is awaited: the
   * list stays. In private it is shown again; in a group the one who typed is told in private
   * (the others' list is left alone), or, where the platform cannot write first, in a short
   * line that names nobody's choice.
   */
  private wrongNumber(turn: Turn, list: OfferedList, typed: TypedNumber): void {
    this.listsKept.add(turn);
    const max = list.values.length;
    if (turn.chat.kind === "private") {
      const choices = list.labels.map((label, index) => ({
        label,
        value: list.values[index] ?? "",
      }));
      const key = typed === "several" ? "numbered-one-at-a-time" : "numbered-only";
      return turn.reply(key, { max }, { choices });
    }
    if (!turn.member) return;
    const { conversations } = this.services;
    if (turn.platform.canWriteFirst || conversations.hasPrivateChat(turn.person.id)) {
      const args = { max, group: turn.chat.title };
      return turn.say(turn.person.id, [{ key: "numbered-out-of-range-private", args }]);
    }
    turn.reply("numbered-out-of-range-group", { max });
  }

  /** Runs the access check; answers a refusal or the way to the private chat itself. */
  private allowed(command: Command, turn: Turn): boolean {
    const access = this.access(command, turn);
    if (access.ok) return true;
    if ("goPrivate" in access) {
      turn.reply(
        "go-private",
        { command: command.name },
        { privateLink: { label: { key: "go-private-button" }, command: command.name } },
      );
      return false;
    }
    return turn.fail(access.refusal.key, access.refusal.args);
  }

  private access(command: Command, turn: Turn): Access {
    return checkAccess(command, {
      chatKind: turn.chat.kind,
      group: turn.group,
      member: turn.member,
      senderIsChatAdmin: turn.platform.senderIsChatAdmin,
    });
  }

  /**
   * Asking the platform costs a request, so only commands for group admins ask, typed or
   * through a private link ("/start khoitao").
   */
  private async askAdminIfNeeded(incoming: Incoming, platform: RouterPlatform): Promise<boolean> {
    const { content, chat, person } = incoming;
    if (content.type !== "command" || chat.kind !== "group") return false;
    const name = content.name === "start" ? startCall(content.args).command : content.name;
    const needed = this.byName.get(name)?.who === "groupAdmin";
    return needed ? platform.isChatAdmin(chat.id, person.id) : false;
  }

  /** What a digit typed next answers, where the turn's platform has no buttons. */
  private rememberNumbered(replies: readonly Reply[], turn: Turn): Reply[] {
    const { conversations, clock } = this.services;
    return rememberNumbered(conversations, turn.platform, replies, clock.now(), turn.chat);
  }
}

/** Where a file sent in a private chat is read: no group, no chat admin. */
function privately(member: MemberWithCell | undefined): Whereabouts {
  return { chatKind: "private", member, group: undefined, senderIsChatAdmin: false };
}
