import type { Logger } from "pino";
import { FileTooLarge, type IncomingFile } from "../messages/incoming.js";
import type { Turn } from "./turn.js";

/** How a turn answers a file that was fetched and read before it began. */
export type FileAnswer = (turn: Turn) => void;

/**
 * What a command does with a file sent to it in a private chat (a roster's spreadsheet). A turn
 * runs in one synchronous transaction, so the download and the reading happen before it.
 */
export interface FileTaker {
  /** The largest file fetched; a larger one is refused before downloading where its size is known. */
  maxBytes: number;
  /** Whether a file may be one this command reads, by its name and type: others are not fetched. */
  accepts(file: IncomingFile): boolean;
  /**
   * Takes files only while its own dialog is open in the private chat (/tailieu's document),
   * so that a file sent otherwise still goes to the command that reads it unasked (a roster).
   */
  inDialogOnly?: boolean;
  /** Reads the bytes (outside the turn's transaction) into the turn's answer. */
  read(bytes: Uint8Array, file: IncomingFile): Promise<FileAnswer>;
}

/**
 * Fetches a file and has its taker read it; what could not be fetched or read is answered
 * plainly. Only ids and the kind of failure reach the log: never the file's name or content.
 */
export async function takeFile(
  file: IncomingFile,
  taker: FileTaker,
  log: Logger,
  updateKey: string,
): Promise<FileAnswer> {
  let bytes: Uint8Array;
  try {
    if (file.size !== undefined && file.size > taker.maxBytes)
      throw new FileTooLarge(taker.maxBytes);
    bytes = await file.fetch(taker.maxBytes);
  } catch (error) {
    if (error instanceof FileTooLarge) {
      const megabytes = Math.round(taker.maxBytes / 2 ** 20);
      return (turn) => turn.reply("file-too-large", { megabytes });
    }
    log.warn({ update: updateKey, reason: (error as Error).name }, "a file could not be fetched");
    return (turn) => turn.reply("file-not-fetched");
  }
  try {
    return await taker.read(bytes, file);
  } catch (error) {
    log.warn({ update: updateKey, reason: (error as Error).name }, "a file could not be read");
    return (turn) => turn.reply("file-unreadable");
  }
}
