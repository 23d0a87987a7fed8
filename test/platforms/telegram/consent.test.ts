import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSENT_TEXT_VERSION } from "../../../commands/consent-text.js";
import { CONSENT_YES } from "../../support/harness.js";
import { startTelegramRig, type TelegramRig } from "../../support/telegram-rig.js";

const GROUP = -1004321;
const LAN = 611;
const HUNG = 622;
const MAI = 633;

describe("Telegram: consent at join through grammY", () => {
  let rig: TelegramRig;
  beforeAll(async () => {
    rig = await startTelegramRig("2024-03-10T02:00:00Z");
  });
  afterAll(() => rig.stop());

  it("refused, then asked again; a yes makes the entry with its consent; nobody else can answer", async () => {
    const { fake, app } = rig;
    const lan = fake.addUser({ id: LAN, first_name: "Lan" });
    const hung = fake.addUser({ id: HUNG, first_name: "Hùng" });
    const mai = fake.addUser({ id: MAI, first_name: "Mai" });
    const group = fake.addGroup({ id: GROUP, title: "Chi bộ KP1", type: "supergroup" });
    const answers = () =>
      fake.calls.filter((call) => call.method === "answerCallbackQuery").map((c) => c.params);
    const consents = () =>
      app.database.sqlite
        .prepare(
          "select answer, member_id, text_version, answered_at from consents where person_id = ?",
        )
        .all(`tg:${HUNG}`);
    fake.setChatMember(GROUP, LAN, "administrator");
    fake.sendText({ from: lan, chat: group, text: "/khoitao Chi bộ Khu phố 1" });
    await rig.lastTo(GROUP);

    fake.sendText({ from: hung, chat: group, text: "/thamgia Trần Văn Hùng" });
    const [asked] = await rig.lastTo(GROUP);
    expect(asked?.html).toContain("<b>Đồng chí Trần Văn Hùng</b>, trước khi ghi tên");
    expect(asked?.text).toContain("/dulieu");

    // Mai presses Hùng's button: she alone is told, and nothing changes.
    fake.clickButton({ from: mai, message: asked as never, label: CONSENT_YES });
    await rig.lastTo(GROUP);
    expect(answers().at(-1)?.text).toContain("dành cho người đã gõ /thamgia");
    expect(app.services.members.byPerson(`tg:${MAI}`)).toBeUndefined();
    expect(app.services.members.byPerson(`tg:${HUNG}`)).toBeUndefined();

    fake.clickButton({ from: hung, message: asked as never, label: "Không đồng ý" });
    await rig.lastTo(GROUP);
    expect(answers().at(-1)?.text).toContain("Chưa ghi tên Trần Văn Hùng vào danh sách");
    expect(app.services.members.byPerson(`tg:${HUNG}`)).toBeUndefined();
    expect(consents()).toMatchObject([{ answer: "refused", member_id: null }]);

    // The old question's yes is stale now.
    fake.clickButton({ from: hung, message: asked as never, label: CONSENT_YES });
    await rig.lastTo(GROUP);
    expect(app.services.members.byPerson(`tg:${HUNG}`)).toBeUndefined();

    rig.clock.set("2024-03-10T03:00:00Z");
    await rig.join(hung, group, "Trần Văn Hùng");
    const member = app.services.members.byPerson(`tg:${HUNG}`);
    expect(member?.roster).toBe("pending");
    expect(consents()).toMatchObject([
      { answer: "refused" },
      {
        answer: "given",
        member_id: member?.id,
        text_version: CONSENT_TEXT_VERSION,
        answered_at: Date.parse("2024-03-10T03:00:00Z"),
      },
    ]);
  });
});
