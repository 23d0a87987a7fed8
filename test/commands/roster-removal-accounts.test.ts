import { afterEach, describe, expect, it } from "vitest";
import * as schema from "../../src/db/schema.js";
import { Harness, texts } from "../support/harness.js";

let h: Harness;
afterEach(() => h?.close());

const HUNG = "console:Hùng";
const MAI = "console:Mai";

/** A cell of Lan (secretary), Hùng and Mai; Hùng reachable in private and on Zalo's books. */
async function cell() {
  h = new Harness();
  await h.cellWith(["Hùng", "Mai"]);
  const { services } = h.app;
  const now = h.clock.now();
  for (const name of ["Hùng", "Mai"]) {
    await h.say(name, "private", "/help");
    services.zaloContacts.markAskedToBefriend(`console:${name}`, now);
  }
  // Hùng is half-way through his plan: an open dialog in his private chat.
  await h.say("Hùng", "private", "/dangky");
  const hung = services.members.byPerson(HUNG);
  const mai = services.members.byPerson(MAI);
  if (!hung || !mai) throw new Error("no members");
  // A closed meeting's mark, which the cell's ledger keeps.
  const meeting = h.app.database.db
    .insert(schema.meetings)
    .values({
      cellId: hung.cellId,
      kind: "regular",
      startsAt: now,
      endsAt: now,
      place: "Hội trường",
      topic: "Sinh hoạt tháng 3",
      state: "closed",
      closedAt: now,
      roster: [],
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  h.app.database.db
    .insert(schema.attendance)
    .values({
      meetingId: meeting.id,
      memberId: hung.id,
      present: false,
      reason: "Ốm",
      markedBy: "secretary",
      markedAt: now,
    })
    .run();
  return { hung, mai };
}

/** The rows of the tables that serve reaching a chat account, for these accounts. */
function reachOf(personIds: string[]) {
  const { sqlite } = h.app.database;
  const rows = (sql: string) =>
    personIds.flatMap((id) => sqlite.prepare(sql).all(id) as Record<string, unknown>[]);
  return {
    identities: rows("select * from identities where person_id = ?"),
    privateChats: rows("select * from private_chats where person_id = ?"),
    zaloContacts: rows("select * from zalo_contacts where person_id = ?"),
    dialogs: rows("select * from dialogs where person_id = ?"),
    offeredChoices: rows("select * from offered_choices where chat_id = ?"),
  };
}

async function transferByStatus(name: string) {
  await h.say("Lan", "private", "/thanhvien");
  await h.press("Lan", "private", new RegExp(`^${name} — `));
  return h.press("Lan", "private", "Tình trạng: chuyển đi");
}

describe("a member who leaves the cell (chuyển đi)", () => {
  it("loses their chat accounts and what only reached them; the entry and its records stay", async () => {
    const { hung, mai } = await cell();
    const before = reachOf([HUNG]);
    expect(before.identities).toHaveLength(1);
    expect(before.privateChats).toHaveLength(1);
    expect(before.zaloContacts).toHaveLength(1);
    expect(before.dialogs).toHaveLength(1);
    const maiBefore = JSON.stringify(reachOf([MAI]));
    // A reminder to each waits out the quiet hours.
    const waiting = [hung, mai].map(({ id }) => {
      const chatId = id === hung.id ? HUNG : MAI;
      const args = { quarter: "Quý I/2024", title: "Học tập và làm theo" };
      const reply = { chatId, parts: [{ key: "job-quarter-topic", args }] };
      const now = h.clock.now();
      const morning = new Date(now.getTime() + 10 * 3_600_000);
      return h.app.database.db
        .insert(schema.outbox)
        .values({ chatId, reply, memberId: id, notBefore: morning, createdAt: now })
        .returning()
        .get().id;
    });

    const said = texts(await transferByStatus("Hùng"));
    expect(said).toContain("Tình trạng của Hùng: chuyển đi.");
    expect(said).toContain("Đã xóa 1 tài khoản chat của Hùng khỏi chibo");
    expect(said).toContain("đổi lại tình trạng, rồi lấy mã nhận hồ sơ");

    expect(reachOf([HUNG])).toEqual({
      identities: [],
      privateChats: [],
      zaloContacts: [],
      dialogs: [],
      offeredChoices: [],
    });
    // Nobody else's accounts are touched.
    expect(JSON.stringify(reachOf([MAI]))).toBe(maiBefore);
    // His reminder will not go (nor name him in the group); hers still will.
    const stateOf = (id: number | undefined) =>
      h.app.services.outbox.all().find((m) => m.id === id)?.state;
    expect(waiting.map(stateOf)).toEqual(["dropped", "pending"]);
    expect(h.app.services.members.byPerson(MAI)?.id).toBe(mai.id);

    // What the minutes, the ledger and the proof of consent need stays, under the entry.
    const { services } = h.app;
    expect(services.members.byId(hung.id)).toMatchObject({
      fullName: "Hùng",
      roster: "active",
      status: "transferred",
    });
    const { sqlite } = h.app.database;
    const count = (table: string) =>
      (
        sqlite.prepare(`select count(*) as n from ${table} where member_id = ?`).get(hung.id) as {
          n: number;
        }
      ).n;
    expect(count("attendance")).toBe(1);
    expect(count("consents")).toBe(1);
    expect(texts(await h.say("Lan", "private", "/baocao"))).toContain("Đảng viên: 2.");
  });

  it("leaves a stranger: a command again is answered as to anyone not on a roster", async () => {
    await cell();
    await transferByStatus("Hùng");
    for (const command of ["/dangky", "/dulieu"]) {
      const said = texts(await h.say("Hùng", "private", command));
      expect(said, command).toContain("Đồng chí chưa có trong danh sách chi bộ nào");
    }
    expect(h.app.services.members.byPerson(HUNG)).toBeUndefined();
    expect(reachOf([HUNG]).dialogs).toEqual([]);
  });

  it("is the same when the secretary answers a departure with 'Chuyển đi'", async () => {
    const { hung } = await cell();
    await h.deliver("Hùng", "group:1", { type: "member-left", personId: HUNG });
    const said = texts(await h.press("Lan", "private", "Chuyển đi"));
    expect(said).toContain("Tình trạng của Hùng: chuyển đi.");
    expect(said).toContain("Đã xóa 1 tài khoản chat của Hùng");
    expect(reachOf([HUNG]).identities).toEqual([]);
    expect(h.app.services.members.departure(hung.id)).toBeUndefined();
  });

  it("can be undone: the status back, a claim code, and the same person has the entry again", async () => {
    const { hung } = await cell();
    await transferByStatus("Hùng");
    await h.say("Lan", "private", "/thanhvien");
    const entry = await h.press("Lan", "private", /^Hùng — /);
    // No code for someone who left: the status is changed back first.
    expect(entry.flatMap((s) => s.choices.map((c) => c.label))).not.toContain(
      "🔑 Lấy mã nhận hồ sơ",
    );
    expect(texts(await h.press("Lan", "private", "Tình trạng: chính thức"))).toContain(
      "Tình trạng của Hùng: chính thức.",
    );
    await h.say("Lan", "private", "/thanhvien");
    await h.press("Lan", "private", /^Hùng — /);
    const given = texts(await h.press("Lan", "private", "🔑 Lấy mã nhận hồ sơ"));
    const code = /\b(\d{8})\b/.exec(given)?.[1];
    if (!code) throw new Error(`no code in: ${given}`);
    expect(texts(await h.say("Hùng", "group:1", `/thamgia ${code}`))).toContain("Hùng");
    expect(h.app.services.members.byPerson(HUNG)?.id).toBe(hung.id);
  });

  it("joining again with /thamgia makes a new entry; the old one stays, not counted", async () => {
    const { hung } = await cell();
    await transferByStatus("Hùng");
    await h.join("Hùng", "Trần Văn Hùng");
    const now = h.app.services.members.byPerson(HUNG);
    expect(now?.id).not.toBe(hung.id);
    expect(now).toMatchObject({ fullName: "Trần Văn Hùng", roster: "active", status: "full" });
    expect(h.app.services.members.byId(hung.id)).toMatchObject({
      roster: "active",
      status: "transferred",
    });
    expect(texts(await h.say("Lan", "private", "/baocao"))).toContain("Đảng viên: 3.");
  });

  it("says nothing of accounts for a member who had none", async () => {
    await cell();
    await h.addByHand("Lan", "Nguyễn Văn An");
    const said = texts(await transferByStatus("Nguyễn Văn An"));
    expect(said).toContain("Tình trạng của Nguyễn Văn An: chuyển đi.");
    expect(said).not.toContain("tài khoản chat");
  });
});
