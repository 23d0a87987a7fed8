/** Platform names are the prefixes of opaque ids: "tg:-1001234", "console:lan". */
export type Platform = "tg" | "console" | "zalo";

export interface ChatRef {
  /** Opaque, platform-prefixed. A private chat's id is the person's id. */
  id: string;
  kind: "private" | "group";
  title: string;
}

export interface PersonRef {
  id: string;
  /** The name the platform shows; the roster keeps the full name the person gave. */
  displayName: string;
}

export type Content =
  | {
      type: "command";
      name: string;
      args: string;
      /** "/cmd@chibo_bot" names us, "/cmd@other_bot" another bot, "/cmd" nobody. */
      mention: "none" | "us" | "other";
    }
  | { type: "choice"; value: string }
  | { type: "text"; text: string }
  /** A message forwarded from elsewhere: not the person's own words, so never an answer. */
  | { type: "forwarded" }
  /** A file sent as a document: read only where a command takes files (a roster, in private). */
  | { type: "file"; file: IncomingFile }
  /** A photo: taken only as evidence by a dialog that asks for one, and then only its reference. */
  | { type: "photo"; photo: IncomingPhoto }
  /** A voice note or sticker: chibo reads only text, and says so in private. */
  | { type: "unsupported" }
  /** Messages on behalf of a channel, or of an anonymous group admin: no person to answer. */
  | { type: "anonymous" }
  /** An edit of an earlier message: never read again, it could change what was already saved. */
  | { type: "edited" }
  | { type: "bot-removed" }
  /** The bot is back in a group it had been removed from. */
  | { type: "bot-added" }
  /** Someone else left the group or was removed from it: `personId` is the one who left. */
  | { type: "member-left"; personId: string }
  /** Telegram gives a group a new id when it becomes a supergroup; the link follows it. */
  | { type: "group-moved"; newChatId: string };

/**
 * A file as its platform announced it. Its bytes are fetched only when a command wants them:
 * most files sent to the bot are never downloaded.
 */
export interface IncomingFile {
  /** As the sender named it ("danh-sach.xlsx"); empty when the platform gives no name. */
  name: string;
  /** In bytes, when the platform says before the download. */
  size?: number;
  /** The type the sender's app declared, when it did. */
  mime?: string;
  /** The platform's own lasting reference to the file, where it gives one (Telegram's file_id). */
  ref?: string;
  /**
   * Downloads the file. Past `maxBytes` it throws FileTooLarge: before downloading anything
   * when the size is known, else as soon as more has arrived.
   */
  fetch(maxBytes: number): Promise<Uint8Array>;
}

/**
 * A picture, or a file, offered as evidence: the platform's own reference to it (Telegram's
 * file_id, Zalo's address), by which the platform can show it again. Its bytes are never fetched.
 */
export interface IncomingPhoto {
  ref: string;
  /** As the sender named it; empty for a photo, which has no name. */
  name: string;
  /** In bytes, when the platform says. */
  size?: number;
  mime?: string;
  /** Sent as a photo (an image by definition), or as a file whose type is only declared. */
  sentAs: "photo" | "file";
  /** What the sender wrote with a photo; a file's caption is not read. */
  caption?: string;
}

/** The names of picture files, for a file whose app declared no type. */
const IMAGE_NAME = /\.(jpe?g|png|gif|webp|heic|heif|bmp)$/i;

/**
 * Whether a file is a picture: by the type its sender's app declared, else by its name. A
 * photo is one by definition; a document may be one, or a roster, or a letter.
 */
export function isImageFile(file: Pick<IncomingFile, "name" | "mime">): boolean {
  return file.mime === undefined ? IMAGE_NAME.test(file.name) : file.mime.startsWith("image/");
}

/** A file larger than its reader takes: refused, never read whole. */
export class FileTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`the file is larger than ${maxBytes} bytes`);
    this.name = "FileTooLarge";
  }
}

/** One thing that happened on a platform, in the shape every command understands. */
export interface Incoming {
  platform: Platform;
  /** Unique per platform delivery, so that a redelivered update is dropped. */
  updateKey: string;
  chat: ChatRef;
  person: PersonRef;
  content: Content;
}

/** A vote in a named native poll: not a message, so not answered in a chat. */
export interface PollEvent {
  updateKey: string;
  platformPollId: string;
  personId: string;
  /** Empty when the vote was withdrawn. */
  optionIds: number[];
}
