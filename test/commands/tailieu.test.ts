import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { afterEach, describe, expect, it } from "vitest";
import { fitsOneScreen } from "../../src/domain/one-screen.js";
import { plainText } from "../../src/domain/rich-text.js";
import {
  dropMaterialsFile,
  materialsDocument,
  materialsExtras,
  materialsParts,
} from "../../src/meetings/meeting-materials.js";
import { DocumentGone } from "../../src/messages/document-request.js";
import { FileTooLarge } from "../../src/messages/incoming.js";
import type { Reply } from "../../src/messages/reply.js";
import { telegramHtml } from "../../src/platforms/telegram/telegram-html.js";
import type { Meeting } from "../../src/store/meeting-store.js";
import { Harness, type Said, texts } from "../support/harness.js";

// The harness starts on Sunday 10/3/2024, 09:00 in Vietnam (UTC+7 all year).
const PRIVATE = "private";
const GROUP_CHAT = "console:group:1";
const STUDY = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";
const AGENDA = `1. ${STUDY}\n2. Kiểm điểm công tác tháng 3\n- Phương hướng tháng 4`;
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A Word file as Word or LibreOffice writes one: a ZIP package with its parts. */
async function wordFile(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph("Biên bản")] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

let h: Harness;
afterEach(() => h?.close());

function cellId(): number {
  const secretary = h.app.services.members.byPerson("console:Lan");
  if (!secretary) throw new Error("no cell");
  return secretary.cellId;
}

/** A meeting of Lan's cell, as /hop would have made it; `noticed`: its notice went out. */
function meeting(startsAt: string, options: { noticed?: boolean } = {}): Meeting {
  const { services } = h.app;
  const now = h.clock.now();
  const start = new Date(startsAt);
  const made = services.meetings.create(
    {
      cellId: cellId(),
      kind: "regular",
      startsAt: start,
      endsAt: new Date(start.getTime() + 90 * 60_000),
      place: "Hội trường khu phố 1",
      topic: "",
      createdBy: services.members.byPerson("console:Lan")?.id ?? 0,
    },
    now,
  );
  return options.noticed ? services.meetings.update(made.id, { noticedAt: now }, now) : made;
}

function stored(id: number): Meeting {
  const found = h.app.services.meetings.byId(id);
  if (!found) throw new Error("no meeting");
  return found;
}

/** `who` sends a file in private; its fetch counts the downloads. */
async function sendFile(
  name: string,
  bytes: Uint8Array,
  options: { who?: string; mime?: string; size?: number } = {},
) {
  let fetched = 0;
  const fetch = async (maxBytes: number) => {
    fetched += 1;
    if (bytes.length > maxBytes) throw new FileTooLarge(maxBytes);
    return bytes;
  };
  const file = { name, size: options.size ?? bytes.length, mime: options.mime, fetch };
  const said = await h.deliver(options.who ?? "Lan", PRIVATE, { type: "file", file });
  return { said, fetched: () => fetched };
}

/** What went to the outbox for a chat. */
function queued(chatId: string): Reply[] {
  const rows = h.app.database.sqlite
    .prepare("select reply from outbox where chat_id = ? order by id")
    .all(chatId) as { reply: string }[];
  return rows.map((row) => JSON.parse(row.reply) as Reply);
}

function read(reply: Reply): string {
  return reply.parts.map((part) => telegramHtml(h.app.translator.text(part))).join("\n");
}

/** The words as a platform with buttons, or one without, shows them (its sentences' variants). */
function worded(said: Said[], wording: "buttons" | "typed"): string {
  const words = h.app.translator.worded(wording);
  return said
    .flatMap((s) => s.reply.parts)
    .map((part) => plainText(words.text(part)))
    .join("\n");
}

function materialsFolder(meetingId: number): string {
  return join(h.dir, "materials", String(meetingId));
}

async function say(text: string, who = "Lan"): Promise<Said[]> {
  return h.say(who, PRIVATE, text);
}

describe("/tailieu with buttons", () => {
  it("takes the agenda and a PDF for the one meeting ahead, and keeps them for its notice", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const ahead = meeting("2024-03-20T12:30:00Z");

    // One meeting ahead: straight to its agenda.
    const asked = await say("/tailieu");
    expect(texts(asked)).toContain("19 giờ 30, thứ Tư, ngày 20/03/2024");
    expect(texts(asked)).toContain("mỗi nội dung một dòng");
    expect(texts(asked)).toContain(STUDY);

    const fileAsked = await say(AGENDA);
    expect(texts(fileAsked)).toContain("gửi tệp tài liệu");
    expect(worded(fileAsked, "buttons")).toContain('bấm "Không có tài liệu kèm"');

    const { said: review } = await sendFile("Tài liệu tháng 3.pdf", PDF, {
      mime: "application/pdf",
    });
    expect(texts(review)).toContain("Xin xem lại tài liệu cho buổi sinh hoạt định kỳ 20/03");
    expect(texts(review)).toContain(
      `1. ${STUDY}\n2. Kiểm điểm công tác tháng 3\n3. Phương hướng tháng 4`,
    );
    expect(texts(review)).toContain("📎 Tệp tài liệu: Tài liệu tháng 3.pdf");
    expect(texts(review)).toContain("cùng thông báo buổi sinh hoạt");
    // Nothing is saved to the meeting before "Lưu".
    expect(stored(ahead.id).materials).toBeNull();

    const saved = await h.press("Lan", PRIVATE, "✅ Lưu");
    expect(texts(saved)).toContain("Đã lưu tài liệu buổi sinh hoạt định kỳ 20/03");
    expect(texts(saved)).toContain("cùng thông báo");
    const after = stored(ahead.id);
    expect(after.materials?.agenda).toBe(
      `${STUDY}\nKiểm điểm công tác tháng 3\nPhương hướng tháng 4`,
    );
    // Not noticed yet: nothing posted; the notice will carry it.
    expect(queued(GROUP_CHAT)).toEqual([]);
    const file = after.materials?.file;
    if (!file) throw new Error("no file");
    // The request names the file itself: a message queued with it sends that one.
    const request = { kind: "meeting-materials", meetingId: ahead.id, ...file } as const;
    expect(materialsExtras(after)).toEqual({ document: request });
    expect(request.name).toBe("Tài liệu tháng 3.pdf");
    const notice = materialsParts(after).map((part) => h.app.translator.text(part));
    expect(notice.map((text) => text.map((span) => span.text).join(""))).toEqual([
      `Chương trình:\n1. ${STUDY}\n2. Kiểm điểm công tác tháng 3\n3. Phương hướng tháng 4`,
      "📎 Tệp tài liệu: Tài liệu tháng 3.pdf",
    ]);

    // The file: kept for chibo's account only, sent as it came; the draft folder is emptied.
    expect(statSync(join(h.dir, file.path)).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(materialsFolder(ahead.id), "drafts"))).toEqual([]);
    const sent = materialsDocument(h.app.services, request);
    expect(sent.filename).toBe("Tài liệu tháng 3.pdf");
    expect(new Uint8Array(sent.data)).toEqual(PDF);
    expect(sent.image).toBe(false);

    // Closed or cancelled, the file goes; the agenda stays for the minutes.
    dropMaterialsFile(h.app.services, after);
    expect(existsSync(materialsFolder(ahead.id))).toBe(false);
    expect(stored(ahead.id).materials).toEqual({ agenda: after.materials?.agenda });
    // A message still queued with it sends its words alone: the file is gone for good.
    expect(() => materialsDocument(h.app.services, request)).toThrow(DocumentGone);
  });

  it("posts to the group at once when the notice went out, with a link, and replaces what was sent", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const ahead = meeting("2024-03-20T12:30:00Z", { noticed: true });
    await say("/tailieu");
    await say(STUDY);
    const review = await say("drive.google.com/drive/folders/abc?x=1&y=<2>");
    expect(texts(review)).toContain(
      "🔗 Tài liệu: https://drive.google.com/drive/folders/abc?x=1&y=%3C2%3E",
    );
    expect(texts(review)).toContain("chibo gửi ngay vào nhóm chi bộ");
    const saved = await h.press("Lan", PRIVATE, "✅ Lưu");
    expect(texts(saved)).toContain("Đã lưu và gửi tài liệu buổi sinh hoạt định kỳ 20/03 vào nhóm");
    const [post] = queued(GROUP_CHAT);
    expect(post && read(post)).toBe(
      `📋 Tài liệu cho buổi sinh hoạt định kỳ 20/03:\nChương trình:\n1. ${STUDY}\n🔗 Tài liệu: https://drive.google.com/drive/folders/abc?x=1&amp;y=%3C2%3E`,
    );
    expect(post?.document).toBeUndefined();

    // Again: the agenda kept, a file now, the link kept beside it; posted again.
    const again = await say("/tailieu");
    expect(texts(again)).toContain(`Chương trình:\n1. ${STUDY}`);
    await h.press("Lan", PRIVATE, "Giữ chương trình đã gửi");
    const { said } = await sendFile("anh-bien-ban.png", PNG, { mime: "image/png" });
    expect(texts(said)).toContain("📎 Tệp tài liệu: anh-bien-ban.png");
    expect(texts(said)).toContain("🔗 Tài liệu: https://drive.google.com");
    await h.press("Lan", PRIVATE, "✅ Lưu");
    const posts = queued(GROUP_CHAT);
    expect(posts).toHaveLength(2);
    const png = stored(ahead.id).materials?.file;
    expect(posts[1]?.document).toEqual({ kind: "meeting-materials", meetingId: ahead.id, ...png });
    // The private chat never carries the group's post, and Hùng got nothing.
    expect(queued("console:Hùng")).toEqual([]);

    // Once more: a file sent and replaced before saving is not kept; the picture, which the
    // post queued above still sends, stays beside the new file until the meeting closes.
    await say("/tailieu");
    await h.press("Lan", PRIVATE, "Giữ chương trình đã gửi");
    await sendFile("nham.pdf", PDF);
    await h.press("Lan", PRIVATE, "✏️ Gõ lại chương trình");
    await h.press("Lan", PRIVATE, "Giữ chương trình đã gửi");
    await sendFile("moi.pdf", PDF);
    await h.press("Lan", PRIVATE, "✅ Lưu");
    const kept = stored(ahead.id).materials?.file;
    expect(kept?.name).toBe("moi.pdf");
    const onDisk = readdirSync(materialsFolder(ahead.id)).filter((name) => name !== "drafts");
    expect(onDisk.sort()).toEqual(
      [png?.path, kept?.path].map((path) => basename(path ?? "")).sort(),
    );
    expect(readdirSync(join(materialsFolder(ahead.id), "drafts"))).toEqual([]);
    const queuedPng = posts[1]?.document;
    if (queuedPng?.kind !== "meeting-materials") throw new Error("no file posted");
    expect(materialsDocument(h.app.services, queuedPng).filename).toBe("anh-bien-ban.png");
  });

  it("asks which meeting when there are several, and says when there is none", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    expect(texts(await say("/tailieu"))).toContain("chưa có buổi sinh hoạt nào sắp tới");
    // One that has started is not offered: too late for its documents.
    meeting("2024-03-10T01:30:00Z");
    expect(texts(await say("/tailieu"))).toContain("chưa có buổi sinh hoạt nào sắp tới");

    meeting("2024-03-20T12:30:00Z");
    const april = meeting("2024-04-05T12:30:00Z");
    const pick = await say("/tailieu");
    expect(worded(pick, "buttons")).toContain("cho buổi sinh hoạt nào? Xin chọn bên dưới.");
    expect(pick.flatMap((s) => s.choices.map((c) => c.label))).toEqual([
      "buổi sinh hoạt định kỳ 20/03",
      "buổi sinh hoạt định kỳ 05/04",
      "❌ Hủy",
    ]);
    expect(worded(await say("tháng 4"), "buttons")).toContain("Xin bấm một nút bên dưới.");
    const asked = await h.press("Lan", PRIVATE, "buổi sinh hoạt định kỳ 05/04");
    expect(texts(asked)).toContain("ngày 05/04/2024");
    await say(STUDY);
    await h.press("Lan", PRIVATE, "Không có tài liệu kèm");
    await h.press("Lan", PRIVATE, "✅ Lưu");
    expect(stored(april.id).materials).toEqual({ agenda: STUDY });
  });

  it("refuses an empty, huge or hostile agenda plainly, and keeps NFD and 'ƣ' composed", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const ahead = meeting("2024-03-20T12:30:00Z", { noticed: true });
    await say("/tailieu");
    const before = h.snapshot();
    const refused: [string, string][] = [
      ["   ", "Chưa thấy nội dung nào"],
      ["\u200b\u200b", "Chưa thấy nội dung nào"],
      ["1.\n2.\n- \n•", "Chưa thấy nội dung nào"],
      [
        Array.from({ length: 8 }, (_, i) => `Nội dung ${i + 1}`).join("\n"),
        "nhiều nhất 7 nội dung",
      ],
      [
        Array.from({ length: 4 }, (_, i) => `${i + 1}. ${"Kiểm điểm ".repeat(16)}`).join("\n"),
        "cả chương trình nhiều nhất 600 ký tự",
      ],
      [`${STUDY}\n${"a".repeat(201)}`, "dài quá 200 ký tự"],
      ["x".repeat(50_000), "dài quá 200 ký tự"],
    ];
    for (const [typed, phrase] of refused) {
      const said = await say(typed);
      expect(said[0]?.text, typed.slice(0, 20)).toContain(phrase);
      // It names the problem and asks again; it does not echo a huge message back.
      expect(texts(said).length, typed.slice(0, 20)).toBeLessThan(1000);
      expect(h.snapshot(), typed.slice(0, 20)).toBe(before);
    }

    const hostile = '<script>alert("x")</script> & <b>Kiểm điểm</b>';
    const nfd = "Học tập và làm theo tư tưởng".normalize("NFD");
    await say(`${nfd}\n${hostile}\n3) Phƣơng hƣớng tháng 4`);
    await h.press("Lan", PRIVATE, "Không có tài liệu kèm");
    await h.press("Lan", PRIVATE, "✅ Lưu");
    expect(stored(ahead.id).materials?.agenda).toBe(
      `Học tập và làm theo tư tưởng\n${hostile}\nPhương hướng tháng 4`,
    );
    const [post] = queued(GROUP_CHAT);
    expect(post && read(post)).toContain(
      '2. &lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;b&gt;Kiểm điểm&lt;/b&gt;',
    );
  });

  it("refuses a link that is not http(s), a wrong, disguised or too large file, and a file before the agenda", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const ahead = meeting("2024-03-20T12:30:00Z");
    await say("/tailieu");
    const photo = await h.deliver("Lan", PRIVATE, {
      type: "photo",
      photo: { ref: "p1", name: "", sentAs: "photo" },
    });
    expect(texts(photo)).toContain("Xin gửi ảnh dưới dạng tệp");
    const early = await sendFile("a.pdf", PDF);
    expect(texts(early.said)).toContain("Xin gõ chương trình trước");
    await say(STUDY);
    const before = h.snapshot();
    const links: [string, string][] = [
      ["javascript:alert(1)", "chỉ nhận đường link http:// hoặc https://"],
      ["ftp://tai-lieu.vn/a.pdf", "chỉ nhận đường link http:// hoặc https://"],
      ["file:///etc/passwd", "chỉ nhận đường link http:// hoặc https://"],
      ["không có gì", "Đây không phải đường link"],
      ["http://localhost/a", "Đây không phải đường link"],
      ["https://user:pw@tai-lieu.vn/", "Đây không phải đường link"],
      [`https://tai-lieu.vn/${"a".repeat(600)}`, "Đây không phải đường link"],
    ];
    for (const [typed, phrase] of links) {
      const said = await say(typed);
      expect(said[0]?.text, typed.slice(0, 20)).toContain(phrase);
      expect(h.snapshot(), typed.slice(0, 20)).toBe(before);
    }

    const wrong = await sendFile("setup.exe", new Uint8Array([0x4d, 0x5a, 0x90, 0]));
    expect(texts(wrong.said)).toContain("chibo chỉ nhận tệp PDF, Word");
    const disguised = await sendFile("chuong-trinh.pdf", new Uint8Array([0x4d, 0x5a, 0x90, 0]));
    expect(texts(disguised.said)).toContain("Tệp này không phải loại đó");
    const big = await sendFile("to.pdf", PDF, { size: 50 * 2 ** 20 });
    expect(texts(big.said)).toContain("Tệp lớn quá: chibo chỉ đọc tệp đến 10 MB");
    expect(big.fetched()).toBe(0);
    const growing = await sendFile("to.pdf", new Uint8Array(11 * 2 ** 20), { size: undefined });
    expect(texts(growing.said)).toContain("Tệp lớn quá");
    // Nothing of them kept, on disk or in the meeting.
    expect(existsSync(materialsFolder(ahead.id))).toBe(false);
    expect(h.snapshot()).toBe(before);
  });

  it("ends the dialog when the meeting is cancelled or starts, and refuses stale and forged choices", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const ahead = meeting("2024-03-20T12:30:00Z");
    const first = await say("/tailieu");
    const oldCancel = first.flatMap((s) => s.choices).find((c) => c.label === "❌ Hủy")?.value;
    h.clock.set("2024-03-10T02:05:00Z");
    await say("/tailieu");
    await say(STUDY);
    const before = h.snapshot();
    expect(texts(await h.sendChoiceValue("Lan", PRIVATE, oldCancel ?? ""))).toContain(
      "Lựa chọn này đã cũ",
    );
    expect(texts(await h.sendChoiceValue("Lan", PRIVATE, "tailieu:save:1"))).toContain(
      "Lựa chọn này đã cũ",
    );
    expect(h.snapshot()).toBe(before);

    await h.press("Lan", PRIVATE, "Không có tài liệu kèm");
    const now = h.clock.now();
    h.app.services.meetings.update(ahead.id, { state: "cancelled" }, now);
    const gone = await h.press("Lan", PRIVATE, "✅ Lưu");
    expect(texts(gone)).toContain("buổi sinh hoạt định kỳ 20/03 đã hủy hoặc đã kết thúc");
    expect(stored(ahead.id).materials).toBeNull();
    expect(h.app.services.conversations.dialog("console:Lan", "console:Lan")).toBeUndefined();

    const later = meeting("2024-03-25T12:30:00Z");
    await say("/tailieu");
    h.clock.set("2024-03-25T12:31:00Z");
    const started = await say(STUDY);
    expect(texts(started)).toContain("buổi sinh hoạt định kỳ 25/03 đã bắt đầu");
    expect(stored(later.id).materials).toBeNull();
  });

  it("is the secretary's and deputies', in private; a member is refused, a roster still goes to /nhapdanhsach", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    meeting("2024-03-20T12:30:00Z");
    expect(texts(await say("/tailieu", "Hùng"))).toContain("bí thư");
    const inGroup = await h.say("Lan", "group:1", "/tailieu");
    expect(inGroup[0]?.privateLink).toBe("tailieu");
    // A member's file is never downloaded.
    const fromMember = await sendFile("a.pdf", PDF, { who: "Hùng" });
    expect(fromMember.fetched()).toBe(0);
    // Without /tailieu open, a spreadsheet is a roster to import, as before.
    const roster = await sendFile("ds.xlsx", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]));
    expect(texts(roster.said)).toContain('Tệp "ds.xlsx" bị hỏng, chibo không mở được');
  });
});

describe("/tailieu on one screen", () => {
  it("shows the longest agenda taken, with a link and a file, on one phone screen", async () => {
    h = new Harness({ hasButtons: false });
    await h.cellWith(["Hùng"]);
    const ahead = meeting("2024-03-20T12:30:00Z", { noticed: true });
    // Seven items, 600 characters in all: the most taken.
    const longest = Array.from({ length: 7 }, (_, i) => `Nội dung số ${i + 1} `.padEnd(85, "x"));
    const screen = (said: Said[]) => {
      const last = said.at(-1);
      const typed = (last?.choices ?? []).map((c, i) => `${i + 1}. ${c.label}`);
      return [worded(said, "typed"), ...typed].join("\n");
    };
    await say("/tailieu");
    await say(longest.join("\n"));
    await say("https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789");
    const { said: review } = await sendFile(`${"Tài liệu sinh hoạt ".repeat(5)}.pdf`, PDF);
    expect(fitsOneScreen(screen(review)), screen(review)).toBe(true);
    await h.press("Lan", PRIVATE, "✅ Lưu");
    const post = queued(GROUP_CHAT).at(-1);
    const posted = post ? post.parts.map((part) => plainText(h.app.translator.text(part))) : [];
    expect(fitsOneScreen(posted.join("\n")), posted.join("\n")).toBe(true);
    // Asked again, the agenda kept is shown with the question.
    const again = await say("/tailieu");
    expect(fitsOneScreen(screen(again)), screen(again)).toBe(true);
    expect(stored(ahead.id).materials?.agenda?.length).toBe(7 * 85 + 6);
  });
});

describe("/tailieu's files", () => {
  it("keeps the file a queued post sends when the materials are saved again without it", async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
    const ahead = meeting("2024-03-20T12:30:00Z", { noticed: true });
    await say("/tailieu");
    await say(STUDY);
    await sendFile("tai-lieu.pdf", PDF);
    await h.press("Lan", PRIVATE, "✅ Lưu");
    const [post] = queued(GROUP_CHAT);
    const request = post?.document;
    if (request?.kind !== "meeting-materials") throw new Error("no file posted");

    // Saved again, "no file" this time, before the post went out: the post still has its file.
    await say("/tailieu");
    await h.press("Lan", PRIVATE, "Giữ chương trình đã gửi");
    await h.press("Lan", PRIVATE, "Không có tài liệu kèm");
    await h.press("Lan", PRIVATE, "✅ Lưu");
    expect(stored(ahead.id).materials).toEqual({ agenda: STUDY });
    expect(new Uint8Array(materialsDocument(h.app.services, request).data)).toEqual(PDF);
  });

  it("keeps each officer's draft apart when the secretary and a deputy work on one meeting", async () => {
    h = new Harness();
    await h.cellWith(["Mai", "Hùng"]);
    const mai = h.app.services.members.byPerson("console:Mai");
    h.app.services.members.setRole(mai?.id ?? 0, "deputy", h.clock.now());
    const ahead = meeting("2024-03-20T12:30:00Z");
    await say("/tailieu");
    await say(STUDY);
    await sendFile("cua-lan.pdf", PDF);
    // Mai, at the same time, sends a picture and saves without it: Lan's draft is untouched.
    await say("/tailieu", "Mai");
    await say("Kiểm điểm công tác tháng 3", "Mai");
    await sendFile("cua-mai.png", PNG, { who: "Mai" });
    await h.press("Mai", PRIVATE, "✏️ Gõ lại chương trình");
    await h.press("Mai", PRIVATE, "Giữ chương trình đã gửi");
    await h.press("Mai", PRIVATE, "Không có tài liệu kèm");
    await h.press("Mai", PRIVATE, "✅ Lưu");
    const saved = await h.press("Lan", PRIVATE, "✅ Lưu");
    expect(texts(saved)).toContain("Đã lưu tài liệu");
    const file = stored(ahead.id).materials?.file;
    expect(file?.name).toBe("cua-lan.pdf");
    expect(readFileSync(join(h.dir, file?.path ?? ""))).toEqual(Buffer.from(PDF));
  });

  it("asks for the file again when its draft is gone by the time it is saved", async () => {
    h = new Harness({ hasButtons: false });
    await h.cellWith(["Hùng"]);
    const ahead = meeting("2024-03-20T12:30:00Z");
    await say("/tailieu");
    await say(STUDY);
    await sendFile("tai-lieu.pdf", PDF);
    rmSync(join(materialsFolder(ahead.id), "drafts"), { recursive: true });
    const asked = await h.press("Lan", PRIVATE, "✅ Lưu");
    expect(texts(asked)).toContain(
      "Tệp tai-lieu.pdf không còn trên máy chủ của chibo nên chưa lưu được. Xin gửi lại tệp",
    );
    expect(worded(asked, "typed")).toContain('gõ số của "Không có tài liệu kèm"');
    expect(stored(ahead.id).materials).toBeNull();
    await sendFile("tai-lieu.pdf", PDF);
    await h.press("Lan", PRIVATE, "✅ Lưu");
    expect(stored(ahead.id).materials?.file?.name).toBe("tai-lieu.pdf");
  });
});

describe("/tailieu where there are no buttons", () => {
  it("numbers the choices and takes the typed numbers", async () => {
    h = new Harness({ hasButtons: false });
    await h.cellWith(["Hùng"]);
    const ahead = meeting("2024-03-20T12:30:00Z", { noticed: true });
    meeting("2024-04-05T12:30:00Z");
    const pick = await say("/tailieu");
    expect(worded(pick, "typed")).toContain("Xin gõ số của buổi đó.");
    expect(worded(pick, "typed")).not.toContain("bấm");
    await h.press("Lan", PRIVATE, "buổi sinh hoạt định kỳ 20/03");
    const fileAsked = await say(AGENDA.normalize("NFD"));
    expect(worded(fileAsked, "typed")).toContain('gõ số của "Không có tài liệu kèm"');
    const review = await sendFile("bien-ban.docx", await wordFile());
    expect(texts(review.said)).toContain("📎 Tệp tài liệu: bien-ban.docx");
    expect(worded(await say("lưu đi"), "typed")).toContain("Xin trả lời bằng một số");
    const saved = await h.press("Lan", PRIVATE, "✅ Lưu");
    expect(texts(saved)).toContain("Đã lưu và gửi tài liệu");
    const [post] = queued(GROUP_CHAT);
    expect(post?.document).toEqual({
      kind: "meeting-materials",
      meetingId: ahead.id,
      name: "bien-ban.docx",
      path: stored(ahead.id).materials?.file?.path,
    });
    expect(post && read(post)).toContain(`1. ${STUDY}`);
  });
});
