/**
 * The fake Zalo server's HTTP services (zpw_service_map_v3): sending, uploading, polls, group
 * info and friend requests, with the scripted faults. READ from zca-js 2.2.0: the paths under
 * each service, that `params` (body or query) is encrypted with zpw_enk, the answer's shape
 * (handleZaloResponse) and the fields each API reads. ASSUMED: the rest of Zalo's answers.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ThreadType } from "zca-js";
import {
  type FakeGroup,
  type FakePoll,
  groupInfo,
  POLL_NOT_FOUND,
  type PollOrder,
  pollDetail,
  type WireMessage,
  ZALO_CONTENT,
  ZALO_ERRORS,
  type ZaloFault,
  type ZaloFaultKind,
  type ZaloSent,
} from "./fake-zalo-server-data.js";
import { json, type ZaloSession } from "./fake-zalo-server-login.js";
import { decryptText, encryptText, multipartParts, sessionKey } from "./zalo-wire.js";

export type Params = Record<string, unknown>;
type Reply = (data: unknown) => void;
type Content = { msgType: string; content: WireMessage["content"] };
type Mention = { pos: number; len: number; uid: string };

export interface ServiceHost {
  readonly botId: string;
  readonly now: () => number;
  readonly fileDoneDelayMs: number;
  sessionOf(request: IncomingMessage): ZaloSession | null;
  /** Keeps the bot's message for old-messages requests and echoes it; its id. */
  own(
    threadId: string,
    isGroup: boolean,
    content: Content,
    cliMsgId: string,
    mentions: Mention[],
  ): string;
  /** The websocket's file_done for an uploaded file. */
  fileDone(fileId: string, url: string): void;
  /** A timer the server clears when it closes. */
  later(ms: number, run: () => void): void;
}

// ASSUMED: the answer to a call whose parameters do not make sense.
const BAD_PARAMS = { code: 114, message: "Tham số không hợp lệ" };

/** ASSUMED: Zalo's refusals in the outer error_code and error_message, no data. */
export function refuse(response: ServerResponse, error: { code: number; message: string }) {
  json(response, { error_code: error.code, error_message: error.message, data: null });
}

export class ZaloServices {
  readonly sent: ZaloSent[] = [];
  readonly calls: { path: string; params: Params }[] = [];
  readonly groups = new Map<string, FakeGroup>();
  readonly polls = new Map<number, FakePoll>();
  readonly friendRequests = new Map<string, string>();
  readonly acceptedFriends: string[] = [];
  readonly rejectedFriends: string[] = [];
  readonly heldFiles: string[] = [];
  fileDone: "auto" | "never" | "manual" = "auto";
  pollOrder: PollOrder = "created";
  private readonly faults = new Map<ZaloFaultKind, ZaloFault[]>();
  private readonly uploads = new Map<
    string,
    { totalChunk: number; chunks: Map<number, Buffer>; fileDone: ZaloServices["fileDone"] }
  >();
  private readonly files = new Map<string, { filename: string; data: Buffer; url: string }>();
  private nextFileId = 3_100_000_001;
  private nextPollId = 1_900_000_001;
  private nextOptionId = 5_800_000_001;

  constructor(private readonly host: ServiceHost) {}

  fail(kind: ZaloFaultKind, faults: ZaloFault[]): void {
    const queue = this.faults.get(kind) ?? [];
    queue.push(...faults.map((fault) => ({ ...fault })));
    this.faults.set(kind, queue);
  }

  /** The first fault due for this kind of call (and chat), consumed. */
  takeFault(kind: ZaloFaultKind, threadId: string): ZaloFault | undefined {
    const queue = this.faults.get(kind) ?? [];
    const index = queue.findIndex((f) => f.threadId === undefined || f.threadId === threadId);
    const fault = queue[index];
    if (!fault) return undefined;
    const times = (fault.times ?? 1) - 1;
    if (times <= 0) queue.splice(index, 1);
    else fault.times = times;
    return fault;
  }

  /** Answers as the fault says; false if the call goes on (a withheld file_done). */
  applyFault(fault: ZaloFault, response: ServerResponse, reply: Reply): boolean {
    if ("network" in fault) response.socket?.destroy();
    else if ("status" in fault) {
      response.writeHead(fault.status, { "content-type": "text/html" });
      response.end(`<html><body><h1>${fault.status}</h1></body></html>`);
    } else if ("code" in fault) refuse(response, fault);
    else if ("noMsgId" in fault) reply(null);
    else return false;
    return true;
  }

  fileUrl(id: string): string {
    return this.files.get(id)?.url ?? "";
  }

  /** A call to /s/<service>/api/…; `path` is the part from /api. */
  handle(request: IncomingMessage, response: ServerResponse, url: URL, body: Buffer, path: string) {
    const session = this.host.sessionOf(request);
    if (!session) return refuse(response, ZALO_ERRORS.sessionGone);
    const key = sessionKey(session.zpwEnk);
    const contentType = request.headers["content-type"] ?? "";
    const form = contentType.startsWith("multipart/") ? null : new URLSearchParams(body.toString());
    const encrypted = form?.get("params") ?? url.searchParams.get("params");
    const params = (encrypted ? JSON.parse(decryptText(key, encrypted)) : {}) as Params;
    this.calls.push({ path, params });
    // READ (handleZaloResponse): the JSON inside `data` is encrypted with zpw_enk.
    const reply = (data: unknown) => {
      const inner = JSON.stringify({ error_code: 0, error_message: "", data });
      json(response, { error_code: 0, error_message: "", data: encryptText(key, inner) });
    };
    const kind = kindOf(path);
    const thread = String(params.grid ?? params.toid ?? params.group_id ?? params.fid ?? "");
    const fault = kind ? this.takeFault(kind, thread) : undefined;
    if (fault && this.applyFault(fault, response, reply)) return;
    if (kind === "send") return this.send(path, params, reply, response);
    if (kind === "upload") {
      const part = multipartParts(body, contentType).find((p) => p.name === "chunkContent");
      return this.upload(path, params, part?.data ?? Buffer.alloc(0), reply, response, fault);
    }
    if (kind === "poll") return this.poll(path, params, reply, response);
    if (kind === "group") {
      const ids = Object.keys(JSON.parse(String(params.gridVerMap ?? "{}")) as object);
      return reply(groupInfo(this.groups, ids));
    }
    if (path === "/api/friend/accept" || path === "/api/friend/reject") {
      const fid = String(params.fid);
      (path.endsWith("accept") ? this.acceptedFriends : this.rejectedFriends).push(fid);
      this.friendRequests.delete(fid);
      return reply("");
    }
    response.writeHead(404, { "content-type": "text/plain" }).end("Not Found");
  }

  /** Text (sendmsg, mention, quote, sms) or a photo or file uploaded before. */
  private send(path: string, params: Params, reply: Reply, response: ServerResponse): void {
    const isGroup = path.startsWith("/api/group/");
    const threadId = String(isGroup ? params.grid : params.toid);
    const mentionInfo = typeof params.mentionInfo === "string" ? params.mentionInfo : "[]";
    const mentions = (JSON.parse(mentionInfo) as Mention[]).map(({ pos, len, uid }) => ({
      pos,
      len,
      uid,
    }));
    let text = String(params.message ?? params.desc ?? "");
    let files: ZaloSent["files"] = [];
    let wire: Content = { msgType: "webchat", content: text };
    const fileId = params.photoId ?? params.fileId;
    if (fileId !== undefined) {
      const file = this.files.get(String(fileId));
      const md5 = file && createHash("md5").update(file.data).digest("hex");
      // READ: with a file (not a photo) zca-js sends the md5 of what it uploaded.
      if (!file || (params.fileId !== undefined && md5 !== params.checksum)) {
        return refuse(response, BAD_PARAMS);
      }
      files = [{ filename: file.filename, data: file.data }];
      text = String(params.desc ?? "");
      wire = params.photoId
        ? ZALO_CONTENT.photo(file.url, text)
        : ZALO_CONTENT.file(file.filename, file.data.length);
    }
    const cliMsgId = String(params.clientId ?? this.host.now());
    const msgId = this.host.own(threadId, isGroup, wire, cliMsgId, mentions);
    const quote = params.qmsgId === undefined ? {} : { quote: String(params.qmsgId) };
    this.sent.push({
      threadId,
      type: isGroup ? ThreadType.Group : ThreadType.User,
      text,
      mentions,
      files,
      msgId,
      ...quote,
    });
    // READ: SendMessageResult is { msgId: number }.
    reply({ msgId: Number(msgId) });
  }

  /**
   * A chunk of a photo (photo_original/upload) or file (asyncfile/upload). READ: zca-js posts
   * every chunk at once, each with chunkId and totalChunk; it takes an answer whose fileId or
   * photoId is not "-1" as the upload's, and for a file then waits for the websocket's
   * file_done with no timeout. ASSUMED: Zalo answers "-1" until the last chunk is in.
   */
  private upload(
    path: string,
    params: Params,
    data: Buffer,
    reply: Reply,
    response: ServerResponse,
    fault: ZaloFault | undefined,
  ): void {
    const image = path.includes("photo_original");
    const fileName = String(params.fileName);
    const key = `${params.clientId}:${fileName}`;
    const upload = this.uploads.get(key) ?? {
      totalChunk: Number(params.totalChunk),
      chunks: new Map<number, Buffer>(),
      fileDone: this.fileDone,
    };
    this.uploads.set(key, upload);
    if (fault && "fileDone" in fault) upload.fileDone = "never";
    upload.chunks.set(Number(params.chunkId), data);
    const base = { finished: 0, clientFileId: params.clientId, chunkId: params.chunkId };
    if (upload.chunks.size < upload.totalChunk) {
      return reply(image ? { ...base, photoId: "-1" } : { ...base, fileId: "-1" });
    }
    this.uploads.delete(key);
    const parts = [...upload.chunks.entries()].sort(([a], [b]) => a - b).map(([, part]) => part);
    const id = String(this.nextFileId++);
    const url = `https://f.zalo.me/fake/${id}/${encodeURIComponent(fileName)}`;
    this.files.set(id, { filename: fileName, data: Buffer.concat(parts), url });
    if (image) {
      const urls = { normalUrl: url, hdUrl: url, thumbUrl: url };
      return reply({ ...base, finished: 1, photoId: id, ...urls });
    }
    reply({ ...base, finished: 1, fileId: id });
    if (upload.fileDone !== "auto") return void this.heldFiles.push(id);
    // READ: zca-js registers its file_done callback only once it has read this answer; a
    // file_done before that is lost and the upload never ends. Zalo's comes after processing.
    response.on("finish", () =>
      this.host.later(this.host.fileDoneDelayMs, () => this.host.fileDone(id, url)),
    );
  }

  private poll(path: string, params: Params, reply: Reply, response: ServerResponse): void {
    if (path === "/api/poll/create") {
      return reply(pollDetail(this.createPoll(params), this.host.botId, this.pollOrder));
    }
    const poll = this.polls.get(Number(params.poll_id));
    if (!poll) return refuse(response, POLL_NOT_FOUND);
    if (path === "/api/poll/end") {
      poll.closed = true;
      return reply("");
    }
    if (path === "/api/poll/vote") {
      const ids = (params.option_ids as number[] | undefined) ?? [];
      for (const option of poll.options) {
        option.voters = option.voters.filter((id) => id !== this.host.botId);
        if (ids.includes(option.option_id)) option.voters.push(this.host.botId);
      }
    } else if (path !== "/api/poll/detail") {
      return void response.writeHead(404).end("Not Found");
    }
    reply(pollDetail(poll, this.host.botId, this.pollOrder));
  }

  /** READ: create's params; ASSUMED: option ids (not 0..n-1) and the poll's message. */
  private createPoll(params: Params): FakePoll {
    const groupId = String(params.group_id);
    const question = String(params.question);
    const poll: FakePoll = {
      groupId,
      question,
      options: (params.options as string[]).map((content) => ({
        content,
        option_id: this.nextOptionId++,
        voters: [],
      })),
      closed: false,
      poll_id: this.nextPollId++,
      allow_multi_choices: params.allow_multi_choices === true,
      allow_add_new_option: params.allow_add_new_option === true,
      is_anonymous: params.is_anonymous === true,
      is_hide_vote_preview: params.is_hide_vote_preview === true,
      expired_time: Number(params.expired_time ?? 0),
      created_time: this.host.now(),
    };
    this.polls.set(poll.poll_id, poll);
    const content = { title: question, params: JSON.stringify({ pollId: poll.poll_id }) };
    const msgId = this.host.own(
      groupId,
      true,
      { msgType: "group.poll", content },
      String(this.host.now()),
      [],
    );
    this.sent.push({
      threadId: groupId,
      type: ThreadType.Group,
      text: `📊 ${question}`,
      mentions: [],
      files: [],
      msgId,
      pollId: poll.poll_id,
    });
    return poll;
  }
}

/** Which scripted faults a call takes. */
function kindOf(path: string): ZaloFaultKind | null {
  if (path.endsWith("/upload")) return "upload";
  if (path.startsWith("/api/poll/")) return "poll";
  if (path === "/api/group/getmg-v2") return "group";
  if (path.startsWith("/api/friend/")) return "friend";
  if (/\/(sendmsg|mention|quote|sms|photo_original\/send|asyncfile\/msg)$/.test(path)) {
    return "send";
  }
  return null;
}
