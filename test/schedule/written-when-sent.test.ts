import { afterEach, describe, expect, it } from "vitest";
import { endOf } from "../../src/domain/meeting-rules.js";
import { readPlanFile } from "../../src/plan/plan-file.js";
import type { Cell } from "../../src/store/cell-store.js";
import type { SentMessage } from "../support/fake-bot-api.js";
import { RestartableRig } from "./restartable-rig.js";

// Through the real grammY client and the outbox's own Telegram client, over HTTP to the fake
// Bot API; the clock is moved by hand. Vietnam is UTC+7 all year.
const GROUP = -1005005;
const PEOPLE = {
  Lan: { id: 111, name: "Nguyễn Thị Lan" }, // the secretary
  Hùng: { id: 222, name: "Trần Văn Hùng" },
  Tư: { id: 333, name: "Lê Văn Tư" },
  Mai: { id: 444, name: "Phạm Thị Mai" },
  Cúc: { id: 555, name: "Đỗ Thị Cúc" },
};
type Person = keyof typeof PEOPLE;
const EVERYONE = Object.keys(PEOPLE) as Person[];

let rig: RestartableRig;
afterEach(() => rig?.close());

/** An instant given as Vietnamese local time: "2024-04-16T20:00". */
const vn = (local: string) => new Date(`${local}:00+07:00`).toISOString();

/** The 2024 Bình Dương plan, and a cell of five whose members all opened a private chat. */
function cellOfFive(changePlan?: (plan: ReturnType<typeof readPlanFile>) => void): Cell {
  const { app, fake, clock } = rig;
  const { plans, cells, members, conversations } = app.services;
  const now = clock.now();
  const plan = readPlanFile("plans/2024-binh-duong.yaml");
  changePlan?.(plan);
  plans.import(plan, "all", now);
  fake.addGroup({ id: GROUP, title: "Chi bộ 5" });
  const cell = cells.createWithGroup("Chi bộ 5", { chatId: `tg:${GROUP}`, title: "Chi bộ 5" }, now);
  for (const who of EVERYONE) {
    const { id, name } = PEOPLE[who];
    members.create({
      cellId: cell.id,
      fullName: name,
      role: who === "Lan" ? "secretary" : "member",
      roster: "active",
      personId: `tg:${id}`,
      displayName: who,
      now,
    });
    conversations.notePrivateChat(`tg:${id}`, now);
    fake.addUser({ id, first_name: who });
    fake.startedBot(id);
  }
  return cell;
}

/** A member registers their plan in their private chat with chibo, at the clock's time. */
async function registers(who: Person): Promise<void> {
  const { fake } = rig;
  const from = fake.users.get(PEOPLE[who].id);
  if (!from) throw new Error(`no user ${who}`);
  for (const text of [
    "/dangky",
    "Học chuyên đề năm",
    "Giải quyết hồ sơ đúng hạn",
    "Giữ gìn gia đình văn hóa",
  ]) {
    fake.sendText({ from, text });
    await rig.settle();
  }
  const [review] = (await rig.messagesTo(from.id)).slice(-1);
  fake.clickButton({ from, message: review as never, label: "✅ Lưu" });
  const [saved] = (await rig.messagesTo(from.id)).slice(-1);
  expect(saved?.text).toContain("Đã lưu bản đăng ký năm 2024");
}

const reminders = (messages: SentMessage[]) =>
  messages.filter((m) => m.text.startsWith("⏰") && m.text.includes("hạn đăng ký"));

async function remindersTo(who: Person | "group"): Promise<string[]> {
  const chat = who === "group" ? GROUP : PEOPLE[who].id;
  return reminders(await rig.messagesTo(chat)).map((m) => m.text);
}

/** Who a group message names, of the cell's five. */
const named = (text: string) => EVERYONE.filter((who) => text.includes(PEOPLE[who].name));

describe("a reminder is written when it goes out", () => {
  it("held through the night while two register: the morning's counts the days and names who is still missing", async () => {
    rig = await RestartableRig.start(vn("2024-03-10T09:00"));
    const cell = cellOfFive();
    // This cell posts at 20:00: the 14-days-before reminder is due on 16/04 at 20:00.
    rig.app.services.cells.setSchedule(cell.id, { postHour: 20 });
    await rig.beatAt(vn("2024-04-16T19:59"));

    // At 20:00 the reminder is queued, but Telegram asks for an hour's pause for every message:
    // the hour ends in the quiet hours, so everything waits for 07:00.
    rig.clock.set(vn("2024-04-16T20:00"));
    rig.app.scheduler.runDue(rig.clock.now());
    const queued = rig.app.services.outbox.all().filter((row) => row.state === "pending");
    expect(queued.every((row) => row.intent?.job === "registration-reminder")).toBe(true);
    expect(queued).toHaveLength(6); // the group, and the five in private
    rig.fake.failNext({ method: "sendMessage", times: 6, errorCode: 429, retryAfter: 3600 });
    for (let minute = 0; minute < 6; minute++) {
      await rig.beatAt(vn(`2024-04-16T20:0${minute}`));
    }
    expect(rig.fake.refused.filter((call) => call.error_code === 429)).toHaveLength(6);
    expect(await remindersTo("group")).toEqual([]);

    // In the night, Hùng and Tư register.
    rig.clock.set(vn("2024-04-16T22:00"));
    await registers("Hùng");
    rig.clock.set(vn("2024-04-16T23:30"));
    await registers("Tư");
    await rig.beatAt(vn("2024-04-17T06:59"));
    expect(await remindersTo("group")).toEqual([]);

    await rig.beatAt(vn("2024-04-17T07:00"));
    const [group, ...more] = await remindersTo("group");
    expect(more).toEqual([]);
    expect(group).toContain("Còn 13 ngày đến hạn đăng ký kế hoạch cá nhân (30/04/2024)");
    expect(group).toContain("3 đồng chí chưa đăng ký");
    expect(named(group ?? "")).toEqual(["Lan", "Mai", "Cúc"]);
    for (const who of ["Lan", "Mai", "Cúc"] as const) {
      expect(await remindersTo(who), who).toEqual([expect.stringContaining("Còn 13 ngày")]);
    }
    for (const who of ["Hùng", "Tư"] as const) expect(await remindersTo(who), who).toEqual([]);
    const states = rig.app.services.outbox.all().map((row) => row.state);
    expect(states.filter((state) => state === "dropped")).toHaveLength(2);
  }, 60_000);

  it("/nhacnho typed at night is written in the morning", async () => {
    rig = await RestartableRig.start(vn("2024-03-10T09:00"));
    cellOfFive();
    await rig.beatAt(vn("2024-04-20T22:00"));
    const lan = rig.fake.users.get(PEOPLE.Lan.id);
    rig.clock.set(vn("2024-04-20T22:30"));
    rig.fake.sendText({ from: lan, chat: rig.fake.chats.get(GROUP), text: "/nhacnho" });
    const [answer] = (await rig.messagesTo(GROUP)).slice(-1);
    expect(answer?.text).toContain(
      "Lúc 21/04/2024 07:00 chibo sẽ nhắc các đồng chí khi đó còn chưa đăng ký (bây giờ là 5 đồng chí)",
    );

    rig.clock.set(vn("2024-04-20T23:30"));
    await registers("Hùng");
    await rig.beatAt(vn("2024-04-21T06:59"));
    expect(await remindersTo("group")).toEqual([]);

    await rig.beatAt(vn("2024-04-21T07:00"));
    const [group, ...more] = await remindersTo("group");
    expect(more).toEqual([]);
    // Nine days from the 21st, not the ten of the evening before; Hùng is not named.
    expect(group).toContain("Còn 9 ngày đến hạn đăng ký");
    expect(named(group ?? "")).toEqual(["Lan", "Tư", "Mai", "Cúc"]);
    for (const who of ["Lan", "Tư", "Mai", "Cúc"] as const) {
      expect(await remindersTo(who), who).toEqual([expect.stringContaining("Còn 9 ngày")]);
    }
    expect(await remindersTo("Hùng")).toEqual([]);
    // It was the day's reminder: Lan cannot send another one that day.
    rig.fake.sendText({ from: lan, chat: rig.fake.chats.get(GROUP), text: "/nhacnho" });
    const [again] = (await rig.messagesTo(GROUP)).slice(-1);
    expect(again?.text).toContain("Hôm nay chi bộ đã được nhắc rồi");
  }, 60_000);
});

describe("what a job is for decides how late it is still done", () => {
  it("down for 26 hours over a quarter's start and a Monday: each thing once, none past its time", async () => {
    rig = await RestartableRig.start(vn("2024-06-28T09:00"));
    // A plan whose mid-term review is on Monday 1/7, reminded on the day itself.
    const cell = cellOfFive((plan) => {
      plan.deadlines.midtermReview = "2024-07-01";
    });
    const { services } = rig.app;
    services.cells.setSchedule(cell.id, { reviewReminderDays: [0] });
    const [hung] = services.members.ofCell(cell.id).filter((m) => m.fullName.includes("Hùng"));
    services.commitments.save(
      hung?.id ?? 0,
      2024,
      { study: "a", follow: "b", example: "c" },
      rig.clock.now(),
    );
    // A meeting on Monday at 19:00: reminded the day before, and an hour before.
    const startsAt = new Date(vn("2024-07-01T19:00"));
    const [lan] = services.members.managers(cell.id);
    services.meetings.create(
      {
        cellId: cell.id,
        kind: "regular",
        startsAt,
        endsAt: endOf(startsAt, 120),
        place: "Hội trường",
        topic: "",
        createdBy: lan?.id ?? 0,
      },
      rig.clock.now(),
    );
    await rig.beatAt(vn("2024-06-28T09:01"));
    await rig.beatAt(vn("2024-06-30T19:00")); // the day-before reminder of the meeting
    await rig.beatAt(vn("2024-06-30T20:59"));
    const before = (await rig.messagesTo(GROUP)).length;
    const hourBefore = (m: SentMessage) => m.text.includes("Còn khoảng 1 giờ nữa");
    expect((await rig.messagesTo(GROUP)).filter((m) => m.text.includes("giờ nữa"))).toHaveLength(1);

    // Down from Sunday 21:00 to Monday 23:00. Back, Tư's registration sent meanwhile arrives
    // before the first beat: it is after the quarter's end, so not in the quarter's record.
    await rig.down();
    rig.clock.set(vn("2024-07-01T23:00"));
    await rig.up();
    await registers("Tư");
    await rig.beatAt(vn("2024-07-01T23:00"));
    await rig.beatAt(vn("2024-07-02T06:59"));
    expect((await rig.messagesTo(GROUP)).length).toBe(before); // Tư's /dangky was private
    await rig.beatAt(vn("2024-07-02T07:00"));
    for (const at of ["2024-07-02T08:00", "2024-07-03T08:00", "2024-07-08T06:00"]) {
      await rig.beatAt(vn(at));
    }

    const group = (await rig.messagesTo(GROUP)).slice(before);
    expect(group.filter((m) => m.text.includes("Quý III/2024"))).toHaveLength(1);
    expect(group.filter((m) => m.text.includes("sơ kết giữa năm"))).toEqual([]);
    expect(group.filter(hourBefore)).toEqual([]);
    const weekly = (await rig.messagesTo(PEOPLE.Lan.id)).filter((m) =>
      m.text.includes("Báo cáo đăng ký"),
    );
    expect(weekly).toHaveLength(1);
    expect(weekly[0]?.text).toContain("Đã đăng ký: 2"); // as it went out, Tư included

    const records = rig.app.services.cellSummaries.ofCell(cell.id);
    const q2 = records.filter((r) => r.period === "2024-Q2");
    expect(q2.map((r) => [r.registered, r.missing])).toEqual([[1, 4]]); // as of 30/06 23:00
    expect(records.filter((r) => r.period === "2024-W26")).toHaveLength(1);
  }, 60_000);

  it("a cell created at 09:00 gets nothing of that day's 08:00, at its first beat or after a restart", async () => {
    // chibo's first start on this database; the scheduler looks after the cell is created.
    rig = await RestartableRig.start(vn("2024-04-14T07:55"));
    const { fake } = rig;
    rig.app.services.plans.import(
      readPlanFile("plans/2024-binh-duong.yaml"),
      "all",
      rig.clock.now(),
    );
    const lan = fake.addUser({ id: PEOPLE.Lan.id, first_name: "Lan" });
    const group = fake.addGroup({ id: GROUP, title: "Chi bộ 5" });
    fake.setChatMember(GROUP, lan.id, "administrator");
    rig.clock.set(vn("2024-04-14T09:00"));
    fake.sendText({ from: lan, chat: group, text: "/khoitao Chi bộ 5" });
    const created = await rig.messagesTo(GROUP);
    expect(created.map((m) => m.text)).toEqual([
      expect.stringContaining("Đã tạo Chi bộ 5"),
      expect.stringContaining("chibo giữ"),
    ]);

    await rig.beatAt(vn("2024-04-14T09:01"));
    await rig.down();
    rig.clock.set(vn("2024-04-14T10:00"));
    await rig.up();
    await rig.beatAt(vn("2024-04-14T10:00"));
    // Neither the study deadline's 1-day-before reminder of 08:00 nor the quarter's topic of
    // 01/04: both fell before the cell existed.
    expect((await rig.messagesTo(GROUP)).map((m) => m.text)).toEqual(created.map((m) => m.text));

    // Its own reminders do come: it registers by 14/05 (a month from its start).
    await rig.beatAt(vn("2024-04-30T08:00"));
    const [reminder, ...more] = (await rig.messagesTo(GROUP)).slice(created.length);
    expect(more).toEqual([]);
    expect(reminder?.text).toContain("Còn 14 ngày đến hạn đăng ký kế hoạch cá nhân (14/05/2024)");
  }, 60_000);
});
