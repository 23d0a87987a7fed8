import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  MAX_PARTY_ORGANISATION_LENGTH,
  MAX_PLACE_LENGTH,
} from "../../src/domain/document-settings.js";
import { fitsOneScreen } from "../../src/domain/one-screen.js";
import { numberedChoices } from "../../src/platforms/render-reply.js";
import type { Cell } from "../../src/store/cell-store.js";
import { Harness, type Said, texts } from "../support/harness.js";

const COMMITTEE = "Đảng ủy Phường Phú Hòa";

let h: Harness;
afterEach(() => h.close());

function cell(): Cell {
  const [found] = h.app.services.cells.all();
  if (!found) throw new Error("no cell");
  return found;
}

/** The committee's own lines, as its operator set them (there is no chat command for them). */
function committeeDocuments(partyOrganisation: string, place: string): void {
  h.app.database.sqlite
    .prepare("update committees set party_organisation = ?, place = ? where name = ?")
    .run(partyOrganisation, place, COMMITTEE);
}

async function settings(): Promise<string> {
  return texts(await h.say("Lan", "private", "/caidat"));
}

/** Lan opens one of the document settings from /caidat; returns what she is asked. */
async function open(label: RegExp) {
  await h.say("Lan", "private", "/caidat");
  await h.press("Lan", "private", /Sửa mục trong văn bản/);
  return h.press("Lan", "private", label);
}

/** Lan opens one of the document settings and types `answer`. */
async function edit(label: RegExp, answer: string) {
  await open(label);
  return texts(await h.say("Lan", "private", answer));
}

describe("/caidat: what the cell's documents print", () => {
  beforeEach(async () => {
    h = new Harness();
    await h.cellWith(["Hùng"]);
  });

  it("shows each setting and where it comes from: the cell, its committee, or nowhere", async () => {
    const fresh = await settings();
    expect(fresh).toContain("Cấp ủy cấp trên: chưa gắn");
    expect(fresh).toContain("Đảng bộ ở đầu văn bản: chưa đặt");
    expect(fresh).toContain("Địa danh ở dòng ngày tháng: chưa đặt");
    expect(fresh).toContain("Chủ trì họp: chưa đặt");
    expect(fresh).toContain("Thư ký họp: chưa đặt");

    h.app.services.cells.setCommittee(cell().id, COMMITTEE, h.clock.now());
    committeeDocuments("ĐẢNG BỘ PHƯỜNG PHÚ HÒA", "Phú Hòa");
    const inherited = await settings();
    expect(inherited).toContain(`Cấp ủy cấp trên: ${COMMITTEE}`);
    expect(inherited).toContain(
      `Đảng bộ ở đầu văn bản: ĐẢNG BỘ PHƯỜNG PHÚ HÒA (theo ${COMMITTEE})`,
    );
    expect(inherited).toContain(`Địa danh ở dòng ngày tháng: Phú Hòa (theo ${COMMITTEE})`);

    const saved = await edit(/Địa danh/, "Phường Phú Hòa");
    expect(saved).toContain("Đã lưu.");
    expect(saved).toMatch(/^Địa danh ở dòng ngày tháng: Phường Phú Hòa$/m);
    expect(cell().place).toBe("Phường Phú Hòa");
  });

  it("takes back the cell's own value: the committee's applies again", async () => {
    h.app.services.cells.setCommittee(cell().id, COMMITTEE, h.clock.now());
    committeeDocuments("ĐẢNG BỘ PHƯỜNG PHÚ HÒA", "Phú Hòa");
    await edit(/Đảng bộ ở đầu/, "Đảng bộ Khối cơ quan");
    expect(cell().partyOrganisation).toBe("Đảng bộ Khối cơ quan");

    await open(/Đảng bộ ở đầu/);
    const cleared = texts(await h.press("Lan", "private", /Xóa giá trị/));
    expect(cleared).toContain("Đã xóa giá trị chi bộ đã đặt");
    expect(cleared).toContain(`Đảng bộ ở đầu văn bản: ĐẢNG BỘ PHƯỜNG PHÚ HÒA (theo ${COMMITTEE})`);
    expect(cell().partyOrganisation).toBeNull();
  });

  it("offers no way to take back a value the cell has not set", async () => {
    const asked = await open(/Địa danh/);
    expect(asked[0]?.choices).toEqual([]);
  });

  it("stores what was typed as one composed line, whatever the keyboard sent", async () => {
    const decomposed = "Đảng bộ phường Phú Hòa".normalize("NFD");
    await edit(/Đảng bộ ở đầu/, `  ${decomposed}\n`);
    expect(cell().partyOrganisation).toBe("Đảng bộ phường Phú Hòa");
    // The broken-font "ƣ" of text pasted from a PDF.
    await edit(/Địa danh/, "Phƣờng 1");
    expect(cell().place).toBe("Phường 1");
  });

  it.each([
    [
      "2,000 characters",
      /Đảng bộ ở đầu/,
      "x".repeat(2000),
      `dài 2.000 ký tự, quá ${MAX_PARTY_ORGANISATION_LENGTH}`,
    ],
    ["a place too long", /Địa danh/, "Phú Hòa ".repeat(250), `quá ${MAX_PLACE_LENGTH} ký tự`],
    ["markup alone", /Địa danh/, "<&>", "Chưa thấy chữ nào"],
    ["signs alone", /Địa danh/, "…!!!", "Chưa thấy chữ nào"],
    ["a name of 2,000 letters", /Chủ trì/, "a".repeat(2000), "Họ tên dài quá 80 ký tự"],
    ["markup for a name", /Thư ký/, "<&>", "Chưa thấy họ tên"],
    ["a name with markup", /Thư ký/, "Lan <b>1</b>", "Họ tên chỉ gồm chữ cái"],
  ])("refuses %s with a clear answer, saving nothing", async (_, label, answer, said) => {
    await open(label);
    const before = h.snapshot();
    const refused = texts(await h.say("Lan", "private", answer));
    expect(refused).toContain(said);
    expect(h.snapshot()).toBe(before);
    // Still asked: the right answer next is taken.
    expect(texts(await h.say("Lan", "private", "Phú Hòa"))).toContain("Đã lưu");
  });

  it("/huy leaves the question without saving anything", async () => {
    await open(/Địa danh/);
    expect(texts(await h.say("Lan", "private", "/huy"))).toContain("Đã hủy");
    expect(texts(await h.say("Lan", "private", "Phú Hòa"))).not.toContain("Đã lưu");
    expect(cell().place).toBeNull();
  });

  it("completes a chair's name from the roster, and asks which one when two share it", async () => {
    const { members } = h.app.services;
    for (const fullName of ["Nguyễn Văn Bình", "Trần Văn Bình"]) {
      members.create({
        cellId: cell().id,
        fullName,
        role: "member",
        roster: "active",
        personId: `console:${fullName}`,
        displayName: fullName,
        now: h.clock.now(),
      });
    }
    expect(await edit(/Thư ký/, "hùng")).toMatch(/^Thư ký họp: Hùng$/m);
    expect(cell().defaultMinuteTaker).toBe("Hùng");

    const asked = await edit(/Chủ trì/, "binh");
    expect(asked).toContain("nhiều đồng chí trùng tên");
    const picked = texts(await h.press("Lan", "private", "Trần Văn Bình"));
    expect(picked).toContain("Chủ trì họp: Trần Văn Bình");
    expect(cell().defaultChair).toBe("Trần Văn Bình");
  });

  it("takes a chair from outside the cell as typed, saying so", async () => {
    const saved = await edit(/Chủ trì/, "lê thị mai");
    expect(saved).toContain("Đã lưu Lê Thị Mai. Tên này không có trong danh sách chi bộ");
    expect(cell().defaultChair).toBe("Lê Thị Mai");
  });

  it("is only for the secretary and the deputy", async () => {
    expect(texts(await h.say("Hùng", "private", "/caidat"))).toContain("Chỉ bí thư và phó bí thư");
  });

  it("keeps the toggles as they were", async () => {
    await h.say("Lan", "private", "/caidat");
    const toggled = texts(await h.press("Lan", "private", /nghỉ hưu/));
    expect(toggled).toContain("Đảng viên nghỉ hưu đăng ký kế hoạch: Tắt");
    expect(cell().retiredRegister).toBe(false);
  });
});

describe("/caidat where choices are numbered", () => {
  /** A message as Zalo or the console shows it: its text, then its numbered choices. */
  const screen = (said: Said) =>
    [said.text, ...numberedChoices({ chunks: [], choices: said.choices }, h.app.translator)].join(
      "\n",
    );

  it("fits every message on one screen, the longest values set and a line saved above", async () => {
    h = new Harness({ hasButtons: false });
    await h.cellWith(["Hùng"]);
    h.app.services.cells.setCommittee(cell().id, COMMITTEE, h.clock.now());
    const longest = "Đảng bộ Khối các cơ quan ".repeat(4).slice(0, MAX_PARTY_ORGANISATION_LENGTH);
    await edit(/Đảng bộ ở đầu/, longest);
    await edit(/Địa danh/, "Phú Hòa ".repeat(5).slice(0, MAX_PLACE_LENGTH));
    await edit(/Chủ trì/, "Nguyễn Thị Phương Thanh");
    const shown = [
      ...(await open(/Thư ký/)),
      ...(await h.say("Lan", "private", "Trần Văn Hoàng Long")),
      ...(await h.say("Lan", "private", "/caidat")),
      ...(await h.press("Lan", "private", /Sửa mục trong văn bản/)),
    ];
    expect(cell().partyOrganisation).toBe(longest.trim());
    for (const said of shown) expect(fitsOneScreen(screen(said)), screen(said)).toBe(true);
  });
});
