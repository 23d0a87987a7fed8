/**
 * What the fake Zalo server (fake-zalo-server.ts) says: its settings, login answer, messages,
 * groups, polls and errors. Each shape is marked READ where zca-js 2.2.0's code reads the field
 * (node_modules/zca-js/dist), ASSUMED where it only fills out what Zalo's real answer probably
 * holds.
 */
import { PNG } from "pngjs";
import { create } from "qrcode";
import {
  type GroupInfoResponse,
  GroupType,
  type PollDetail,
  type TGroupEventBase,
  type TGroupMessage,
  type ThreadType,
  type TMention,
  type TQuote,
} from "zca-js";

export interface ZaloPerson {
  id: string;
  name: string;
}

/** A message the bot sent, as a person in the chat sees it. */
export interface ZaloSent {
  threadId: string;
  type: ThreadType;
  text: string;
  mentions: { pos: number; len: number; uid: string }[];
  /** Files sent with the message: their names and contents. */
  files: { filename: string; data: Buffer }[];
  /** The id Zalo answered with (a string, as the websocket carries ids). */
  msgId: string;
  /** The message it quotes (replies to), if any. */
  quote?: string;
  /** A poll the bot created: its id. */
  pollId?: number;
}

/**
 * A refusal, consumed in order per kind of call. `threadId` limits it to one chat, `times` makes
 * it last (default once; Infinity for a person who never accepts strangers).
 */
export type ZaloFault = (
  | { code: number; message: string }
  | { status: number }
  | { network: true }
  | { noMsgId: true }
  | { fileDone: "never" }
) & { threadId?: string; times?: number };

export type ZaloFaultKind = "send" | "poll" | "group" | "upload" | "login" | "friend";

/**
 * Zalo's errors as zca-js users met them (ZaloApiError's message and code). ASSUMED that Zalo
 * puts them in the outer `error_code`/`error_message`; handleZaloResponse reads either level.
 */
export const ZALO_ERRORS = {
  /** RFS-ADRENO/zca-js#307: sendMessage to a stranger who refuses strangers' messages. */
  strangerBlocked: {
    code: 122,
    message:
      "Bạn chưa thể gửi tin nhắn đến người này vì người này chặn không nhận tin nhắn từ người lạ.",
  },
  /**
   * RFS-ADRENO/zca-js#229 (code 123) and #94, #328, #336: the same text twice in a short time,
   * rate limiting, or a stranger who refuses. Code 127 was not found in any report.
   */
  cannotReceive: { code: 123, message: "Không thể nhận tin nhắn từ bạn." },
  /** RFS-ADRENO/zca-js#290. */
  retryLimit: { code: -69, message: "Retry limit" },
  /** RFS-ADRENO/zca-js#173 (code 221 per the maintainer), #114 (uploads), #223, #325. */
  tooManyRequests: { code: 221, message: "Vượt quá số request cho phép" },
  /** RFS-ADRENO/zca-js#211: a send after the account logged in on Zalo Web elsewhere. */
  sessionGone: { code: 600, message: "zpw_sek bị thiếu hoặc không đúng" },
  /** RFS-ADRENO/zca-js#376: undo refused from a VPS. */
  unknown: { code: 112, message: "Lỗi không xác định" },
} as const;

/** RFS-ADRENO/zca-js#35, #47: getLoginInfo's answer for cookies that are no longer good. */
export const DEAD_SESSION = {
  code: 102,
  message:
    "The session key was improperly submitted or has reached its timeout. Direct the user to " +
    "log in again to obtain another key",
};

/** ASSUMED: kept from the old typed fake so tests read the same. */
export const POLL_NOT_FOUND = { code: 404, message: "Poll not found" };

/**
 * getServerInfo's settings. READ: features.socket (ping_interval, retries, close_and_retry_codes,
 * rotate_error_codes) in apis/listen.js; features.sharefile (max_file, max_size_share_file_v3,
 * restricted_ext_file, chunk_size_file) in sendMessage.js and uploadAttachment.js; extra_ver
 * .phonebook in getUserInfo.js. ASSUMED: every value.
 */
export function serverInfo(chunkSize: number) {
  const settings = {
    features: {
      socket: {
        ping_interval: 180_000,
        retries: { "1000": { max: 3, times: [5000] }, "1006": { max: 5, times: [1000, 5000] } },
        close_and_retry_codes: [1000, 1006],
        rotate_error_codes: [1006],
        reconnect_after_vanish: true,
        enable_ctrl_socket: true,
      },
      sharefile: {
        max_file: 50,
        max_size_share_file_v3: 1024,
        restricted_ext_file: ["exe", "bat", "cmd", "msi", "scr", "vbs", "apk"],
        chunk_size_file: chunkSize,
        big_file_domain_list: [],
      },
    },
    keepalive: { alway_keepalive: 1, keepalive_duration: 600 },
  };
  // READ: zalo.js takes `setttings` first: "Zalo currently responds with setttings".
  return { setttings: settings, extra_ver: { phonebook: 0, conv_label: "0", friend: "0" } };
}

/** READ: every zpwServiceMap key zca-js's APIs use. */
const SERVICES = [
  "aext",
  "alias",
  "auto_reply",
  "catalog",
  "chat",
  "conversation",
  "file",
  "friend",
  "friend_board",
  "group",
  "group_board",
  "group_poll",
  "label",
  "profile",
  "quick_message",
  "reaction",
  "sticker",
  "zimsg",
];

/**
 * Each service at a host under chat.zalo.me, so that zca-js sends the session cookies with
 * every call as it does to Zalo (it picks cookies by the URL before the test's fetch redirects
 * it), and under its own path prefix, so the fake knows the service by path alone.
 */
export function serviceMap(): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const name of SERVICES) {
    map[name] = [`https://tt-${name.replace(/_/g, "-")}-wpa.chat.zalo.me/s/${name}`];
  }
  return map;
}

/**
 * getLoginInfo's `data`. READ: uid, zpw_enk (base64, the key of every later call),
 * zpw_service_map_v3, zpw_ws, send2me_id. ASSUMED: the rest.
 */
export function loginInfo(uid: string, zpwEnk: string, wsUrl: string) {
  return {
    uid,
    zpw_enk: zpwEnk,
    zpw_key: zpwEnk,
    zpw_service_map_v3: serviceMap(),
    zpw_ws: [wsUrl],
    send2me_id: uid,
    phone_number: "",
    isNewAccount: 0,
    is_new_account: 0,
    public_ip: "127.0.0.1",
  };
}

/** What a websocket message carries (TGroupMessage; a person's chat has no `mentions`). */
export type WireMessage = Omit<TGroupMessage, "propertyExt" | "quote" | "mentions"> & {
  propertyExt?: TGroupMessage["propertyExt"];
  quote?: TQuote;
  mentions?: TMention[];
};

/**
 * READ: msgId, cliMsgId, uidFrom ("0" for the account itself: models/Message.js), idTo (a
 * group's id; a person's chat may say "0" for the account, which UserMessage fills in), dName,
 * content (a string, or an object; `deleteMsg` in it makes an Undo), quote, mentions. Ids are
 * strings: zca-js parses events with json-bigint, so a bare 19-digit number would not survive.
 * ASSUMED: the other fields' values.
 */
export function wireMessage(fields: {
  msgId: string;
  cliMsgId: string;
  uidFrom: string;
  idTo: string;
  dName: string;
  ts: number;
  msgType: string;
  content: WireMessage["content"];
  cmd: 501 | 521;
}): WireMessage {
  return {
    actionId: fields.msgId,
    msgId: fields.msgId,
    cliMsgId: fields.cliMsgId,
    msgType: fields.msgType,
    uidFrom: fields.uidFrom,
    idTo: fields.idTo,
    dName: fields.dName,
    ts: String(fields.ts),
    status: 1,
    content: fields.content,
    notify: "1",
    ttl: 0,
    userId: "0",
    uin: "0",
    topOut: "0",
    topOutTimeOut: "0",
    topOutImprTimeOut: "0",
    paramsExt: { countUnread: 1, containType: 0, platformType: 1 },
    cmd: fields.cmd,
    st: 3,
    at: 5,
    realMsgId: "0",
  };
}

/** ASSUMED content shapes beyond the TAttachmentContent fields zca-js declares. */
export const ZALO_CONTENT = {
  sticker: (id = 21979, catId = 10425) => ({
    msgType: "chat.sticker",
    content: { id, catId, type: 7 },
  }),
  photo: (href = "https://photo.zalo.me/fake.jpg", caption = "") => ({
    msgType: "chat.photo",
    content: attachment({ title: caption, href, thumb: href }),
  }),
  /** READ: TAttachmentContent's title and href. ASSUMED: the size as text in params.fileSize. */
  file: (name: string, size = 1024, href = `https://f.zalo.me/${encodeURIComponent(name)}`) => ({
    msgType: "share.file",
    content: attachment({
      title: name,
      href,
      params: JSON.stringify({ fileSize: String(size), fileExt: name.split(".").pop() ?? "" }),
    }),
  }),
  voice: (href = "https://voice.zalo.me/fake.aac") => ({
    msgType: "chat.voice",
    content: attachment({ href, params: JSON.stringify({ duration: 3000 }) }),
  }),
  /** A shared link: Zalo shows `title` as the message's text. */
  link: (title: string, href = "https://example.org/") => ({
    msgType: "chat.recommended",
    content: attachment({ title, href, action: "recommened.link" }),
  }),
};

function attachment(fields: Partial<Record<string, string>>) {
  return {
    title: "",
    description: "",
    href: "",
    thumb: "",
    childnumber: 0,
    action: "",
    params: "",
    type: "",
    ...fields,
  };
}

export interface FakeGroup {
  name: string;
  creatorId: string;
  adminIds: string[];
  memberIds: string[];
  /** The bot is no longer in the group. */
  left: boolean;
}

/**
 * getmg-v2's answer. READ (by chibo): gridInfoMap[id].name, creatorId, adminIds. ASSUMED: the
 * rest, and that a group the bot left is listed in removedsGroup.
 */
export function groupInfo(groups: Map<string, FakeGroup>, ids: string[]): GroupInfoResponse {
  const response: GroupInfoResponse = { removedsGroup: [], unchangedsGroup: [], gridInfoMap: {} };
  for (const id of ids) {
    const group = groups.get(id);
    if (!group || group.left) {
      response.removedsGroup.push(id);
      continue;
    }
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
      subType: 1,
      totalMember: group.memberIds.length,
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
}

/** A group event's data (READ: groupId, sourceId, updateMembers[].id make threadId and isSelf). */
export function groupEventData(
  groupId: string,
  group: FakeGroup | undefined,
  data: Partial<TGroupEventBase>,
  now: number,
): TGroupEventBase {
  return {
    subType: 0,
    groupId,
    creatorId: group?.creatorId ?? "",
    groupName: group?.name ?? "",
    sourceId: "",
    updateMembers: [],
    groupSetting: null,
    groupTopic: null,
    info: null,
    extraData: null,
    time: String(now),
    avt: null,
    fullAvt: null,
    isAdd: 0,
    hideGroupInfo: 0,
    version: String(now),
    groupType: 1,
    ...data,
  };
}

export interface FakePoll {
  groupId: string;
  question: string;
  options: { content: string; option_id: number; voters: string[] }[];
  closed: boolean;
  poll_id: number;
  allow_multi_choices: boolean;
  allow_add_new_option: boolean;
  is_anonymous: boolean;
  is_hide_vote_preview: boolean;
  expired_time: number;
  created_time: number;
}

/**
 * In which order the poll's options are listed. ASSUMED: Zalo's own order is not known;
 * "reversed" and "byVotes" are there so the bot is tested not to rely on it.
 */
export type PollOrder = "created" | "reversed" | "byVotes";

/** PollDetail (READ by chibo: options[].option_id, content, votes, voters; closed). */
export function pollDetail(poll: FakePoll, creator: string, order: PollOrder): PollDetail {
  let options = poll.options.map((option) => ({
    content: option.content,
    votes: option.voters.length,
    voted: option.voters.includes(creator),
    // ASSUMED: an anonymous poll hides who voted, not how many.
    voters: poll.is_anonymous ? [] : [...option.voters],
    option_id: option.option_id,
  }));
  if (order === "reversed") options = options.reverse();
  if (order === "byVotes") options = [...options].sort((a, b) => b.votes - a.votes);
  return {
    creator,
    question: poll.question,
    options,
    joined: options.some((option) => option.voted),
    closed: poll.closed,
    poll_id: poll.poll_id,
    allow_multi_choices: poll.allow_multi_choices,
    allow_add_new_option: poll.allow_add_new_option,
    is_anonymous: poll.is_anonymous,
    poll_type: 0,
    created_time: poll.created_time,
    updated_time: poll.created_time,
    expired_time: poll.expired_time,
    is_hide_vote_preview: poll.is_hide_vote_preview,
    num_vote: options.reduce((sum, option) => sum + option.votes, 0),
  };
}

/**
 * A QR code as a PNG, as qr/generate's `image` (READ: a data URL, saved to `qrPath`).
 * ASSUMED: what Zalo's code holds; here a made-up login address.
 */
export function qrImage(): string {
  const { modules } = create("https://example.com/zalo-login?code=fake");
  const scale = 4;
  const margin = 4;
  const size = (modules.size + 2 * margin) * scale;
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const row = Math.floor(y / scale) - margin;
      const col = Math.floor(x / scale) - margin;
      const inside = row >= 0 && col >= 0 && row < modules.size && col < modules.size;
      const dark = inside && modules.get(row, col) === 1;
      const at = (y * size + x) * 4;
      png.data.fill(dark ? 0 : 255, at, at + 3);
      png.data[at + 3] = 255;
    }
  }
  return `data:image/png;base64,${PNG.sync.write(png).toString("base64")}`;
}
