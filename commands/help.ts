import { answersOpen } from "../src/domain/meeting-rules.js";
import {
  canManageRoster,
  isCellCommittee,
  isCurrentMembership,
} from "../src/domain/member-rules.js";
import { pageOf } from "../src/domain/one-screen.js";
import { isGreeting } from "../src/domain/phrases.js";
import { foldKey } from "../src/domain/text.js";
import type { Command } from "../src/engine/command.js";
import type { Turn } from "../src/engine/turn.js";
import type { Text } from "../src/i18n.js";
import { type ChoiceOf, choice, choiceCodec, choiceId } from "../src/messages/choice-codec.js";
import { pageChoices, pageMark } from "../src/messages/page-choices.js";

/**
 * The few commands each kind of person uses most, in this order: /help shows those of them
 * this person may use here; "/help tatca" shows every command.
 */
const MOST_USED = {
  manager: ["hop", "diemdanh", "duyet", "baocao", "dangky"],
  committee: ["lichhop", "dangky", "baocao", "diemdanh"],
  member: ["lichhop", "dangky", "camket", "diemdanh"],
  stranger: ["khoitao", "thamgia", "chuyende"],
} as const satisfies Record<string, readonly string[]>;

/** What asks for every command: "/help tatca", also typed "tất cả". */
const ALL = "tatca";

const choices = choiceCodec("help", {
  all: choice("all-{page}", { page: choiceId }),
});

/**
 * /help: the commands this person uses most, with the way to every command, and the one next
 * step that matters. A greeting ("xin chào") brings a greeting back and only the next step.
 */
export const help: Command<ChoiceOf<typeof choices>> = {
  name: "help",
  where: "anywhere",
  who: "anyone",
  choices,
  // Every command's name and description: nothing private.
  groupChoices: "all",
  run(turn) {
    const { content } = turn.incoming;
    if (content.type === "text" && isGreeting(content.text)) {
      const name = turn.member?.fullName ?? turn.person.displayName;
      return turn.say(turn.chat.id, [{ key: "greeting", args: { name } }, { key: nextStep(turn) }]);
    }
    if (foldKey(turn.args).replace(/\s/g, "") === ALL) return showAll(turn, 0);
    turn.say(turn.chat.id, helpParts(turn));
  },
  choose(turn, chosen) {
    showAll(turn, chosen.page);
  },
};

export function helpParts(turn: Turn): Text[] {
  const available = turn.dispatcher.available(turn);
  const most: readonly string[] = MOST_USED[kindOf(turn)];
  const shown = most.filter((name) => available.includes(name));
  const more: Text[] = available.length > shown.length ? [{ key: "help-more" }] : [];
  // With privacy mode, Telegram gives a bot in a group only what starts with "/" and replies.
  const unseen: Text[] =
    turn.inGroup && turn.incoming.platform === "tg" ? [{ key: "help-privacy-mode" }] : [];
  return [{ key: "help-header" }, ...shown.map(line), ...more, { key: nextStep(turn) }, ...unseen];
}

/** One page of every command this person may use here, with the way to the next page. */
function showAll(turn: Turn, index: number): void {
  const page = pageOf(turn.dispatcher.available(turn), index);
  const header: Text = { key: "help-all-header", args: { page: pageMark(page) } };
  turn.say(turn.chat.id, [header, ...page.items.map(line)], {
    choices: pageChoices(page, (index) => choices.encode("all", { page: index })),
  });
}

function line(name: string): Text {
  return { key: "help-line", args: { command: name, description: { key: `help-${name}` } } };
}

function kindOf(turn: Turn): keyof typeof MOST_USED {
  const member = turn.member;
  if (!member || !isCurrentMembership(member) || member.roster !== "active") return "stranger";
  if (canManageRoster(member)) return "manager";
  return isCellCommittee(member) ? "committee" : "member";
}

function nextStep(turn: Turn): string {
  if (turn.inGroup) {
    if (!turn.group?.active) return "help-next-link-group";
    const member = turn.member;
    if (!member || !isCurrentMembership(member) || member.cellId !== turn.group.cellId) {
      return "help-next-join";
    }
    return member.roster === "pending" ? "help-next-wait-approval" : "help-next-register-private";
  }
  if (!turn.member || !isCurrentMembership(turn.member)) return "help-next-find-group";
  if (turn.member.roster === "pending") return "help-next-wait-approval";
  if (canManageRoster(turn.member)) {
    const waiting = turn.services.members.ofCell(turn.member.cellId, "pending").length;
    if (waiting > 0) return "help-next-approve";
  }
  const { meetings } = turn.services;
  const unanswered = meetings
    .upcoming(turn.member.cellId, turn.now)
    .some((m) => answersOpen(m, turn.now) && !meetings.responseOf(m.id, turn.member?.id ?? 0));
  return unanswered && turn.member.status !== "exempt" ? "help-next-meeting" : "help-next-register";
}
