import { foldKey } from "../domain/text.js";
import type { Content } from "../messages/incoming.js";

const COMMAND = /^\/([^\s@/]+)(?:@(\S+))?(?:\s+([\s\S]*))?$/;

/**
 * "/dangky", "/dangky@chibo_bot args", and what older users type: "/Đăng_ký" or "/DANGKY"
 * all name the same command, since the name is folded to plain lowercase letters.
 */
export function parseCommand(
  text: string,
  botUsername: string,
): Extract<Content, { type: "command" }> | null {
  const match = COMMAND.exec(text.trim());
  if (!match) return null;
  const [, rawName = "", mentioned, args = ""] = match;
  const name = foldKey(rawName).replace(/[^a-z0-9]/g, "");
  if (!name) return null;
  let mention: "none" | "us" | "other" = "none";
  if (mentioned) mention = mentioned.toLowerCase() === botUsername.toLowerCase() ? "us" : "other";
  return { type: "command", name, args: args.trim(), mention };
}
