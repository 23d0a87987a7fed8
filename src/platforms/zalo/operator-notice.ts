import { sendableFrom } from "../../outbox/sendable-from.js";
import type { Services } from "../../store/services.js";

/**
 * The Zalo session ended, is used by another process, or came back: the secretary and deputy
 * of every cell with a Zalo group are told, on the other platforms where they have a private
 * chat with the bot (Zalo itself may be down).
 */
export function tellOperators(
  services: Services,
  state: "kicked" | "expired" | "duplicate" | "unreachable" | "unprotected" | "back",
): number {
  const { cells, members, conversations, outbox, clock } = services;
  const now = clock.now();
  let told = 0;
  for (const cell of cells.all()) {
    const onZalo = cells.activeGroups(cell.id).some((g) => g.chatId.startsWith("zalo:"));
    if (!onZalo) continue;
    for (const manager of members.managers(cell.id)) {
      for (const personId of members.personIds(manager.id)) {
        if (personId.startsWith("zalo:") || !conversations.hasPrivateChat(personId)) continue;
        const reply = { chatId: personId, parts: [{ key: `zalo-session-${state}` }] };
        outbox.add(reply, { notBefore: sendableFrom(services, now), now }, manager.id);
        told += 1;
      }
    }
  }
  return told;
}
