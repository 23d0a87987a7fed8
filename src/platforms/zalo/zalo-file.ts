import type { TAttachmentContent, TMessage } from "zca-js";
import type { IncomingFile } from "../../messages/incoming.js";
import { downloadBytes } from "../download.js";

/**
 * A file sent to the bot, fetched only when a command asks. zca-js 2.2.0 passes Zalo's message
 * on as it came: a file is msgType "share.file" (utils.js numbers it 46) with the attachment
 * content it types as TAttachmentContent, the file's name in `title` and its address in `href`.
 * `params` is a JSON string in which Zalo states the size as text ("fileSize": "12345"), as its
 * file messages in group topics do (GroupTopicFileMessageParams); a size it does not state is
 * checked while downloading instead.
 */
export function zaloFile(data: Pick<TMessage, "msgType" | "content">): IncomingFile | undefined {
  const { msgType, content } = data;
  if (msgType !== "share.file" || typeof content !== "object" || content === null) return undefined;
  const { href, title, params } = content as Partial<TAttachmentContent>;
  if (typeof href !== "string" || href === "") return undefined;
  return {
    name: typeof title === "string" ? title : "",
    size: statedSize(params),
    fetch: (maxBytes) => downloadBytes(href, maxBytes),
  };
}

/** The size Zalo states in an attachment's `params` ("fileSize": "12345"), if it does. */
export function statedSize(params: unknown): number | undefined {
  if (typeof params !== "string") return undefined;
  try {
    const size = Number((JSON.parse(params) as { fileSize?: unknown }).fileSize);
    return Number.isFinite(size) && size >= 0 ? size : undefined;
  } catch {
    return undefined;
  }
}
