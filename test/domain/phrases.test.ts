import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CANCEL_WORDS,
  choiceForLabel,
  isCancel,
  isGreeting,
  isGreetingToBot,
  looksLikeChatter,
  readCommand,
  withoutPartLabel,
} from "../../src/domain/phrases.js";

const NAMES = new Set([
  "dangky",
  "baocao",
  "camket",
  "help",
  "huy",
  "hop",
  "thamgia",
  "duyet",
  "lichhop",
  "diemdanh",
  "xuatbaocao",
]);
const known = (name: string) => NAMES.has(name);

/** The forms a keyboard, a PDF or an old phone sends the same letters in. */
function variants(text: string): string[] {
  const broken = text.normalize("NFD").replace(/u\u031b/g, "\u01a3");
  return [text, text.normalize("NFD"), broken, text.toUpperCase(), `  ${text}  `];
}

describe("readCommand", () => {
  it.each([
    ["dang ky", "dangky", ""],
    ["Đăng ký", "dangky", ""],
    ["/Đăng ký", "dangky", ""],
    ["/dang ky", "dangky", ""],
    ["DANGKY", "dangky", ""],
    ["đăng kí", "dangky", ""],
    ["báo cáo", "baocao", ""],
    ["Xuất báo cáo", "xuatbaocao", ""],
    ["lịch họp", "lichhop", ""],
    ["thamgia Lê Minh Tuấn", "thamgia", "Lê Minh Tuấn"],
    ["tham gia Lê Minh Tuấn", "thamgia", "Lê Minh Tuấn"],
    ["/diem danh vắng Tuấn", "diemdanh", "vắng Tuấn"],
    ["giúp", "help", ""],
  ])("reads %j as /%s %j, certainly", (typed, command, args) => {
    for (const form of variants(typed)) {
      const read = readCommand(form, known);
      expect(read?.command, form).toBe(command);
      expect(read?.certain, form).toBe(true);
      expect(read?.args.normalize("NFC").toLowerCase(), form).toBe(args.toLowerCase());
    }
  });

  it.each([
    ["dangky2", "dangky"],
    ["dang kys", "dangky"],
    ["ddawng kys", "dangky"],
    ["baocao1", "baocao"],
    ["tôi muốn đăng ký", "dangky"],
    ["cho tôi xem báo cáo", "baocao"],
  ])("guesses %j as /%s, not certainly", (typed, command) => {
    const read = readCommand(typed, known);
    expect(read).toMatchObject({ command, certain: false });
  });

  it("tells a command typed as one word from speech, and alone from with more", () => {
    expect(readCommand("thamgia Lê Minh Tuấn", known)).toMatchObject({ compact: true });
    expect(readCommand("tham gia họp nhé", known)).toMatchObject({ compact: false, alone: false });
    expect(readCommand("báo cáo", known)).toMatchObject({ alone: true });
  });

  it.each([
    "xin chào",
    "họp",
    "hủy",
    "1",
    "1,2",
    "😀😀",
    "Tôi sẽ học tập nghị quyết và làm theo gương Bác trong công việc hằng ngày",
    "ok",
  ])("finds no command in %j", (typed) => {
    expect(readCommand(typed, known)).toBeUndefined();
  });

  it("reads short command names only with a slash", () => {
    expect(readCommand("/hop", known)?.command).toBe("hop");
    expect(readCommand("hop", known)).toBeUndefined();
  });

  it("never throws, and names only commands it knows", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => {
        const read = readCommand(text, known);
        if (read) expect(NAMES.has(read.command)).toBe(true);
      }),
    );
  });
});

describe("cancel words and greetings", () => {
  it.each([
    "hủy",
    "Huỷ",
    "HUY",
    "thôi",
    "thoi",
    "dừng",
    "không làm nữa",
    "Không làm nữa ạ",
    "thôi nhé",
  ])("%j stops the dialog", (typed) => {
    for (const form of variants(typed)) expect(isCancel(form), form).toBe(true);
  });

  it.each(["đúng", "dung", "hủy buổi họp thứ bảy", "Tôi không làm nữa việc cũ mà học tập", "ok"])(
    "%j does not",
    (typed) => {
      expect(isCancel(typed)).toBe(false);
    },
  );

  it("knows every cancel word in every form", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CANCEL_WORDS), fc.constantFrom("NFC", "NFD"), (word, form) => {
        expect(isCancel(word.normalize(form as "NFC" | "NFD"))).toBe(true);
      }),
    );
  });

  it.each(["xin chào", "Chào chibo!", "hello", "chào đồng chí", "Xin chào chibo ạ", "alo"])(
    "%j is a greeting",
    (typed) => {
      for (const form of variants(typed)) expect(isGreeting(form), form).toBe(true);
    },
  );

  it("knows a greeting to the bot, which is all a group's greetings chibo answers", () => {
    expect(isGreetingToBot("chào chibo")).toBe(true);
    expect(isGreetingToBot("chao chibo")).toBe(true);
    expect(isGreetingToBot("chào anh")).toBe(false);
    expect(isGreeting("chào anh Hùng, mai họp nhé")).toBe(false);
  });
});

describe("choiceForLabel", () => {
  const review = [
    "dangky:confirm",
    "dangky:edit-study",
    "dangky:edit-follow",
    "dangky:edit-example",
    "dangky:cancel",
  ];

  it.each([
    ["Lưu", review, "dangky:confirm"],
    ["lưu", review, "dangky:confirm"],
    ["✅ Lưu", review, "dangky:confirm"],
    ["LUU", review, "dangky:confirm"],
    ["hủy", review, "dangky:cancel"],
    ["Sửa phần 2", review, "dangky:edit-follow"],
    ["giữ nguyên", ["dangky:keep"], "dangky:keep"],
    ["Giữ nguyên".normalize("NFD"), ["dangky:keep"], "dangky:keep"],
    ["có", ["dangky:accept", "dangky:rewrite"], "dangky:accept"],
    ["không", ["dangky:accept", "dangky:rewrite"], "dangky:rewrite"],
    ["tham dự", ["lichhop:yes-3", "lichhop:no-3"], "lichhop:yes-3"],
    ["vắng", ["lichhop:yes-3", "lichhop:no-3"], "lichhop:no-3"],
    ["vâng", ["lichhop:yes-3", "lichhop:no-3"], "lichhop:yes-3"],
  ])("%j picks among %j: %s", (typed, offered, value) => {
    expect(choiceForLabel(typed, offered, "private")).toBe(value);
  });

  it("picks nothing when unsure: 'vang' may be either, two meetings have a 'tham dự'", () => {
    expect(choiceForLabel("vang", ["lichhop:yes-3", "lichhop:no-3"], "private")).toBeUndefined();
    const two = ["lichhop:yes-3", "lichhop:no-3", "lichhop:yes-4", "lichhop:no-4"];
    expect(choiceForLabel("tham dự", two, "private")).toBeUndefined();
    expect(choiceForLabel("Lưu", ["lichhop:yes-3"], "private")).toBeUndefined();
  });

  it("reads /ketqua's labels; plain 'dung ke hoach' may be 'dừng kế hoạch' and picks nothing", () => {
    const text = ["ketqua:asplanned", "ketqua:keep"];
    expect(choiceForLabel("đúng kế hoạch", text, "private")).toBe("ketqua:asplanned");
    expect(choiceForLabel("nhu ke hoach", text, "private")).toBe("ketqua:asplanned");
    expect(choiceForLabel("dung ke hoach", text, "private")).toBeUndefined();
    expect(choiceForLabel("dừng kế hoạch", text, "private")).toBeUndefined();
    expect(choiceForLabel("giu nguyen", text, "private")).toBe("ketqua:keep");
    const ketquaReview = ["ketqua:confirm", "ketqua:edit-study", "ketqua:cancel"];
    for (const send of ["✅ Gửi báo cáo", "gui di", "Lưu", "đồng ý"]) {
      expect(choiceForLabel(send, ketquaReview, "private")).toBe("ketqua:confirm");
    }
    expect(choiceForLabel("hủy", ketquaReview, "private")).toBe("ketqua:cancel");
  });

  it("in a group takes only words that answer a list, not 'có' said between members", () => {
    const meeting = ["lichhop:yes-3", "lichhop:no-3"];
    expect(choiceForLabel("có", meeting, "group")).toBeUndefined();
    expect(choiceForLabel("tham dự", meeting, "group")).toBe("lichhop:yes-3");
  });

  it("only ever picks a value it was offered", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.subarray([...review, "dangky:keep", "lichhop:yes-1", "lichhop:no-1"]),
        (text, offered) => {
          const value = choiceForLabel(text, offered, "private");
          if (value !== undefined) expect(offered).toContain(value);
        },
      ),
    );
  });
});

describe("chatter in a plan part", () => {
  it.each([
    "ok",
    "Chào chibo",
    "xin chào",
    "Học tập",
    "1",
    "Tôi chưa biết viết gì",
    "chưa biết",
    "vâng ạ",
  ])("%j is asked about", (typed) => {
    expect(looksLikeChatter(typed)).toBe(true);
  });

  it.each([
    "Giải quyết hồ sơ đúng hạn",
    "Học chuyên đề năm và ghi chép đầy đủ",
    "Giúp đỡ hàng xóm neo đơn mỗi tuần một lần",
  ])("%j is a plan", (typed) => {
    expect(looksLikeChatter(typed)).toBe(false);
  });

  it.each([
    ["Làm theo: Làm theo: giúp hàng xóm", "giúp hàng xóm"],
    ["Học tập: đọc sách mỗi tối", "đọc sách mỗi tối"],
    ["Phần 2 - giữ gìn vệ sinh", "giữ gìn vệ sinh"],
    ["3. nêu gương trong gia đình", "nêu gương trong gia đình"],
    ["NÊU GƯƠNG: đi đầu", "đi đầu"],
    ["Làm theo gương Bác: tiết kiệm", "Làm theo gương Bác: tiết kiệm"],
    ["Giải quyết hồ sơ đúng hạn", "Giải quyết hồ sơ đúng hạn"],
  ])("%j keeps %j without the repeated label", (typed, kept) => {
    expect(withoutPartLabel(typed)).toBe(kept);
  });

  it("strips only from the front, and never grows the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const kept = withoutPartLabel(text);
        expect(text.trim().endsWith(kept)).toBe(true);
      }),
    );
  });
});
