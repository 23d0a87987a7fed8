/**
 * A fake of the part of zca-js chibo uses. It is typed by zca-js's own declarations (ZaloApi is
 * a Pick of its API class), so the compiler checks every method against the real library, and
 * incoming messages are built with zca-js's own message classes.
 */
import { EventEmitter } from "node:events";
import {
  CloseReason,
  type GroupInfoResponse,
  GroupMessage,
  GroupType,
  type MessageContent,
  type PollDetail,
  type SendMessageResponse,
  type TGroupMessage,
  ThreadType,
  UserMessage,
  ZaloApiError,
} from "zca-js";
import type {
  ZaloApi,
  ZaloListener,
  ZaloListenerEvents,
} from "../../src/platforms/zalo/zalo-api.js";

export interface ZaloPerson {
  id: string;
  name: string;
}

/** A message the bot sent, as a person sees it. */
export interface ZaloSent {
  threadId: string;
  type: ThreadType;
  text: string;
  mentions: { pos: number; len: number; uid: string }[];
  /** Files sent with the message: their names and contents. */
  files: { filename: string; data: Buffer }[];
}

export class FakeZaloListener extends EventEmitter<ZaloListenerEvents> implements ZaloListener {
  starts = 0;
  stops = 0;
  readonly oldRequests: { type: ThreadType; after: string | null }[] = [];
  /** Messages that came while the connection was down: what requestOldMessages returns. */
  readonly missed: GroupMessage[] = [];

  start(): void {
    this.starts += 1;
    setImmediate(() => {
      this.emit("connected");
      this.emit("cipher_key", "fake-key");
    });
  }

  stop(): void {
    this.stops += 1;
  }

  requestOldMessages(type: ThreadType, lastMsgId?: string | null): void {
    this.oldRequests.push({ type, after: lastMsgId ?? null });
    if (type !== ThreadType.Group || this.missed.length === 0) return;
    const messages = this.missed.splice(0);
    setImmediate(() => this.emit("old_messages", messages, ThreadType.Group));
  }
}

export class FakeZalo implements ZaloApi {
  readonly ownId = "9000";
  readonly listener = new FakeZaloListener();
  readonly sent: ZaloSent[] = [];
  readonly polls = new Map<number, PollDetail>();
  readonly groups = new Map<string, { name: string; creatorId: string; adminIds: string[] }>();
  /** Errors the next sends throw, first one first. */
  readonly failures: ZaloApiError[] = [];
  private nextMessageId = 1000;
  private nextPollId = 1;

  addGroup(id: string, name: string, creator: ZaloPerson, admins: ZaloPerson[] = []): string {
    this.groups.set(id, { name, creatorId: creator.id, adminIds: admins.map((a) => a.id) });
    return id;
  }

  /** `from` writes `text` in a group, or (no group) in a private chat with the bot. */
  say(from: ZaloPerson, text: string, groupId?: string): GroupMessage | UserMessage {
    const message = groupId
      ? new GroupMessage(this.ownId, { ...this.data(from, text, groupId), mentions: undefined })
      : new UserMessage(this.ownId, this.data(from, text, this.ownId));
    this.listener.emit("message", message);
    return message;
  }

  /** A message sent while the bot was disconnected: delivered only as an old message. */
  sayWhileDown(from: ZaloPerson, text: string, groupId: string): void {
    const data = { ...this.data(from, text, groupId), mentions: undefined };
    this.listener.missed.push(new GroupMessage(this.ownId, data));
  }

  /** A sticker or photo: content that is not text. */
  sendSticker(from: ZaloPerson, groupId?: string): void {
    const data = { ...this.data(from, "", groupId ?? this.ownId), content: { type: "sticker" } };
    const message = groupId
      ? new GroupMessage(this.ownId, { ...data, mentions: undefined })
      : new UserMessage(this.ownId, data);
    this.listener.emit("message", message);
  }

  vote(from: ZaloPerson, pollId: number, option: number): void {
    const poll = this.polls.get(pollId);
    if (!poll || poll.closed) throw new Error(`poll ${pollId} is closed or unknown`);
    for (const each of poll.options) each.voters = each.voters.filter((id) => id !== from.id);
    poll.options[option]?.voters.push(from.id);
    for (const each of poll.options) each.votes = each.voters.length;
    poll.num_vote = poll.options.reduce((sum, each) => sum + each.votes, 0);
  }

  /** Another Zalo Web login takes the session over. */
  kick(): void {
    this.listener.emit("closed", CloseReason.KickConnection, "kicked");
  }

  /** The connection drops (network). */
  drop(): void {
    this.listener.emit("closed", CloseReason.AbnormalClosure, "abnormal");
  }

  /** What the bot said in a thread, as text. */
  textsTo(threadId: string): string[] {
    return this.sent.filter((m) => m.threadId === threadId).map((m) => m.text);
  }

  sendMessage: ZaloApi["sendMessage"] = async (message, threadId, type = ThreadType.User) => {
    const failure = this.failures.shift();
    if (failure) throw failure;
    const content: MessageContent = typeof message === "string" ? { msg: message } : message;
    const attachments = [content.attachments ?? []].flat();
    this.sent.push({
      threadId,
      type,
      text: content.msg,
      mentions: content.mentions ?? [],
      files: attachments.flatMap((a) =>
        typeof a === "string" ? [] : [{ filename: a.filename, data: a.data }],
      ),
    });
    const response: SendMessageResponse = {
      message: { msgId: this.nextMessageId++ },
      attachment: [],
    };
    return response;
  };

  createPoll: ZaloApi["createPoll"] = async (options, groupId) => {
    const pollId = this.nextPollId++;
    const poll: PollDetail = {
      creator: this.ownId,
      question: options.question,
      options: options.options.map((content, index) => ({
        content,
        votes: 0,
        voted: false,
        voters: [],
        option_id: index,
      })),
      joined: false,
      closed: false,
      poll_id: pollId,
      allow_multi_choices: options.allowMultiChoices ?? false,
      allow_add_new_option: options.allowAddNewOption ?? false,
      is_anonymous: options.isAnonymous ?? false,
      poll_type: 0,
      created_time: Date.now(),
      updated_time: Date.now(),
      expired_time: options.expiredTime ?? 0,
      is_hide_vote_preview: options.hideVotePreview ?? false,
      num_vote: 0,
    };
    this.polls.set(pollId, poll);
    this.sent.push({
      threadId: groupId,
      type: ThreadType.Group,
      text: `📊 ${options.question}`,
      mentions: [],
      files: [],
    });
    return poll;
  };

  getPollDetail: ZaloApi["getPollDetail"] = async (pollId) => {
    const poll = this.polls.get(pollId);
    if (!poll) throw new ZaloApiError("Poll not found", 404);
    // Zalo hides who voted in an anonymous poll.
    return poll.is_anonymous
      ? { ...poll, options: poll.options.map((option) => ({ ...option, voters: [] })) }
      : structuredClone(poll);
  };

  lockPoll: ZaloApi["lockPoll"] = async (pollId) => {
    const poll = this.polls.get(pollId);
    if (!poll) throw new ZaloApiError("Poll not found", 404);
    poll.closed = true;
    return "";
  };

  getOwnId: ZaloApi["getOwnId"] = () => this.ownId;

  getGroupInfo: ZaloApi["getGroupInfo"] = async (groupId) => {
    const ids = Array.isArray(groupId) ? groupId : [groupId];
    const response: GroupInfoResponse = { removedsGroup: [], unchangedsGroup: [], gridInfoMap: {} };
    for (const id of ids) {
      const group = this.groups.get(id);
      if (!group) continue;
      response.gridInfoMap[id] = {
        groupId: id,
        name: group.name,
        desc: "",
        type: GroupType.Group,
        creatorId: group.creatorId,
        version: "1",
        avt: "",
        fullAvt: "",
        memberIds: [],
        adminIds: group.adminIds,
        currentMems: [],
        updateMems: [],
        admins: [],
        hasMoreMember: 0,
        subType: 0,
        totalMember: 0,
        maxMember: 1000,
        setting: {
          blockName: 0,
          signAdminMsg: 0,
          addMemberOnly: 0,
          setTopicOnly: 0,
          enableMsgHistory: 1,
          joinAppr: 0,
          lockCreatePost: 0,
          lockCreatePoll: 0,
          lockSendMsg: 0,
          lockViewMember: 0,
          bannFeature: 0,
          dirtyMedia: 0,
          banDuration: 0,
        },
        createdTime: 0,
        visibility: 1,
        globalId: id,
        e2ee: 0,
        extraInfo: { enable_media_store: 0 },
        memVerList: [],
        pendingApprove: { time: 0, uids: null },
      };
    }
    return response;
  };

  private data(from: ZaloPerson, text: string, idTo: string): Omit<TGroupMessage, "mentions"> {
    const msgId = String(this.nextMessageId++);
    return {
      actionId: msgId,
      msgId,
      cliMsgId: msgId,
      msgType: "webchat",
      uidFrom: from.id,
      idTo,
      dName: from.name,
      ts: String(Date.now()),
      status: 1,
      content: text,
      notify: "1",
      ttl: 0,
      userId: "0",
      uin: "0",
      topOut: "0",
      topOutTimeOut: "0",
      topOutImprTimeOut: "0",
      propertyExt: undefined,
      paramsExt: { countUnread: 0, containType: 0, platformType: 1 },
      cmd: 501,
      st: 3,
      at: 5,
      realMsgId: "0",
      quote: undefined,
    };
  }
}
