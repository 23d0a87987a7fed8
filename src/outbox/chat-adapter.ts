import type { RichText } from "../domain/rich-text.js";
import type { Text } from "../i18n.js";
import type { BuiltDocument, DocumentRequest } from "../messages/document-request.js";
import type { CommandCall, Mention } from "../messages/reply.js";

/**
 * What a chat platform can do, declared once by its adapter: the router, the turns, the
 * outbox and the sending steps all read it from there.
 */
export interface ChatCapabilities {
  /** Choices as buttons; without them, a numbered list that a digit typed next answers. */
  hasButtons: boolean;
  /** A message sent can be edited: an anchored reply replaces it, a live count is kept current. */
  canEdit: boolean;
  /** A poll goes out as the platform's own: its numbered choices are not shown, nor answered. */
  hasNativePolls: boolean;
  /** Files (DOCX, XLSX, charts) go out with the words; without, the words go alone. */
  sendsDocuments: boolean;
  /** The bot may write first to a person who never opened a private chat with it. */
  canWriteFirst: boolean;
  /** The longest text one message may have, in characters. */
  maxText: number;
}

/** One message as the sending steps hand it to a platform: its text already in the platform's format. */
export interface OutgoingMessage {
  chatId: string;
  /** Empty for a file sent on its own. */
  text: string;
  /** Buttons under the message: only on the last message of a reply, where there are buttons. */
  choices: { label: string; value: string }[];
  /** A button that opens the private chat and runs this command there. */
  privateLink?: CommandCall & { label: string };
  /** People the reply names, tagged where the platform can. */
  mentions: readonly Mention[];
  /** The file this message carries. */
  file?: BuiltDocument;
}

/** A poll as the platform shows it: plain words. */
export interface OutgoingPoll {
  chatId: string;
  question: string;
  options: string[];
  /** When chibo closes it (ISO), for a platform that closes polls by itself. */
  closesAt?: string;
}

/** What the platform calls the message it took: the way back to edit it, or to read its votes. */
export interface SentMessage {
  messageId: string;
  /** A native poll's own id, prefixed as votes arrive with it ("zalo:123"). */
  pollId?: string;
  /** The ids the platform gave the poll's options, in chibo's order of them. */
  pollOptionIds?: number[];
}

/**
 * One chat platform as chibo uses it: what it can do, and its calls. The sending steps
 * (platforms/send-reply.ts) do the rest the same way for every platform: anchors, polls
 * stopped, live counts, parts, numbered lists.
 */
export interface ChatAdapter extends ChatCapabilities {
  /** The prefix of its chat and person ids: "tg:", "zalo:", "console:". */
  chatPrefix: string;
  /** How rich text reads there: Telegram's HTML, or plain text. */
  format(text: RichText): string;
  /** Where there are no buttons: the sentence that says how to continue in private. */
  privateLinkText?(link: CommandCall): Text;
  /** Whether a file goes with the last part of the text (a caption) rather than on its own. */
  fileWithText(file: DocumentRequest): boolean;
  send(message: OutgoingMessage): Promise<SentMessage>;
  sendPoll(poll: OutgoingPoll): Promise<SentMessage>;
  /** Whether the message now shows this; false when it is gone or can no longer be edited. */
  edit(messageId: string, message: OutgoingMessage): Promise<boolean>;
  /** Closes a native poll posted before; one closed already, or gone, is as good as closed. */
  stopPoll(
    chatId: string,
    posted: { messageId: string; platformPollId: string | null },
  ): Promise<void>;
  /** Whether the person administers this group chat (asked only for commands that need it). */
  isChatAdmin(chatId: string, personId: string): Promise<boolean>;
}
