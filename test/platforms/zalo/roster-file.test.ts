import { afterEach, describe, expect, it } from "vitest";
import { numberOf } from "../../support/choices-shown.js";
import { ZALO_CONTENT, type ZaloPerson } from "../../support/fake-zalo-server.js";
import { rosterXlsx } from "../../support/roster-workbook.js";
import { startZaloRig, type ZaloRig } from "../../support/zalo-rig.js";

const GROUP = "5557001";
const lan: ZaloPerson = { id: "101", name: "Nguyễn Thị Lan" };
const hung: ZaloPerson = { id: "102", name: "Trần Văn Hùng" };

describe("Zalo: the secretary sends the roster as a file, through zca-js", () => {
  let rig: ZaloRig | undefined;
  afterEach(async () => {
    await rig?.stop();
    rig = undefined;
  });

  async function secretary(): Promise<ZaloRig> {
    rig = await startZaloRig();
    rig.zalo.addGroup(GROUP, "Chi bộ KP1", lan, [], [hung]);
    await rig.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    await rig.say(lan, "/start");
    return rig;
  }

  it("downloads the file from its address, previews it with numbered choices, and a digit saves", async () => {
    const { zalo, app } = await secretary();
    const bytes = await rosterXlsx();
    const href = zalo.hostFile("ds-chi-bo.xlsx", bytes);
    await rig?.sayContent(lan, ZALO_CONTENT.file("ds-chi-bo.xlsx", bytes.length, href));
    expect(zalo.downloads).toEqual(["/f/1/ds-chi-bo.xlsx"]);
    const preview = zalo.textsTo(lan.id).at(-1) ?? "";
    expect(preview).toContain('Xem trước "ds-chi-bo.xlsx", trang tính "Danh sách"');
    expect(preview).toContain(
      "➕ Thêm 27 người (23 chính thức, 2 dự bị, 1 miễn sinh hoạt, 1 nghỉ hưu)",
    );
    expect(preview).toContain("  1. ✅ Đã đồng ý trên giấy, lưu");
    const cellId = app.services.cells.all()[0]?.id ?? 0;
    expect(app.services.members.ofCell(cellId, "active")).toHaveLength(1);

    await rig?.say(lan, numberOf(zalo.textsTo(lan.id), "Đã đồng ý trên giấy, lưu"));
    expect(zalo.textsTo(lan.id).at(-1)).toContain(
      "Đã thêm 27 người vào danh sách Chi bộ Khu phố 1",
    );
    expect(app.services.members.ofCell(cellId, "active")).toHaveLength(28);
  });

  it("refuses a file Zalo says is 50 MB before downloading, and reads none in the group", async () => {
    const { zalo } = await secretary();
    const bytes = await rosterXlsx();
    const big = zalo.hostFile("to.xlsx", bytes);
    await rig?.sayContent(lan, ZALO_CONTENT.file("to.xlsx", 50 * 2 ** 20, big));
    expect(zalo.textsTo(lan.id).at(-1)).toBe(
      "Tệp lớn quá: chibo chỉ đọc tệp đến 2 MB. Chưa lưu gì.",
    );
    const sent = zalo.sent.length;
    const inGroup = zalo.hostFile("ds.xlsx", bytes);
    await rig?.sayContent(lan, ZALO_CONTENT.file("ds.xlsx", bytes.length, inGroup), GROUP);
    expect(zalo.sent.length).toBe(sent);
    expect(zalo.downloads).toEqual([]);
  });
});
