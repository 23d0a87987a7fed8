import { type Message, ThreadType } from "zca-js";
import type { Content, Incoming } from "../../messages/incoming.js";
import { parseCommand } from "../parse-command.js";
import { zaloGroupChat, zaloPerson } from "./zalo-api.js";
import { zaloFile } from "./zalo-file.js";
import { zaloFileRef, zaloPhoto } from "./zalo-photo.js";

/** A Zalo message as the router's Incoming; null for the bot's own and for recalled ones. */
export function toIncoming(message: Message, groupTitle: string, ownId: string): Incoming | null {
  if (message.isSelf || isRecall(message)) return null;
  const { data } = message;
  const person = { id: zaloPerson(data.uidFrom), displayName: data.dName };
  const isGroup = message.type === ThreadType.Group;
  const chat = isGroup
    ? { id: zaloGroupChat(message.threadId), kind: "group" as const, title: groupTitle }
    : { id: person.id, kind: "private" as const, title: data.dName };
  const text = textOf(message);
  const file = zaloFile(data);
  const photo = zaloPhoto(data);
  let content: Content = { type: "unsupported" };
  if (file) content = { type: "file", file: { ...file, ref: zaloFileRef(data) } };
  else if (photo) content = { type: "photo", photo };
  else if (text !== undefined) {
    const command = parseCommand(withoutLeadingMention(message, text, ownId), "");
    content = command ?? { type: "text", text };
  }
  return { platform: "zalo", updateKey: `zalo:${data.msgId}`, chat, person, content };
}

/** A recalled message, as Zalo sends it in the history it returns after a reconnection. */
export function isRecall(message: Message): boolean {
  const { content } = message.data;
  return typeof content === "object" && content !== null && "deleteMsg" in content;
}

/**
 * The text a person wrote. A message holding a link arrives as "chat.recommended" with the
 * text in its title; stickers, photos, files and voice notes have none that chibo reads.
 */
function textOf(message: Message): string | undefined {
  const { content, msgType } = message.data;
  if (typeof content === "string") return content;
  if (msgType === "chat.recommended" && typeof content?.title === "string") return content.title;
  return undefined;
}

/**
 * "@Chibo /khoitao …": Zalo users tag the bot first to address it. A tag of the bot at the very
 * start is dropped before the command is read; tags of anyone else leave the text as it is.
 */
function withoutLeadingMention(message: Message, text: string, ownId: string): string {
  if (message.type !== ThreadType.Group) return text;
  const start = text.length - text.trimStart().length;
  const tag = message.data.mentions?.find((m) => String(m.uid) === ownId && m.pos === start);
  return tag ? text.slice(tag.pos + tag.len) : text;
}
