import { afterEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { capturedLog } from "../support/captured-log.js";
import type { ZaloPerson } from "../support/fake-zalo-server.js";
import { startTelegramRig, type TelegramRig } from "../support/telegram-rig.js";
import { startZaloRig, type ZaloRig } from "../support/zalo-rig.js";

/** December 2024, 9:00 in Vietnam: the year-end review. */
const DECEMBER = "2024-12-10T02:00:00Z";
const RESULTS = {
  study: "Đọc hết tuyển tập Hồ Chí Minh về đạo đức cách mạng, viết hai bài thu hoạch",
  follow: "Giải quyết 214 hồ sơ đất đai của xóm Bến Đò đúng hạn",
  example: "Chưa bỏ được thuốc lá",
  why: "Thuốc lá đã hút bốn mươi năm, đang giảm dần",
};
const PLAN = {
  study: "Học nghị quyết và viết thu hoạch",
  follow: "Giải quyết hồ sơ đúng hạn",
  example: "Bỏ thuốc lá",
};
const LEVEL_NAMES = ["Hoàn thành xuất sắc", "Hoàn thành tốt", "HTXSNV", "HTTNV", "HTNV"];
/** Everything of Hùng's that must reach no group and no log. */
const PRIVATE = [...Object.values(RESULTS), ...Object.values(PLAN), ...LEVEL_NAMES];

/** Hùng joined and reported his results (as /ketqua saves them); returns his member id. */
function hungReported(app: App, personId: string, results = RESULTS): number {
  const cell = app.services.cells.all()[0];
  if (!cell) throw new Error("no cell");
  const now = app.services.clock.now();
  const hung = app.services.members.create({
    cellId: cell.id,
    fullName: "Trần Văn Hùng",
    role: "member",
    roster: "active",
    personId,
    displayName: "Hùng",
    now,
  });
  app.services.commitments.save(hung.id, 2024, PLAN, now);
  // As /ketqua saves it.
  const parts = {
    study: { outcome: "done", text: results.study },
    follow: { outcome: "done", text: results.follow },
    example: { outcome: "notDone", text: results.example, why: results.why },
  } as const;
  app.services.results.save(hung.id, 2024, { parts, proposedLevel: "excellent" }, now);
  return hung.id;
}

function expectNoneOf(text: string, where: string): void {
  for (const sentence of PRIVATE) expect(text, `${where}: ${sentence}`).not.toContain(sentence);
}

describe("/danhgia on Telegram", () => {
  let rig: TelegramRig;
  afterEach(() => rig.stop());

  it("grades with buttons in private; the group and the log see nothing of it", async () => {
    const logged = capturedLog();
    rig = await startTelegramRig(DECEMBER, { log: logged.log });
    const { fake, app } = rig;
    const GROUP = -1004242;
    const lan = fake.addUser({ id: 111, first_name: "Lan" });
    const hung = fake.addUser({ id: 222, first_name: "Hùng" });
    const group = fake.addGroup({ id: GROUP, title: "Chi bộ KP1", type: "supergroup" });
    fake.setChatMember(GROUP, lan.id, "administrator");
    fake.sendText({ from: lan, chat: group, text: "/khoitao Chi bộ Khu phố 1" });
    fake.sendText({ from: lan, text: "/start" });
    await rig.lastTo(lan.id);
    hungReported(app, `tg:${hung.id}`);
    fake.startedBot(hung.id);

    fake.sendText({ from: lan, text: "/danhgia" });
    const [list] = await rig.lastTo(lan.id);
    expect(list?.text).toContain("Đã báo cáo kết quả: 1/2.");
    await rig.press(lan, lan.id, /^Trần Văn Hùng — tự nhận HTXSNV$/);
    const [results, levels] = await rig.lastTo(lan.id, 2);
    expect(results?.text).toContain(RESULTS.follow);
    expect(results?.text).toContain(`Lý do: ${RESULTS.why}`);
    expect(levels?.text).toContain("Tự nhận: Hoàn thành xuất sắc nhiệm vụ");
    await rig.press(lan, lan.id, "Hoàn thành tốt nhiệm vụ");
    const [saved] = await rig.lastTo(lan.id);
    expect(saved?.text).toContain("Đã ghi: chi bộ xếp loại Trần Văn Hùng Hoàn thành tốt nhiệm vụ");

    // Typed in the group: only the way to the private chat. Hùng himself is refused there.
    fake.sendText({ from: lan, chat: group, text: "/danhgia" });
    fake.sendText({ from: hung, chat: group, text: "/danhgia" });
    fake.sendText({ from: hung, text: "/danhgia" });
    const [refused] = await rig.lastTo(hung.id);
    expect(refused?.text).toContain("Chỉ bí thư, phó bí thư và chi ủy viên");
    const groupTexts = fake.messagesTo(GROUP).map((m) => m.text);
    expect(groupTexts.some((text) => text.includes("chat riêng"))).toBe(true);
    expectNoneOf(groupTexts.join("\n"), "group");
    expectNoneOf(
      fake
        .messagesTo(hung.id)
        .map((m) => m.text)
        .join("\n"),
      "Hùng's chat",
    );
    expect(logged.entries().filter((entry) => entry.msg === "turn").length).toBeGreaterThan(5);
    expectNoneOf(logged.text(), "log");
  });

  it("shows a member's results as typed, never as markup", async () => {
    rig = await startTelegramRig(DECEMBER);
    const { fake, app } = rig;
    const lan = fake.addUser({ id: 111, first_name: "Lan" });
    const group = fake.addGroup({ id: -1004243, title: "Chi bộ KP1", type: "supergroup" });
    fake.setChatMember(group.id, lan.id, "administrator");
    fake.sendText({ from: lan, chat: group, text: "/khoitao Chi bộ Khu phố 1" });
    fake.sendText({ from: lan, text: "/start" });
    await rig.lastTo(lan.id);
    const hostile = {
      study: '<b>Học</b> <a href="http://x">bài</a> & <script>alert(1)</script>',
      follow: "Giúp 5 hộ <i>nghèo",
      example: "</b>Chưa bỏ thuốc",
      why: "Vì &lt; khó &amp; lâu",
    };
    hungReported(app, "tg:222", hostile);

    fake.sendText({ from: lan, text: "/danhgia" });
    await rig.lastTo(lan.id);
    await rig.press(lan, lan.id, /^Trần Văn Hùng — tự nhận HTXSNV$/);
    const [results] = await rig.lastTo(lan.id, 2);
    for (const typed of Object.values(hostile)) expect(results?.text).toContain(typed);
    expect(results?.html).toContain(
      '&lt;b&gt;Học&lt;/b&gt; &lt;a href="http://x"&gt;bài&lt;/a&gt; &amp; &lt;script&gt;',
    );
    expect(results?.html).toContain("Giúp 5 hộ &lt;i&gt;nghèo");
    expect(results?.html).toContain("Vì &amp;lt; khó &amp;amp; lâu");
    expect(results?.html).not.toContain("<script>");
  });
});

describe("/danhgia on Zalo (no buttons)", () => {
  let rig: ZaloRig;
  afterEach(() => rig.stop());

  it("grades by numbers and typed levels in private; the group and the log see nothing of it", async () => {
    const logged = capturedLog();
    rig = await startZaloRig(DECEMBER, { log: logged.log });
    const GROUP = "5554242";
    const lan: ZaloPerson = { id: "101", name: "Lan" };
    const hung: ZaloPerson = { id: "102", name: "Hùng" };
    rig.zalo.addGroup(GROUP, "Chi bộ KP1", lan);
    await rig.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    hungReported(rig.app, `zalo:${hung.id}`);

    await rig.say(lan, "/danhgia");
    const list = rig.zalo.textsTo(lan.id).at(-1) ?? "";
    expect(list).toContain("Trần Văn Hùng — tự nhận HTXSNV");
    expect(list).not.toMatch(/bấm|nút/i);
    await rig.press(lan, "Trần Văn Hùng — tự nhận HTXSNV");
    const shown = rig.zalo.textsTo(lan.id).slice(-2).join("\n");
    expect(shown).toContain(RESULTS.study);
    expect(shown).toMatch(/1\. Hoàn thành xuất sắc nhiệm vụ/);
    expect(shown).not.toMatch(/bấm|nút/i);
    await rig.say(lan, "hoan thanh tot nhiem vu");
    expect(rig.zalo.textsTo(lan.id).at(-1)).toContain(
      "Đã ghi: chi bộ xếp loại Trần Văn Hùng Hoàn thành tốt nhiệm vụ",
    );
    await rig.press(lan, "📊 Tổng hợp mức xếp loại");
    expect(rig.zalo.textsTo(lan.id).at(-1)).toContain("Hoàn thành tốt nhiệm vụ: 1");

    await rig.say(lan, "/danhgia", GROUP);
    await rig.say(hung, "/danhgia");
    expect(rig.zalo.textsTo(hung.id).at(-1)).toContain("Chỉ bí thư, phó bí thư và chi ủy viên");
    const groupTexts = rig.zalo.textsTo(GROUP);
    expect(groupTexts.at(-1)).toContain("/danhgia");
    expectNoneOf(groupTexts.join("\n"), "group");
    expectNoneOf(rig.zalo.textsTo(hung.id).join("\n"), "Hùng's chat");
    expectNoneOf(logged.text(), "log");
  });
});
