/**
 * /tiendo on the real platforms: Telegram through grammY and the fake Bot API (buttons, photos by
 * file_id), Zalo through zca-js and the fake of Zalo's servers (numbered lists, photos by address).
 */
import type { Message, User } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { ZALO_CONTENT, type ZaloPerson } from "../support/fake-zalo-server.js";
import { startTelegramRig, type TelegramRig } from "../support/telegram-rig.js";
import { startZaloRig, type ZaloRig } from "../support/zalo-rig.js";

const PARTS = [
  "Học chuyên đề năm, ghi chép đầy đủ",
  "Giải quyết hồ sơ đúng hạn",
  "Giữ gìn gia đình văn hóa",
];
const JUNE = "2024-06-26T02:00:00Z";
let photos = 0;

describe("/tiendo on Telegram", () => {
  let rig: TelegramRig;
  afterEach(() => rig?.stop());

  const GROUP = -1005551;
  const lan = (): User => rig.fake.addUser({ id: 411, first_name: "Lan" });
  const hung = (): User => rig.fake.addUser({ id: 422, first_name: "Hùng" });
  const group = () => rig.fake.addGroup({ id: GROUP, title: "Chi bộ KP1", type: "supergroup" });

  /** Lan links the group; Hùng joins, is approved and registers his plan in March. */
  async function cell(): Promise<void> {
    rig.fake.setChatMember(GROUP, 411, "administrator");
    rig.fake.sendText({ from: lan(), chat: group(), text: "/khoitao Chi bộ Khu phố 1" });
    await rig.lastTo(GROUP);
    rig.fake.sendText({ from: lan(), text: "/start" });
    await rig.join(hung(), group(), "Trần Văn Hùng");
    const [request] = await rig.lastTo(411);
    rig.fake.clickButton({
      from: lan(),
      message: request as never,
      label: "✅ Duyệt Trần Văn Hùng",
    });
    await rig.lastTo(411);
    rig.fake.sendText({ from: hung(), text: "/dangky" });
    for (const part of PARTS) {
      await rig.lastTo(422);
      rig.fake.sendText({ from: hung(), text: part });
    }
    await rig.press(hung(), 422, "✅ Lưu");
    expect((await rig.lastTo(422))[0]?.text).toContain("Đã lưu bản đăng ký");
    rig.clock.set(JUNE);
  }

  function sendPhoto(
    from: User,
    sizes: { id: string; width: number; size: number }[],
    caption?: string,
  ) {
    rig.fake.pushUpdate({
      message: {
        message_id: 9000 + ++photos,
        date: Math.floor(rig.clock.now().getTime() / 1000),
        chat: rig.fake.privateChat(from),
        from,
        photo: sizes.map((s) => ({
          file_id: s.id,
          file_unique_id: `u-${s.id}`,
          width: s.width,
          height: s.width,
          file_size: s.size,
        })),
        caption,
      } as Message as never,
    });
  }

  it("runs the round with buttons and a photo by file_id, in four messages, HTML escaped", async () => {
    rig = await startTelegramRig();
    await cell();
    const before = rig.fake.messagesTo(422).length;
    rig.fake.sendText({ from: hung(), text: "/tiendo" });
    const [first] = await rig.lastTo(422);
    expect(first?.text).toContain("Tiến độ 1/3 — Học tập");
    expect(first?.text).toContain("Bấm một nút");
    expect(JSON.stringify(first?.replyMarkup)).toContain("🔄 Đang làm");

    // The photo says how the part is going in its caption: it answers the part at once.
    sendPhoto(
      hung(),
      [
        { id: "small", width: 90, size: 1_000 },
        { id: "large", width: 1280, size: 300_000 },
        { id: "medium", width: 320, size: 20_000 },
      ],
      "Xong: sổ ghi chép",
    );
    expect((await rig.lastTo(422))[0]?.text).toContain("Tiến độ 2/3 — Làm theo");
    rig.fake.sendText({ from: hung(), text: "đang làm, <b>80%</b> & xong sớm" });
    await rig.lastTo(422);
    await rig.press(hung(), 422, "⏳ Chưa làm");
    const [saved] = await rig.lastTo(422);
    expect(saved?.text).toContain("Đã lưu tiến độ kế hoạch năm 2024");
    expect(saved?.text).toContain("Học tập: ✅ Xong (có ảnh) — sổ ghi chép");
    // What he typed reaches Telegram escaped: shown as he wrote it, never as markup.
    expect(saved?.text).toContain("<b>80%</b> & xong sớm");
    expect(saved?.html).toContain("&lt;b&gt;80%&lt;/b&gt; &amp; xong sớm");
    // Three questions and the summary: four messages for the round.
    const round = rig.fake.messagesTo(422).slice(before);
    expect(round.filter((m) => /Tiến độ \d\/3|Đã lưu tiến độ/.test(m.text ?? ""))).toHaveLength(4);

    const member = rig.app.services.members.byPerson("tg:422");
    const [study] = rig.app.services.progress.ofMember(member?.id ?? 0, 2024);
    expect(study?.evidence).toEqual({ platform: "tg", ref: "large", name: "", size: 300_000 });
    expect(study?.note).toBe("sổ ghi chép");
    expect(
      rig.fake
        .messagesTo(GROUP)
        .map((m) => m.text)
        .join("\n"),
    ).not.toContain("80%");
    expect(rig.fake.refused).toEqual([]);
  });

  it("refuses a 20 MB photo and a document that is not a picture, and never downloads either", async () => {
    rig = await startTelegramRig();
    await cell();
    rig.fake.sendText({ from: hung(), text: "/tiendo" });
    await rig.lastTo(422);
    sendPhoto(hung(), [{ id: "huge", width: 4000, size: 20 * 1024 * 1024 }]);
    expect((await rig.lastTo(422))[0]?.text).toContain("Ảnh này nặng 20 MB, quá 10 MB");
    rig.fake.sendDocument({
      from: hung(),
      name: "ke-hoach.pdf",
      mimeType: "application/pdf",
      content: new Uint8Array([37, 80, 68, 70]),
    });
    expect((await rig.lastTo(422))[0]?.text).toContain("Tệp này không phải là ảnh");
    expect(rig.fake.recentCalls()).not.toContain("getFile");
    const member = rig.app.services.members.byPerson("tg:422");
    expect(rig.app.services.progress.ofMember(member?.id ?? 0, 2024)).toEqual([]);
  });

  it("answers a photo outside /tiendo as before, and reads a caption as text", async () => {
    rig = await startTelegramRig();
    await cell();
    sendPhoto(hung(), [{ id: "p", width: 800, size: 90_000 }]);
    expect((await rig.lastTo(422))[0]?.text).toContain("chỉ đọc được tin nhắn chữ");
    sendPhoto(hung(), [{ id: "q", width: 800, size: 90_000 }], "/camket");
    expect((await rig.lastTo(422))[0]?.text).toContain("Giải quyết hồ sơ đúng hạn");
  });
});

describe("/tiendo on Zalo", () => {
  let rig: ZaloRig;
  afterEach(() => rig?.stop());

  const GROUP = "5550017";
  const lan: ZaloPerson = { id: "201", name: "Lan" };
  const hung: ZaloPerson = { id: "202", name: "Hùng" };

  async function cell(): Promise<void> {
    rig.zalo.addGroup(GROUP, "Chi bộ KP1", lan, [], [hung]);
    await rig.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    await rig.join(hung, "Trần Văn Hùng", GROUP);
    await rig.say(lan, "/duyet");
    await rig.press(lan, "✅ Duyệt Trần Văn Hùng");
    await rig.say(hung, "/dangky");
    for (const part of PARTS) await rig.say(hung, part);
    await rig.press(hung, "✅ Lưu");
    expect(rig.zalo.textsTo(hung.id).at(-1)).toContain("Đã lưu bản đăng ký");
    rig.clock.set(JUNE);
  }

  it("runs the round with numbers and typed words, without a word about buttons", async () => {
    rig = await startZaloRig("2024-03-11T02:00:00Z");
    await cell();
    const before = rig.zalo.textsTo(hung.id).length;
    await rig.say(hung, "/tiendo");
    const first = rig.zalo.textsTo(hung.id).at(-1) ?? "";
    expect(first).toContain("Tiến độ 1/3 — Học tập");
    expect(first).toContain("Gõ một số trong danh sách");
    expect(first).toMatch(/1\. ✅ Xong/);
    expect(first).not.toMatch(/bấm|nút/i);
    await rig.sayContent(hung, ZALO_CONTENT.photo("https://photo.zalo.me/minh-chung.jpg"));
    expect(rig.zalo.textsTo(hung.id).at(-1)).toContain("Đã nhận ảnh minh chứng");
    await rig.say(hung, "1");
    await rig.say(hung, "dang lam, <b>ho so</b>");
    await rig.say(hung, "chưa".normalize("NFD"));
    const saved = rig.zalo.textsTo(hung.id).at(-1) ?? "";
    expect(saved).toContain("1. Học tập: ✅ Xong (có ảnh)");
    expect(saved).toContain("2. Làm theo: 🔄 Đang làm — <b>ho so</b>");
    expect(saved).toContain("3. Nêu gương: ⏳ Chưa làm");
    // Three questions and the summary, and the photo's receipt, which asks part 1 again.
    const round = rig.zalo.textsTo(hung.id).slice(before);
    expect(round).toHaveLength(5);
    expect(round.filter((t) => t.includes("Tiến độ 1/3"))).toHaveLength(2);
    const member = rig.app.services.members.byPerson("zalo:202");
    const [study] = rig.app.services.progress.ofMember(member?.id ?? 0, 2024);
    expect(study?.evidence).toEqual({
      platform: "zalo",
      ref: "https://photo.zalo.me/minh-chung.jpg",
      name: "",
    });
    expect(rig.zalo.textsTo(GROUP).join("\n")).not.toContain("ho so");
  });

  it("refuses a 20 MB photo and a file that is not a picture; keeps today's answer outside /tiendo", async () => {
    rig = await startZaloRig("2024-03-11T02:00:00Z");
    await cell();
    await rig.sayContent(hung, ZALO_CONTENT.photo());
    expect(rig.zalo.textsTo(hung.id).at(-1)).toContain("chỉ đọc được tin nhắn chữ");
    await rig.say(hung, "/tiendo");
    const huge = ZALO_CONTENT.photo();
    huge.content.params = JSON.stringify({ fileSize: String(20 * 1024 * 1024) });
    await rig.sayContent(hung, huge);
    expect(rig.zalo.textsTo(hung.id).at(-1)).toContain("Ảnh này nặng 20 MB, quá 10 MB");
    await rig.sayContent(hung, ZALO_CONTENT.file("bien-ban.docx"));
    expect(rig.zalo.textsTo(hung.id).at(-1)).toContain("Tệp này không phải là ảnh");
    const member = rig.app.services.members.byPerson("zalo:202");
    expect(rig.app.services.progress.ofMember(member?.id ?? 0, 2024)).toEqual([]);
  });

  it("points a member without a plan to /dangky", async () => {
    rig = await startZaloRig("2024-03-11T02:00:00Z");
    await cell();
    rig.clock.set("2025-02-01T02:00:00Z");
    await rig.say(hung, "/tiendo");
    const answer = rig.zalo.textsTo(hung.id).at(-1) ?? "";
    expect(answer).toContain("chưa đăng ký kế hoạch năm 2025");
    expect(answer).toContain("/dangky");
  });
});
