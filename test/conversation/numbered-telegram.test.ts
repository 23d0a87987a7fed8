/**
 * Where there are buttons (Telegram), /duyet offers "approve all" behind one confirmation,
 * and after each decision shows the rest of the list with its buttons.
 */
import type { User } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { buttonLabels } from "../support/choices-shown.js";
import type { SentMessage } from "../support/fake-bot-api.js";
import { startTelegramRig, type TelegramRig } from "../support/telegram-rig.js";

const GROUP = -100555;
const LAN = 21;

describe("/duyet on Telegram", () => {
  let rig: TelegramRig;

  afterEach(() => rig?.stop());

  async function setUp(): Promise<{ lan: User; press(label: string): Promise<SentMessage> }> {
    rig = await startTelegramRig("2024-05-06T02:00:00Z");
    const { fake } = rig;
    const group = fake.addGroup({ id: GROUP, title: "Chi bộ Khu phố 1", type: "supergroup" });
    const lan = fake.addUser({ id: LAN, first_name: "Lan", last_name: "Nguyễn Thị" });
    fake.setChatMember(GROUP, LAN, "administrator");
    fake.sendText({ from: lan, chat: group, text: "/khoitao Chi bộ Khu phố 1" });
    fake.sendText({ from: lan, text: "/start" });
    await rig.lastTo(LAN);
    for (const [id, name] of [
      [22, "Trần Văn Hùng"],
      [23, "Lê Minh Tuấn"],
      [24, "Phạm Thu Hà"],
    ] as const) {
      const person = fake.addUser({ id, first_name: name });
      await rig.join(person, group, `${name}`);
      await rig.lastTo(GROUP);
    }
    const press = async (label: string): Promise<SentMessage> => {
      const message = fake.messagesTo(LAN).findLast((m) => buttonLabels(m).includes(label));
      if (!message) throw new Error(`No button "${label}"`);
      fake.clickButton({ from: lan, message, label });
      const [last] = await rig.lastTo(LAN);
      if (!last) throw new Error("no answer");
      return last;
    };
    return { lan, press };
  }

  it("shows the rest after a decision, and approves all after one confirmation", {
    timeout: 30_000,
  }, async () => {
    const { lan, press } = await setUp();
    rig.fake.sendText({ from: lan, text: "/duyet" });
    const [list] = await rig.lastTo(LAN);
    const labels = list ? buttonLabels(list) : [];
    expect(labels).toContain("✅ Duyệt tất cả (3 người)");
    // Buttons only: no numbers to type.
    expect(list?.text).not.toMatch(/^\s*\d+\. /m);

    const rest = await press(labels.find((l) => l.includes("Duyệt Trần Văn Hùng")) ?? "");
    expect(rest.text).toContain("Còn 2 người đang chờ duyệt");
    expect(rig.fake.messagesTo(LAN).some((m) => m.text.includes("Đã duyệt Trần Văn Hùng"))).toBe(
      true,
    );
    expect(buttonLabels(rest)).toContain("✅ Duyệt tất cả (2 người)");
    expect(buttonLabels(rest).some((l) => l.includes("Trần Văn Hùng"))).toBe(false);

    const asked = await press("✅ Duyệt tất cả (2 người)");
    expect(asked.text).toContain("Duyệt cả 2 người vào chi bộ: Lê Minh Tuấn, Phạm Thu Hà?");
    expect(rig.app.services.members.ofCell(1, "pending")).toHaveLength(2);
    const done = await press("✅ Đúng, duyệt tất cả");
    expect(done.text).toContain("Đã duyệt 2 người vào chi bộ: Lê Minh Tuấn, Phạm Thu Hà.");
    expect(rig.app.services.members.ofCell(1, "pending")).toHaveLength(0);
    // The group hears of them in one message.
    const welcomes = rig.fake.messagesTo(GROUP).filter((m) => m.text.includes("Chào mừng"));
    expect(welcomes.at(-1)?.text).toContain("Lê Minh Tuấn, Phạm Thu Hà");
  });
});
