import { documentReads } from "../src/documents/document-reads.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import type { DocumentRequest } from "../src/messages/document-request.js";

/**
 * An answer with a file, for the person who asked: every command sends its files through here,
 * so that the trail records whose plan, results, reasons or level the file holds (the asker's
 * own, and any asker who is no cell leader nor committee officer, leave no row).
 */
export function replyWithDocument(
  turn: Turn,
  key: string,
  args: Text["args"],
  document: DocumentRequest,
): void {
  turn.reply(key, args, { document });
  for (const read of documentReads(turn.services, document)) {
    turn.noteRead(read.cell, read.memberIds, [read.kind], "file");
  }
}
