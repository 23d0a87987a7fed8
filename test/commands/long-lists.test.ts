import { afterEach, describe, expect, it } from "vitest";
import { Harness, type Said } from "../support/harness.js";

/**
 * The roster (/thanhvien) and the check-in sheet (/diemdanh) of a cell of 30, a page at a time:
 * every member on exactly one page, "Xem tiếp" to the next and back to the first from the last,
 * and after a mark the page where that member is.
 */

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"];
const GIVEN = ["An", "Bình", "Cúc", "Dũng", "Hà"];
/** Lan, the secretary, and 29 members. */
const MEMBERS = Array.from(
  { length: 29 },
  (_, i) => `${FAMILY[i % FAMILY.length]} Văn ${GIVEN[Math.floor(i / FAMILY.length)]}`,
);

let h: Harness;
afterEach(() => h?.close());

async function cell(hasButtons = true): Promise<number> {
  // Friday 15/03/2024, 19:30 in Vietnam.
  h = new Harness({ now: "2024-03-10T02:00:00Z", hasButtons });
  await h.cellWith(MEMBERS);
  const { cells, members, meetings } = h.app.services;
  const cellId = cells.all()[0]?.id ?? 0;
  const lan = members.byPerson("console:Lan");
  if (!lan) throw new Error("no secretary");
  const meeting = meetings.create(
    {
      cellId,
      kind: "regular",
      startsAt: new Date("2024-03-15T12:30:00Z"),
      endsAt: new Date("2024-03-15T14:30:00Z"),
      place: "Nhà văn hóa",
      topic: "",
      createdBy: lan.id,
    },
    h.clock.now(),
  );
  return meeting.id;
}

function only(said: Said[]): Said {
  const mine = said.filter((s) => s.chatId === "console:Lan");
  expect(mine).toHaveLength(1);
  return mine[0] as Said;
}

/** Every page from the first, by "Xem tiếp", until the choice goes back to the first page. */
async function everyPage(first: Said): Promise<Said[]> {
  const pages = [first];
  for (;;) {
    const last = pages.at(-1) as Said;
    const next = last.choices.find((c) => c.label.startsWith("➡️ Xem tiếp"));
    if (!next) {
      expect(last.choices.at(-1)?.label).toBe("⏮ Về trang đầu");
      return pages;
    }
    expect(next.label).toBe(`➡️ Xem tiếp (trang ${pages.length + 1}/4)`);
    pages.push(only(await h.press("Lan", "private", next.label)));
  }
}

const names = (page: Said, marks: string) =>
  page.choices.filter((c) => marks.includes(c.label.slice(0, 1))).map((c) => c.label.slice(2));

describe("the roster a page at a time", () => {
  it("shows all 30 members over 4 pages, each once, and goes back to the first", async () => {
    await cell();
    const first = only(await h.say("Lan", "private", "/thanhvien"));
    expect(first.text).toContain("Chi bộ Khu phố 1: 30 người trong danh sách.");
    expect(first.text).toContain("(trang 1/4)");
    const pages = await everyPage(first);
    expect(pages).toHaveLength(4);
    const shown = pages.flatMap((page) =>
      page.choices.filter((c) => c.value.startsWith("thanhvien:m:")).map((c) => c.label),
    );
    expect(shown).toHaveLength(30);
    expect(new Set(shown).size).toBe(30);
    expect(shown).toContain("Vũ Văn Cúc — đảng viên, chính thức");
    expect(pages.map((page) => page.choices.length)).toEqual([9, 9, 9, 7]);

    expect(pages[3]?.choices.at(-1)?.label).toBe("⏮ Về trang đầu");
    expect(only(await h.press("Lan", "private", "⏮ Về trang đầu")).choices).toEqual(first.choices);
    // A member chosen from a later page opens as before.
    const picked = pages[2]?.choices[0];
    const member = only(await h.press("Lan", "private", picked?.label ?? ""));
    expect(member.text).toContain(picked?.label.split(" — ")[0]);
  });
});

describe("the check-in sheet a page at a time", () => {
  it("shows each member once over 4 pages, the close on each, and reasons on their page", async () => {
    const meetingId = await cell();
    h.clock.set("2024-03-15T12:40:00Z");
    const [saved, reason = saved] = await h.say(
      "Lan",
      "private",
      "/diemdanh vắng Vũ Văn Dũng: đi viện",
    );
    expect(saved?.text).toBe("Đã ghi Vũ Văn Dũng vắng có lý do: đi viện.");
    if (!reason) throw new Error("no sheet");
    // The page shown is the one with Vũ Văn Dũng, the last in the alphabet but one.
    expect(reason.text).toContain("(trang 4/4)");
    expect(reason.text).toContain("Vắng có lý do: Vũ Văn Dũng (đi viện).");
    expect(names(reason, "⬜")).toContain("Vũ Văn Dũng");

    const first = only(await h.say("Lan", "private", "/diemdanh"));
    expect(first.text).toContain("Điểm danh buổi sinh hoạt định kỳ 15/03 (trang 1/4)");
    expect(first.text).toContain("Có mặt: 0/30. Báo vắng có lý do: 1. Chưa điểm danh: 29.");
    expect(first.text).not.toContain("đi viện");
    const pages = await everyPage(first);
    const shown = pages.flatMap((page) => names(page, "⬜✅"));
    expect(shown).toHaveLength(30);
    expect(new Set(shown).size).toBe(30);
    for (const page of pages) {
      expect(page.choices.filter((c) => c.value === `diemdanh:close-${meetingId}`)).toHaveLength(1);
    }

    // A mark on the third page shows the third page again, the member checked.
    const third = pages[2] as Said;
    const mark = third.choices[1];
    const marked = only(await h.press("Lan", "private", mark?.label ?? ""));
    expect(marked.text).toContain("(trang 3/4)");
    expect(marked.text).toContain("Có mặt: 1/30.");
    expect(marked.choices.find((c) => c.value === mark?.value)?.label).toBe(
      `✅ ${mark?.label.slice(2)}`,
    );
  });

  it("without buttons, after a mark shows the page of those still absent around that member", async () => {
    await cell(false);
    h.clock.set("2024-03-15T12:40:00Z");
    const pages = await everyPage(only(await h.say("Lan", "private", "/diemdanh")));
    const mark = pages[3]?.choices[0];
    const marked = only(await h.press("Lan", "private", mark?.label ?? ""));
    expect(marked.text).toContain(`✅ ${mark?.label.slice(2)}: đã ghi có mặt.`);
    expect(marked.text).toContain("Có mặt: 1/30. Báo vắng có lý do: 0. Chưa điểm danh: 29.");
    expect(marked.text).toContain("Còn vắng");
    expect(marked.text).toContain("(trang 4/4)");
    expect(names(marked, "✅")).toEqual([]);
    expect(names(marked, "⬜")).not.toContain(mark?.label.slice(2));

    // Every page of those still absent: 29 names, each once.
    const absent = await everyPage(only(await h.press("Lan", "private", "⏮ Về trang đầu")));
    const shown = absent.flatMap((page) => names(page, "⬜"));
    expect(shown).toHaveLength(29);
    expect(new Set(shown).size).toBe(29);
    expect(absent[0]?.text).not.toContain("đã ghi");
  });

  it("refuses a page of the sheet to a member who is not on the committee", async () => {
    const meetingId = await cell();
    h.clock.set("2024-03-15T12:40:00Z");
    // No button shows a member this page: only a forged value asks for it.
    const said = await h.sendChoiceValue(
      MEMBERS[0] ?? "",
      "private",
      `diemdanh:sheet-${meetingId}-1`,
    );
    expect(said.map((s) => s.text).join("\n")).toContain("Chỉ bí thư và phó bí thư");
  });
});
