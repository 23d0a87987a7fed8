import { afterEach, describe, expect, it } from "vitest";
import { fitsOneScreen } from "../../src/domain/one-screen.js";
import { numberedChoices } from "../../src/platforms/render-reply.js";
import type { Cell } from "../../src/store/cell-store.js";
import { Harness, type Said, texts } from "../support/harness.js";

/**
 * /caidat: a cell sets how long its meetings last and how many days ahead their notice and the
 * reminder to attach documents go out (issue 18); unset, it follows its committee, else the
 * defaults of HD 42-HD/BTCTW.
 */
const COMMITTEE = "Đảng ủy Phường Phú Hòa";
const PRIVATE = "private";

let h: Harness;
afterEach(() => h.close());

function cell(): Cell {
  const [found] = h.app.services.cells.all();
  if (!found) throw new Error("no cell");
  return found;
}

/** A message as it reads: its text, then its choices as buttons or numbered lines. */
function screen(said: Said): string {
  return [
    said.text,
    ...numberedChoices({ chunks: [], choices: said.choices }, h.app.translator),
  ].join("\n");
}

async function overview(): Promise<string> {
  return texts(await h.say("Lan", PRIVATE, "/caidat"));
}

/** Lan opens a meeting setting from /caidat; returns what she is asked. */
async function open(label: RegExp): Promise<Said[]> {
  await h.say("Lan", PRIVATE, "/caidat");
  await h.press("Lan", PRIVATE, /Họp chi bộ: thời lượng/);
  return h.press("Lan", PRIVATE, label);
}

const DEFAULTS =
  "Họp chi bộ: mỗi buổi 90 phút (mặc định), kết hợp chuyên đề 120 phút (mặc định); thông báo trước 7 ngày (mặc định), nhắc tài liệu trước 2 ngày (mặc định)";

for (const hasButtons of [true, false]) {
  const platform = hasButtons ? "with buttons (Telegram)" : "without buttons (Zalo, console)";

  describe(`/caidat: the cell's meetings, ${platform}`, () => {
    it("shows each setting and where it comes from: the cell, its committee, or the default", async () => {
      h = new Harness({ hasButtons });
      await h.cellWith(["Hùng"]);
      expect(await overview()).toContain(DEFAULTS);

      h.app.services.cells.setCommittee(cell().id, COMMITTEE, h.clock.now());
      h.app.services.cells.setCommitteeSchedule(COMMITTEE, {
        meetingMinutes: 100,
        meetingNoticeDays: 5,
      });
      expect(await overview()).toContain(
        "mỗi buổi 100 phút (theo cấp ủy), kết hợp chuyên đề 120 phút (mặc định); thông báo trước 5 ngày (theo cấp ủy)",
      );

      const asked = texts(await open(/Thời lượng mỗi buổi họp/));
      expect(asked).toContain("Hiện nay: 100 phút (theo cấp ủy)");
      expect(asked).not.toContain("Theo cấp ủy hoặc mặc định");
      const saved = await h.say("Lan", PRIVATE, "1 giờ 45");
      expect(texts(saved)).toContain("✅ Đã lưu. Các buổi họp tạo từ nay theo thời lượng này");
      expect(texts(saved)).toContain("mỗi buổi 105 phút, kết hợp chuyên đề 120 phút (mặc định)");
      expect(h.app.services.cells.scheduleOf(cell().id).meetingMinutes).toBe(105);
      for (const said of saved) expect(fitsOneScreen(screen(said)), screen(said)).toBe(true);

      // A number answers while a value of its own is set, then the value is taken back: by a
      // button, or by a word where a typed number answers the question.
      const again = texts(await open(/Thời lượng mỗi buổi họp/));
      expect(again).toContain("Hiện nay: 105 phút.");
      expect(texts(await h.say("Lan", PRIVATE, "100"))).toContain("mỗi buổi 100 phút,");
      expect(cell().meetingMinutes).toBe(100);
      const reopened = await open(/Thời lượng mỗi buổi họp/);
      const back = hasButtons
        ? await h.press("Lan", PRIVATE, /Theo cấp ủy hoặc mặc định/)
        : await h.say("Lan", PRIVATE, "MẶC ĐỊNH".normalize("NFD"));
      expect(texts(reopened).includes("xin gõ: mặc định")).toBe(!hasButtons);
      expect(texts(back)).toContain("mỗi buổi 100 phút (theo cấp ủy)");
      expect(cell().meetingMinutes).toBeNull();
    });

    it("reads minutes and days as people type them", async () => {
      h = new Harness({ hasButtons });
      await h.cellWith([]);
      const typed: [RegExp, string, keyof Cell, number][] = [
        [/Thời lượng mỗi buổi họp/, "90 phút".normalize("NFD"), "meetingMinutes", 90],
        [/Thời lượng mỗi buổi họp/, "２h", "meetingMinutes", 120],
        [/Thời lượng buổi kết hợp/, "150p", "combinedMeetingMinutes", 150],
        [/Thời lượng buổi kết hợp/, "2 gio 30 phut", "combinedMeetingMinutes", 150],
        [/Gửi thông báo họp/, "10 NGÀY", "meetingNoticeDays", 10],
        [/Nhắc gửi tài liệu/, " 3 ", "meetingMaterialsDays", 3],
      ];
      for (const [label, answer, field, value] of typed) {
        await open(label);
        expect(texts(await h.say("Lan", PRIVATE, answer))).toContain("✅ Đã lưu.");
        expect(cell()[field]).toBe(value);
      }
      expect(await overview()).toContain(
        "Họp chi bộ: mỗi buổi 120 phút, kết hợp chuyên đề 150 phút; thông báo trước 10 ngày, nhắc tài liệu trước 3 ngày",
      );
    });

    it("refuses empty, wrong, huge and hostile answers, saves nothing, and keeps asking", async () => {
      h = new Harness({ hasButtons });
      await h.cellWith([]);
      await open(/Thời lượng mỗi buổi họp/);
      const before = h.snapshot();
      const refusals: [string, string][] = [
        ["29", "Thời lượng phải từ 30 đến 240 phút."],
        ["241", "Thời lượng phải từ 30 đến 240 phút."],
        ["9".repeat(400), "Thời lượng phải từ 30 đến 240 phút."],
        ["0", "Thời lượng phải từ 30 đến 240 phút."],
        ["chín mươi", "Chưa đọc được số phút."],
        ["1e2", "Chưa đọc được số phút."],
        ["-90", "Chưa đọc được số phút."],
        ["90; DROP TABLE cells", "Chưa đọc được số phút."],
        ["<b>90</b>", "Chưa đọc được số phút."],
        ["1 giờ 75", "Chưa đọc được số phút."],
        ["ƣ", "Chưa đọc được số phút."],
        ["90 ngày", "Chưa đọc được số phút."],
      ];
      for (const [answer, said] of refusals) {
        const refused = texts(await h.say("Lan", PRIVATE, answer));
        expect(refused, answer).toContain(said);
        expect(refused).toContain("chưa lưu gì");
      }
      expect(h.snapshot()).toBe(before);
      expect(texts(await h.say("Lan", PRIVATE, "95"))).toContain("✅ Đã lưu.");

      await open(/Nhắc gửi tài liệu/);
      for (const answer of ["15", "0", "99999999999"]) {
        expect(texts(await h.say("Lan", PRIVATE, answer))).toContain(
          "Số ngày phải từ 1 đến 14. Xin gõ lại; chưa lưu gì.",
        );
      }
      expect(texts(await h.say("Lan", PRIVATE, "hai ngày"))).toContain("Chưa đọc được số ngày.");
      await open(/Gửi thông báo họp/);
      expect(texts(await h.say("Lan", PRIVATE, "31"))).toContain("Số ngày phải từ 1 đến 30.");
      expect(cell().meetingMaterialsDays).toBeNull();
      expect(cell().meetingNoticeDays).toBeNull();
    });

    it("keeps a combined meeting no shorter than a regular one, and notes lengths below HD 42", async () => {
      h = new Harness({ hasButtons });
      await h.cellWith([]);
      await open(/Thời lượng buổi kết hợp/);
      expect(texts(await h.say("Lan", PRIVATE, "60"))).toContain(
        "Buổi kết hợp chuyên đề (60 phút) không thể ngắn hơn buổi họp thường (90 phút).",
      );
      await open(/Thời lượng mỗi buổi họp/);
      expect(texts(await h.say("Lan", PRIVATE, "180"))).toContain(
        "Buổi kết hợp chuyên đề (120 phút) không thể ngắn hơn buổi họp thường (180 phút).",
      );
      expect(cell().meetingMinutes).toBeNull();
      const short = texts(await h.say("Lan", PRIVATE, "60"));
      expect(short).toContain("✅ Đã lưu.");
      expect(short).toContain("Lưu ý: Hướng dẫn 42-HD/BTCTW yêu cầu buổi họp này ít nhất 90 phút.");
      await open(/Thời lượng mỗi buổi họp/);
      expect(texts(await h.say("Lan", PRIVATE, "90"))).not.toContain("Lưu ý");
    });

    it("refuses taking a length back when the one inherited would make the combined shorter", async () => {
      h = new Harness({ hasButtons });
      await h.cellWith([]);
      await open(/Thời lượng mỗi buổi họp/);
      await h.say("Lan", PRIVATE, "60");
      await open(/Thời lượng buổi kết hợp/);
      await h.say("Lan", PRIVATE, "80");
      expect(cell().combinedMeetingMinutes).toBe(80);
      // Back to the default 90 minutes, the combined meeting's 80 would be the shorter.
      await open(/Thời lượng mỗi buổi họp/);
      const back = hasButtons
        ? await h.press("Lan", PRIVATE, /Theo cấp ủy hoặc mặc định/)
        : await h.say("Lan", PRIVATE, "mặc định");
      expect(texts(back)).toContain(
        "Buổi kết hợp chuyên đề (80 phút) không thể ngắn hơn buổi họp thường (90 phút).",
      );
      expect(cell().meetingMinutes).toBe(60);
    });

    it("is for the secretary only, and a forged or stale choice changes nothing", async () => {
      h = new Harness({ hasButtons });
      await h.cellWith(["Hùng"]);
      const before = h.snapshot();
      expect(texts(await h.say("Hùng", PRIVATE, "/caidat"))).not.toContain("Họp chi bộ");
      await h.sendChoiceValue("Hùng", PRIVATE, "caidat:meeting-meetingMinutes");
      expect(texts(await h.say("Hùng", PRIVATE, "30"))).not.toContain("Đã lưu");
      for (const value of ["caidat:meeting-postHour", "caidat:meeting-", "caidat:clear"]) {
        await h.sendChoiceValue("Lan", PRIVATE, value);
      }
      expect(h.snapshot()).toBe(before);
    });
  });
}
