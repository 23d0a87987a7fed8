/**
 * /tailieu on the real platforms: Telegram through grammY and the fake Bot API (buttons, the
 * document downloaded by file_id and posted to the group with sendDocument), Zalo through
 * zca-js and the fake of Zalo's servers (numbered lists, the file fetched from its address and
 * uploaded to the group).
 */
import { afterEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import type { Meeting } from "../../src/store/meeting-store.js";
import { numberOf } from "../support/choices-shown.js";
import { ZALO_CONTENT, type ZaloPerson } from "../support/fake-zalo-server.js";
import { startTelegramRig, type TelegramRig } from "../support/telegram-rig.js";
import { startZaloRig, type ZaloRig } from "../support/zalo-rig.js";

const STUDY = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25]);

/** A meeting of the one cell on 20/3 at 19:30, whose notice went out already. */
function noticedMeeting(app: App): Meeting {
  const { services } = app;
  const cell = services.cells.all()[0];
  if (!cell) throw new Error("no cell");
  const now = services.clock.now();
  const start = new Date("2024-03-20T12:30:00Z");
  const made = services.meetings.create(
    {
      cellId: cell.id,
      kind: "regular",
      startsAt: start,
      endsAt: new Date(start.getTime() + 90 * 60_000),
      place: "Hội trường",
      topic: "",
      createdBy: services.members.secretaryOrDeputies(cell.id)[0]?.id ?? 0,
    },
    now,
  );
  return services.meetings.update(made.id, { noticedAt: now }, now);
}

describe("/tailieu on Telegram", () => {
  let rig: TelegramRig;
  afterEach(() => rig?.stop());

  const GROUP = -1005561;
  const lan = () => rig.fake.addUser({ id: 511, first_name: "Lan" });
  const group = () => rig.fake.addGroup({ id: GROUP, title: "Chi bộ KP1", type: "supergroup" });

  it("takes a PDF by file_id and posts it to the group with the agenda, HTML escaped", async () => {
    rig = await startTelegramRig();
    rig.fake.setChatMember(GROUP, 511, "administrator");
    rig.fake.sendText({ from: lan(), chat: group(), text: "/khoitao Chi bộ Khu phố 1" });
    await rig.lastTo(GROUP);
    rig.fake.sendText({ from: lan(), text: "/start" });
    await rig.lastTo(511);
    const meeting = noticedMeeting(rig.app);

    rig.fake.sendText({ from: lan(), text: "/tailieu" });
    const [asked] = await rig.lastTo(511);
    expect(asked?.text).toContain("Xin gõ chương trình");
    rig.fake.sendText({ from: lan(), text: `${STUDY}\n<b>Kiểm điểm</b> & bàn việc` });
    const [fileAsked] = await rig.lastTo(511);
    expect(fileAsked?.text).toContain('Không có thì bấm "Không có tài liệu kèm"');
    rig.fake.sendDocument({
      from: lan(),
      name: "tai-lieu-thang-3.pdf",
      mimeType: "application/pdf",
      content: PDF,
    });
    const [review] = await rig.lastTo(511);
    expect(review?.text).toContain("📎 Tệp tài liệu: tai-lieu-thang-3.pdf");
    await rig.press(lan(), 511, "✅ Lưu");
    expect((await rig.lastTo(511))[0]?.text).toContain("Đã lưu và gửi tài liệu");
    await rig.beat();

    const posted = rig.fake.messagesTo(GROUP).slice(-2);
    expect(posted[0]?.text).toContain(`1. ${STUDY}\n2. <b>Kiểm điểm</b> & bàn việc`);
    expect(posted[0]?.html).toContain("2. &lt;b&gt;Kiểm điểm&lt;/b&gt; &amp; bàn việc");
    expect(posted[1]?.method).toBe("sendDocument");
    expect(posted[1]?.message.document?.file_name).toBe("tai-lieu-thang-3.pdf");
    expect(rig.app.services.meetings.byId(meeting.id)?.materials?.file?.name).toBe(
      "tai-lieu-thang-3.pdf",
    );
    expect(rig.fake.refused).toEqual([]);
  });
});

describe("/tailieu on Zalo", () => {
  let rig: ZaloRig;
  afterEach(() => rig?.stop());

  const GROUP = "5550018";
  const lan: ZaloPerson = { id: "301", name: "Lan" };
  const hung: ZaloPerson = { id: "302", name: "Hùng" };

  it("numbers the choices, fetches the file from its address and uploads it to the group", async () => {
    rig = await startZaloRig();
    rig.zalo.addGroup(GROUP, "Chi bộ KP1", lan, [], [hung]);
    await rig.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    await rig.say(lan, "/start");
    noticedMeeting(rig.app);

    const last = () => rig.zalo.textsTo(lan.id).at(-1) ?? "";
    await rig.say(lan, "/tailieu");
    expect(last()).toContain("Xin gõ chương trình");
    await rig.say(lan, `${STUDY}\nKiểm điểm`.normalize("NFD"));
    const fileAsked = last();
    expect(fileAsked).toContain('gõ số của "Không có tài liệu kèm"');
    expect(fileAsked).not.toMatch(/bấm|nút/i);
    const href = rig.zalo.hostFile("bien-ban.pdf", PDF);
    await rig.sayContent(lan, ZALO_CONTENT.file("bien-ban.pdf", PDF.length, href));
    expect(last()).toContain("📎 Tệp tài liệu: bien-ban.pdf");
    await rig.say(lan, numberOf(rig.zalo.textsTo(lan.id), "✅ Lưu"));
    expect(last()).toContain("Đã lưu và gửi tài liệu");
    await rig.beat();

    const toGroup = rig.zalo.sent.filter((sent) => sent.threadId === GROUP);
    const withFile = toGroup.find((sent) => sent.files.length > 0);
    expect(withFile?.files.map((f) => f.filename)).toEqual(["bien-ban.pdf"]);
    expect(new Uint8Array(withFile?.files[0]?.data ?? [])).toEqual(PDF);
    expect(toGroup.map((sent) => sent.text).join("\n")).toContain(`1. ${STUDY}\n2. Kiểm điểm`);
  });
});
