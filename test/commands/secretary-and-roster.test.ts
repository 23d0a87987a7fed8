import { afterEach, describe, expect, it } from "vitest";
import { Harness, texts } from "../support/harness.js";

let harness: Harness;
afterEach(() => harness?.close());

describe("what the secretary is shown and asked", () => {
  it("invites the new secretary to the private chat where join requests arrive", async () => {
    harness = new Harness();
    harness.admins.add("console:Lan");
    const linked = await harness.say("Lan", "group:1", "/khoitao Chi bộ 1");
    expect(linked[0]?.privateLink).toBe("duyet");
    await harness.join("Hùng", "Trần Văn Hùng", "group:1");
    expect(texts(await harness.say("Lan", "private", "/help"))).toContain(
      "chờ duyệt vào chi bộ: gõ /duyet",
    );
  });

  it("tells the managers when a member changes their own name", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    const renamed = await harness.join("Hùng", "Nguyễn Thị Lan", "group:1");
    const notice = renamed.find((s) => s.chatId === "console:Lan");
    expect(notice?.text).toContain("Hùng đã tự sửa họ tên thành Nguyễn Thị Lan");
  });

  it("lists /khoitao in a group not linked yet, and not what cannot work there", async () => {
    harness = new Harness();
    const help = texts(await harness.say("Hùng", "group:1", "/help"));
    expect(help).toContain("/khoitao");
    expect(help).not.toContain("/thamgia —");
    expect(help).not.toContain("/dangky");
  });

  it("the group report comes with the way to the details in private", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    const report = await harness.say("Lan", "group:1", "/baocao");
    expect(report[0]?.privateLink).toBe("baocao");
  });
});

describe("the roster keeps its history straight", () => {
  it("an entry left behind by a move comes back only as a name, without the account that moved", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    harness.admins.add("console:Minh");
    await harness.say("Minh", "group:2", "/khoitao Chi bộ 2");
    await harness.say("Lan", "private", "/thanhvien");
    await harness.press("Lan", "private", /^Hùng — /);
    await harness.press("Lan", "private", "Tình trạng: chuyển đi");
    // Hùng's entry opened again before he joins the other cell: its buttons outlive the entry.
    await harness.say("Lan", "private", "/thanhvien");
    await harness.press("Lan", "private", /^Hùng — /);
    await harness.join("Hùng", "Trần Văn Hùng", "group:2");
    const { members } = harness.app.services;
    const hung = members.byPerson("console:Hùng");
    await harness.press("Lan", "private", "Tình trạng: chính thức");
    // The move took his accounts off the old entry: his account stays with the new cell.
    expect(members.byPerson("console:Hùng")).toEqual(hung);
    expect(hung?.cell.name).toBe("Chi bộ 2");
    expect(texts(await harness.say("Hùng", "private", "/camket"))).not.toContain("Chi bộ 1");
  });

  it("refusals leave every table as it was", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    const before = harness.snapshot();
    await harness.say("Lạ", "private", "/dangky");
    await harness.say("Lạ", "group:1", "/baocao");
    await harness.say("Hùng", "group:1", "/baocao");
    await harness.say("Hùng", "private", "/duyet");
    await harness.join("Hùng", "Trần Văn Hùng", "group:9");
    await harness.deliver("Ẩn", "group:1", { type: "anonymous" });
    await harness.deliver("Hùng", "private", { type: "edited" });
    expect(harness.snapshot()).toBe(before);
  });
});

describe("editing a saved plan", () => {
  async function registered(h: Harness) {
    await h.cellWith(["Hùng"]);
    await h.say("Hùng", "private", "/dangky");
    await h.say("Hùng", "private", "Học chuyên đề năm, ghi chép đầy đủ");
    await h.say("Hùng", "private", "Giải quyết hồ sơ đúng hạn");
    await h.say("Hùng", "private", "Giữ gìn gia đình văn hóa");
    await h.press("Hùng", "private", "✅ Lưu");
  }

  it("saving with nothing changed keeps one version; cancelling keeps the saved plan", async () => {
    harness = new Harness();
    await registered(harness);
    await harness.say("Hùng", "private", "/dangky");
    expect(texts(await harness.press("Hùng", "private", "✅ Lưu"))).toContain("không thay đổi");
    await harness.say("Hùng", "private", "/dangky");
    expect(texts(await harness.press("Hùng", "private", "Hủy"))).toContain("vẫn giữ nguyên");
    const member = harness.app.services.members.byPerson("console:Hùng");
    expect(harness.app.services.commitments.of(member?.id ?? 0, 2024)?.revision).toBe(1);
  });

  it("a pile of accent marks is not stored", async () => {
    harness = new Harness();
    await harness.cellWith(["Hùng"]);
    await harness.say("Hùng", "private", "/dangky");
    // The marks fold into one letter, which, a word alone, is asked about before it is kept.
    const check = await harness.say("Hùng", "private", `a${"\u0301".repeat(9999)}`);
    expect(check[0]?.text).toContain(
      "chibo sẽ ghi phần này là: á. Đồng chí muốn ghi đúng như vậy?",
    );
    const state = harness.app.services.conversations.dialog("console:Hùng", "console:Hùng")?.state;
    expect(state).toEqual({ year: 2024, step: "study", draft: {}, pending: "á" });
    expect(JSON.stringify(state).length).toBeLessThan(200);
  });
});
