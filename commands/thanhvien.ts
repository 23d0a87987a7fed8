import { z } from "zod";
import { formatInstant } from "../src/domain/calendar.js";
import {
  isCounted,
  MEMBER_ROLES,
  MEMBER_STATUSES,
  type MemberRole,
  type MemberStatus,
  mayChangeMember,
  mayChangeRole,
} from "../src/domain/member-rules.js";
import { pageOf } from "../src/domain/one-screen.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";
import { pageChoices, pageMark } from "../src/messages/page-choices.js";
import type { Choice } from "../src/messages/reply.js";
import type { Member } from "../src/store/member-store.js";

const choices = choiceCodec("thanhvien", {
  list: choice("l:{page}", { page: choiceId }),
  show: choice("m:{member}", { member: choiceId }),
  role: choice("r:{member}:{role}", { member: choiceId, role: z.enum(MEMBER_ROLES) }),
  status: choice("s:{member}:{status}", { member: choiceId, status: z.enum(MEMBER_STATUSES) }),
  handOver: choice("h:{member}", { member: choiceId }),
  keepRole: choice("x:{member}", { member: choiceId }),
  leftCell: choice("gone:{member}:moved", { member: choiceId }),
  leftChatOnly: choice("gone:{member}:stays", { member: choiceId }),
});

/**
 * /thanhvien: the roster, a page at a time; the secretary or deputy sets a member's role and
 * status, hands the secretary's role over, and says what a member's leaving the group means.
 */
export const thanhvien: Command<ChoiceOf<typeof choices>> = {
  name: "thanhvien",
  where: "private",
  who: "manager",
  choices,
  run(turn) {
    showList(turn, 0);
  },
  choose(turn, chosen) {
    if (chosen.action === "list") return showList(turn, chosen.page);
    const member = turn.services.members.byId(chosen.member);
    if (!member || member.cellId !== turn.knownMember.cellId || member.roster !== "active") {
      return turn.fail("choice-expired");
    }
    switch (chosen.action) {
      case "show":
        return showMember(turn, member);
      case "role":
        return changeRole(turn, member, chosen.role);
      case "status":
        return changeStatus(turn, member, chosen.status);
      case "handOver":
        return handOver(turn, member);
      case "keepRole":
        return turn.reply("thanhvien-handover-kept");
      case "leftCell":
        return changeStatus(turn, member, "transferred");
      case "leftChatOnly":
        return stays(turn, member);
    }
  },

  /** The secretary and deputy are told in private, and the roster counts them until they say. */
  memberLeft(turn, personId) {
    const group = turn.group;
    const { members } = turn.services;
    const member = members.byPerson(personId);
    if (!group?.active || !member || member.cellId !== group.cellId || !isCounted(member)) return;
    if (!members.noteDeparture(member.id, turn.chat.id, turn.now)) return;
    const parts: Text[] = [
      { key: "thanhvien-left-group", args: { name: member.fullName, group: turn.chat.title } },
    ];
    const poster = turn.poster(group.cell);
    for (const manager of members.managers(group.cellId)) {
      if (manager.id !== member.id) {
        poster.toMember(manager.id, parts, { choices: departureChoices(member) });
      }
    }
  },
};

/** About how long an entry reads: the name, and some for the role and status beside it. */
const ENTRY_WORDS = 40;

/** One page of the roster, each member a choice, with the way to the next page. */
function showList(turn: Turn, index: number): void {
  const cell = turn.knownMember.cell;
  const { members } = turn.services;
  const roster = members.ofCell(cell.id, "active");
  const departed = members.departedIn(cell.id);
  const page = pageOf(roster, index, (member) => ({
    lines: 1,
    characters: member.fullName.length + ENTRY_WORDS,
  }));
  turn.reply(
    "thanhvien-list",
    { cell: cell.name, count: roster.length, page: pageMark(page) },
    {
      choices: [
        ...page.items.map((member) => ({
          label: {
            key: departed.has(member.id) ? "thanhvien-entry-left" : "thanhvien-entry",
            args: {
              name: member.fullName,
              role: roleText(member.role),
              status: statusText(member.status),
            },
          },
          value: choices.encode("show", { member: member.id }),
        })),
        ...pageChoices(page, (p) => choices.encode("list", { page: p })),
      ],
    },
  );
}

function showMember(turn: Turn, member: Member): void {
  const { members, timeZone } = turn.services;
  const departure = members.departure(member.id);
  const parts: Text[] = [
    {
      key: "thanhvien-member",
      args: {
        name: member.fullName,
        role: roleText(member.role),
        status: statusText(member.status),
      },
    },
  ];
  if (departure) {
    const day = formatInstant(departure.leftAt, timeZone);
    const title = turn.services.cells.groupLink(departure.chatId)?.title ?? "";
    parts.push({ key: "thanhvien-member-left", args: { group: title, day } });
  }
  turn.say(turn.chat.id, parts, {
    choices: [
      ...(departure ? departureChoices(member) : []),
      ...MEMBER_ROLES.filter((r) => r !== member.role).map((r) => ({
        label: { key: "thanhvien-set-role", args: { role: roleText(r) } },
        value: choices.encode("role", { member: member.id, role: r }),
      })),
      ...MEMBER_STATUSES.filter((s) => s !== member.status).map((s) => ({
        label: { key: "thanhvien-set-status", args: { status: statusText(s) } },
        value: choices.encode("status", { member: member.id, status: s }),
      })),
    ],
  });
}

function departureChoices(member: Member): Choice[] {
  return [
    {
      label: { key: "thanhvien-choice-left-moved" },
      value: choices.encode("leftCell", { member: member.id }),
    },
    {
      label: { key: "thanhvien-choice-left-stays" },
      value: choices.encode("leftChatOnly", { member: member.id }),
    },
  ];
}

function changeRole(turn: Turn, member: Member, role: MemberRole): void {
  if (member.id === turn.knownMember.id) return turn.fail("thanhvien-own-role");
  if (!mayChangeRole(turn.knownMember, member, role)) return turn.fail("thanhvien-secretary-only");
  // A cell has one secretary: giving the role away is a handover, asked to be sure.
  if (role === "secretary") {
    return turn.reply(
      "thanhvien-handover-ask",
      { name: member.fullName },
      {
        choices: [
          {
            label: { key: "thanhvien-choice-handover-yes" },
            value: choices.encode("handOver", { member: member.id }),
          },
          {
            label: { key: "thanhvien-choice-handover-no" },
            value: choices.encode("keepRole", { member: member.id }),
          },
        ],
      },
    );
  }
  turn.services.members.setRole(member.id, role, turn.now);
  turn.reply("thanhvien-role-changed", { name: member.fullName, role: roleText(role) });
}

/** The secretary gives the role to another member and becomes an ordinary member. */
function handOver(turn: Turn, member: Member): void {
  const giver = turn.knownMember;
  if (member.id === giver.id) return turn.fail("thanhvien-own-role");
  if (giver.role !== "secretary" || !mayChangeRole(giver, member, "secretary")) {
    return turn.fail("thanhvien-secretary-only");
  }
  if (member.role === "secretary" || !isCounted(member)) return turn.fail("choice-expired");
  const { members } = turn.services;
  members.setRole(member.id, "secretary", turn.now);
  members.setRole(giver.id, "member", turn.now);
  turn
    .poster(giver.cell)
    .toMember(member.id, [{ key: "thanhvien-now-secretary", args: { cell: giver.cell.name } }]);
  turn.reply("thanhvien-handed-over", { name: member.fullName });
}

function changeStatus(turn: Turn, member: Member, status: MemberStatus): void {
  if (member.id === turn.knownMember.id) return turn.fail("thanhvien-own-role");
  if (!mayChangeMember(turn.knownMember, member)) return turn.fail("thanhvien-secretary-only");
  // A secretary who leaves hands the role over first, so that the cell is never without one.
  if (member.role === "secretary" && status === "transferred") {
    return turn.fail("thanhvien-secretary-transfer", { name: member.fullName });
  }
  const { members } = turn.services;
  members.setStatus(member.id, status, turn.now);
  if (status === "transferred") members.settleDeparture(member.id);
  turn.reply("thanhvien-status-changed", { name: member.fullName, status: statusText(status) });
}

/** Only the chat was left: nothing changes but the question, which is settled. */
function stays(turn: Turn, member: Member): void {
  const { members } = turn.services;
  if (!members.departure(member.id)) return turn.fail("choice-expired");
  members.settleDeparture(member.id);
  turn.reply("thanhvien-left-stays", { name: member.fullName });
}

const roleText = (role: MemberRole) => ({ key: `role-${role}` });
const statusText = (status: MemberStatus) => ({ key: `status-${status}` });
