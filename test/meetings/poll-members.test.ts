import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { plainText } from "../../src/domain/rich-text.js";
import type { Text } from "../../src/i18n.js";
import type { Poll } from "../../src/store/poll-store.js";
import { Harness, type Said, texts } from "../support/harness.js";

/**
 * Only the cell's members count in a poll, whoever else can reach it: an outsider, someone who
 * asked to join and waits, a member of another cell and a group admin who is not a member are
 * refused or ignored, and the result in the group, /baocao and the minutes count the members
 * alone, one vote each. Through the router, as the console speaks to it.
 */
describe("who counts in a poll", () => {
  let h: Harness;
  let cellId = 0;
  const GROUP = "group:1";
  const OUTSIDERS = ["Khách", "Tân", "Bảy", "Quản"] as const;

  beforeEach(async () => {
    // Monday 06/05/2024, 09:00 in Vietnam.
    h = new Harness({ now: "2024-05-06T02:00:00Z" });
    await h.cellWith(["Hùng", "Mai"]);
    cellId = h.app.services.cells.all()[0]?.id ?? 0;
    // Tân asks to join once the secretary approves by hand again: he waits, pending.
    await h.press("Lan", "private", /tự động duyệt/);
    await h.join("Tân", "Phạm Văn Tân", GROUP);
    expect(member("Tân")?.roster).toBe("pending");
    // Bảy is the secretary of another cell; Quản administers the group but is no member.
    h.admins.add("console:Bảy");
    await h.say("Bảy", "group:2", "/khoitao Chi bộ Khu phố 2");
    expect(member("Bảy")?.cellId).not.toBe(cellId);
    h.admins.add("console:Quản");
  });

  afterEach(() => h.close());

  const member = (who: string) => h.app.services.members.byPerson(`console:${who}`);
  /** The polls under the secretary's /baocao. */
  const pollsReport = async () => {
    await h.say("Lan", "private", "/baocao");
    return texts(await h.press("Lan", "private", /^🗳 Bình chọn/));
  };
  const later = (hours: number) =>
    h.clock.set(new Date(h.clock.now().getTime() + hours * 3600_000).toISOString());
  /** A reply's words as the person reads them. */
  const render = (parts: Text[]) =>
    parts.map((part) => plainText(h.app.translator.text(part))).join("\n");
  /** What the bot queued for the group: the posts and the results. */
  const groupPosts = () =>
    h.app.services.outbox
      .all()
      .filter((row) => row.chatId === `console:${GROUP}`)
      .map((row) => render(row.reply?.parts ?? []));

  async function secretBallot(question: string): Promise<Poll> {
    await h.say("Lan", "private", `/binhchon ${question} | Có | Không`);
    await h.press("Lan", "private", "✅ Gửi, phiếu kín (không ghi tên người chọn)");
    const poll = h.app.services.polls.open(cellId).at(-1);
    if (!poll) throw new Error("no poll");
    return poll;
  }

  async function secretVote(who: string, poll: Poll, option: string): Promise<Said[]> {
    await h.say(who, "private", `/bophieu ${poll.id}`);
    return h.press(who, "private", option);
  }

  it("takes a secret vote from members only, in private; the others are refused and change nothing", async () => {
    const poll = await secretBallot("Kết nạp đồng chí Tân?");
    // The group gets the question and the way to vote in private, never the options to pick.
    const [post] = h.app.services.outbox.all().filter((row) => row.chatId === `console:${GROUP}`);
    expect(post?.reply?.privateLink).toMatchObject({ command: "bophieu", argument: `${poll.id}` });
    expect(post?.reply?.choices).toBeUndefined();
    expect(render(post?.reply?.parts ?? [])).toContain("chỉ đếm đảng viên chi bộ");

    expect(texts(await secretVote("Hùng", poll, "Có"))).toContain(
      "Đã ghi phiếu kín của đồng chí: Có",
    );
    await secretVote("Mai", poll, "Không");
    await secretVote("Lan", poll, "Có");

    const before = h.snapshot();
    const refusals: Record<(typeof OUTSIDERS)[number], string> = {
      Khách: "chưa có trong danh sách chi bộ nào",
      Tân: "đang chờ bí thư duyệt",
      Bảy: "không có cuộc bỏ phiếu kín này",
      Quản: "chưa có trong danh sách chi bộ nào",
    };
    for (const who of OUTSIDERS) {
      expect(texts(await h.say(who, "private", `/bophieu ${poll.id}`)), who).toContain(
        refusals[who],
      );
      // A forged or replayed choice, in private and in the group: refused as well.
      const forged = `bophieu:${poll.id}-1`;
      expect(texts(await h.sendChoiceValue(who, "private", forged)), who).not.toContain("Đã ghi");
      expect(texts(await h.sendChoiceValue(who, GROUP, forged)), who).not.toContain("Đã ghi");
    }
    expect(h.snapshot()).toBe(before);

    await h.say("Lan", "private", "/binhchon");
    const closed = await h.press("Lan", "private", "🏁 Kết thúc: Kết nạp đồng chí Tân?");
    expect(texts(closed)).toContain("Đã kết thúc «Kết nạp đồng chí Tân?» (3 phiếu)");
    const result = groupPosts().find((text) => text.includes("Kết quả bình chọn")) ?? "";
    expect(result).toContain("«Kết nạp đồng chí Tân?» (3 phiếu)");
    expect(result).toContain("Có: 2 (67%)");
    expect(result).toContain("Không: 1 (33%)");
    expect(await pollsReport()).toContain("«Kết nạp đồng chí Tân?» (3 phiếu)");
  });

  it("records only members' votes from a native poll; bare counts count nobody", async () => {
    await h.say("Lan", "private", "/binhchon Họp ngày nào? | Thứ Hai | Thứ Tư");
    await h.press("Lan", "private", "✅ Gửi, công khai (ghi tên người chọn)");
    const poll = h.app.services.polls.open(cellId).at(-1);
    if (!poll) throw new Error("no poll");
    // As a platform records the poll it posted, whose votes then come with the voter.
    h.app.services.posted.save({
      chatId: "console:group-native",
      anchor: `poll:${poll.id}`,
      messageId: "1",
      platformPollId: "native-1",
      postedAt: h.clock.now(),
    });
    let update = 0;
    const event = (who: string, option: number) =>
      h.app.router.handlePollEvent({
        updateKey: `native:${++update}`,
        platformPollId: "native-1",
        personId: `console:${who}`,
        optionIds: [option],
      });
    event("Hùng", 0);
    event("Mai", 1);
    for (const who of OUTSIDERS) event(who, 1);
    expect(h.app.services.polls.votes([poll.id]).map((vote) => vote.memberId)).toEqual([
      member("Hùng")?.id,
      member("Mai")?.id,
    ]);

    const ballot = await secretBallot("Đổi giờ họp?");
    await secretVote("Hùng", ballot, "Có");

    const report = await pollsReport();
    expect(report).toContain("«Họp ngày nào?» (đang bình chọn, 2 phiếu)");
    expect(report).toContain("Thứ Tư: 1 (50%)");
    expect(report).toContain("«Đổi giờ họp?» (đang bình chọn, 1 phiếu)");
  });

  it("counts one vote a member, none of one who moved away, and the minutes say so", async () => {
    const lan = member("Lan");
    if (!lan) throw new Error("no secretary");
    const meeting = h.app.services.meetings.create(
      {
        cellId,
        kind: "regular",
        startsAt: new Date("2024-05-06T02:30:00Z"),
        endsAt: new Date("2024-05-06T04:00:00Z"),
        place: "Hội trường",
        topic: "",
        createdBy: lan.id,
      },
      h.clock.now(),
    );
    // The meeting closes at its end, and its poll, a secret ballot, goes out.
    h.clock.set("2024-05-06T04:01:00Z");
    h.app.scheduler.runDue(h.clock.now());
    const poll = h.app.services.polls.open(cellId).find((p) => p.meetingId === meeting.id);
    if (!poll) throw new Error("no meeting poll");
    expect(poll.anonymous).toBe(true);

    // Hùng has a second account (as on Telegram and Zalo): he votes from both, the later counts.
    const hung = member("Hùng");
    if (!hung) throw new Error("no Hùng");
    h.app.services.members.addIdentity(hung.id, "console:Hùng-2", "Hùng", h.clock.now());
    await secretVote("Hùng", poll, "Tốt");
    later(1);
    await secretVote("Hùng-2", poll, "Khá");
    await secretVote("Lan", poll, "Tốt");
    // Mai votes, then moves to another cell before the poll closes: her vote goes.
    await secretVote("Mai", poll, "Chưa đạt");
    // The others are shown no ballot: only a forged value tries to vote.
    for (const who of OUTSIDERS) {
      await h.say(who, "private", `/bophieu ${poll.id}`);
      await h.sendChoiceValue(who, "private", `bophieu:${poll.id}-3`);
    }
    const mai = member("Mai");
    if (!mai) throw new Error("no Mai");
    h.app.services.members.setStatus(mai.id, "transferred", h.clock.now());
    expect(await pollsReport()).toContain(
      "«Đánh giá chất lượng buổi sinh hoạt» (đang bình chọn, 2 phiếu)",
    );

    later(24);
    h.app.scheduler.runDue(h.clock.now());
    const closed = h.app.services.polls.byId(poll.id);
    expect(closed?.state).toBe("closed");
    expect(closed?.voteSalt).toBeNull();
    // Only what counted is kept, under keys nobody can trace back any more.
    const kept = h.app.services.polls.votes([poll.id]);
    expect(kept.map((vote) => vote.optionIds).sort()).toEqual([[0], [1]]);
    expect(JSON.stringify(kept)).not.toMatch(/console:|Hùng|Lan/);

    const result = groupPosts().find((text) => text.includes("Kết quả bình chọn")) ?? "";
    expect(result).toContain("(2 phiếu)");
    expect(result).toContain("Tốt: 1 (50%)");
    expect(result).toContain("Khá: 1 (50%)");
    expect(result).toContain("Chưa đạt: 0 (0%)");
    const report = await pollsReport();
    expect(report).toContain("«Đánh giá chất lượng buổi sinh hoạt» (2 phiếu)");

    const minutes = await h.app.documents({ kind: "minutes-docx", cellId, meetingId: meeting.id });
    const text = await docxText(minutes.data);
    expect(text).toContain("Hình thức: bỏ phiếu kín.");
    expect(text).toContain("Tổng số phiếu: 2.");
  });
});

/** The words of a Word document's body, a paragraph a line. */
async function docxText(data: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
}
