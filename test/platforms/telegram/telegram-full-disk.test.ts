import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fillDisk } from "../../support/full-disk.js";
import { startTelegramRig, type TelegramRig } from "../../support/telegram-rig.js";

const GROUP = -1007171;
const LAN = 711;

/** The database's disk fills up while a secretary is writing her plan, through real grammY. */
describe("Telegram: a full disk", () => {
  let rig: TelegramRig;
  const lan = () => rig.fake.addUser({ id: LAN, first_name: "Lan", last_name: "Nguyễn Thị" });
  const say = async (text: string) => {
    rig.fake.sendText({ from: lan(), text });
    return (await rig.lastTo(LAN))[0]?.text ?? "";
  };
  const draft = () => rig.app.services.conversations.dialog(`tg:${LAN}`, `tg:${LAN}`)?.state;

  beforeAll(async () => {
    rig = await startTelegramRig("2024-03-10T02:00:00Z");
    rig.fake.setChatMember(GROUP, LAN, "creator");
    const group = rig.fake.addGroup({ id: GROUP, title: "Chi bộ 7", type: "supergroup" });
    rig.fake.sendText({ from: lan(), chat: group, text: "/khoitao" });
    await rig.lastTo(GROUP);
  });
  afterAll(() => rig.stop());

  it("answers 'try later', keeps what was saved, and takes the same words once there is room", async () => {
    expect(await say("/dangky")).toContain("Phần 1/3");
    expect(await say("Học chuyên đề năm, ghi chép đầy đủ")).toContain("Phần 2/3");
    const saved = JSON.stringify(draft());

    const room = fillDisk(rig.app.database.sqlite);
    const part = "Giải quyết hồ sơ đúng hạn. ".repeat(25);
    expect(await say(part)).toContain("tạm thời không lưu được");
    expect(JSON.stringify(draft())).toBe(saved);

    room();
    expect(await say(part)).toContain("Phần 3/3");
    expect(JSON.stringify(draft())).toContain("Học chuyên đề năm, ghi chép đầy đủ");
  });
});
