import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capturedLog } from "../support/captured-log.js";
import { startTelegramRig, type TelegramRig } from "../support/telegram-rig.js";

const GROUP = -1001234;
const LAN = 111;
const HUNG = 222;
const PLAN = [
  "Học nghị quyết Đại hội XIV và viết thu hoạch về chuyển đổi số ở phường",
  "Giải quyết dứt điểm hồ sơ đất đai của xóm Bến Đò trước tháng 6",
  "Bỏ thuốc lá, vận động gia đình phân loại rác tại nguồn",
];
const REASON = "Đưa mẹ đi khám tim ở bệnh viện Chợ Rẫy";

describe("Telegram's logs", () => {
  let rig: TelegramRig;
  const logged = capturedLog();

  beforeAll(async () => {
    rig = await startTelegramRig("2024-03-10T02:00:00Z", { log: logged.log });
  });
  afterAll(() => rig.stop());

  it("hold no plan and no absence reason, even when Telegram refuses the message carrying them", async () => {
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

    // Hùng writes his plan in private; the review that repeats it is refused.
    fake.sendText({ from: hung, text: "/start dangky" });
    fake.sendText({ from: hung, text: PLAN[0] as string });
    fake.sendText({ from: hung, text: PLAN[1] as string });
    await fake.waitForIdle();
    fake.failNext({ method: "sendMessage", chatId: HUNG, errorCode: 400 });
    fake.sendText({ from: hung, text: PLAN[2] as string });
    await rig.lastTo(HUNG);

    // During a meeting the secretary records his reason; the answer that repeats it is refused.
    const secretary = app.services.members.byPerson(`tg:${LAN}`);
    if (!secretary) throw new Error("no secretary");
    app.services.meetings.create(
      {
        cellId: secretary.cellId,
        kind: "regular",
        startsAt: new Date(clock.now().getTime() - 10 * 60_000),
        endsAt: new Date(clock.now().getTime() + 2 * 3600_000),
        place: "Hội trường",
        topic: "",
        createdBy: secretary.id,
      },
      clock.now(),
    );
    fake.failNext({ method: "sendMessage", chatId: LAN, errorCode: 400 });
    fake.sendText({ from: lan, text: `/diemdanh vắng Trần Văn Hùng: ${REASON}` });
    await rig.lastTo(LAN);

    const refusals = logged.entries().filter((entry) => entry.msg === "update failed");
    expect(refusals.map((entry) => entry.err)).toEqual([
      expect.objectContaining({ name: "GrammyError", method: "sendMessage", code: 400 }),
      expect.objectContaining({ name: "GrammyError", method: "sendMessage", code: 400 }),
    ]);
    // The text was sent, and refused: it was in the failed call's payload.
    const refused = fake.refused.map((call) => JSON.stringify(call)).join("\n");
    expect(refused).toContain(PLAN[1]);
    expect(refused).toContain(REASON);
    expect(logged.entries().filter((entry) => entry.msg === "turn").length).toBeGreaterThan(5);
    for (const sentence of [...PLAN, REASON]) expect(logged.text()).not.toContain(sentence);
  });
});
