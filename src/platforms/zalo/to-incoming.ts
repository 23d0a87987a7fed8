import { type Message, ThreadType } from "zca-js";
import type { Incoming } from "../../engine/incoming.js";
import { parseCommand } from "../parse-command.js";
import { zaloGroupChat, zaloPerson } from "./zalo-api.js";

/** A Zalo message as the router's Incoming; null for the bot's own messages. */
export function toIncoming(message: Message, groupTitle: string): Incoming | null {
  if (message.isSelf) return null;
  const { data } = message;
  const person = { id: zaloPerson(data.uidFrom), displayName: data.dName };
  const isGroup = message.type === ThreadType.Group;
  const chat = isGroup
    ? { id: zaloGroupChat(message.threadId), kind: "group" as const, title: groupTitle }
    : { id: person.id, kind: "private" as const, title: data.dName };
  // Stickers, photos, files and links arrive as objects: chibo reads only text.
  const content =
    typeof data.content === "string"
      ? (parseCommand(data.content, "") ?? { type: "text" as const, text: data.content })
      : { type: "unsupported" as const };
  return { platform: "zalo", updateKey: `zalo:${data.msgId}`, chat, person, content };
}
