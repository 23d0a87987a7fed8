import { localYear, quarterOf } from "../domain/calendar.js";
import type { Text } from "../i18n.js";
import { huyChoices } from "../messages/choice-values.js";
import type { ChatRef, Incoming, PersonRef } from "../messages/incoming.js";
import type { Reply, ReplyExtras } from "../messages/reply.js";
import type { ChatCapabilities } from "../outbox/chat-adapter.js";
import { Poster } from "../outbox/poster.js";
import type { StoredPlan } from "../plan/stored-plan.js";
import type { Cell, GroupLink } from "../store/cell-store.js";
import type { OpenDialog } from "../store/conversation-store.js";
import {
  type DataReader,
  leaderReader,
  type ReadChannel,
  type ReadKind,
} from "../store/data-read-store.js";
import type { MemberWithCell } from "../store/member-store.js";
import type { Services } from "../store/services.js";
import { UserError } from "./user-error.js";

/** What a command needs to know of the platform it answers on, settled before it runs. */
export interface TurnPlatform extends Pick<ChatCapabilities, "hasButtons" | "canWriteFirst"> {
  /** Whether the sender administers this group chat (asked only for commands that need it). */
  senderIsChatAdmin: boolean;
}

/** Commands the router can run on a command's behalf (private links, /help). */
export interface Dispatcher {
  isCommand(name: string): boolean;
  run(turn: Turn, commandName: string, args: string): void;
  available(turn: Turn): string[];
  /** Asks the question of the dialog open in this chat again; false if there is none. */
  resume(turn: Turn): boolean;
}

/**
 * One message being answered: who wrote, where, what they asked, and what to say back.
 * Commands see only this, never a platform's own objects. A turn runs in one database
 * transaction: when it ends in a refusal or a fault, nothing it wrote is kept.
 */
export class Turn {
  readonly replies: Reply[] = [];
  readonly now: Date;
  args = "";
  private outbox: Poster | undefined;
  private readonly adopted: Poster[] = [];
  private readonly plans = new Map<number, StoredPlan>();
  /** The dialog open in a chat, by chat id, as this turn last read or wrote it. */
  private readonly dialogs = new Map<string, OpenDialog | undefined>();

  constructor(
    readonly incoming: Incoming,
    readonly services: Services,
    /** The group this chat is linked to (also when the bot was removed from it). */
    readonly group: (GroupLink & { cell: Cell }) | undefined,
    /** The member this person is, in whichever cell. */
    readonly member: MemberWithCell | undefined,
    readonly platform: TurnPlatform,
    readonly dispatcher: Dispatcher,
  ) {
    this.now = services.clock.now();
  }

  get chat(): ChatRef {
    return this.incoming.chat;
  }

  get person(): PersonRef {
    return this.incoming.person;
  }

  get inGroup(): boolean {
    return this.chat.kind === "group";
  }

  /** The cell this is about: the linked group's, else the person's own. */
  get cell(): Cell | undefined {
    return this.group?.cell ?? this.member?.cell;
  }

  get year(): number {
    return localYear(this.now, this.services.timeZone);
  }

  get quarter(): number {
    return quarterOf(this.now, this.services.timeZone);
  }

  /** The member, when the access check has already made sure there is one. */
  get knownMember(): MemberWithCell {
    if (!this.member) throw new Error("Command ran without a member; check its audience.");
    return this.member;
  }

  /**
   * The plan this cell follows in a year, read once a turn: a plan changes by an import (another
   * process) or by /kehoach, which does not read it back in the turn that saves it.
   */
  plan(year = this.year): StoredPlan {
    let plan = this.plans.get(year);
    if (!plan) {
      plan = this.services.plans.forCell(this.cell?.committeeId ?? null, year);
      this.plans.set(year, plan);
    }
    return plan;
  }

  reply(key: string, args?: Text["args"], extras?: ReplyExtras): void {
    this.say(this.chat.id, [{ key, args }], extras);
  }

  say(chatId: string, parts: Text[], extras: ReplyExtras = {}): void {
    this.replies.push({ chatId, parts, ...extras });
  }

  /**
   * A private message to a member on this platform, if it can reach them; returns whether it
   * will. Those it cannot reach see the news in the group, or with the next command they type.
   */
  tellMember(memberId: number, parts: Text[], extras?: ReplyExtras): boolean {
    const { members, conversations } = this.services;
    const reachable = members
      .personIds(memberId)
      .filter((id) => id.startsWith(`${this.incoming.platform}:`))
      .filter((id) => this.platform.canWriteFirst || conversations.hasPrivateChat(id));
    for (const personId of reachable) this.say(personId, parts, extras);
    return reachable.length > 0;
  }

  /**
   * Records that this person opened members' personal data (their plan, results, reasons or
   * level) on screen or in a file: a cell leader of the cell, or an officer of its committee.
   * Someone's own data, and a reader who is neither, leave no row.
   */
  noteRead(
    cell: Cell,
    memberIds: readonly number[],
    kinds: readonly ReadKind[],
    channel: ReadChannel = "chat",
  ): void {
    const reader = this.reader(cell);
    if (!reader || memberIds.length === 0) return;
    this.services.dataReads.record({
      reader,
      cellId: cell.id,
      memberIds,
      kinds,
      channel,
      now: this.now,
    });
  }

  private reader(cell: Cell): DataReader | undefined {
    const member = this.member;
    if (member && member.cellId === cell.id) return leaderReader(member);
    const committeeId = this.services.officers.committeeOf(this.person.id);
    if (committeeId !== undefined && committeeId === cell.committeeId) {
      return { role: "officer", personId: this.person.id };
    }
    return undefined;
  }

  /**
   * Posts that must arrive (an announcement, a poll), for the cell this turn is about: queued
   * in the turn's transaction, sent right after it.
   */
  poster(cell: Cell = this.knownMember.cell): Poster {
    this.outbox ??= new Poster(this.services, cell.id);
    return this.outbox;
  }

  /** A poster made elsewhere (a job run by hand) whose posts this turn sends right after. */
  adopt<P extends Poster>(poster: P): P {
    this.adopted.push(poster);
    return poster;
  }

  get posted(): number {
    return [this.outbox, ...this.adopted].reduce((sum, p) => sum + (p?.count ?? 0), 0);
  }

  /** A short answer to a button press, where it was pressed. */
  ack(key: string, args?: Text["args"], extras?: ReplyExtras): void {
    this.say(this.chat.id, [{ key, args }], { ...extras, ack: true });
  }

  /** The answer to a choice: a notice to the one who pressed in a group, a message in private. */
  answerChoice(key: string, args?: Text["args"]): void {
    if (this.inGroup) this.ack(key, args);
    else this.reply(key, args);
  }

  fail(key: string, args?: Text["args"]): never {
    throw new UserError(key, args);
  }

  /**
   * The person's dialog open here (`inPrivate`: in their private chat). Read once a turn: a
   * dialog step reads it to route, to answer and to save, and only this turn changes it.
   */
  dialog(inPrivate = false): OpenDialog | undefined {
    const chatId = inPrivate ? this.person.id : this.chat.id;
    if (!this.dialogs.has(chatId)) {
      this.dialogs.set(chatId, this.services.conversations.dialog(chatId, this.person.id));
    }
    return this.dialogs.get(chatId);
  }

  /** The stored state of the open dialog in this chat, if it belongs to `command`. */
  dialogState(command: string): unknown {
    const dialog = this.dialog();
    return dialog?.command === command ? dialog.state : undefined;
  }

  hasOpenDialog(): boolean {
    return this.dialog() !== undefined;
  }

  /** The command whose dialog is open here (`inPrivate`: in the private chat), if another's. */
  otherDialog(command: string, inPrivate = false): string | undefined {
    const open = this.dialog(inPrivate);
    return open && open.command !== command ? open.command : undefined;
  }

  /**
   * Opens a dialog here, or (`inPrivate`) in the person's private chat. Another command's draft
   * open there is never dropped unasked: the turn is refused, offering to go back to that draft
   * or to leave it for this command.
   */
  openDialog(command: string, state: unknown, inPrivate = false): void {
    const open = this.otherDialog(command, inPrivate);
    if (open) {
      throw new UserError(
        "dialog-busy",
        { open, wanted: command },
        {
          choices: [
            {
              label: { key: "dialog-choice-resume", args: { open } },
              value: huyChoices.encode("resume"),
            },
            {
              label: { key: "dialog-choice-switch", args: { open, wanted: command } },
              value: huyChoices.encode("switch", { command }),
            },
          ],
        },
      );
    }
    const chatId = inPrivate ? this.person.id : this.chat.id;
    this.services.conversations.saveDialog(chatId, this.person.id, command, state, this.now);
    this.dialogs.set(chatId, { command, state });
  }

  /** Closes the dialog open here; given a command, only if the dialog is that command's. */
  closeDialog(command?: string): void {
    if (command !== undefined && this.dialogState(command) === undefined) return;
    this.services.conversations.closeDialog(this.chat.id, this.person.id);
    this.dialogs.set(this.chat.id, undefined);
  }
}
