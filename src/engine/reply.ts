import type { Text } from "../i18n.js";

/** A button on Telegram, a numbered line elsewhere. `value` is "<command>:<payload>", ASCII. */
export interface Choice {
  label: Text;
  value: string;
}

/** An invitation to continue in the private chat, where personal data may be shown. */
export interface PrivateLink {
  label: Text;
  /** What /start receives there: a command name and its argument, e.g. "dangky". */
  payload: string;
}

export interface Reply {
  chatId: string;
  /** Paragraphs; long replies are split between them to fit a platform's message size. */
  parts: Text[];
  choices?: Choice[];
  privateLink?: PrivateLink;
}

export interface ReplyExtras {
  choices?: Choice[];
  privateLink?: PrivateLink;
}
