import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { plainText } from "../../src/domain/rich-text.js";
import type { Reply } from "../../src/messages/reply.js";
import type { Cell } from "../../src/store/cell-store.js";
import { Harness, texts } from "../support/harness.js";

/**
 * The year's ledger: the secretary hears in private the day a member reaches two, then three,
 * months absent without reason (each once), corrections are logged with who made them, and
 * /baocao names those at two and three to the committee in private only.
 */
describe("the attendance ledger", () => {
  let h: Harness;
  let cell: Cell;
  const GROUP = "console:group:1";

  const idOf = (name: string) => {
    const member = h.app.services.members.byPerson(`console:${name}`);
    if (!member) throw new Error(`no member ${name}`);
    return member.id;
  };

  /** A meeting on a local day at 08:00 to 10:00; check-in marks those `present`; closed at its end. */
  function meetingOn(day: string, present: string[]): number {
    const startsAt = new Date(`${day}T08:00:00+07:00`);
    const endsAt = new Date(`${day}T10:00:00+07:00`);
    const meeting = h.app.services.meetings.create(
      {
        cellId: cell.id,
        kind: "regular",
        startsAt,
        endsAt,
        place: "Hội trường khu phố",
        topic: "",
        createdBy: idOf("Lan"),
      },
      h.clock.now(),
    );
    for (const name of present) {
      h.app.services.meetings.mark(
        meeting.id,
        idOf(name),
        { present: true, reason: null, markedBy: "self" },
        startsAt,
      );
    }
    h.clock.set(new Date(endsAt.getTime() + 60_000).toISOString());
    h.app.scheduler.runDue(h.clock.now());
    expect(h.app.services.meetings.byId(meeting.id)?.state).toBe("closed");
    return meeting.id;
  }

  /** What the outbox holds for a chat, each message as its text reads. */
  function queuedTo(chatId: string): string[] {
    const rows = h.app.database.sqlite
      .prepare("select reply from outbox where chat_id = ? order by id")
      .all(chatId) as { reply: string }[];
    return rows.map(({ reply }) =>
      (JSON.parse(reply) as Reply).parts
        .map((part) => plainText(h.app.translator.text(part)))
        .join("\n"),
    );
  }

  const warningsTo = (chatId: string, name: string) =>
    queuedTo(chatId).filter((text) => text.includes(`${name} đã vắng không lý do`));

  beforeEach(async () => {
    h = new Harness({ now: "2024-03-01T02:00:00Z" });
    await h.cellWith(["Hùng", "Mai"]);
    const [found] = h.app.services.cells.all();
    if (!found) throw new Error("no cell");
    cell = found;
  });
  afterEach(() => h.close());

  it("warns the secretary at 2, then at 3 months, once each, after a close and after a correction", async () => {
    meetingOn("2024-03-05", ["Mai"]);
    expect(warningsTo("console:Lan", "Hùng")).toEqual([]);

    meetingOn("2024-04-05", ["Mai"]);
    const [atTwo, ...more] = warningsTo("console:Lan", "Hùng");
    expect(more).toEqual([]);
    expect(atTwo).toContain("Hùng đã vắng không lý do 2 tháng trong năm 2024 (tháng 3, 4)");
    expect(atTwo).toContain("tính đến buổi họp ngày 05/04/2024");

    // A reason given afterwards brings him back to one month: the warning stands, said once.
    h.clock.set("2024-04-06T02:00:00Z");
    await h.say("Lan", "private", "/diemdanh vắng Hùng: đi viện");
    meetingOn("2024-05-05", ["Mai"]);
    expect(warningsTo("console:Lan", "Hùng")).toHaveLength(1);

    // Marked present at the June meeting, then corrected to absent: the third month.
    meetingOn("2024-06-05", ["Mai", "Hùng"]);
    expect(warningsTo("console:Lan", "Hùng")).toHaveLength(1);
    h.clock.set("2024-06-06T02:00:00Z");
    await h.say("Lan", "private", "/diemdanh");
    await h.press("Lan", "private", "✅ Hùng");
    const [, atThree, ...again] = warningsTo("console:Lan", "Hùng");
    expect(again).toEqual([]);
    expect(atThree).toContain("Hùng đã vắng không lý do 3 tháng trong năm 2024 (tháng 3, 5, 6)");
    expect(atThree).toContain("đề nghị cấp có thẩm quyền xóa tên");

    // Back and forth: said once all the same.
    await h.press("Lan", "private", "⬜ Hùng");
    await h.press("Lan", "private", "✅ Hùng");
    expect(warningsTo("console:Lan", "Hùng")).toHaveLength(2);
    // Never to the group, nor to the member.
    expect(warningsTo(GROUP, "Hùng")).toEqual([]);
    expect(warningsTo("console:Hùng", "Hùng")).toEqual([]);
  });

  it("logs each correction with who made it, and shows the latest on the sheet", async () => {
    const march = meetingOn("2024-03-05", ["Mai"]);
    h.clock.set("2024-03-06T02:00:00Z");
    await h.say("Lan", "private", "/diemdanh vắng Hùng: đi viện");
    await h.say("Lan", "private", "/diemdanh");
    await h.press("Lan", "private", "✅ Mai");
    const changes = h.app.services.ledger.changesOf(march);
    expect(
      changes.map(({ memberName, changedByName, presentBefore, present, reason }) => ({
        memberName,
        changedByName,
        presentBefore,
        present,
        reason,
      })),
    ).toEqual([
      {
        memberName: "Hùng",
        changedByName: "Lan",
        presentBefore: null,
        present: false,
        reason: "đi viện",
      },
      {
        memberName: "Mai",
        changedByName: "Lan",
        presentBefore: true,
        present: false,
        reason: null,
      },
    ]);
    const sheet = texts(await h.say("Lan", "private", "/diemdanh"));
    expect(sheet).toContain("Đã sửa:");
    expect(sheet).toContain("• Hùng: chưa điểm danh → vắng có lý do (Lan, 06/03/2024)");
    expect(sheet).toContain("• Mai: có mặt → vắng không lý do (Lan, 06/03/2024)");
  });

  it("logs no change while marks are first set during the meeting", async () => {
    const startsAt = new Date("2024-03-05T08:00:00+07:00");
    const meeting = h.app.services.meetings.create(
      {
        cellId: cell.id,
        kind: "regular",
        startsAt,
        endsAt: new Date("2024-03-05T10:00:00+07:00"),
        place: "Hội trường khu phố",
        topic: "",
        createdBy: idOf("Lan"),
      },
      h.clock.now(),
    );
    h.clock.set("2024-03-05T01:30:00Z");
    await h.say("Lan", "private", "/diemdanh");
    await h.press("Lan", "private", "⬜ Mai");
    expect(h.app.services.ledger.changesOf(meeting.id)).toEqual([]);
    // A mis-tap undone is a change to a mark already set.
    await h.press("Lan", "private", "✅ Mai");
    expect(h.app.services.ledger.changesOf(meeting.id)).toHaveLength(1);
  });

  it("names who is at 2 and at 3 months in /baocao, in private only", async () => {
    expect(texts(await h.say("Lan", "private", "/baocao"))).not.toContain("Vắng không lý do năm");
    meetingOn("2024-03-05", ["Lan"]);
    meetingOn("2024-04-05", ["Lan", "Mai"]);
    meetingOn("2024-05-05", ["Lan"]);
    const inPrivate = texts(await h.say("Lan", "private", "/baocao"));
    expect(inPrivate).toContain(
      "Vắng không lý do năm 2024: 2 tháng — Mai; từ 3 tháng (xem xét xóa tên) — Hùng.",
    );
    const inGroup = texts(await h.say("Lan", "group:1", "/baocao"));
    expect(inGroup).toContain("Họp trong năm");
    expect(inGroup).not.toContain("Vắng không lý do năm");
    expect(inGroup).not.toContain("xóa tên");
  });

  it("names at most eight at a threshold in /baocao and counts the rest", async () => {
    const others = Array.from({ length: 9 }, (_, index) => `Đảng viên ${index + 1}`);
    for (const name of others) {
      h.app.services.members.create({
        cellId: cell.id,
        fullName: name,
        role: "member",
        roster: "active",
        personId: `console:${name}`,
        displayName: name,
        now: h.clock.now(),
      });
    }
    meetingOn("2024-03-05", ["Lan", "Hùng"]);
    meetingOn("2024-04-05", ["Lan", "Hùng"]);
    // The nine others and Mai: ten at two months; eight named in name order, two counted.
    const inPrivate = texts(await h.say("Lan", "private", "/baocao"));
    expect(inPrivate).toContain(
      `Vắng không lý do năm 2024: 2 tháng — ${others.slice(0, 8).join(", ")} và 2 đồng chí khác.`,
    );
    expect(inPrivate).not.toContain("Đảng viên 9");
  });
});
