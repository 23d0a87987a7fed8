import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { officerCodeExpiresAt } from "../../src/domain/code-rules.js";
import { startTelegramRig, type TelegramRig } from "../support/telegram-rig.js";

const GROUP = -1007001;
/** A committee named by an operator who typed markup: Telegram must show it as typed. */
const COMMITTEE = "Đảng ủy <&> Phường 1";
const ESCAPED = "Đảng ủy &lt;&amp;&gt; Phường 1";

describe("a committee named with <&>, on Telegram", () => {
  let rig: TelegramRig;
  beforeAll(async () => {
    rig = await startTelegramRig();
  });
  afterAll(() => rig.stop());

  const officer = () => rig.fake.addUser({ id: 501, first_name: "Ánh" });
  const lan = () => rig.fake.addUser({ id: 502, first_name: "Nguyễn Thị Lan" });

  it("shows the name as typed in the officer's code and the secretary's answer", async () => {
    const { sqlite } = rig.app.database;
    const { id } = sqlite
      .prepare("insert into committees (name, created_at) values (?, ?) returning id")
      .get(COMMITTEE, rig.clock.now().getTime()) as { id: number };
    // The operator's one step: the first officer's code (`committee officer`).
    const first = rig.app.services.officerCodes.issue(id, officerCodeExpiresAt(rig.clock.now()));
    rig.fake.sendText({ from: officer(), text: `/tonghop ${first}` });
    const [claimed] = await rig.lastTo(501);
    expect(claimed?.text).toContain(`cán bộ của ${COMMITTEE}`);
    expect(claimed?.html).toContain(ESCAPED);

    rig.fake.sendText({ from: officer(), text: "/tonghop" });
    // The officer's codes, then the roll-up.
    const [menu, rollup] = await rig.lastTo(501, 2);
    expect(rollup?.html).toContain(`Tổng hợp ${ESCAPED}`);
    rig.fake.clickButton({ from: officer(), message: menu as never, label: "🔗 Mã cho chi bộ" });
    const [given] = await rig.lastTo(501);
    expect(given?.text).toContain(`Mã để một chi bộ gắn vào ${COMMITTEE}`);
    expect(given?.html).toContain(ESCAPED);
    const code = /\b(\d{8})\b/.exec(given?.text ?? "")?.[1] ?? "";

    rig.fake.setChatMember(GROUP, 502, "creator");
    const group = rig.fake.addGroup({ id: GROUP, title: "Chi bộ 7", type: "group" });
    rig.fake.sendText({ from: lan(), chat: group, text: "/khoitao Chi bộ 7" });
    await rig.lastTo(GROUP);
    rig.fake.sendText({ from: lan(), text: "/caidat" });
    const [settings] = await rig.lastTo(502);
    rig.fake.clickButton({ from: lan(), message: settings as never, label: "🔗 Cấp ủy cấp trên" });
    await rig.lastTo(502);
    rig.fake.sendText({ from: lan(), text: code });
    const [linked] = await rig.lastTo(502);
    expect(linked?.text).toContain(`Chi bộ 7 đã thuộc ${COMMITTEE}`);
    expect(linked?.html).toContain(ESCAPED);
    expect(linked?.html).not.toContain("<&>");

    rig.fake.sendText({ from: lan(), text: "/caidat" });
    const [shown] = await rig.lastTo(502);
    expect(shown?.text).toContain(`Cấp ủy cấp trên: ${COMMITTEE}`);
  });
});
