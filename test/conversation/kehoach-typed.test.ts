/**
 * /kehoach where there are no buttons (Zalo, the console): a committee officer enters the
 * year's plan by typing numbers, dates and the words the steps name, reads it back on one
 * screen, and saves it; no message names a button, and a date such as "15/4" is read as a date,
 * not as two numbers of a list.
 */
import { afterEach, describe, expect, it } from "vitest";
import { fitsOneScreen } from "../../src/domain/one-screen.js";
import { numberOf } from "../support/choices-shown.js";
import { wrongWords } from "../support/wrong-words.js";
import { type ChatDriver, consoleDriver, zaloDriver } from "./drivers.js";

const COMMITTEE = "Đảng ủy phường Phú Hòa";
const TOPIC = "Học tập và làm theo Bác về lấy dân làm gốc";

describe.each([
  ["Zalo", zaloDriver],
  ["the console", consoleDriver],
] as const)("/kehoach on %s", (_name, start) => {
  let d: ChatDriver;
  afterEach(() => d.stop());

  it("is answered by typing, in words that name no button", { timeout: 60_000 }, async () => {
    d = await start("2024-03-10T02:00:00Z");
    await d.say("Lan", "group", "/khoitao Chi bộ Khu phố 1");
    const { cells, officers } = d.app.services;
    const [cell] = cells.all();
    if (!cell) throw new Error("no cell");
    cells.setCommittee(cell.id, COMMITTEE, new Date());
    const committee = cells.committeeByName(COMMITTEE);
    if (!committee) throw new Error("no committee");
    officers.appoint(d.personId("Tuấn"), committee.id, new Date());

    const said: string[] = [];
    const say = async (text: string) => {
      const answer = await d.say("Tuấn", "private", text);
      said.push(answer);
      return answer;
    };
    const pick = (label: string) => say(numberOf(said, label));

    expect(await say("kế hoạch")).toContain("Trả lời bằng một số: 1, 2.");
    await pick("Năm 2024");
    await pick("Nhập từng bước");
    await pick(`Dùng tên ${COMMITTEE}`);
    await say(TOPIC);
    await say("Văn hóa công sở");
    await pick("Không có");
    await say("Truyền thống quê hương");
    const study = await say("Tổng kết mô hình làm theo Bác");
    expect(study).toContain("Bước 7/14");
    expect(study).not.toMatch(/^\s+\d+\. /m);
    expect(await say("15/4")).toContain("Bước 8/14");
    const midterm = await say("30/4");
    expect(midterm).toContain("Kế hoạch không có ngày này thì gõ: không có");
    expect(await say("19/5")).toContain("Bước 10/14");
    expect(await say("không có")).toContain("Bước 11/14");
    await pick("Giữ: Học tập / Làm theo / Nêu gương");
    await pick("Giữ các ví dụ này");
    await pick("Giữ các ví dụ này");
    const review = await pick("Giữ các ví dụ này");
    expect(review).toContain(
      "Thời hạn: học tập 15/04/2024; đăng ký 30/04/2024; sơ kết 19/05/2024; tổng kết không có",
    );
    expect(review).toContain("Đúng rồi thì chọn Lưu");
    expect(fitsOneScreen(review), review).toBe(true);

    expect(await pick("✅ Lưu")).toContain("Đã lưu kế hoạch năm 2024");
    expect(wrongWords(said, "typed")).toEqual([]);
    expect(await d.say("Lan", "group", "/chuyende")).toContain(`Chuyên đề năm 2024: ${TOPIC}`);
  });
});
