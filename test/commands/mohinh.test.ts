import type { User } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { telegramHtml } from "../../src/platforms/telegram/telegram-html.js";
import { buttonLabels } from "../support/choices-shown.js";
import { Harness, type Said, texts } from "../support/harness.js";
import { startTelegramRig, type TelegramRig } from "../support/telegram-rig.js";
import { startZaloRig, type ZaloRig } from "../support/zalo-rig.js";

let harness: Harness;
afterEach(() => harness?.close());

const MODEL = {
  title: "Tuyến đường hoa kiểu mẫu",
  what: "Trồng và chăm sóc 500 m hoa dọc đường Lê Lợi, mỗi hộ nhận một đoạn.",
  who: "Đồng chí Lan phụ trách, cả chi bộ cùng làm",
  byDay: "30/11",
};

function cellModel(h: Harness) {
  const cell = h.app.services.cells.all()[0];
  return cell && h.app.services.cellModels.of(cell.id, 2024);
}

/** Lan, the secretary, registers the model in private, pressing or typing the choices. */
async function register(h: Harness, model = MODEL): Promise<Said[]> {
  await h.say("Lan", "private", "/mohinh");
  await h.press("Lan", "private", "📝 Đăng ký mô hình");
  await h.say("Lan", "private", model.title);
  await h.say("Lan", "private", model.what);
  await h.say("Lan", "private", model.who);
  await h.say("Lan", "private", model.byDay);
  return h.press("Lan", "private", "✅ Lưu");
}

describe("/mohinh: the cell's model", () => {
  for (const hasButtons of [true, false]) {
    it(`is registered by the secretary and seen by every member (${hasButtons ? "buttons" : "numbered lists"})`, async () => {
      harness = new Harness({ hasButtons });
      await harness.cellWith(["Hùng"]);
      const none = await harness.say("Lan", "private", "/mohinh");
      expect(texts(none)).toContain("Chi bộ chưa đăng ký mô hình, việc làm theo Bác năm 2024.");
      await harness.press("Lan", "private", "📝 Đăng ký mô hình");
      expect(texts(await harness.say("Lan", "private", MODEL.title))).toContain("Bước 2/4");
      expect(texts(await harness.say("Lan", "private", MODEL.what))).toContain("Bước 3/4");
      expect(texts(await harness.say("Lan", "private", MODEL.who))).toContain("Bước 4/4");
      const reviewed = await harness.say("Lan", "private", MODEL.byDay);
      const review = texts(reviewed);
      expect(review).toContain("Xem lại mô hình năm 2024");
      expect(review).toContain(`Tên: ${MODEL.title}`);
      expect(review).toContain(`Nội dung: ${MODEL.what}`);
      expect(review).toContain(`Người thực hiện: ${MODEL.who}`);
      expect(review).toContain("Thời hạn: 30/11/2024");
      expect(reviewed[0]?.choices[0]).toEqual({ label: "✅ Lưu", value: "mohinh:confirm" });
      const saved = texts(await harness.press("Lan", "private", "✅ Lưu"));
      expect(saved).toContain(`Đã lưu mô hình năm 2024: ${MODEL.title}.`);
      expect(cellModel(harness)).toMatchObject({ ...MODEL, byDay: "2024-11-30" });

      // The model is the cell's public work: shown in the group, to any member.
      const inGroup = await harness.say("Hùng", "group:1", "/mohinh");
      expect(texts(inGroup)).toContain(
        `Mô hình, việc làm theo Bác của chi bộ năm 2024: ${MODEL.title}`,
      );
      expect(texts(inGroup)).toContain("Thời hạn: 30/11/2024");
      expect(texts(inGroup)).toContain("Chưa báo cáo tiến độ quý nào.");
      expect(inGroup[0]?.privateLink).toBeUndefined();
      expect(inGroup[0]?.choices).toEqual([]);
      // The committee is offered to carry on in private.
      const forSecretary = await harness.say("Lan", "group:1", "/mohinh");
      expect(forSecretary[0]?.privateLink).toBe("mohinh");
    });
  }

  it("asks the quarter's progress (Quý II/2024), keeps one note a quarter, and an edit keeps it", async () => {
    harness = new Harness({ now: "2024-03-10T02:00:00Z" });
    await harness.cellWith(["Hùng"]);
    await register(harness);
    harness.clock.set("2024-05-06T02:00:00Z");
    await harness.say("Lan", "private", "/mohinh");
    const asked = texts(await harness.press("Lan", "private", "📈 Báo cáo tiến độ Quý II/2024"));
    expect(asked).toContain(`Tiến độ Quý II/2024 của mô hình «${MODEL.title}»`);
    const saved = texts(await harness.say("Lan", "private", "Đã trồng 200 m hoa."));
    expect(saved).toContain("Đã lưu tiến độ Quý II/2024: Đã trồng 200 m hoa.");

    await harness.say("Lan", "private", "/mohinh");
    const again = texts(await harness.press("Lan", "private", "📈 Báo cáo tiến độ Quý II/2024"));
    expect(again).toContain("Hiện đang ghi: Đã trồng 200 m hoa.");
    expect(texts(await harness.press("Lan", "private", "Giữ nguyên"))).toContain(
      "Tiến độ đã báo cáo vẫn giữ nguyên.",
    );
    await harness.say("Lan", "private", "/mohinh");
    await harness.press("Lan", "private", "📈 Báo cáo tiến độ Quý II/2024");
    const replaced = texts(await harness.say("Lan", "private", "Đã trồng 300 m hoa."));
    expect(replaced).toContain("Đã lưu bản sửa tiến độ Quý II/2024: Đã trồng 300 m hoa.");
    expect(cellModel(harness)?.progress.map((p) => [p.quarter, p.note])).toEqual([
      [2, "Đã trồng 300 m hoa."],
    ]);

    // Editing the name keeps the progress reported.
    await harness.say("Lan", "private", "/mohinh");
    await harness.press("Lan", "private", "✏️ Sửa mô hình");
    const asking = texts(await harness.press("Lan", "private", "Sửa tên"));
    expect(asking).toContain(`Hiện đang ghi: ${MODEL.title}`);
    await harness.say("Lan", "private", "Con đường hoa kiểu mẫu");
    const updated = texts(await harness.press("Lan", "private", "✅ Lưu"));
    expect(updated).toContain("Đã lưu bản sửa mô hình năm 2024: Con đường hoa kiểu mẫu.");
    const shown = texts(await harness.say("Hùng", "group:1", "/mohinh"));
    expect(shown).toContain("Con đường hoa kiểu mẫu");
    expect(shown).toContain("Tiến độ Quý II/2024: Đã trồng 300 m hoa.");
    // Saving without a change says so.
    await harness.say("Lan", "private", "/mohinh");
    await harness.press("Lan", "private", "✏️ Sửa mô hình");
    expect(texts(await harness.press("Lan", "private", "✅ Lưu"))).toContain(
      "Mô hình không thay đổi gì.",
    );
  });

  it("shows a group each text shortened and the latest quarter only; private shows it all", async () => {
    harness = new Harness({ now: "2024-11-10T02:00:00Z" });
    await harness.cellWith(["Hùng"]);
    const { cells, cellModels } = harness.app.services;
    const long = (words: string, length: number) => words.repeat(length / words.length);
    const what = long("Trồng hoa dọc đường. ", 798);
    const who = long("Tổ 3 cùng làm. ", 300);
    const model = cellModels.register(
      cells.all()[0]?.id ?? 0,
      2024,
      { title: MODEL.title, what, who, byDay: "2024-11-30" },
      harness.clock.now(),
    );
    for (const quarter of [1, 2, 3, 4]) {
      const note = `Quý ${quarter}: ${long("Đã trồng thêm hoa. ", 798)}`;
      cellModels.reportProgress(model.id, quarter, note, harness.clock.now());
    }
    const group = texts(await harness.say("Hùng", "group:1", "/mohinh"));
    expect(group.length).toBeLessThan(1000);
    expect(group).toContain("Tiến độ Quý IV/2024: Quý 4: Đã trồng thêm hoa.");
    expect(group).not.toContain("Tiến độ Quý I/2024");
    expect(group).toContain("Tiến độ 3 quý trước: nhắn riêng /mohinh cho chibo để xem đủ.");
    expect(group).toContain("…");
    expect(group).not.toContain(what.trim());
    const own = texts(await harness.say("Hùng", "private", "/mohinh"));
    expect(own).toContain(what.trim());
    expect(own).toContain(who.trim());
    expect(own).toContain("Tiến độ Quý I/2024: Quý 1:");
    expect(own).not.toContain("quý trước");
  });

  it("refuses a member who tries to register it, by a forged choice or a typed one", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    const own = await harness.say("Hùng", "private", "/mohinh");
    expect(own[0]?.choices).toEqual([]);
    const before = harness.snapshot();
    for (const value of ["mohinh:register", "mohinh:edit", "mohinh:progress", "mohinh:confirm"]) {
      const refused = await harness.sendChoiceValue("Hùng", "private", value);
      expect(texts(refused)).toContain("Chỉ bí thư, phó bí thư và chi ủy viên");
    }
    expect(harness.snapshot()).toBe(before);
    expect(cellModel(harness)).toBeUndefined();
    // Progress before any model is refused too, for the secretary.
    expect(texts(await harness.sendChoiceValue("Lan", "private", "mohinh:progress"))).toContain(
      "Chi bộ chưa đăng ký mô hình năm nay",
    );
    // Choices that act on a dialog, with none open, have expired.
    expect(texts(await harness.sendChoiceValue("Lan", "private", "mohinh:confirm"))).toContain(
      "đã cũ",
    );
    expect(texts(await harness.sendChoiceValue("Lan", "private", "mohinh:change-bogus"))).toContain(
      "đã cũ",
    );
  });

  it("answers empty, emoji-only, huge and wrong dates clearly, keeping the step", async () => {
    harness = new Harness({ now: "2024-03-10T02:00:00Z" });
    await harness.cellWith([]);
    await harness.say("Lan", "private", "/mohinh");
    await harness.press("Lan", "private", "📝 Đăng ký mô hình");
    expect(texts(await harness.say("Lan", "private", "   "))).toContain("Chưa thấy nội dung");
    expect(texts(await harness.say("Lan", "private", "😀🎉"))).toContain("Chưa thấy nội dung");
    expect(texts(await harness.say("Lan", "private", "\u200b\u200b"))).toContain(
      "Chưa thấy nội dung",
    );
    const huge = texts(await harness.say("Lan", "private", "a".repeat(10_000)));
    expect(huge).toContain("dài 10.000 ký tự");
    expect(huge).toContain("dưới 150 ký tự");
    expect(texts(await harness.say("Lan", "private", MODEL.title))).toContain("Bước 2/4");
    await harness.say("Lan", "private", MODEL.what);
    await harness.say("Lan", "private", MODEL.who);
    const cases: [string, string][] = [
      ["cuối năm", "Chưa đọc được ngày"],
      ["2024-11-30", "Chưa đọc được ngày"],
      ["30/13", "Không có ngày này trong lịch"],
      ["31/02/2024", "Không có ngày này trong lịch"],
      ["30/11/2025", "Thời hạn phải là một ngày trong năm 2024"],
      ["30/11/23", "Thời hạn phải là một ngày trong năm 2024"],
      ["01/03", "Ngày này đã qua (hôm nay 10/03/2024)"],
    ];
    for (const [typed, answer] of cases) {
      expect(texts(await harness.say("Lan", "private", typed))).toContain(answer);
    }
    expect(cellModel(harness)).toBeUndefined();
    // Today is still in time; full-width digits read as plain ones.
    const review = texts(await harness.say("Lan", "private", "１０/３"));
    expect(review).toContain("Thời hạn: 10/03/2024");
    await harness.press("Lan", "private", "Sửa thời hạn");
    expect(texts(await harness.say("Lan", "private", "31-12-2024"))).toContain(
      "Thời hạn: 31/12/2024",
    );
  });

  it("keeps hostile HTML as text, composes NFD and restores ƣ", async () => {
    harness = new Harness();
    await harness.cellWith([]);
    const nfd = "Tuye\u0302\u0301n đu\u031bo\u031b\u0300ng hoa";
    await register(harness, {
      title: nfd,
      what: '<script>alert(1)</script> <a href="x">bấm</a> & <b>',
      who: "Tổ dân phố sƣ phạm",
      byDay: "30/11/2024",
    });
    const model = cellModel(harness);
    expect(model?.title).toBe("Tuyến đường hoa");
    expect(model?.who).toBe("Tổ dân phố sư phạm");
    const shown = await harness.say("Lan", "group:1", "/mohinh");
    const html = shown[0]?.reply.parts.map((p) => telegramHtml(harness.app.translator.text(p)));
    const joined = html?.join("\n") ?? "";
    expect(joined).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(joined).toContain('&lt;a href="x"&gt;bấm&lt;/a&gt; &amp; &lt;b&gt;');
    expect(joined).not.toContain("<script>");
  });

  it("cancels without saving, and a new /mohinh takes up an open draft", async () => {
    harness = new Harness();
    await harness.cellWith([]);
    await harness.say("Lan", "private", "/mohinh");
    await harness.press("Lan", "private", "📝 Đăng ký mô hình");
    await harness.say("Lan", "private", MODEL.title);
    const resumed = texts(await harness.say("Lan", "private", "/mohinh"));
    expect(resumed).toContain("Đồng chí đang làm dở mô hình của chi bộ");
    expect(resumed).toContain("Bước 2/4");
    expect(texts(await harness.press("Lan", "private", "Hủy"))).toContain(
      "Đã hủy, chưa lưu mô hình nào.",
    );
    expect(cellModel(harness)).toBeUndefined();
  });
});

describe("/mohinh on Telegram", () => {
  let rig: TelegramRig;
  afterEach(() => rig?.stop());

  it("registers with buttons and shows the model, escaped, in the group", {
    timeout: 30_000,
  }, async () => {
    rig = await startTelegramRig("2024-05-06T02:00:00Z");
    const { fake } = rig;
    const GROUP = -100777;
    const group = fake.addGroup({ id: GROUP, title: "Chi bộ Khu phố 1", type: "supergroup" });
    const lan: User = fake.addUser({ id: 31, first_name: "Lan", last_name: "Nguyễn Thị" });
    const hung: User = fake.addUser({ id: 32, first_name: "Trần Văn Hùng" });
    fake.setChatMember(GROUP, 31, "administrator");
    fake.sendText({ from: lan, chat: group, text: "/khoitao Chi bộ Khu phố 1" });
    await rig.lastTo(GROUP);
    fake.sendText({ from: lan, text: "/mohinh" });
    const [menu] = await rig.lastTo(31);
    expect(menu ? buttonLabels(menu) : []).toEqual(["📝 Đăng ký mô hình"]);
    await rig.press(lan, 31, "📝 Đăng ký mô hình");
    for (const typed of ["Tổ <tự quản> & an ninh", MODEL.what, MODEL.who, "30/11"]) {
      fake.sendText({ from: lan, text: typed });
      await rig.lastTo(31);
    }
    const [review] = await rig.lastTo(31);
    expect(review?.text).toContain("Tên: Tổ <tự quản> & an ninh");
    expect(review ? buttonLabels(review) : []).toContain("✅ Lưu");
    await rig.press(lan, 31, "✅ Lưu");
    const [saved] = await rig.lastTo(31);
    expect(saved?.text).toContain("Đã lưu mô hình năm 2024: Tổ <tự quản> & an ninh.");

    await rig.join(hung, group, "Trần Văn Hùng");
    await rig.lastTo(GROUP);
    rig.app.services.members.setRoster(2, "active", rig.clock.now());
    fake.sendText({ from: hung, chat: group, text: "/mohinh" });
    const [shown] = await rig.lastTo(GROUP);
    expect(shown?.text).toContain("Tổ <tự quản> & an ninh");
    expect(shown?.text).toContain("Thời hạn: 30/11/2024");
    expect(shown ? buttonLabels(shown) : []).toEqual([]);
  });
});

describe("/mohinh on Zalo (numbered lists)", () => {
  let rig: ZaloRig;
  afterEach(() => rig?.stop());

  it("registers by typed numbers and reports the quarter's progress", {
    timeout: 30_000,
  }, async () => {
    rig = await startZaloRig("2024-08-06T02:00:00Z");
    const GROUP = "5550001";
    const lan = { id: "101", name: "Nguyễn Thị Lan" };
    const hung = { id: "102", name: "Trần Văn Hùng" };
    rig.zalo.addGroup(GROUP, "Chi bộ Khu phố 1", lan, [], [hung]);
    await rig.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    await rig.say(lan, "/start");
    await rig.say(lan, "/mohinh");
    const last = () => rig.zalo.textsTo(lan.id).at(-1) ?? "";
    expect(last()).toMatch(/^\s*1\. 📝 Đăng ký mô hình$/m);
    await rig.press(lan, "📝 Đăng ký mô hình");
    for (const typed of [MODEL.title, MODEL.what, MODEL.who, "15/12"]) await rig.say(lan, typed);
    expect(last()).toContain("Thời hạn: 15/12/2024");
    await rig.press(lan, "✅ Lưu");
    expect(last()).toContain(`Đã lưu mô hình năm 2024: ${MODEL.title}.`);
    await rig.say(lan, "/mohinh");
    await rig.press(lan, "📈 Báo cáo tiến độ Quý III/2024");
    await rig.say(lan, "Đã trồng xong đoạn đầu.");
    expect(last()).toContain("Đã lưu tiến độ Quý III/2024: Đã trồng xong đoạn đầu.");
  });
});
