import type { Cell } from "../store/cell-store.js";
import type { Member } from "../store/member-store.js";
import type { Services } from "../store/services.js";

/**
 * A member's own copy of what chibo holds about them (Law 91/2025/QH15, the right of access):
 * every row of every table of personal data that is theirs, by the table's SQL name, as stored.
 * Tables with no row for them are listed empty, so the file also says what chibo does not hold.
 */
export function memberDataJson(services: Services, member: Member, cell: Cell): Buffer {
  const personIds = services.members.personIds(member.id);
  const data = {
    exportedAt: services.clock.now().toISOString(),
    member: { id: member.id, fullName: member.fullName, cell: cell.name },
    tables: services.consents.dataOf(member.id, personIds),
  };
  return Buffer.from(`${JSON.stringify(data, null, 2)}\n`, "utf8");
}
