import type { TAttachmentContent, TMessage } from "zca-js";
import type { IncomingPhoto } from "../../messages/incoming.js";
import { statedSize } from "./zalo-file.js";

/**
 * A photo sent to the bot, by the address Zalo gives it: zca-js 2.2.0 passes a photo on as
 * msgType "chat.photo" (utils.js numbers it 32) with the attachment content it types as
 * TAttachmentContent, the picture's address in `href` and what the sender wrote with it in
 * `title`. ASSUMED: a size Zalo states is in `params` as "fileSize", as for files; most photos
 * state none. chibo keeps the address only, never the picture.
 */
export function zaloPhoto(data: Pick<TMessage, "msgType" | "content">): IncomingPhoto | undefined {
  const { msgType, content } = data;
  if (msgType !== "chat.photo" || typeof content !== "object" || content === null) return undefined;
  const { href, title, params } = content as Partial<TAttachmentContent>;
  if (typeof href !== "string" || href === "") return undefined;
  const caption = typeof title === "string" && title.trim() !== "" ? title : undefined;
  return { ref: href, name: "", size: statedSize(params), sentAs: "photo", caption };
}

/** The address of a file sent as a document, kept as its reference where evidence is asked for. */
export function zaloFileRef(data: Pick<TMessage, "content">): string | undefined {
  const { content } = data;
  if (typeof content !== "object" || content === null) return undefined;
  const { href } = content as Partial<TAttachmentContent>;
  return typeof href === "string" && href !== "" ? href : undefined;
}
