import * as schema from "../../src/db/schema.js";
import type { Member } from "../../src/store/member-store.js";
import type { Harness } from "./harness.js";

/**
 * Rows of the kinds a member's copy of their data must carry, straight through the stores: a
 * closed meeting they missed with `reason` (their answer, the mark, a logged correction, a
 * warning at three months), a named vote, a nomination of them with their own vote, a
 * departure from the group, a wrong code and a message queued to them; `note` is their words.
 */
export function seedMemberRecords(
  h: Harness,
  member: Member,
  secretary: Member,
  words: { name: string; reason: string; note: string },
): void {
  const { services } = h.app;
  const { db } = h.app.database;
  const now = h.clock.now();
  const personId = `console:${words.name}`;
  const { name, reason } = words;
  const meeting = db
    .insert(schema.meetings)
    .values({
      cellId: member.cellId,
      kind: "regular",
      startsAt: now,
      endsAt: now,
      place: "Hội trường",
      topic: "Sinh hoạt tháng 3",
      state: "closed",
      closedAt: now,
      roster: [],
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  db.insert(schema.meetingResponses)
    .values({
      meetingId: meeting.id,
      memberId: member.id,
      answer: "excused",
      reason,
      answeredAt: now,
    })
    .run();
  db.insert(schema.attendance)
    .values({
      meetingId: meeting.id,
      memberId: member.id,
      present: false,
      reason,
      markedBy: "secretary",
      markedAt: now,
    })
    .run();
  services.ledger.logChange({
    meetingId: meeting.id,
    memberId: member.id,
    presentBefore: true,
    reasonBefore: null,
    present: false,
    reason,
    changedBy: secretary.id,
    changedAt: now,
  });
  services.ledger.recordWarnings(member.id, 2024, [3], now);
  const poll = db
    .insert(schema.polls)
    .values({
      cellId: member.cellId,
      question: { key: "verbatim", args: { text: `Họp tối thứ mấy? (${name})` } },
      options: [
        { key: "verbatim", args: { text: "Thứ Năm" } },
        { key: "verbatim", args: { text: `Thứ Sáu (${name})` } },
      ],
      anonymous: false,
      closesAt: now,
      createdAt: now,
    })
    .returning()
    .get();
  db.insert(schema.pollVotes)
    .values({ pollId: poll.id, personId, memberId: member.id, optionIds: [1], votedAt: now })
    .run();
  const round = { cellId: member.cellId, year: 2024, round: "midterm" as const };
  services.nominations.open(round, now);
  const nomination = services.nominations.propose(
    round,
    {
      kind: "individual",
      nomineeId: member.id,
      reason: `Gương mẫu: ${words.note}`,
      proposedBy: secretary.id,
    },
    now,
  );
  services.nominations.vote(nomination, member.id, now);
  services.members.noteDeparture(member.id, "console:group:1", now);
  services.claimCodes.attempts.noteWrong(personId, now);
  services.outbox.add(
    { chatId: personId, parts: [{ key: "verbatim", args: { text: words.note } }] },
    { notBefore: now, now },
    member.id,
  );
}
