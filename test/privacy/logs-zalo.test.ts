import { afterEach, describe, expect, it } from "vitest";
import { capturedLog } from "../support/captured-log.js";
import type { ZaloPerson } from "../support/fake-zalo-server.js";
import { startZaloRig, type ZaloRig } from "../support/zalo-rig.js";

const GROUP = "5550001";
const lan: ZaloPerson = { id: "101", name: "Lan" };
const hung: ZaloPerson = { id: "102", name: "Hùng" };
const PLAN = [
  "Học nghị quyết Đại hội XIV và viết thu hoạch về chuyển đổi số ở phường",
  "Giải quyết dứt điểm hồ sơ đất đai của xóm Bến Đò trước tháng 6",
  "Bỏ thuốc lá, vận động gia đình phân loại rác tại nguồn",
];
const REASON = "Đưa mẹ đi khám tim ở bệnh viện Chợ Rẫy";

describe("Zalo's logs", () => {
  let rig: ZaloRig;
  afterEach(() => rig.stop());

  it("hold no plan and no absence reason, even when Zalo refuses the message quoting them", async () => {
    const logged = capturedLog();
    rig = await startZaloRig("2024-03-10T02:00:00Z", { log: logged.log });
    const { zalo, app, clock } = rig;
    zalo.addGroup(GROUP, "Chi bộ KP1", lan);
    await rig.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    await rig.join(hung, "Trần Văn Hùng", GROUP);
    await rig.say(lan, "/duyet");
    await rig.say(lan, "1");

    // Hùng writes his plan in private; Zalo refuses the review that repeats it, in words that
    // quote it.
    await rig.say(hung, "/dangky");
    await rig.say(hung, PLAN[0] as string);
    await rig.say(hung, PLAN[1] as string);
    zalo.fail("send", {
      code: 114,
      message: `Không gửi được: ${PLAN.join(" ")}`,
      threadId: hung.id,
    });
    await rig.say(hung, PLAN[2] as string);

    // During a meeting the secretary records his reason; the answer that repeats it is refused.
    const secretary = app.services.members.byPerson(`zalo:${lan.id}`);
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
    zalo.fail("send", { code: 114, message: `Không gửi được: ${REASON}`, threadId: lan.id });
    await rig.say(lan, `/diemdanh vắng Trần Văn Hùng: ${REASON}`);

    const refusals = logged.entries().filter((entry) => entry.msg === "zalo reply not sent now");
    expect(refusals.map((entry) => [entry.chat, entry.err])).toEqual([
      [`zalo:${hung.id}`, { name: "ZcaApiError", code: 114 }],
      [`zalo:${lan.id}`, { name: "ZcaApiError", code: 114 }],
    ]);
    expect(logged.entries().filter((entry) => entry.msg === "turn").length).toBeGreaterThan(5);
    for (const sentence of [...PLAN, REASON]) expect(logged.text()).not.toContain(sentence);
  });
});
