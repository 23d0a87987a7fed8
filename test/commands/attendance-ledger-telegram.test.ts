import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capturedLog } from "../support/captured-log.js";
import { startTelegramRig, type TelegramRig } from "../support/telegram-rig.js";

const GROUP = -1001234;
const LAN = 111;
const HUNG = 222;

describe("an absence warning on Telegram", () => {
  let rig: TelegramRig;
  const logged = capturedLog();

  beforeAll(async () => {
    rig = await startTelegramRig("2024-03-01T02:00:00Z", { log: logged.log });
  });
  afterAll(() => rig.stop());

  it("reaches the secretary in private at two months, never the group, and no log names him", async () => {
    const { fake, app, clock } = rig;
    const lan = fake.addUser({ id: LAN, first_name: "Lan" });
    const hung = fake.addUser({ id: HUNG, first_name: "Hùng" });
    const group = fake.addGroup({ id: GROUP, title: "Chi bộ KP1", type: "supergroup" });
    fake.setChatMember(GROUP, LAN, "administrator");
    fake.sendText({ from: lan, chat: group, text: "/khoitao Chi bộ Khu phố 1" });
    fake.sendText({ from: lan, text: "/start" });
    await rig.lastTo(LAN);
    await rig.join(hung, group, "Trần Văn Hùng");
    const [request] = await rig.lastTo(LAN);
    fake.clickButton({ from: lan, message: request as never, label: "✅ Duyệt Trần Văn Hùng" });
    await rig.lastTo(LAN);

    const secretary = app.services.members.byPerson(`tg:${LAN}`);
    if (!secretary) throw new Error("no secretary");
    // Two monthly meetings Hùng misses without reason; the scheduler closes each at its end.
    for (const day of ["2024-03-05", "2024-04-05"]) {
      const meeting = app.services.meetings.create(
        {
          cellId: secretary.cellId,
          kind: "regular",
          startsAt: new Date(`${day}T08:00:00+07:00`),
          endsAt: new Date(`${day}T10:00:00+07:00`),
          place: "Hội trường",
          topic: "",
          createdBy: secretary.id,
        },
        clock.now(),
      );
      app.services.meetings.mark(
        meeting.id,
        secretary.id,
        { present: true, reason: null, markedBy: "self" },
        meeting.startsAt,
      );
      clock.set(new Date(meeting.endsAt.getTime() + 60_000).toISOString());
      await rig.beat();
      await rig.lastTo(LAN);
    }

    const warning = "Trần Văn Hùng đã vắng không lý do 2 tháng trong năm 2024 (tháng 3, 4)";
    const toLan = fake.messagesTo(LAN).map((message) => message.text ?? "");
    expect(toLan.filter((text) => text.includes(warning))).toHaveLength(1);
    const toGroup = fake.messagesTo(GROUP).map((message) => message.text ?? "");
    expect(toGroup.join("\n")).not.toContain("vắng không lý do 2 tháng");
    expect(
      fake
        .messagesTo(HUNG)
        .map((m) => m.text ?? "")
        .join("\n"),
    ).not.toContain(warning);
    expect(logged.entries().length).toBeGreaterThan(5);
    expect(logged.text()).not.toContain("Trần Văn Hùng");
  });
});
