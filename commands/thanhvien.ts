import { z } from "zod";
import { formatInstant } from "../src/domain/calendar.js";
import { claimCodeExpiresAt } from "../src/domain/code-rules.js";
import { readConsentAnswer } from "../src/domain/consent-rules.js";
import { DAY_MS } from "../src/domain/durations.js";
import {
  isCounted,
  isCurrentMembership,
  MEMBER_ROLES,
  MEMBER_STATUSES,
  type MemberRole,
  type MemberStatus,
  mayChangeMember,
  mayChangeRole,
  readStatusOrRole,
} from "../src/domain/member-rules.js";
import { checkJoiningName, MAX_NAME_LENGTH, namesakesOf } from "../src/domain/names.js";
import { pageOf } from "../src/domain/one-screen.js";
import { clip, foldKey, hasWords, normalizeLine, splitOnce } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";
import { pageChoices, pageMark } from "../src/messages/page-choices.js";
import type { Choice } from "../src/messages/reply.js";
import type { Member } from "../src/store/member-store.js";
import { CONSENT_TEXT_VERSION, consentTerms } from "./consent-text.js";

const choices = choiceCodec("thanhvien", {
  list: choice("l:{page}", { page: choiceId }),
  show: choice("m:{member}", { member: choiceId }),
  role: choice("r:{member}:{role}", { member: choiceId, role: z.enum(MEMBER_ROLES) }),
  status: choice("s:{member}:{status}", { member: choiceId, status: z.enum(MEMBER_STATUSES) }),
  handOver: choice("h:{member}", { member: choiceId }),
  keepRole: choice("x:{member}", { member: choiceId }),
  leftCell: choice("gone:{member}:moved", { member: choiceId }),
  leftChatOnly: choice("gone:{member}:stays", { member: choiceId }),
  claimCode: choice("c:{member}", { member: choiceId }),
  remove: choice("del:{member}", { member: choiceId }),
  removeYes: choice("delok:{member}", { member: choiceId }),
  paperYes: choice("paper"),
  paperNo: choice("nopaper"),
});

/** Someone the secretary is adding by hand, until they confirm the consent given on paper. */
const handAddSchema = z.object({
  name: z.string(),
  role: z.enum(MEMBER_ROLES),
  status: z.enum(MEMBER_STATUSES),
});
type HandAdd = z.infer<typeof handAddSchema>;

/**
 * /thanhvien: the roster, a page at a time; the secretary or deputy sets a member's role and
 * status, hands the secretary's role over, and says what a member's leaving the group means.
 * "/thanhvien them Họ và tên" adds someone without a chat account, who may claim the entry
 * later with a one-time code the secretary gives them.
 */
export const thanhvien: Command<ChoiceOf<typeof choices>> = {
  name: "thanhvien",
  where: "private",
  who: "manager",
  choices,
  run(turn) {
    const [word = "", rest] = splitOnce(turn.args.trim(), " ");
    if (foldKey(word) === "them") return addByHand(turn, rest);
    showList(turn, 0);
  },
  choose(turn, chosen) {
    if (chosen.action === "list") return showList(turn, chosen.page);
    if (chosen.action === "paperYes" || chosen.action === "paperNo") {
      const adding = handAddSchema.safeParse(turn.dialogState("thanhvien")).data;
      if (!adding) return turn.fail("choice-expired");
      return settleHandAdd(turn, adding, chosen.action === "paperYes");
    }
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
      case "claimCode":
        return giveClaimCode(turn, member);
      case "remove":
        return askRemove(turn, member);
      case "removeYes":
        return remove(turn, member);
    }
  },
  answer(turn, text, state) {
    const adding = handAddSchema.safeParse(state).data;
    if (!adding) return turn.closeDialog("thanhvien");
    const answer = readConsentAnswer(text);
    if (!answer) return turn.reply("consent-typed-unclear");
    settleHandAdd(turn, adding, answer === "given");
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
/** What "(chưa có tài khoản chat)" adds to an entry. */
const NO_ACCOUNT_WORDS = 25;

/** One page of the roster, each member a choice, with the way to the next page. */
function showList(turn: Turn, index: number): void {
  const cell = turn.knownMember.cell;
  const { members } = turn.services;
  const roster = members.ofCell(cell.id, "active");
  const departed = members.departedIn(cell.id);
  const withAccounts = members.withAccounts(cell.id);
  const page = pageOf(roster, index, (member) => ({
    lines: 1,
    characters:
      member.fullName.length + ENTRY_WORDS + (withAccounts.has(member.id) ? 0 : NO_ACCOUNT_WORDS),
  }));
  const parts: Text[] = [
    {
      key: "thanhvien-list",
      args: { cell: cell.name, count: roster.length, page: pageMark(page) },
    },
    { key: "thanhvien-add-hint" },
  ];
  turn.say(turn.chat.id, parts, {
    choices: [
      ...page.items.map((member) => ({
        label: {
          key: departed.has(member.id)
            ? "thanhvien-entry-left"
            : withAccounts.has(member.id)
              ? "thanhvien-entry"
              : "thanhvien-entry-no-account",
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
  });
}

function showMember(turn: Turn, member: Member): void {
  const { members, timeZone } = turn.services;
  const departure = members.departure(member.id);
  const hasAccount = members.personIds(member.id).length > 0;
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
  if (!hasAccount)
    parts.push({ key: "thanhvien-member-no-account", args: { name: member.fullName } });
  // The secretary is who chibo writes to about the cell: a role for someone it can reach.
  const roles = MEMBER_ROLES.filter((r) => r !== member.role && (hasAccount || r !== "secretary"));
  turn.say(turn.chat.id, parts, {
    choices: [
      ...(hasAccount
        ? []
        : [
            // Someone who left is given no code: the status is changed back first.
            ...(isCounted(member)
              ? [
                  {
                    label: { key: "thanhvien-choice-claim-code" },
                    value: choices.encode("claimCode", { member: member.id }),
                  },
                ]
              : []),
            {
              label: { key: "thanhvien-choice-remove" },
              value: choices.encode("remove", { member: member.id }),
            },
          ]),
      ...(departure ? departureChoices(member) : []),
      ...roles.map((r) => ({
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
    refuseWithoutAccount(turn, member);
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
  refuseWithoutAccount(turn, member);
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
  // Leaving the cell takes the member's chat accounts with it: chibo keeps no way to reach or
  // recognise someone no longer on its roster. The entry and its records stay.
  let accounts = 0;
  if (status === "transferred") accounts = members.transferOut(member.id, turn.now);
  else members.setStatus(member.id, status, turn.now);
  turn.reply("thanhvien-status-changed", { name: member.fullName, status: statusText(status) });
  if (accounts > 0) {
    turn.reply("thanhvien-transferred-accounts", { name: member.fullName, count: accounts });
  }
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

/** Someone chibo cannot write to cannot be the cell's secretary: they must claim their entry first. */
function refuseWithoutAccount(turn: Turn, member: Member): void {
  if (turn.services.members.personIds(member.id).length === 0) {
    turn.fail("thanhvien-secretary-needs-account", { name: member.fullName });
  }
}

/** How much of an unknown word after a name a refusal says back. */
const ECHOED_WORD = 30;

/**
 * "/thanhvien them Nguyễn Văn An, dự bị, chi ủy viên": a member without a chat account, on
 * the roster at once; the status and role are optional (chính thức, đảng viên) and can be
 * changed on the entry shown after. A name already on the roster is added, with a warning.
 * The secretary first confirms that the person agreed on paper to what chibo keeps.
 */
function addByHand(turn: Turn, text: string): void {
  const [typedName = "", ...after] = text.split(/[,;]/);
  if (!hasWords(text)) return turn.fail("thanhvien-add-usage");
  const name = checkJoiningName(typedName);
  if (!name.ok) return turn.fail(`thanhvien-add-name-${name.problem}`, { max: MAX_NAME_LENGTH });
  let status: MemberStatus | undefined;
  let role: MemberRole | undefined;
  for (const typed of after) {
    const folded = foldKey(typed);
    if (folded === "") continue;
    const word = clip(normalizeLine(typed), ECHOED_WORD);
    const read = readStatusOrRole(folded);
    if (!read) return turn.fail("thanhvien-add-unknown", { word });
    if (("status" in read && status) || ("role" in read && role)) {
      return turn.fail("thanhvien-add-twice", { word });
    }
    if ("status" in read) status = read.status;
    else role = read.role;
  }
  const actor = turn.knownMember;
  if (role && !mayChangeRole(actor, { id: 0, role: "member" }, role)) {
    return turn.fail("thanhvien-secretary-only");
  }
  const adding: HandAdd = { name: name.name, role: role ?? "member", status: status ?? "full" };
  turn.openDialog("thanhvien", adding);
  turn.say(
    turn.chat.id,
    [{ key: "consent-paper-ask", args: { name: adding.name } }, consentTerms],
    {
      choices: [
        { label: { key: "consent-paper-choice-yes" }, value: choices.encode("paperYes") },
        { label: { key: "consent-paper-choice-no" }, value: choices.encode("paperNo") },
      ],
    },
  );
}

/**
 * Added only once the secretary says the person agreed on paper: the consent is recorded as
 * theirs, by the secretary.
 */
function settleHandAdd(turn: Turn, adding: HandAdd, agreed: boolean): void {
  turn.closeDialog("thanhvien");
  if (!agreed) return turn.reply("consent-paper-not-added", { name: adding.name });
  const actor = turn.knownMember;
  const { members, consents } = turn.services;
  const cell = actor.cell;
  const roster = members.ofCell(cell.id).filter(isCurrentMembership);
  const namesakes = namesakesOf({ fullName: adding.name }, roster);
  const member = members.addByHand({
    cellId: cell.id,
    fullName: adding.name,
    role: adding.role,
    status: adding.status,
    now: turn.now,
  });
  consents.record({
    cellId: cell.id,
    memberId: member.id,
    textVersion: CONSENT_TEXT_VERSION,
    answer: "given",
    recordedBy: actor.id,
    now: turn.now,
  });
  turn.reply("thanhvien-added", { name: member.fullName, cell: cell.name });
  if (namesakes.length > 0) turn.reply("thanhvien-added-namesake", { name: member.fullName });
  showMember(turn, member);
}

/**
 * A one-time code, in the secretary's private chat, that the member types in the cell's group
 * with /thamgia from their own chat account: the entry is then theirs.
 */
function giveClaimCode(turn: Turn, member: Member): void {
  if (turn.services.members.personIds(member.id).length > 0) {
    return turn.fail("thanhvien-claim-has-account", { name: member.fullName });
  }
  if (!isCounted(member)) return turn.fail("choice-expired");
  const expiresAt = claimCodeExpiresAt(turn.now);
  const code = turn.services.claimCodes.issue(member.id, expiresAt);
  turn.reply("thanhvien-claim-code", {
    name: member.fullName,
    code,
    until: formatInstant(expiresAt, turn.services.timeZone),
  });
}

/** Taking an entry back is asked once more: it is for a name typed by mistake. */
function askRemove(turn: Turn, member: Member): void {
  if (!mayChangeMember(turn.knownMember, member)) return turn.fail("thanhvien-secretary-only");
  turn.reply(
    "thanhvien-remove-ask",
    { name: member.fullName },
    {
      choices: [
        {
          label: { key: "thanhvien-choice-remove-yes" },
          value: choices.encode("removeYes", { member: member.id }),
        },
        {
          label: { key: "thanhvien-choice-remove-no" },
          value: choices.encode("show", { member: member.id }),
        },
      ],
    },
  );
}

/**
 * An entry added by mistake goes, if nothing was recorded for it: not on any meeting's minutes,
 * no mark, no plan, no account. Otherwise it stays, and "chuyển đi" is what ends it.
 */
function remove(turn: Turn, member: Member): void {
  if (!mayChangeMember(turn.knownMember, member)) return turn.fail("thanhvien-secretary-only");
  const { members, meetings } = turn.services;
  // A closed meeting keeps its roster as written then: a meeting is shorter than a day.
  const since = new Date(member.createdAt.getTime() - DAY_MS);
  const onMinutes = meetings
    .ofCell(member.cellId, since, turn.now)
    .some((meeting) => meeting.roster?.some((entry) => entry.id === member.id));
  // A refusal below rolls this back with the turn.
  turn.services.consents.forgetMember(member.id);
  if (onMinutes || !members.removeUnclaimed(member.id)) {
    return turn.fail("thanhvien-remove-has-records", { name: member.fullName });
  }
  turn.reply("thanhvien-removed", { name: member.fullName });
}
