import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ZaloPerson } from "../../support/fake-zalo-server.js";
import { startZaloRig, type ZaloRig } from "../../support/zalo-rig.js";

const GROUP = "5550001";
const lan: ZaloPerson = { id: "101", name: "Lan" };
const hung: ZaloPerson = { id: "102", name: "Hùng" };

describe("chibo in a Zalo group", () => {
  let rig: ZaloRig;
  beforeEach(async () => {
    rig = await startZaloRig();
    rig.zalo.addGroup(GROUP, "Chi bộ KP1 <Zalo>", lan);
  });
  afterEach(() => rig.stop());

  const say = (who: ZaloPerson, text: string, group?: string) => rig.say(who, text, group);

  it("links the group, takes a member, registers in private and reports", async () => {
    await say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    // The consent text follows in a message of its own.
    expect(rig.zalo.textsTo(GROUP).at(-2)).toContain("Đã tạo Chi bộ Khu phố 1");
    await rig.join(hung, "Trần Văn Hùng", GROUP);
    await say(lan, "/duyet");
    expect(rig.zalo.textsTo(lan.id).at(-1)).toContain("1. ✅ Duyệt Trần Văn Hùng");
    await say(lan, "1");
    expect(rig.zalo.textsTo(GROUP).at(-1)).toContain("Chào mừng đồng chí Trần Văn Hùng");

    await say(hung, "/dangky", GROUP);
    expect(rig.zalo.textsTo(GROUP).at(-1)).toContain(
      "Nhắn riêng cho tài khoản chibo này rồi gõ /dangky",
    );
    await say(hung, "/dangky");
    await say(hung, "Học chuyên đề <năm> & ghi chép");
    await say(hung, "Giải quyết hồ sơ đúng hạn");
    await say(hung, "Giữ gia đình văn hóa");
    const review = rig.zalo.textsTo(hung.id).at(-1) ?? "";
    expect(review).toContain("Học chuyên đề <năm> & ghi chép");
    expect(review).toContain("1. ✅");
    await say(hung, "1");
    expect(rig.zalo.textsTo(hung.id).at(-1)).toContain("Đã lưu bản đăng ký năm 2024");

    await say(lan, "/baocao", GROUP);
    const report = rig.zalo.textsTo(GROUP).at(-1) ?? "";
    expect(report).toContain("Đã đăng ký: 1");
    expect(report).not.toContain("ghi chép");
  });

  it("sends the report files as attachments in private", async () => {
    await say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    // The registration chart needs a registration to draw.
    const secretary = rig.app.services.members.byPerson(`zalo:${lan.id}`);
    const parts = { study: "Đọc sách", follow: "Giúp xóm", example: "Đi họp đủ" };
    rig.app.services.commitments.save(secretary?.id ?? 0, 2024, parts, rig.clock.now());
    await say(lan, "/xuatbaocao");
    const menu = rig.zalo.textsTo(lan.id).at(-1) ?? "";
    const all = /(\d+)\. 📦/.exec(menu)?.[1];
    await say(lan, all ?? "");
    const files = rig.zalo.sent.filter((m) => m.threadId === lan.id).flatMap((m) => m.files);
    const names = files.map((file) => file.filename);
    expect(names.some((name) => name.endsWith(".docx"))).toBe(true);
    expect(names.some((name) => name.endsWith(".xlsx"))).toBe(true);
    expect(names.some((name) => name.endsWith(".png"))).toBe(true);
    expect(files.every((file) => file.data.length > 1000)).toBe(true);
    expect(rig.zalo.sent.filter((m) => m.threadId === GROUP).flatMap((m) => m.files)).toEqual([]);
  });
});
