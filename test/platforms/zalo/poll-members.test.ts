import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ZaloPerson } from "../../support/fake-zalo-server.js";
import { startZaloRig, type ZaloRig } from "../../support/zalo-rig.js";

const GROUP = "5550001";
const OTHER_GROUP = "5550002";

const lan: ZaloPerson = { id: "101", name: "Lan" };
const hung: ZaloPerson = { id: "102", name: "Trần Văn Hùng" };
const mai: ZaloPerson = { id: "103", name: "Lê Thị Mai" };
const khach: ZaloPerson = { id: "201", name: "Khách" };
const tan: ZaloPerson = { id: "202", name: "Phạm Văn Tân" };
const bay: ZaloPerson = { id: "203", name: "Bảy" };
const quan: ZaloPerson = { id: "204", name: "Quản" };
const OUTSIDERS = [khach, tan, bay, quan];

/**
 * On Zalo, through the real zca-js client and the fake of Zalo's servers, only the cell's members
 * count in its polls: an outsider, an applicant, a member of another cell and a group admin who
 * is not a member vote too. A named poll is Zalo's own, read back with its voters; a secret
 * ballot is cast in private, by number, since a digit typed in the group is read by all.
 */
describe("who counts in a poll on Zalo", () => {
  let rig: ZaloRig;
  let cellId = 0;
  let ballotId = 0;

  beforeAll(async () => {
    // Monday 06/05/2024, 09:00 in Vietnam.
    rig = await startZaloRig("2024-05-06T02:00:00Z");
    rig.zalo.addGroup(GROUP, "Chi bộ KP1", lan, [quan], [hung, mai, khach, tan, bay]);
    rig.zalo.addGroup(OTHER_GROUP, "Chi bộ KP2", bay);
    await rig.say(lan, "/khoitao Chi bộ Khu phố 1", GROUP);
    await rig.say(bay, "/khoitao Chi bộ Khu phố 2", OTHER_GROUP);
    await rig.join(tan, "Phạm Văn Tân", GROUP);
    const { cells, members, meetings } = rig.app.services;
    const cell = cells.all().find((c) => c.name === "Chi bộ Khu phố 1");
    if (!cell) throw new Error("no cell");
    cellId = cell.id;
    for (const person of [hung, mai]) {
      members.create({
        cellId,
        fullName: person.name,
        role: "member",
        roster: "active",
        personId: `zalo:${person.id}`,
        displayName: person.name,
        now: rig.clock.now(),
      });
    }
    expect(members.byPerson(`zalo:${tan.id}`)?.roster).toBe("pending");

    // A meeting that has just ended: it closes, and its poll goes out.
    const secretary = members.byPerson(`zalo:${lan.id}`);
    if (!secretary) throw new Error("no secretary");
    const meeting = meetings.create(
      {
        cellId,
        kind: "regular",
        startsAt: new Date("2024-05-06T02:30:00Z"),
        endsAt: new Date("2024-05-06T04:00:00Z"),
        place: "Hội trường",
        topic: "",
        createdBy: secretary.id,
      },
      rig.clock.now(),
    );
    await at("2024-05-06T04:01:00Z");
    ballotId = rig.app.services.polls.open(cellId).find((p) => p.meetingId === meeting.id)?.id ?? 0;
  });

  afterAll(() => rig?.stop());

  async function at(iso: string): Promise<void> {
    rig.clock.set(iso);
    await rig.beat();
    await rig.settle();
  }
  const texts = (thread: string) => rig.zalo.textsTo(thread);
  const last = (thread: string) => texts(thread).at(-1) ?? "";
  const numberOf = (text: string, label: string): string => {
    const line = text.split("\n").find((l) => /^\s*\d+\. /.test(l) && l.includes(label));
    const number = line && /^\s*(\d+)\. /.exec(line)?.[1];
    if (!number) throw new Error(`no numbered "${label}" in:\n${text}`);
    return number;
  };
  const votes = (pollId: number) => rig.app.services.polls.votes([pollId]);

  it("posts the meeting's poll as a secret ballot to cast in private, not as Zalo's poll", () => {
    expect(rig.zalo.polls.size).toBe(0);
    const post = texts(GROUP).find((t) => t.includes("Phiếu kín")) ?? "";
    expect(post).toContain("Đánh giá chất lượng buổi sinh hoạt");
    expect(post).toContain(`rồi gõ /bophieu ${ballotId}`);
    // No numbered options in the group: a digit typed there would show the choice to all.
    expect(post).not.toContain("Trả lời bằng một số");
  });

  it("takes the members' secret votes by number in private and refuses everyone else", async () => {
    for (const [person, option] of [
      [hung, "Tốt"],
      [mai, "Khá"],
      [lan, "Tốt"],
    ] as const) {
      await rig.say(person, `/bophieu ${ballotId}`);
      await rig.say(person, numberOf(last(person.id), option));
      expect(last(person.id)).toContain(`Đã ghi phiếu kín của đồng chí: ${option}`);
    }
    for (const [person, refusal] of [
      [khach, "chưa có trong danh sách chi bộ nào"],
      [tan, "đang chờ bí thư duyệt"],
      [bay, "không có cuộc bỏ phiếu kín này"],
      [quan, "chưa có trong danh sách chi bộ nào"],
    ] as const) {
      await rig.say(person, `/bophieu ${ballotId}`);
      expect(last(person.id), person.name).toContain(refusal);
      // A digit typed afterwards answers nothing: no ballot was shown.
      await rig.say(person, "1");
      await rig.say(person, "1", GROUP);
    }
    expect(votes(ballotId)).toHaveLength(3);
    expect(texts(GROUP).join("\n")).not.toContain("Đã ghi phiếu");
  });

  it("records only members' votes read back from a named Zalo poll", async () => {
    await rig.say(lan, "/binhchon Chọn ngày họp tháng 6? | Thứ Hai | Thứ Tư");
    await rig.say(lan, numberOf(last(lan.id), "công khai"));
    const poll = [...rig.zalo.polls.values()].find((p) => p.question === "Chọn ngày họp tháng 6?");
    if (!poll) throw new Error("no Zalo poll");
    expect(poll.is_anonymous).toBe(false);
    rig.zalo.vote(hung, poll.poll_id, 0);
    rig.zalo.vote(mai, poll.poll_id, 1);
    for (const person of OUTSIDERS) rig.zalo.vote(person, poll.poll_id, 1);
    // Read back within 12 minutes.
    await at("2024-05-06T04:20:00Z");
    const pollId = rig.app.services.polls.open(cellId).find((p) => !p.anonymous)?.id ?? 0;
    const memberOf = (person: ZaloPerson) =>
      rig.app.services.members.byPerson(`zalo:${person.id}`)?.id;
    expect(votes(pollId).map((vote) => [vote.memberId, vote.optionIds])).toEqual([
      [memberOf(hung), [0]],
      [memberOf(mai), [1]],
    ]);

    await rig.say(lan, "/baocao");
    await rig.say(lan, numberOf(texts(lan.id).join("\n"), "Bình chọn ("));
    expect(last(lan.id)).toContain("«Chọn ngày họp tháng 6?» (đang bình chọn, 2 phiếu)");
    expect(last(lan.id)).toContain(
      "«Đánh giá chất lượng buổi sinh hoạt» (đang bình chọn, 3 phiếu)",
    );
    await rig.say(lan, "/binhchon");
    await rig.say(lan, numberOf(last(lan.id), "Kết thúc: Chọn ngày họp tháng 6?"));
    const result = texts(GROUP).find((t) => t.includes("Kết quả bình chọn «Chọn ngày")) ?? "";
    expect(result).toContain("(2 phiếu)");
    expect(result).toContain("Thứ Tư: 1 (50%)");
  });

  it("posts the secret ballot's result a day later; /baocao and the minutes count the same", async () => {
    await at("2024-05-07T04:02:00Z");
    const result = texts(GROUP).find((t) => t.includes("Kết quả bình chọn «Đánh giá")) ?? "";
    expect(result).toContain("(3 phiếu)");
    expect(result).toContain("Tốt: 2 (67%)");
    expect(result).toContain("Khá: 1 (33%)");
    await rig.say(lan, "/baocao");
    await rig.say(lan, numberOf(texts(lan.id).join("\n"), "Bình chọn ("));
    expect(last(lan.id)).toContain("«Đánh giá chất lượng buổi sinh hoạt» (3 phiếu)");

    await rig.say(lan, "/xuatbaocao");
    await rig.say(lan, numberOf(last(lan.id), "Biên bản"));
    const minutes = await vi.waitFor(() => {
      const file = rig.zalo.sent
        .flatMap((message) => message.files)
        .find((f) => f.filename.startsWith("bien-ban"));
      if (!file) throw new Error("no minutes yet");
      return file;
    });
    const xml =
      (await (await JSZip.loadAsync(minutes.data)).file("word/document.xml")?.async("string")) ??
      "";
    const text = xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
    expect(text).toContain("Hình thức: bỏ phiếu kín.");
    expect(text).toContain("Tổng số phiếu: 3.");
  });
});
