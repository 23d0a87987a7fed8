import type { Text } from "../i18n.js";
import type { DocumentRequest } from "./document-request.js";

/** A button on Telegram, a numbered line elsewhere. `value` is written by the command's
 * ChoiceCodec ("<command>:<payload>", ASCII, at most 64 bytes). */
export interface Choice {
  label: Text;
  value: string;
}

/** A command to run, with its argument if it takes one: "bophieu" and "12". */
export interface CommandCall {
  command: string;
  argument?: string;
}

/**
 * An invitation to continue in the private chat, where personal data may be shown, with the
 * command that continues there. Each platform says it its own way: a link that opens the
 * chat and runs it, or the command to type there.
 */
export interface PrivateLink extends CommandCall {
  label: Text;
}

/** A question with options, posted as the platform's own poll where it has one. */
export interface NativePoll {
  question: Text;
  options: Text[];
  /** When chibo closes it (ISO): a platform that can close polls by itself is told too. */
  closesAt?: string;
}

export interface Reply {
  chatId: string;
  /** Paragraphs; long replies are split between them to fit a platform's message size. */
  parts: Text[];
  choices?: Choice[];
  privateLink?: PrivateLink;
  /**
   * Names what the message shows ("meeting:12"): a later reply with the same anchor replaces
   * it where the platform can edit messages, and is posted anew where it cannot.
   */
  anchor?: string;
  /**
   * Only brings an anchored message up to date (a live count): where the platform cannot edit,
   * it is not posted again (the console, for trying things out, prints it).
   */
  refresh?: boolean;
  /** Posted as a native poll where the platform has them (needs an anchor, which votes find). */
  poll?: NativePoll;
  /** Before this message, stop the native poll posted under this anchor in the same chat. */
  stopsPoll?: string;
  /** A short answer to a button press: a notice over the chat on Telegram, a line elsewhere. */
  ack?: boolean;
  /** People named in the text, tagged where the platform can (a Zalo @mention notifies them). */
  mentions?: Mention[];
  /** A file (DOCX, XLSX) or a chart sent with the text, made when it is sent. */
  document?: DocumentRequest;
}

export interface Mention {
  personId: string;
  /** The name as the text shows it. */
  name: string;
}

export type ReplyExtras = Omit<Reply, "chatId" | "parts">;
