import { WEEK_MS } from "../../domain/durations.js";
import type { Incoming } from "../../messages/incoming.js";
import type { Reply } from "../../messages/reply.js";
import type { Services } from "../../store/services.js";

/** The moments a member is about to need private messages: joining, and opening their plan. */
const ASK_AFTER = new Set(["thamgia", "dangky", "start"]);
/** Asked again at most this often, for those who have not done it yet. */
const ASK_AGAIN_AFTER_MS = WEEK_MS;

/**
 * The bot's Zalo account is a stranger to most members, and Zalo caps and lets people refuse
 * messages from strangers: a member who joins or registers is asked, once a week at most, to
 * add the bot as a friend (one tap in Zalo), so that private reminders reach them.
 */
export function befriendHint(services: Services, incoming: Incoming): Reply | undefined {
  const { content, person, chat } = incoming;
  if (content.type !== "command" || !ASK_AFTER.has(content.name)) return undefined;
  const { zaloContacts, members, clock } = services;
  if (!members.byPerson(person.id) && content.name !== "thamgia") return undefined;
  const contact = zaloContacts.get(person.id);
  if (contact?.friendSince) return undefined;
  const now = clock.now();
  const asked = contact?.askedToBefriendAt?.getTime();
  if (asked !== undefined && now.getTime() - asked < ASK_AGAIN_AFTER_MS) return undefined;
  zaloContacts.markAskedToBefriend(person.id, now);
  const name = person.displayName;
  const inGroup = chat.kind === "group";
  return {
    chatId: chat.id,
    parts: [{ key: inGroup ? "zalo-befriend-group" : "zalo-befriend", args: { name } }],
    ...(inGroup ? { mentions: [{ personId: person.id, name }] } : {}),
  };
}
