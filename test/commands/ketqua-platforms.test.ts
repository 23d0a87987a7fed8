import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CellChat, telegramCell, zaloCell } from "../journeys/cell-chat.js";
import type { TestClock } from "../support/harness.js";

const LAN = "Nguyễn Thị Lan";
const HUNG = "Trần Văn Hùng";
const PLAN = [
  "Học đủ chuyên đề năm, ghi sổ tay",
  "Mỗi quý giúp 2 hộ dân làm hồ sơ",
  "Đi họp tổ dân phố đủ",
];
const HOSTILE = "Giúp <b>hộ nghèo</b> & <script>x</script>";

/** /ketqua on a platform with buttons and on one with numbered lists, as people use them. */
describe.each([
  ["Telegram", telegramCell],
  ["Zalo", zaloCell],
])("/ketqua on %s", (_platform, start) => {
  let chat: CellChat;

  beforeAll(async () => {
    chat = await start("2024-04-02T02:00:00Z");
    chat.join([LAN, HUNG]);
    await chat.say(LAN, "group", "/khoitao Chi bộ Khu phố 3");
    await chat.say(HUNG, "group", `/thamgia ${HUNG}`);
    await chat.say(HUNG, "group", "đồng ý");
    await chat.say(LAN, "private", "/duyet");
    await chat.choose(LAN, "private", `Duyệt ${HUNG}`);
    await chat.say(HUNG, "private", "/dangky");
    for (const part of PLAN) await chat.say(HUNG, "private", part);
    await chat.choose(HUNG, "private", "Lưu");
  }, 60_000);
  afterAll(() => chat?.stop());

  const setClock = (iso: string) => (chat.app.services.clock as TestClock).set(iso);

  it("says when it opens before the plan's day", async () => {
    setClock("2024-11-10T03:00:00Z");
    const early = await chat.say(HUNG, "private", "/ketqua");
    expect(early).toContain("chibo nhận từ ngày 15/11/2024 đến hết ngày 15/12/2024");
  });

  it("takes the whole report, chosen and typed, and saves it when sent", async () => {
    setClock("2024-11-20T03:00:00Z");
    const first = await chat.say(HUNG, "private", "/ketqua");
    expect(first).toContain("Phần 1/3 — Học tập");
    expect(first).toContain(PLAN[0]);
    expect(first).toContain("Làm được một phần");
    await chat.choose(HUNG, "private", "Đã xong");
    const second = await chat.choose(HUNG, "private", "Làm đúng như kế hoạch");
    expect(second).toContain("Phần 2/3 — Làm theo");
    await chat.say(HUNG, "private", "mot phan");
    await chat.say(HUNG, "private", HOSTILE);
    await chat.say(HUNG, "private", "Tháng 8 nằm viện");
    await chat.say(HUNG, "private", "chua");
    const level = await chat.say(HUNG, "private", "Chưa sắp xếp được");
    expect(level).toContain("Hoàn thành xuất sắc nhiệm vụ");
    const review = await chat.say(HUNG, "private", "tốt");
    expect(review).toContain("Tự nhận mức xếp loại: Hoàn thành tốt nhiệm vụ");
    expect(review).toContain(HOSTILE);
    const sent = await chat.choose(HUNG, "private", "Gửi báo cáo");
    expect(sent).toContain("Đã gửi báo cáo kết quả năm 2024");
    const member = chat.app.services.members.byPerson(chat.personId(HUNG));
    const saved = chat.app.services.results.of(member?.id ?? 0, 2024);
    expect(saved?.parts.follow).toEqual({
      outcome: "partly",
      text: HOSTILE,
      why: "Tháng 8 nằm viện",
    });
    expect(saved?.proposedLevel).toBe("good");
  }, 60_000);

  it("closes after the deadline and never puts results in the group", async () => {
    setClock("2024-12-16T03:00:00Z");
    const late = await chat.say(HUNG, "private", "/ketqua");
    expect(late).toContain("Đã hết hạn báo cáo kết quả năm 2024 (15/12/2024)");
    const group = chat.groupTexts().join("\n");
    for (const secret of [HOSTILE, "Tháng 8 nằm viện", "Hoàn thành tốt", "Chưa sắp xếp"]) {
      expect(group).not.toContain(secret);
    }
  });
});
