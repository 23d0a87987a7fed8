import type { Text } from "../i18n.js";
import type { Services } from "../store/services.js";

/**
 * For the secretary, in private: the members Zalo would not let the bot write to privately,
 * and why (they refuse strangers; Zalo refused; the day's cap on strangers), so that they can
 * be asked to add the bot as a friend, one a line. Nothing when everyone can be reached.
 */
export function zaloReach(services: Services, cellId: number): Text[] {
  const accounts = services.members.accountsOn(cellId, "zalo:");
  const unreachable = services.zaloContacts.unreachable(accounts.map((a) => a.personId));
  const lines: Text[] = accounts.flatMap(({ personId, fullName }) => {
    const why = unreachable.get(personId);
    if (!why) return [];
    const reason = { key: `zalo-unreachable-${why}` };
    return [{ key: "baocao-zalo-unreachable", args: { name: fullName, reason } }];
  });
  return lines;
}
