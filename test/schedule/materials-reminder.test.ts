import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { OutboxSender } from "../../src/outbox/outbox-sender.js";
import type { Meeting } from "../../src/store/meeting-store.js";
import { Harness } from "../support/harness.js";
import { RecordingDeliverer } from "../support/recording-deliverer.js";

// The harness starts on Sunday 10/3/2024, 09:00 in Vietnam (UTC+7 all year).
const GROUP = "console:group:1";
const LAN = "console:Lan";
const HUNG = "console:Hùng";
const MAI = "console:Mai";

let h: Harness;
afterEach(() => h?.close());

/** A harness whose jobs run, and whose outbox is sent, when asked. */
function running() {
  const deliverer = new RecordingDeliverer(h.app.translator, h.clock);
  const sender = new OutboxSender(
    h.app.services,
    [deliverer],
    pino({ level: "silent" }),
    h.app.outboxRules,
  );
  return {
    /** The clock moves to `iso` and the jobs due then run; `send`: the outbox goes out too. */
    async at(iso: string, send = true) {
      h.clock.set(iso);
      h.app.scheduler.runDue(h.clock.now());
      if (send) await sender.drain();
    },
    send: () => sender.drain(),
    reminders(chatId: string) {
      return deliverer.to(chatId).filter((d) => d.text.includes("Chưa có chương trình, tài liệu"));
    },
  };
}

function cellId(): number {
  const cell = h.app.services.cells.all()[0];
  if (!cell) throw new Error("no cell");
  return cell.id;
}

function meeting(startsAt: string): Meeting {
  const start = new Date(startsAt);
  return h.app.services.meetings.create(
    {
      cellId: cellId(),
      kind: "regular",
      startsAt: start,
      endsAt: new Date(start.getTime() + 90 * 60_000),
      place: "Hội trường",
      topic: "",
      createdBy: h.app.services.members.byPerson(LAN)?.id ?? 0,
    },
    h.clock.now(),
  );
}

/** Mai, a deputy who has opened her private chat with the bot. */
async function deputy(): Promise<void> {
  const { members } = h.app.services;
  members.create({
    cellId: cellId(),
    fullName: "Mai",
    role: "deputy",
    roster: "active",
    personId: MAI,
    displayName: "Mai",
    now: h.clock.now(),
  });
  await h.say("Mai", "private", "/start");
}

describe("the reminder to attach a meeting's materials", () => {
  it("tells the secretary in private, two days before at the posting hour, once", async () => {
    h = new Harness({ hasButtons: false });
    await h.cellWith(["Hùng"]);
    await deputy();
    meeting("2024-03-20T12:30:00Z"); // 19:30, Wednesday 20/3
    const run = running();
    await run.at("2024-03-17T05:00:00Z");
    await run.at("2024-03-18T00:59:00Z");
    expect(run.reminders(LAN)).toEqual([]);
    await run.at("2024-03-18T01:00:00Z"); // 08:00, Monday 18/3
    await run.at("2024-03-18T09:00:00Z");
    await run.at("2024-03-19T09:00:00Z");
    const told = run.reminders(LAN);
    expect(told.map((m) => m.at)).toEqual(["18/03/2024 08:00"]);
    expect(told[0]?.text).toBe(
      "Chưa có chương trình, tài liệu cho buổi sinh hoạt định kỳ 20/03 (19 giờ 30, thứ Tư, ngày 20/03/2024). Tài liệu cần đến đảng viên trước buổi sinh hoạt ít nhất một ngày: gõ /tailieu để gửi.",
    );
    // The secretary's task: not the deputy's while there is a secretary, not the members', not the group's.
    expect(run.reminders(MAI)).toEqual([]);
    expect(run.reminders(HUNG)).toEqual([]);
    expect(run.reminders(GROUP)).toEqual([]);
  });

  it("goes to the deputies when the cell has no secretary", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    await deputy();
    const lan = h.app.services.members.byPerson(LAN);
    h.app.database.sqlite.prepare("update members set role = 'member' where id = ?").run(lan?.id);
    meeting("2024-03-20T12:30:00Z");
    const run = running();
    await run.at("2024-03-18T01:00:00Z");
    expect(run.reminders(MAI)).toHaveLength(1);
    expect(run.reminders(LAN)).toEqual([]);
  });

  it("is not sent for a meeting with materials, even ones attached after it was queued", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const withAgenda = meeting("2024-03-20T12:30:00Z");
    const now = h.clock.now();
    h.app.services.meetings.update(withAgenda.id, { materials: { agenda: "Học tập" } }, now);
    const late = meeting("2024-03-21T12:30:00Z");
    const run = running();
    // Queued at 08:00 on 19/3, not sent yet; a link arrives meanwhile.
    await run.at("2024-03-19T01:00:00Z", false);
    const waiting = h.app.database.sqlite
      .prepare(
        "select count(*) as n from outbox where chat_id = ? and sent_at is null and json_extract(intent, '$.job') = 'materials-reminder'",
      )
      .get(LAN) as { n: number };
    expect(waiting.n).toBe(1);
    h.app.services.meetings.update(late.id, { materials: { link: "https://a.vn/b" } }, now);
    await run.send();
    await run.at("2024-03-20T01:00:00Z");
    expect(run.reminders(LAN)).toEqual([]);
  });

  it("follows the cell's days, skips a cancelled meeting, reminds a moved one anew, and none set too late", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    h.app.database.sqlite
      .prepare("update cells set meeting_materials_days = 5 where id = ?")
      .run(cellId());
    const moved = meeting("2024-03-20T12:30:00Z");
    const cancelled = meeting("2024-03-22T12:30:00Z");
    const { meetings } = h.app.services;
    meetings.update(cancelled.id, { state: "cancelled" }, h.clock.now());
    const run = running();
    await run.at("2024-03-15T01:00:00Z"); // five days before the 20th
    expect(run.reminders(LAN).map((m) => m.at)).toEqual(["15/03/2024 08:00"]);
    await run.at("2024-03-17T01:00:00Z"); // five days before the 22nd: cancelled
    expect(run.reminders(LAN)).toHaveLength(1);

    // Moved to the 28th: reminded again five days before its new day.
    const start = new Date("2024-03-28T12:30:00Z");
    meetings.update(
      moved.id,
      { startsAt: start, endsAt: new Date(start.getTime() + 5_400_000) },
      h.clock.now(),
    );
    await run.at("2024-03-23T01:00:00Z");
    expect(run.reminders(LAN).map((m) => m.at)).toEqual(["15/03/2024 08:00", "23/03/2024 08:00"]);

    // Set on the 27th for the 29th: past its reminder's hour, the secretary is at it already.
    h.clock.set("2024-03-27T03:00:00Z");
    meeting("2024-03-29T12:30:00Z");
    await run.at("2024-03-29T11:00:00Z");
    expect(run.reminders(LAN)).toHaveLength(2);
  });
});
