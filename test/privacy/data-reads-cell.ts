import { expect } from "vitest";
import type { MemberWithCell } from "../../src/store/member-store.js";
import { Harness } from "../support/harness.js";

/** 10/12/2024, 9:00 in Vietnam: results are in, the cell reviews them. */
export const DECEMBER = "2024-12-10T02:00:00Z";
export const HUNG_REASON = "Ốm phải nằm viện";
export const LAN_REASON = "Họp tổ dân phố";

/**
 * Lan's cell at the year end: Hùng, Mai and Lan registered plans; Hùng and Lan reported results,
 * Bảo did not and the cell gave him a level; Tư is exempt. At the November meeting (closed)
 * Hùng and Lan were absent with a reason, Mai said she would be absent but not why, Bảo did
 * not come, Tư and Mai's neighbours came. `present` adds members who came.
 */
export async function cellAtYearEnd(present: string[] = []): Promise<Harness> {
  const h = new Harness({ now: "2024-11-10T02:00:00Z" });
  await h.cellWith(["Hùng", "Mai", "Tư", "Bảo", ...present]);
  const { services } = h.app;
  const now = h.clock.now();
  services.members.setStatus(member(h, "Tư").id, "exempt", now);
  for (const name of ["Hùng", "Mai", "Lan"]) {
    services.commitments.save(
      member(h, name).id,
      2024,
      {
        study: `${name} học chuyên đề năm`,
        follow: `${name} giải quyết hồ sơ đúng hạn`,
        example: `${name} giữ gìn gia đình văn hóa`,
      },
      now,
    );
  }
  for (const [name, level] of [
    ["Hùng", "excellent"],
    ["Lan", "good"],
  ] as const) {
    const done = { outcome: "done" as const, text: `${name} đã làm xong` };
    services.results.save(
      member(h, name).id,
      2024,
      { parts: { study: done, follow: done, example: done }, proposedLevel: level },
      now,
    );
  }
  const cell = member(h, "Lan").cell;
  services.reviews.agree(cell.id, member(h, "Bảo").id, 2024, "good", member(h, "Lan").id, now);

  // Wednesday 20/11/2024, 19:30 to 21:30 in Vietnam.
  const meeting = services.meetings.create(
    {
      cellId: cell.id,
      kind: "regular",
      startsAt: new Date("2024-11-20T12:30:00Z"),
      endsAt: new Date("2024-11-20T14:30:00Z"),
      place: "Hội trường khu phố",
      topic: "",
      createdBy: member(h, "Lan").id,
    },
    now,
  );
  services.meetings.respond(meeting.id, member(h, "Hùng").id, "excused", HUNG_REASON, now);
  services.meetings.respond(meeting.id, member(h, "Lan").id, "excused", LAN_REASON, now);
  services.meetings.respond(meeting.id, member(h, "Mai").id, "excused", null, now);
  h.clock.set("2024-11-20T12:40:00Z");
  for (const name of ["Tư", ...present]) {
    services.meetings.checkIn(meeting.id, member(h, name).id, "self", h.clock.now());
  }
  h.clock.set("2024-11-20T14:31:00Z");
  h.app.scheduler.runDue(h.clock.now());
  expect(services.meetings.byId(meeting.id)?.state).toBe("closed");
  // The close sent Lan the sheet with the reasons: Hùng's is someone else's, hers is her own,
  // Mai gave none. Each test then starts from an empty trail.
  expect(trail(h)).toEqual(["secretary Lan → Hùng: reasons (chat)"]);
  h.app.database.sqlite.exec("delete from data_reads");
  h.clock.set(DECEMBER);
  return h;
}

export function member(h: Harness, name: string): MemberWithCell {
  const found = h.app.services.members.byPerson(`console:${name}`);
  if (!found) throw new Error(`no member ${name}`);
  return found;
}

/**
 * The trail as a person would read it, one line a row: "secretary Lan → Hùng: plan (chat)";
 * an officer by their account, the operator by their role alone. Rows after `after` (an id).
 */
export function trail(h: Harness, after = 0): string[] {
  return h.app.services.dataReads
    .list({})
    .filter((row) => row.id > after)
    .map((row) => {
      const reader = row.readerName ?? row.readerPersonId;
      const who = reader ? `${row.readerRole} ${reader}` : row.readerRole;
      return `${who} → ${row.memberName}: ${row.kind} (${row.channel})`;
    })
    .sort();
}

/** The id of the latest row: what a test reads after it is new. */
export function lastRead(h: Harness): number {
  return h.app.services.dataReads.list({}).at(-1)?.id ?? 0;
}
