import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { answerChoices } from "../../src/meetings/meeting-texts.js";
import { voteChoices } from "../../src/meetings/polls.js";
import { bophieuChoices, lichhopChoices } from "../../src/messages/choice-values.js";
import type { Poll } from "../../src/store/poll-store.js";
import { Harness, texts } from "../support/harness.js";

/** What a command's choices read a value as, as the router asks it. */
function read(value: string): unknown {
  const name = value.slice(0, value.indexOf(":"));
  const command = commands.find((c) => c.name === name);
  if (!command?.choices) throw new Error(`${name} has no choices`);
  return command.choices.decode(value);
}

/**
 * Values as they were written before the codecs: buttons already posted in chats and numbered
 * lists stored in the database carry them, and must still mean the same.
 */
const POSTED: [string, object][] = [
  ["dongy:yes", { action: "yes" }],
  ["dongy:no", { action: "no" }],
  ["hop:new", { action: "new" }],
  ["hop:edit-12", { action: "edit", meeting: 12 }],
  ["hop:cancel-12", { action: "cancel", meeting: 12 }],
  ["hop:cancelyes-12", { action: "cancelConfirmed", meeting: 12 }],
  ["hop:keep", { action: "keep" }],
  ["hop:kind-regular", { action: "kind", kind: "regular" }],
  ["hop:kind-thematic", { action: "kind", kind: "thematic" }],
  ["hop:topic", { action: "topic" }],
  ["hop:change-time", { action: "change", field: "time" }],
  ["hop:change-place", { action: "change", field: "place" }],
  ["hop:abort", { action: "abort" }],
  ["hop:confirm", { action: "confirm" }],
  ["help:all-1", { action: "all", page: 1 }],
  ["baocao:menu", { action: "menu" }],
  ["baocao:missing-1", { action: "missing", page: 1 }],
  ["baocao:plans-0", { action: "plans", page: 0 }],
  ["baocao:plan-12-2", { action: "plan", member: 12, page: 2 }],
  ["baocao:meetings-0", { action: "meetings", page: 0 }],
  ["baocao:meeting-12-1", { action: "meeting", meeting: 12, page: 1 }],
  ["baocao:members-3", { action: "members", page: 3 }],
  ["baocao:polls-0", { action: "polls", page: 0 }],
  ["baocao:reach-0", { action: "reach", page: 0 }],
  ["duyet:ok:12", { action: "approve", member: 12 }],
  ["duyet:no:12", { action: "reject", member: 12 }],
  ["thanhvien:m:12", { action: "show", member: 12 }],
  ["thanhvien:r:12:secretary", { action: "role", member: 12, role: "secretary" }],
  ["thanhvien:s:12:transferred", { action: "status", member: 12, status: "transferred" }],
  ["thanhvien:h:12", { action: "handOver", member: 12 }],
  ["thanhvien:x:12", { action: "keepRole", member: 12 }],
  ["thanhvien:paper", { action: "paperYes" }],
  ["thanhvien:nopaper", { action: "paperNo" }],
  ["thamgia:yes-12", { action: "yes", ask: 12 }],
  ["thamgia:no-12", { action: "no", ask: 12 }],
  // Issue 19 (a member's own data).
  ["dulieu:export", { action: "export" }],
  ["dulieu:withdraw", { action: "withdraw" }],
  ["dulieu:withdraw-yes", { action: "withdrawYes" }],
  ["dulieu:correct", { action: "correct" }],
  ["dulieu:erase", { action: "erase" }],
  ["dulieu:erase-yes", { action: "eraseYes" }],
  ["thanhvien:gone:12:moved", { action: "leftCell", member: 12 }],
  ["thanhvien:gone:12:stays", { action: "leftChatOnly", member: 12 }],
  ["xuatbaocao:registration", { action: "file", file: "registration" }],
  ["xuatbaocao:charts", { action: "file", file: "charts" }],
  ["xuatbaocao:all", { action: "all" }],
  // The second half of the year's commands were written with their codecs; one value each
  // holds what is posted from now on.
  ["tiendo:s-follow-underway", { action: "status", part: "follow", status: "underway" }],
  ["ketqua:l-good", { action: "level", level: "good" }],
  ["danhgia:a:2024:12:excellent", { action: "agree", year: 2024, member: 12, level: "excellent" }],
  ["mohinh:change-byDay", { action: "change", field: "byDay" }],
  ["bieuduong:vote-7-0", { action: "vote", nomination: 7, page: 0 }],
  ["bophieu:3", { action: "ballot", poll: 3 }],
  ["bophieu:3-1", { action: "vote", poll: 3, option: 1 }],
  ["diemdanh:here-5", { action: "here", meeting: 5 }],
  ["diemdanh:m-5-7", { action: "mark", meeting: 5, member: 7 }],
  ["diemdanh:close-5", { action: "close", meeting: 5 }],
  ["lichhop:yes-5", { action: "yes", meeting: 5 }],
  ["lichhop:no-5", { action: "no", meeting: 5 }],
  ["binhchon:new", { action: "new" }],
  ["binhchon:close-12", { action: "close", poll: 12 }],
  ["binhchon:abort", { action: "abort" }],
  ["binhchon:send-anonymous", { action: "sendAnonymous" }],
  ["binhchon:send-named", { action: "sendNamed" }],
  ["dangky:confirm", { action: "confirm" }],
  ["dangky:edit-follow", { action: "edit", part: "follow" }],
  ["dangky:keep", { action: "keep" }],
  ["dangky:cancel", { action: "cancel" }],
  ["huy:resume", { action: "resume" }],
  ["huy:switch-dangky", { action: "switch", command: "dangky" }],
  ["caidat:autoApprove", { action: "toggle", setting: "autoApprove" }],
  ["caidat:retiredRegister", { action: "toggle", setting: "retiredRegister" }],
  ["tonghop:docx", { action: "file", format: "docx" }],
  ["tonghop:xlsx", { action: "file", format: "xlsx" }],
  ["tonghop:invite", { action: "invite" }],
  ["tonghop:cellcode", { action: "cellCode" }],
  ["caidat:edit-place", { action: "edit", field: "place" }],
  ["caidat:committee", { action: "committee" }],
  ["caidat:pick-7", { action: "pick", member: 7 }],
  ["thanhvien:c:12", { action: "claimCode", member: 12 }],
  ["thanhvien:delok:12", { action: "removeYes", member: 12 }],
  ["kehoach:year-2025", { action: "year", year: 2025 }],
  ["kehoach:shipped-1", { action: "shipped", index: 1 }],
  ["kehoach:confirm", { action: "confirm" }],
  ["kehoach:cancel", { action: "cancel" }],
  ["nhapdanhsach:save:3", { action: "save", preview: 3 }],
  ["nhapdanhsach:rows:3:2", { action: "rows", preview: 3, page: 2 }],
  ["nhapdanhsach:cancel:3", { action: "cancel", preview: 3 }],
  // Issue 18 (monthly meetings, their materials, the ledger): one value of each new action.
  ["hop:kind-combined", { action: "kind", kind: "combined" }],
  ["hop:change-rule", { action: "change", field: "rule" }],
  ["hop:remote-yes", { action: "remote", allowed: "yes" }],
  ["hop:monthly", { action: "monthly" }],
  ["hop:fields", { action: "fields" }],
  ["hop:seriesnew", { action: "seriesNew" }],
  ["hop:shift-before", { action: "holiday", shift: "before" }],
  ["hop:seriescancel-4", { action: "seriesCancel", series: 4 }],
  ["hop:seriescancelyes-4", { action: "seriesCancelConfirmed", series: 4 }],
  ["hop:serieskeep", { action: "seriesKeep" }],
  ["tailieu:pick:5:1779000000000", { action: "pick", meeting: 5, stamp: 1779000000000 }],
  ["tailieu:agenda:1779000000000", { action: "keepAgenda", stamp: 1779000000000 }],
  ["tailieu:nofile:1779000000000", { action: "noFile", stamp: 1779000000000 }],
  ["tailieu:keepfile:1779000000000", { action: "keepFile", stamp: 1779000000000 }],
  ["tailieu:edit:1779000000000", { action: "edit", stamp: 1779000000000 }],
  ["tailieu:save:1779000000000", { action: "save", stamp: 1779000000000 }],
  ["tailieu:cancel:1779000000000", { action: "cancel", stamp: 1779000000000 }],
  ["xuatbaocao:ledger", { action: "file", file: "ledger" }],
  ["xuatbaocao:meetings-0", { action: "meetings", page: 0 }],
  ["xuatbaocao:meeting-12", { action: "meeting", meeting: 12 }],
  ["caidat:meetings", { action: "meetings" }],
  ["caidat:meeting-meetingMinutes", { action: "meeting", setting: "meetingMinutes" }],
];

describe("the choices of every command", () => {
  it("read the values already posted and stored as they meant", () => {
    for (const [value, meant] of POSTED) expect(read(value), value).toEqual(meant);
  });

  it("are declared by every command that takes a choice", () => {
    const choosing = commands.filter((command) => command.choose);
    expect(choosing.filter((command) => !command.choices).map((c) => c.name)).toEqual([]);
    expect(new Set(POSTED.map(([value]) => value.split(":")[0]))).toEqual(
      new Set(choosing.map((command) => command.name)),
    );
  });

  it("read the buttons other layers build: a meeting's answers, a poll's options", () => {
    const [yes, no] = answerChoices(42).map((c) => lichhopChoices.decode(c.value));
    expect([yes, no]).toEqual([
      { action: "yes", meeting: 42 },
      { action: "no", meeting: 42 },
    ]);
    const poll = { id: 9, options: ["Có", "Không", "Chưa rõ"] } as unknown as Poll;
    expect(voteChoices(poll).map((c) => bophieuChoices.decode(c.value))).toEqual([
      { action: "vote", poll: 9, option: 0 },
      { action: "vote", poll: 9, option: 1 },
      { action: "vote", poll: 9, option: 2 },
    ]);
  });
});

describe("a choice its command cannot read", () => {
  it("is answered as expired in private, and as private-only in a group", async () => {
    const h = new Harness();
    try {
      await h.cellWith(["Hùng"]);
      const before = h.snapshot();
      for (const value of ["thanhvien:r:1:president", "hop:edit-01", "duyet:ok:", "caidat:x"]) {
        expect(texts(await h.sendChoiceValue("Lan", "private", value)), value).toContain(
          "Lựa chọn này đã cũ",
        );
        expect(texts(await h.sendChoiceValue("Lan", "group:1", value)), value).toContain(
          "chỉ dùng trong chat riêng",
        );
      }
      // A choice the group may answer, but unreadable: expired there too.
      expect(texts(await h.sendChoiceValue("Hùng", "group:1", "bophieu:1-x"))).toContain(
        "Lựa chọn này đã cũ",
      );
      expect(h.snapshot()).toBe(before);
    } finally {
      h.close();
    }
  });
});
