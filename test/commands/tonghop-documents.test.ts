import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { officerCodeExpiresAt } from "../../src/domain/code-rules.js";
import {
  MAX_PARTY_ORGANISATION_LENGTH,
  MAX_PLACE_LENGTH,
} from "../../src/domain/document-settings.js";
import { fitsOneScreen } from "../../src/domain/one-screen.js";
import { numberedChoices, renderReply } from "../../src/platforms/render-reply.js";
import { telegramHtml } from "../../src/platforms/telegram/telegram-html.js";
import type { Cell } from "../../src/store/cell-store.js";
import { letterheadLines, open } from "../documents/docx-reader.js";
import { Harness, type Said, texts } from "../support/harness.js";
import { newCommittee } from "../support/operator.js";

/**
 * A committee officer sets once, in /tonghop, the party organisation line and the place that
 * the documents of the committee's cells print; a cell that sets its own in /caidat keeps it.
 */

const COMMITTEE = "Đảng ủy Phường Phú Hòa";
const OTHER = "Đảng ủy Phường Tân Định";

let h: Harness;
afterEach(() => h.close());

/** `who` becomes an officer as in chat, with the code the operator's one step gives. */
async function officer(who: string, committeeId: number): Promise<void> {
  const code = h.app.services.officerCodes.issue(committeeId, officerCodeExpiresAt(h.clock.now()));
  expect(texts(await h.say(who, "private", `/tonghop ${code}`))).toContain("cán bộ của");
}

function committee(id: number) {
  const found = h.app.services.cells.committeeById(id);
  if (!found) throw new Error(`no committee ${id}`);
  return found;
}

function cellNamed(name: string): Cell {
  const found = h.app.services.cells.all().find((cell) => cell.name === name);
  if (!found) throw new Error(`no cell ${name}`);
  return found;
}

/** Ánh's menu under /tonghop, then the documents' lines. */
async function documents(who = "Ánh"): Promise<Said[]> {
  await h.say(who, "private", "/tonghop");
  return h.press(who, "private", "📄 Đảng bộ, địa danh trong văn bản");
}

/** Ánh opens one of the lines; returns what she is asked. */
async function openLine(label: RegExp): Promise<Said[]> {
  await documents();
  return h.press("Ánh", "private", label);
}

/** Ánh opens one of the lines and types `answer`. */
async function edit(label: RegExp, answer: string): Promise<string> {
  await openLine(label);
  return texts(await h.say("Ánh", "private", answer));
}

/** The registration report a cell's secretary gets from /xuatbaocao. */
async function registration(secretary: string) {
  await h.say(secretary, "private", "/xuatbaocao");
  const said = await h.press(secretary, "private", /Báo cáo đăng ký/);
  const request = said.find((s) => s.reply.document)?.reply.document;
  if (!request) throw new Error(`no file in: ${texts(said)}`);
  return open((await h.app.documents(request)).data);
}

describe("/tonghop: the lines the committee's cells print", () => {
  let committeeId: number;
  beforeEach(async () => {
    h = new Harness({ now: "2024-03-10T02:00:00Z" });
    committeeId = newCommittee(h, COMMITTEE);
    await officer("Ánh", committeeId);
  });

  /** Two cells under the committee: Lan's, and Mai's with its own place. */
  async function twoCells(): Promise<void> {
    await h.cellWith(["Hùng"]);
    h.admins.add("console:Mai");
    await h.say("Mai", "group:2", "/khoitao Chi bộ Khu phố 2");
    const { cells } = h.app.services;
    for (const name of ["Chi bộ Khu phố 1", "Chi bộ Khu phố 2"]) {
      cells.setCommitteeId(cellNamed(name).id, committeeId);
    }
    cells.setDocumentSetting(cellNamed("Chi bộ Khu phố 2").id, "place", "Thủ Dầu Một");
  }

  it("is offered beside the invitation and the cell code, and shows what is set", async () => {
    await h.say("Ánh", "private", "/tonghop");
    const shown = await documents();
    const text = texts(shown);
    expect(text).toContain(`Văn bản của các chi bộ thuộc ${COMMITTEE}`);
    expect(text).toContain("Đảng bộ ở đầu văn bản: chưa đặt");
    expect(text).toContain("Địa danh ở dòng ngày tháng: chưa đặt");
    expect(shown.flatMap((s) => s.choices.map((c) => c.label))).toEqual([
      "✏️ Đảng bộ ở đầu văn bản",
      "✏️ Địa danh",
    ]);
  });

  it("saves each line once for the cells, saying how many print it", async () => {
    await twoCells();
    const asked = texts(await openLine(/Đảng bộ ở đầu/));
    expect(asked).toContain(`Đầu văn bản của các chi bộ thuộc ${COMMITTEE}`);
    expect(asked).toContain(`tối đa ${MAX_PARTY_ORGANISATION_LENGTH} ký tự`);

    const party = await h.say("Ánh", "private", "Đảng bộ phường Phú Hòa");
    expect(texts(party)).toContain(
      `Đã lưu. 2/2 chi bộ thuộc ${COMMITTEE} chưa đặt giá trị riêng nên văn bản của các chi bộ đó in giá trị này.`,
    );
    expect(texts(party)).toMatch(/^Đảng bộ ở đầu văn bản: Đảng bộ phường Phú Hòa$/m);
    expect(committee(committeeId).partyOrganisation).toBe("Đảng bộ phường Phú Hòa");

    // Mai's cell has a place of its own: only Lan's takes the committee's.
    const place = await edit(/Địa danh/, "Phú Hòa");
    expect(place).toContain("Đã lưu. 1/2 chi bộ thuộc");
    expect(place).toMatch(/^Địa danh ở dòng ngày tháng: Phú Hòa$/m);
    expect(committee(committeeId).place).toBe("Phú Hòa");
    // The cells' own values are untouched.
    expect(cellNamed("Chi bộ Khu phố 1").place).toBeNull();
    expect(cellNamed("Chi bộ Khu phố 2").place).toBe("Thủ Dầu Một");
  });

  it("reaches a cell with none of its own: in /caidat and in the registration report", async () => {
    await twoCells();
    await edit(/Đảng bộ ở đầu/, "Đảng bộ phường Phú Hòa");
    await edit(/Địa danh/, "Phú Hòa");

    const settings = texts(await h.say("Lan", "private", "/caidat"));
    expect(settings).toContain(`Đảng bộ ở đầu văn bản: Đảng bộ phường Phú Hòa (theo ${COMMITTEE})`);
    expect(settings).toContain(`Địa danh ở dòng ngày tháng: Phú Hòa (theo ${COMMITTEE})`);
    const report = await registration("Lan");
    expect(letterheadLines(report)).toEqual([
      "ĐẢNG BỘ PHƯỜNG PHÚ HÒA",
      "CHI BỘ KHU PHỐ 1",
      "*",
      "Số ……-BC/CB",
    ]);
    expect(report.paragraphs).toContain("Phú Hòa, ngày 10 tháng 3 năm 2024");

    // A cell's own place stays first.
    expect(texts(await h.say("Mai", "private", "/caidat"))).toMatch(
      /^Địa danh ở dòng ngày tháng: Thủ Dầu Một$/m,
    );
    const own = await registration("Mai");
    expect(letterheadLines(own)[0]).toBe("ĐẢNG BỘ PHƯỜNG PHÚ HÒA");
    expect(own.paragraphs).toContain("Thủ Dầu Một, ngày 10 tháng 3 năm 2024");
  });

  it("takes a line back: the cells go back to the dotted line", async () => {
    await twoCells();
    expect((await openLine(/Địa danh/))[0]?.choices).toEqual([]);
    await h.say("Ánh", "private", "Phú Hòa");

    await openLine(/Địa danh/);
    const cleared = texts(await h.press("Ánh", "private", /Xóa giá trị đảng ủy/));
    expect(cleared).toContain(
      `Đã xóa giá trị đảng ủy đã đặt. 1/2 chi bộ thuộc ${COMMITTEE} chưa đặt giá trị riêng`,
    );
    expect(cleared).toContain("Địa danh ở dòng ngày tháng: chưa đặt");
    expect(committee(committeeId).place).toBeNull();
    expect(texts(await h.say("Lan", "private", "/caidat"))).toContain(
      "Địa danh ở dòng ngày tháng: chưa đặt",
    );
    const report = await registration("Lan");
    expect(report.paragraphs).toContain("……………, ngày 10 tháng 3 năm 2024");
  });

  it("takes back only the line whose question is open", async () => {
    await edit(/Địa danh/, "Phú Hòa");
    const [asked] = await openLine(/Địa danh/);
    const stale = asked?.choices[0]?.value ?? "";
    await h.say("Ánh", "private", "/huy");
    await openLine(/Đảng bộ ở đầu/);
    // The old message's button, pressed while another question is open.
    expect(texts(await h.sendChoiceValue("Ánh", "private", stale))).toContain("Lựa chọn này đã cũ");
    expect(committee(committeeId).place).toBe("Phú Hòa");
  });

  it("says when the committee has no cell yet", async () => {
    expect(await edit(/Đảng bộ ở đầu/, "Đảng bộ phường Phú Hòa")).toContain(
      `Đã lưu. ${COMMITTEE} chưa có chi bộ nào; chi bộ gắn vào sau sẽ in giá trị này`,
    );
  });

  it("stores what was typed as one composed line, whatever the keyboard sent", async () => {
    const decomposed = "Đảng bộ phường Phú Hòa".normalize("NFD");
    await edit(/Đảng bộ ở đầu/, `  ${decomposed}\n`);
    expect(committee(committeeId).partyOrganisation).toBe("Đảng bộ phường Phú Hòa");
    // The broken-font "ƣ" of text pasted from a PDF.
    await edit(/Địa danh/, "Phƣờng 1");
    expect(committee(committeeId).place).toBe("Phường 1");
  });

  it("shows markup as typed, on Telegram too", async () => {
    await openLine(/Đảng bộ ở đầu/);
    const said = await h.say("Ánh", "private", "Đảng bộ <b>&amp;</b> <&>");
    expect(committee(committeeId).partyOrganisation).toBe("Đảng bộ <b>&amp;</b> <&>");
    const shown = said.find((s) => s.text.includes("Đảng bộ ở đầu văn bản:"));
    if (!shown) throw new Error(`not shown: ${texts(said)}`);
    const html = renderReply(shown.reply, h.app.translator, 4096, telegramHtml).chunks.join("");
    expect(html).toContain("Đảng bộ &lt;b&gt;&amp;amp;&lt;/b&gt; &lt;&amp;&gt;");
  });

  it.each([
    [
      "2,000 characters",
      /Đảng bộ ở đầu/,
      "x".repeat(2000),
      `dài 2.000 ký tự, quá ${MAX_PARTY_ORGANISATION_LENGTH}`,
    ],
    ["a place too long", /Địa danh/, "Phú Hòa ".repeat(250), `quá ${MAX_PLACE_LENGTH} ký tự`],
    ["spaces alone", /Địa danh/, "   ", "Chưa thấy chữ nào"],
    ["markup alone", /Đảng bộ ở đầu/, "<&>", "Chưa thấy chữ nào"],
    ["signs alone", /Địa danh/, "…!!!", "Chưa thấy chữ nào"],
  ])("refuses %s with a clear answer, saving nothing", async (_, label, answer, said) => {
    await openLine(label);
    const before = h.snapshot();
    expect(texts(await h.say("Ánh", "private", answer))).toContain(said);
    expect(h.snapshot()).toBe(before);
    // Still asked: the right answer next is taken.
    expect(texts(await h.say("Ánh", "private", "Phú Hòa"))).toContain("Đã lưu");
  });

  it("/huy leaves the question without saving anything", async () => {
    await openLine(/Địa danh/);
    expect(texts(await h.say("Ánh", "private", "/huy"))).toContain("Đã hủy");
    expect(texts(await h.say("Ánh", "private", "Phú Hòa"))).not.toContain("Đã lưu");
    expect(committee(committeeId).place).toBeNull();
  });

  it("changes only the officer's own committee", async () => {
    const otherId = newCommittee(h, OTHER);
    await officer("Bảo", otherId);
    await documents("Bảo");
    await h.press("Bảo", "private", /Địa danh/);
    await h.say("Bảo", "private", "Tân Định");
    expect(committee(otherId).place).toBe("Tân Định");
    expect(committee(committeeId).place).toBeNull();
  });

  it("is refused to a cell's secretary or member who is no officer", async () => {
    await twoCells();
    const before = h.snapshot();
    for (const who of ["Lan", "Hùng"]) {
      expect(texts(await h.say(who, "private", "/tonghop"))).toContain(
        "Lệnh này dành cho cán bộ đảng ủy",
      );
      // What a tampered client could send: the menu's choices were never shown to them.
      for (const value of ["tonghop:documents", "tonghop:edit-place", "tonghop:clear-place"]) {
        expect(texts(await h.sendChoiceValue(who, "private", value))).toContain(
          "Lệnh này dành cho cán bộ đảng ủy",
        );
      }
    }
    expect(h.snapshot()).toBe(before);
  });

  it("is private: the officer's choice pressed in a group is refused there", async () => {
    await twoCells();
    // The value of a private menu's button, sent from a group: no button shows it there.
    const refused = texts(await h.sendChoiceValue("Ánh", "group:1", "tonghop:edit-place"));
    expect(refused).toContain("chỉ dùng trong chat riêng");
    expect(h.app.services.conversations.dialog("console:group:1", "console:Ánh")).toBeUndefined();
  });
});

describe("/tonghop's document lines where choices are numbered", () => {
  /** A message as Zalo or the console shows it: its text, then its numbered choices. */
  const screen = (said: Said) =>
    [said.text, ...numberedChoices({ chunks: [], choices: said.choices }, h.app.translator)].join(
      "\n",
    );

  it("fits every message on one screen, the longest values set, without button words", async () => {
    h = new Harness({ hasButtons: false });
    const committeeId = newCommittee(h, COMMITTEE);
    await officer("Ánh", committeeId);
    const longest = "Đảng bộ Khối các cơ quan ".repeat(5).slice(0, MAX_PARTY_ORGANISATION_LENGTH);
    const shown = [
      ...(await openLine(/Đảng bộ ở đầu/)),
      ...(await h.say("Ánh", "private", longest)),
      ...(await openLine(/Địa danh/)),
      ...(await h.say("Ánh", "private", "Phú Hòa ".repeat(5).slice(0, MAX_PLACE_LENGTH))),
      ...(await openLine(/Đảng bộ ở đầu/)),
    ];
    expect(committee(committeeId).partyOrganisation).toBe(longest.trim());
    for (const said of shown) {
      expect(fitsOneScreen(screen(said)), screen(said)).toBe(true);
      expect(said.text).not.toMatch(/bấm|nút/);
    }
    // The number beside "Xóa" takes the line back.
    expect(texts(await h.press("Ánh", "private", /Xóa giá trị đảng ủy/))).toContain("Đã xóa");
    expect(committee(committeeId).partyOrganisation).toBeNull();
  });
});
