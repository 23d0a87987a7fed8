import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonLabels } from "../../support/choices-shown.js";
import { startTelegramRig, type TelegramRig } from "../../support/telegram-rig.js";

const GROUP = -1005555;
const LAN = 111;
const AN = 333;

describe("Telegram: a member added by hand claims the entry through grammY", () => {
  let rig: TelegramRig;

  beforeAll(async () => {
    rig = await startTelegramRig();
  });

  afterAll(() => rig.stop());

  it("the code goes to the secretary in private only, and typed in the group it claims the entry", async () => {
    const { fake, app } = rig;
    const lan = () => fake.addUser({ id: LAN, first_name: "Lan", last_name: "Nguyễn Thị" });
    const an = () => fake.addUser({ id: AN, first_name: "An" });
    const group = () => fake.addGroup({ id: GROUP, title: "Chi bộ KP5", type: "supergroup" });

    fake.setChatMember(GROUP, LAN, "administrator");
    fake.sendText({ from: lan(), chat: group(), text: "/khoitao Chi bộ Khu phố 5" });
    await rig.lastTo(GROUP);
    fake.sendText({ from: lan(), text: "/start" });
    await rig.lastTo(LAN);

    fake.sendText({ from: lan(), text: "/thanhvien them Nguyễn Văn An, dự bị" });
    const [paper] = await rig.lastTo(LAN);
    expect(paper?.text).toContain("đã đồng ý (ký trên giấy)");
    await rig.press(lan(), LAN, "✅ Đã đồng ý trên giấy, thêm");
    const [added, card] = await rig.lastTo(LAN, 2);
    expect(added?.text).toContain("Đã thêm Nguyễn Văn An vào danh sách Chi bộ Khu phố 5");
    expect(card?.text).toContain("Nguyễn Văn An: đảng viên, dự bị.");
    expect(buttonLabels(card as never)).toContain("🔑 Lấy mã nhận hồ sơ");

    fake.clickButton({ from: lan(), message: card as never, label: "🔑 Lấy mã nhận hồ sơ" });
    const [given] = await rig.lastTo(LAN);
    const code = /Mã nhận hồ sơ của Nguyễn Văn An: (\d{8})/.exec(given?.text ?? "")?.[1];
    expect(code).toBeDefined();
    expect(given?.html).toContain(`<b>/thamgia ${code}</b>`);
    // Nowhere but the secretary's private chat, in no call the bot made.
    const withCode = fake.calls.filter((call) => JSON.stringify(call.params).includes(code ?? "-"));
    expect(withCode.map((call) => [call.method, String(call.params.chat_id)])).toEqual([
      ["sendMessage", String(LAN)],
    ]);

    fake.sendText({ from: an(), chat: group(), text: `/thamgia ${code}` });
    // The claim, then the consent text the secretary confirmed on paper, a message of its own.
    const [claimed, terms] = await rig.lastTo(GROUP, 2);
    expect(terms?.text).toContain("Quyền của đồng chí: gõ /dulieu");
    expect(claimed?.text).toContain(
      "Đồng chí Nguyễn Văn An đã nhận hồ sơ của mình trong danh sách Chi bộ Khu phố 5",
    );
    expect(claimed?.text).not.toContain(code);
    const [notice] = await rig.lastTo(LAN);
    expect(notice?.text).toContain(
      "Nguyễn Văn An đã nhận hồ sơ trong danh sách bằng tài khoản chat",
    );

    const member = app.services.members.byPerson(`tg:${AN}`);
    expect(member).toMatchObject({ fullName: "Nguyễn Văn An", status: "probationary" });

    // Typed again, by anyone, the code is spent.
    fake.sendText({ from: an(), chat: group(), text: `/thamgia ${code}` });
    expect((await rig.lastTo(GROUP))[0]?.text).toContain("Tài khoản này đã có trong danh sách");
    expect(fake.refused).toEqual([]);
  });
});
