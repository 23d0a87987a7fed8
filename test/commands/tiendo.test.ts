import { afterEach, describe, expect, it } from "vitest";
import { fitsOneScreen } from "../../src/domain/one-screen.js";
import type { IncomingPhoto } from "../../src/messages/incoming.js";
import { Harness, type Said, texts } from "../support/harness.js";

let harness: Harness;
afterEach(() => harness?.close());

const PARTS = [
  "Học chuyên đề năm, ghi chép đầy đủ",
  "Giải quyết hồ sơ đúng hạn",
  "Giữ gìn gia đình văn hóa",
];

async function register(h: Harness, who: string) {
  await h.say(who, "private", "/dangky");
  for (const part of PARTS) await h.say(who, "private", part);
  await h.press(who, "private", "✅ Lưu");
}

/** A cell with Hùng registered, in June (after the registration deadline). */
async function cellInJune(options: { hasButtons?: boolean } = {}) {
  const h = new Harness(options);
  await h.cellWith(["Hùng", "Mai"]);
  await register(h, "Hùng");
  h.clock.set("2024-06-26T02:00:00Z");
  return h;
}

function memberId(h: Harness, name: string): number {
  return h.app.services.members.byPerson(`console:${name}`)?.id ?? 0;
}

function notesOf(h: Harness, name: string) {
  return h.app.services.progress.ofMember(memberId(h, name), 2024);
}

function photo(fields: Partial<IncomingPhoto> = {}): IncomingPhoto {
  return { ref: "photo-ref-1", name: "", size: 800_000, sentAs: "photo", ...fields };
}

const sendPhoto = (h: Harness, who: string, fields: Partial<IncomingPhoto> = {}) =>
  h.deliver(who, "private", { type: "photo", photo: photo(fields) });

const labels = (said: Said[]) => said.flatMap((s) => s.choices.map((c) => c.label));

describe("/tiendo: a round of three parts", () => {
  it("asks each part with its plan, saves the three statuses and sums them up in four messages", async () => {
    harness = await cellInJune();
    const sent: Said[] = [];
    const first = await harness.say("Hùng", "private", "/tiendo");
    sent.push(...first);
    expect(first[0]?.text).toContain("Tiến độ 1/3 — Học tập");
    expect(first[0]?.text).toContain("Học chuyên đề năm, ghi chép đầy đủ");
    expect(first[0]?.text).toContain("Đây là lần đầu đồng chí báo phần này");
    expect(labels(first)).toEqual(["✅ Xong", "🔄 Đang làm", "⏳ Chưa làm"]);
    sent.push(...(await harness.press("Hùng", "private", "✅ Xong")));
    expect(sent.at(-1)?.text).toContain("Tiến độ 2/3 — Làm theo");
    expect(sent.at(-1)?.text).toContain("Giải quyết hồ sơ đúng hạn");
    sent.push(...(await harness.say("Hùng", "private", "đang làm, đã xong 80% hồ sơ")));
    expect(sent.at(-1)?.text).toContain("Tiến độ 3/3 — Nêu gương");
    sent.push(...(await harness.press("Hùng", "private", "⏳ Chưa làm")));
    const saved = sent.at(-1)?.text ?? "";
    expect(saved).toContain("Đã lưu tiến độ kế hoạch năm 2024");
    expect(saved).toContain("1. Học tập: ✅ Xong");
    expect(saved).toContain("2. Làm theo: 🔄 Đang làm — đã xong 80% hồ sơ");
    expect(saved).toContain("3. Nêu gương: ⏳ Chưa làm");
    expect(sent).toHaveLength(4);
    for (const said of sent) expect(fitsOneScreen(said.text)).toBe(true);
    expect(notesOf(harness, "Hùng").map((n) => [n.part, n.status, n.note])).toEqual([
      ["study", "done", null],
      ["follow", "underway", "đã xong 80% hồ sơ"],
      ["example", "notYet", null],
    ]);

    // Any time later: the last report is shown, and the new one is added beside it.
    harness.clock.set("2024-08-01T02:00:00Z");
    const again = await harness.say("Hùng", "private", "/tiendo");
    expect(again[0]?.text).toContain("Lần báo trước (26/06/2024): ✅ Xong");
    await harness.say("Hùng", "private", "xong");
    await harness.say("Hùng", "private", "XONG ROI");
    await harness.say("Hùng", "private", "Đang làm");
    const latest = harness.app.services.progress.latest(memberId(harness, "Hùng"), 2024);
    expect(latest.follow?.status).toBe("done");
    expect(latest.example?.status).toBe("underway");
    expect(notesOf(harness, "Hùng")).toHaveLength(6);
  });

  it("reads a number or a status typed without diacritics where there are no buttons", async () => {
    harness = await cellInJune({ hasButtons: false });
    const first = await harness.say("Hùng", "private", "/tiendo");
    expect(first[0]?.choices.map((c) => c.value)).toEqual([
      "tiendo:s-study-done",
      "tiendo:s-study-underway",
      "tiendo:s-study-notYet",
    ]);
    await harness.say("Hùng", "private", "2");
    await harness.say("Hùng", "private", "dang lam");
    const saved = await harness.say("Hùng", "private", "chua");
    expect(texts(saved)).toContain("1. Học tập: 🔄 Đang làm");
    expect(texts(saved)).toContain("2. Làm theo: 🔄 Đang làm");
    expect(texts(saved)).toContain("3. Nêu gương: ⏳ Chưa làm");
  });

  it("keeps a note sent before the status, and a photo, by reference only", async () => {
    harness = await cellInJune();
    await harness.say("Hùng", "private", "/tiendo");
    const noted = await harness.say("Hùng", "private", "Đã học 3 buổi ở chi bộ");
    expect(noted[0]?.text).toContain("Đã nhận ghi chú: Đã học 3 buổi ở chi bộ");
    expect(noted[0]?.text).toContain("Tiến độ 1/3");
    const withPhoto = await sendPhoto(harness, "Hùng", { ref: "AgACAgIAAxk-largest" });
    expect(withPhoto[0]?.text).toContain("Đã nhận ảnh minh chứng");
    await harness.press("Hùng", "private", "✅ Xong");
    // A photo with a caption that says how it is going answers the part at once.
    await sendPhoto(harness, "Hùng", { ref: "ref-2", caption: "đang làm: sổ theo dõi" });
    const saved = await harness.press("Hùng", "private", "✅ Xong");
    expect(texts(saved)).toContain("1. Học tập: ✅ Xong (có ảnh) — Đã học 3 buổi ở chi bộ");
    expect(texts(saved)).toContain("2. Làm theo: 🔄 Đang làm (có ảnh) — sổ theo dõi");
    const [study, follow] = notesOf(harness, "Hùng");
    expect(study?.evidence).toEqual({
      platform: "console",
      ref: "AgACAgIAAxk-largest",
      name: "",
      size: 800_000,
    });
    expect(follow?.evidence?.ref).toBe("ref-2");
  });
});

describe("/tiendo: bad input gets a clear answer and changes nothing", () => {
  it("refuses an empty, emoji-only and 5,000-character note, and keeps the part asked", async () => {
    harness = await cellInJune();
    await harness.say("Hùng", "private", "/tiendo");
    const before = harness.snapshot();
    expect(texts(await harness.say("Hùng", "private", "   "))).toContain("Chưa thấy nội dung");
    expect(texts(await harness.say("Hùng", "private", "😀🎉"))).toContain("viết bằng chữ");
    const huge = texts(await harness.say("Hùng", "private", `xong ${"a".repeat(5_000)}`));
    expect(huge).toContain("Ghi chú dài 5.000 ký tự");
    expect(huge).toContain("dưới 500 ký tự");
    expect(harness.snapshot()).toBe(before);
    const still = await harness.press("Hùng", "private", "✅ Xong");
    expect(still[0]?.text).toContain("Tiến độ 2/3");
  });

  it("keeps hostile markup as text, and NFD and broken-font Vietnamese as typed", async () => {
    harness = await cellInJune();
    await harness.say("Hùng", "private", "/tiendo");
    await harness.say("Hùng", "private", "xong <b>đậm</b> & <script>");
    // "Đang làm" decomposed (NFD), and "ƣ" for "ư" as PDF extracts write it.
    await harness.say("Hùng", "private", "Đang làm: hồ sơ cho người dân".normalize("NFD"));
    const saved = await harness.say(
      "Hùng",
      "private",
      "chưa làm vì ốm, sẽ bù tháng sau".replace("ư", "ƣ"),
    );
    const [study, follow, example] = notesOf(harness, "Hùng");
    expect(study?.note).toBe("<b>đậm</b> & <script>");
    expect(follow?.status).toBe("underway");
    expect(follow?.note).toBe("hồ sơ cho người dân");
    expect(example?.status).toBe("notYet");
    expect(example?.note).toBe("vì ốm, sẽ bù tháng sau");
    // Shown as typed, never as markup (Telegram's escaping: test/commands/tiendo-platforms.test.ts).
    expect(texts(saved)).toContain("<b>đậm</b> & <script>");
  });

  it("refuses a 20 MB photo and a file that is not a picture, and keeps the round", async () => {
    harness = await cellInJune();
    await harness.say("Hùng", "private", "/tiendo");
    const before = harness.snapshot();
    const huge = texts(await sendPhoto(harness, "Hùng", { size: 20 * 1024 * 1024 }));
    expect(huge).toContain("Ảnh này nặng 20 MB, quá 10 MB");
    const file = await harness.deliver("Hùng", "private", {
      type: "file",
      file: {
        name: "bao-cao.docx",
        mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        size: 12_000,
        ref: "doc-1",
        fetch: async () => {
          throw new Error("evidence is never downloaded");
        },
      },
    });
    expect(texts(file)).toContain("Tệp này không phải là ảnh");
    expect(harness.snapshot()).toBe(before);
    // A picture sent as a file is taken, by its declared type.
    const picture = await harness.deliver("Hùng", "private", {
      type: "file",
      file: {
        name: "anh.jpg",
        mime: "image/jpeg",
        size: 2_000_000,
        ref: "doc-2",
        fetch: async () => {
          throw new Error("evidence is never downloaded");
        },
      },
    });
    expect(texts(picture)).toContain("Đã nhận ảnh minh chứng");
  });

  it("answers a photo outside /tiendo as before: chibo reads only text", async () => {
    harness = await cellInJune();
    expect(texts(await sendPhoto(harness, "Hùng"))).toContain("chỉ đọc được tin nhắn chữ");
    expect(await harness.deliver("Hùng", "group:1", { type: "photo", photo: photo() })).toEqual([]);
    // In another dialog the photo is not taken either.
    harness.clock.set("2024-03-20T02:00:00Z");
    await harness.say("Mai", "private", "/dangky");
    expect(texts(await sendPhoto(harness, "Mai"))).toContain("chỉ đọc được tin nhắn chữ");
    expect(notesOf(harness, "Mai")).toEqual([]);
  });

  it("points a member without a plan to /dangky, and tells an exempt member they need not report", async () => {
    harness = await cellInJune();
    const none = texts(await harness.say("Mai", "private", "/tiendo"));
    expect(none).toContain("chưa đăng ký kế hoạch năm 2024");
    expect(none).toContain("/dangky");
    harness.app.services.members.setStatus(
      memberId(harness, "Hùng"),
      "exempt",
      harness.clock.now(),
    );
    const exempt = texts(await harness.say("Hùng", "private", "/tiendo"));
    expect(exempt).toContain("được miễn sinh hoạt đảng");
    expect(notesOf(harness, "Hùng")).toEqual([]);
  });

  it("sends /tiendo in a group to the private chat, with nobody's progress", async () => {
    harness = await cellInJune();
    const group = await harness.say("Hùng", "group:1", "/tiendo");
    expect(group[0]?.privateLink).toBe("tiendo");
    expect(texts(group)).not.toContain("Học chuyên đề");
  });

  it("expires a status pressed on an old question", async () => {
    harness = await cellInJune();
    await harness.say("Hùng", "private", "/tiendo");
    await harness.press("Hùng", "private", "✅ Xong");
    const stale = await harness.sendChoiceValue("Hùng", "private", "tiendo:s-study-notYet");
    expect(texts(stale)).toContain("Lựa chọn này đã cũ");
    const forged = await harness.sendChoiceValue("Hùng", "private", "tiendo:s-study-maybe");
    expect(texts(forged)).toContain("Lựa chọn này đã cũ");
    expect(notesOf(harness, "Hùng")).toEqual([]);
  });

  it("takes no forged choice, nor any in the group, and saves nothing", async () => {
    harness = await cellInJune();
    await harness.say("Hùng", "private", "/tiendo");
    const dialog = () => harness.app.services.conversations.dialog("console:Hùng", "console:Hùng");
    const open = JSON.stringify(dialog());
    for (const value of [
      "tiendo:s-example-done",
      "tiendo:s-other-done",
      "tiendo:s-<b>x</b>-done",
      "tiendo:s-study-done-2031",
      "tiendo:s-study",
    ]) {
      const said = texts(await harness.sendChoiceValue("Hùng", "private", value));
      expect(said, value).toContain("Lựa chọn này đã cũ");
    }
    // Mai has no round open: Hùng's buttons do nothing for her.
    const mai = texts(await harness.sendChoiceValue("Mai", "private", "tiendo:s-study-done"));
    expect(mai).toContain("Lựa chọn này đã cũ");
    // Pressed in the group, neither a status nor the committee's view is taken there.
    for (const value of ["tiendo:s-study-done", "tiendo:view"]) {
      const inGroup = await harness.sendChoiceValue("Lan", "group:1", value);
      expect(inGroup, value).toHaveLength(1);
      expect(inGroup[0]?.text, value).toContain("chỉ dùng trong chat riêng");
      expect(inGroup[0]?.text, value).not.toContain("Hùng");
    }
    expect(JSON.stringify(dialog())).toBe(open);
    expect(notesOf(harness, "Hùng")).toEqual([]);
    expect(notesOf(harness, "Mai")).toEqual([]);
  });
});

describe("/tiendo for the secretary", () => {
  it("shows who has reported since the latest round, by name and count only, in private", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng", "Mai", "Tư"]);
    await register(harness, "Hùng");
    await register(harness, "Mai");
    await register(harness, "Lan");
    harness.app.services.members.setStatus(memberId(harness, "Tư"), "exempt", harness.clock.now());
    harness.clock.set("2024-06-26T02:00:00Z");
    await harness.say("Hùng", "private", "/tiendo");
    await harness.say("Hùng", "private", "xong, <i>đã học</i>");
    await harness.say("Hùng", "private", "xong");
    await harness.say("Hùng", "private", "xong");

    const asked = await harness.say("Lan", "private", "/tiendo");
    expect(labels(asked)).toContain("👥 Xem ai đã báo tiến độ");
    const view = texts(await harness.press("Lan", "private", "👥 Xem ai đã báo tiến độ"));
    expect(view).toContain(
      "1/3 đồng chí có kế hoạch đã báo tiến độ từ ngày 25/06/2024 (kỳ báo gần nhất)",
    );
    expect(view).toContain("Đã báo (1): Hùng");
    expect(view).toContain("Chưa báo (2): Lan, Mai");
    expect(view).not.toContain("Tư");
    expect(view).not.toContain("đã học");
    // Her own round is still open under the view.
    const own = await harness.press("Lan", "private", "✅ Xong");
    expect(own[0]?.text).toContain("Tiến độ 2/3");

    // A member cannot ask for the view, whatever the button says.
    const refused = await harness.sendChoiceValue("Mai", "private", "tiendo:view");
    expect(texts(refused)).toContain("Chỉ bí thư, phó bí thư và chi ủy viên");
    expect(texts(refused)).not.toContain("Hùng");
  });

  it("shows the view at once to a committee member without a plan", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    await register(harness, "Hùng");
    harness.clock.set("2024-05-10T02:00:00Z");
    const view = texts(await harness.say("Lan", "private", "/tiendo"));
    expect(view).toContain("chưa đăng ký kế hoạch năm 2024");
    expect(view).toContain("0/1 đồng chí có kế hoạch đã báo tiến độ trong năm 2024");
    expect(view).toContain("Chưa báo (1): Hùng");
  });
});
