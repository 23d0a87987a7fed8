/**
 * The fake Zalo server through the real zca-js client: every call below is zca-js's own code
 * talking to the fake over HTTP and a websocket.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  type API,
  CloseReason,
  FriendEventType,
  type GroupEvent,
  GroupEventType,
  GroupMessage,
  LoginQRCallbackEventType,
  type Message,
  ThreadType,
  type Undo,
  UserMessage,
  Zalo,
  ZaloApiError,
} from "zca-js";
import { zaloClientOptions } from "../../src/platforms/zalo/zalo-server.js";
import { FakeZaloServer, ZALO_CONTENT, ZALO_ERRORS } from "./fake-zalo-server.js";

const lan = { id: "6452310948373629184", name: "Nguyễn Thị Lan" };
const minh = { id: "7718203942213746541", name: "Trần Văn Minh" };
const GROUP = "5980213370512318825";

type Listener = API["listener"];

/** The next time the listener emits `event`, with its arguments. */
function next(listener: Listener, event: string): Promise<unknown[]> {
  return new Promise((resolve) => {
    const emitter = listener as unknown as NodeJS.EventEmitter;
    emitter.once(event, (...args: unknown[]) => resolve(args));
  });
}

/** The next message that is not the bot's own echo. */
function nextMessage(listener: Listener): Promise<Message> {
  return new Promise((resolve) => {
    const onMessage = (message: Message) => {
      if (message.isSelf) return;
      listener.off("message", onMessage);
      resolve(message);
    };
    listener.on("message", onMessage);
  });
}

async function connect(api: API): Promise<void> {
  const keyed = next(api.listener, "cipher_key");
  api.listener.start({ retryOnClose: false });
  await keyed;
}

let server: FakeZaloServer;
let api: API;

beforeEach(async () => {
  server = await FakeZaloServer.start({ chunkSize: 1024 });
  server.addGroup(GROUP, "Chi bộ 3", minh, [lan]);
  api = await new Zalo(zaloClientOptions(server.url)).login(server.credentials());
});

afterEach(async () => {
  api.listener.stop();
  await server.close();
});

describe("logging in with saved cookies", () => {
  it("logs in as the bot, with the session's imei", () => {
    expect(api.getOwnId()).toBe(server.botId);
    expect(server.logins).toEqual([{ imei: server.credentials().imei, ok: true }]);
  });

  it("fails with zca-js's own words when the cookies are dead", async () => {
    server.expireSession();
    const login = new Zalo(zaloClientOptions(server.url)).login(server.credentials());
    await expect(login).rejects.toThrow(new ZaloApiError("Đăng nhập thất bại"));
    server.expireSession("serverInfo");
    const again = new Zalo(zaloClientOptions(server.url)).login(server.credentials());
    await expect(again).rejects.toThrow(
      "Failed to fetch server info: zpw_sek bị thiếu hoặc không đúng",
    );
    // The session that was logged in is refused as well.
    await expect(api.sendMessage("hi", lan.id)).rejects.toMatchObject({ code: 600 });
  });

  it("fails to fetch when the network is down", async () => {
    server.fail("login", { network: true });
    const login = new Zalo(zaloClientOptions(server.url)).login(server.credentials());
    await expect(login).rejects.toThrow(TypeError);
    await expect(login).rejects.toThrow("fetch failed");
  });
});

describe("logging in with a QR code", () => {
  it("saves the QR, waits for the phone and logs in with the cookies it was given", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chibo-qr-"));
    const qrPath = join(dir, "qr.png");
    const events: LoginQRCallbackEventType[] = [];
    let saved: Promise<unknown> = Promise.resolve();
    try {
      const qrApi = await new Zalo(zaloClientOptions(server.url)).loginQR({ qrPath }, (event) => {
        events.push(event.type);
        if (event.type === LoginQRCallbackEventType.QRCodeGenerated) {
          // zca-js does not wait for its callback: the file is written meanwhile.
          saved = event.actions.saveToFile(qrPath);
        }
      });
      await saved;
      expect(qrApi.getOwnId()).toBe(server.botId);
      expect(readFileSync(qrPath).subarray(1, 4).toString()).toBe("PNG");
      expect(events).toEqual([
        LoginQRCallbackEventType.QRCodeGenerated,
        LoginQRCallbackEventType.QRCodeScanned,
        LoginQRCallbackEventType.GotLoginInfo,
      ]);
      expect(server.qrLogins).toBe(1);
      await expect(qrApi.sendMessage("xin chào", lan.id)).resolves.toBeTruthy();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("lets zca-js's own 100-second timer expire a QR nobody scans", async () => {
    server.qrOutcome = "expired";
    const dir = mkdtempSync(join(tmpdir(), "chibo-qr-"));
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      let shown = () => {};
      const generated = new Promise<void>((resolve) => {
        shown = resolve;
      });
      const login = new Zalo(zaloClientOptions(server.url)).loginQR(
        { qrPath: join(dir, "qr.png") },
        (event) => {
          if (event.type === LoginQRCallbackEventType.QRCodeGenerated) shown();
          if (event.type === LoginQRCallbackEventType.QRCodeExpired) event.actions.abort();
        },
      );
      login.catch(() => {});
      await generated;
      await vi.advanceTimersByTimeAsync(100_000);
      await expect(login).rejects.toMatchObject({ name: "ZaloApiLoginQRAborted" });
    } finally {
      vi.useRealTimers();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("ends with ZaloApiLoginQRDeclined when the phone declines", async () => {
    server.qrOutcome = "declined";
    const dir = mkdtempSync(join(tmpdir(), "chibo-qr-"));
    try {
      const login = new Zalo(zaloClientOptions(server.url)).loginQR({
        qrPath: join(dir, "qr.png"),
      });
      await expect(login).rejects.toMatchObject({ name: "ZaloApiLoginQRDeclined" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the websocket", () => {
  it("gives the cipher key and pushes a group message, encrypted", async () => {
    await connect(api);
    const arrived = nextMessage(api.listener);
    const msgId = server.say(lan, "/dangky", GROUP);
    const message = await arrived;
    expect(message).toBeInstanceOf(GroupMessage);
    expect(message.threadId).toBe(GROUP);
    expect(message.data).toMatchObject({ msgId, content: "/dangky", uidFrom: lan.id });
    expect(message.data.dName).toBe(lan.name);
  });

  it("pushes private messages, mentions, quotes, other content and recalls", async () => {
    await connect(api);
    let arrived = nextMessage(api.listener);
    server.say(minh, "chào bot");
    const direct = await arrived;
    expect(direct).toBeInstanceOf(UserMessage);
    expect(direct.threadId).toBe(minh.id);

    arrived = nextMessage(api.listener);
    const first = server.say(lan, "@Minh họp nhé", GROUP, {
      mentions: [{ uid: minh.id, pos: 0, len: 5 }],
    });
    expect(((await arrived) as GroupMessage).data.mentions).toEqual([
      { uid: minh.id, pos: 0, len: 5, type: 0 },
    ]);

    arrived = nextMessage(api.listener);
    server.say(minh, "ok", GROUP, { quote: first });
    expect((await arrived).data.quote).toMatchObject({
      globalMsgId: Number(first),
      msg: "@Minh họp nhé",
    });

    arrived = nextMessage(api.listener);
    server.sayContent(lan, ZALO_CONTENT.link("Nghị quyết", "https://example.org/nq"), GROUP);
    const link = await arrived;
    expect(link.data.msgType).toBe("chat.recommended");
    expect(link.data.content).toMatchObject({ title: "Nghị quyết" });

    const undo = next(api.listener, "undo");
    server.recall(lan, first, GROUP);
    const [recalled] = (await undo) as [Undo];
    expect(recalled.threadId).toBe(GROUP);
    expect(recalled.data.content.globalMsgId).toBe(Number(first));
  });

  it("answers an old-messages request with the latest history, the bot's own included", async () => {
    await connect(api);
    server.sayWhileDown(lan, "trong lúc mất mạng", GROUP);
    await api.sendMessage("bot nói", GROUP, ThreadType.Group);
    const old = next(api.listener, "old_messages");
    api.listener.requestOldMessages(ThreadType.Group, "7300000000000999");
    const [messages, type] = (await old) as [GroupMessage[], ThreadType];
    expect(type).toBe(ThreadType.Group);
    expect(messages.map((m) => [m.data.content, m.isSelf])).toEqual([
      ["trong lúc mất mạng", false],
      ["bot nói", true],
    ]);
    expect(server.oldRequests).toEqual([{ type: ThreadType.Group, lastId: "7300000000000999" }]);
  });

  it("carries group and friend events; the bot's own removal only with selfListen", async () => {
    await connect(api);
    const removed = next(api.listener, "group_event");
    server.removeFromGroup(GROUP, minh);
    const [event] = (await removed) as [GroupEvent];
    expect(event).toMatchObject({
      type: GroupEventType.REMOVE_MEMBER,
      threadId: GROUP,
      isSelf: true,
    });
    expect((await api.getGroupInfo(GROUP)).removedsGroup).toEqual([GROUP]);

    const asked = next(api.listener, "friend_event");
    server.friendRequest(lan, "Cho mình kết bạn");
    const [friend] = (await asked) as [{ type: FriendEventType; data: { message: string } }];
    expect(friend.type).toBe(FriendEventType.REQUEST);
    expect(friend.data.message).toBe("Cho mình kết bạn");
    await api.acceptFriendRequest(lan.id);
    expect(server.acceptedFriends).toEqual([lan.id]);
  });

  it("gives a person's chats their own history, recalled messages included", async () => {
    await connect(api);
    const arrived = nextMessage(api.listener);
    const asked = server.say(minh, "hỏi riêng");
    await arrived;
    server.recall(minh, asked);
    await api.sendMessage("trả lời", minh.id);
    server.sayWhileDown(lan, "nhắn lúc bot tắt");
    const old = next(api.listener, "old_messages");
    api.listener.requestOldMessages(ThreadType.User);
    const [messages] = (await old) as [UserMessage[]];
    expect(messages.map((m) => [m.threadId, m.data.content])).toEqual([
      [minh.id, "hỏi riêng"],
      [minh.id, "trả lời"],
      [lan.id, "nhắn lúc bot tắt"],
    ]);
    expect(server.oldRequests).toEqual([{ type: ThreadType.User, lastId: null }]);
  });

  it("sends plain JSON events when told, and drops the connection every so often", async () => {
    server.encrypt = 0;
    await connect(api);
    const arrived = nextMessage(api.listener);
    server.say(lan, "không mã hoá", GROUP);
    expect((await arrived).data.content).toBe("không mã hoá");
    const stop = server.dropEvery(20);
    try {
      for (let i = 0; i < 2; i++) {
        const closed = next(api.listener, "closed");
        if (i > 0) await connect(api);
        expect((await closed)[0]).toBe(CloseReason.AbnormalClosure);
      }
    } finally {
      stop();
    }
    expect(server.connections).toBe(2);
  });

  it("refuses calls while offline, and the websocket of a dead session", async () => {
    server.offline = true;
    await expect(api.getGroupInfo(GROUP)).rejects.toThrow("fetch failed");
    server.offline = false;
    server.expireSession();
    api.listener.on("error", () => {}); // the refused handshake is an "error" first
    const closed = next(api.listener, "closed");
    api.listener.start({ retryOnClose: false });
    expect((await closed)[0]).toBe(CloseReason.AbnormalClosure);
    expect(server.connections).toBe(0);
  });

  it("closes with 3000 on a duplicate connection, 3003 on a kick, 1006 on a drop", async () => {
    for (const [act, code] of [
      [() => server.duplicateConnection(), CloseReason.DuplicateConnection],
      [() => server.kick(), CloseReason.KickConnection],
      [() => server.drop(), CloseReason.AbnormalClosure],
    ] as const) {
      await connect(api);
      const closed = next(api.listener, "closed");
      act();
      expect((await closed)[0]).toBe(code);
      expect(server.connected()).toBe(false);
    }
    expect(server.connections).toBe(3);
  });
});

describe("what the bot sends", () => {
  it("records texts to groups and people, with mentions, and echoes them", async () => {
    await connect(api);
    const echo = next(api.listener, "message");
    const sent = await api.sendMessage("Chào chi bộ", GROUP, ThreadType.Group);
    expect(typeof sent.message?.msgId).toBe("number");
    const [echoed] = (await echo) as [GroupMessage];
    expect(echoed.isSelf).toBe(true);
    expect(echoed.data.msgId).toBe(String(sent.message?.msgId));

    await api.sendMessage(
      { msg: "Lan ơi, nộp kế hoạch", mentions: [{ pos: 0, len: 3, uid: lan.id }] },
      GROUP,
      ThreadType.Group,
    );
    await api.sendMessage("Nhắc riêng", lan.id, ThreadType.User);
    expect(
      server.sent.map(({ threadId, type, text, mentions }) => ({ threadId, type, text, mentions })),
    ).toEqual([
      { threadId: GROUP, type: ThreadType.Group, text: "Chào chi bộ", mentions: [] },
      {
        threadId: GROUP,
        type: ThreadType.Group,
        text: "Lan ơi, nộp kế hoạch",
        mentions: [{ pos: 0, len: 3, uid: lan.id }],
      },
      { threadId: lan.id, type: ThreadType.User, text: "Nhắc riêng", mentions: [] },
    ]);
    expect(server.textsTo(lan.id)).toEqual(["Nhắc riêng"]);
  });

  it("creates polls, counts votes, lists options in another order when told, and locks", async () => {
    const created = await api.createPoll(
      { question: "Họp ngày nào?", options: ["T2", "T4", "T6"] },
      GROUP,
    );
    expect(created.options.map((o) => o.option_id)).not.toEqual([0, 1, 2]);
    server.vote(lan, created.poll_id, 1);
    server.vote(minh, created.poll_id, "T6");
    server.pollOrder = "reversed";
    const detail = await api.getPollDetail(created.poll_id);
    expect(detail.options.map((o) => [o.content, o.votes, o.voters])).toEqual([
      ["T6", 1, [minh.id]],
      ["T4", 1, [lan.id]],
      ["T2", 0, []],
    ]);
    expect(await api.lockPoll(created.poll_id)).toBe("");
    expect((await api.getPollDetail(created.poll_id)).closed).toBe(true);
    expect(() => server.vote(lan, created.poll_id, 0)).toThrow(/locked/);
    expect(server.textsTo(GROUP)).toEqual(["📊 Họp ngày nào?"]);
  });

  it("hides voters of an anonymous poll", async () => {
    const poll = await api.createPoll(
      { question: "Kín?", options: ["Có", "Không"], isAnonymous: true },
      GROUP,
    );
    server.vote(lan, poll.poll_id, 0);
    const detail = await api.getPollDetail(poll.poll_id);
    expect(detail.options[0]).toMatchObject({ votes: 1, voters: [] });
  });

  it("sends a file once the websocket says file_done, and waits forever without it", async () => {
    await connect(api);
    const data = Buffer.alloc(2500, 7); // three chunks of 1024
    const file = { data, filename: "baocao.docx" as const, metadata: { totalSize: data.length } };
    const sent = await api.sendMessage(
      { msg: "Báo cáo", attachments: [file] },
      GROUP,
      ThreadType.Group,
    );
    expect(sent.attachment).toHaveLength(1);
    expect(server.sent.map((m) => [m.text, m.files])).toEqual([
      ["Báo cáo", []],
      ["", [{ filename: "baocao.docx", data }]],
    ]);

    server.fail("upload", { fileDone: "never" });
    let settled = false;
    const pending = api
      .sendMessage({ msg: "", attachments: [file] }, GROUP, ThreadType.Group)
      .finally(() => {
        settled = true;
      });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(settled).toBe(false);
    expect(server.heldFiles).toHaveLength(1);
    server.completeUploads();
    await pending;
    expect(server.sent).toHaveLength(3);
  });

  it("sends a photo with its caption as one message", async () => {
    const png = PNG.sync.write(new PNG({ width: 10, height: 10 }));
    const photo = {
      data: png,
      filename: "chart.png" as const,
      metadata: { totalSize: png.length, width: 10, height: 10 },
    };
    await api.sendMessage({ msg: "Biểu đồ", attachments: [photo] }, GROUP, ThreadType.Group);
    expect(server.sent).toEqual([
      expect.objectContaining({ text: "Biểu đồ", files: [{ filename: "chart.png", data: png }] }),
    ]);
  });

  it("reads group info", async () => {
    const info = await api.getGroupInfo(GROUP);
    expect(info.gridInfoMap[GROUP]).toMatchObject({
      name: "Chi bộ 3",
      creatorId: minh.id,
      adminIds: [lan.id],
    });
  });
});

describe("scripted faults", () => {
  it("refuses with Zalo's code and message", async () => {
    server.fail("send", { ...ZALO_ERRORS.strangerBlocked, threadId: lan.id });
    await api.sendMessage("vào nhóm", GROUP, ThreadType.Group);
    const refused = api.sendMessage("chào", lan.id);
    await expect(refused).rejects.toBeInstanceOf(ZaloApiError);
    await expect(refused).rejects.toMatchObject({
      name: "ZcaApiError",
      code: 122,
      message: ZALO_ERRORS.strangerBlocked.message,
    });
    expect(server.textsTo(lan.id)).toEqual([]);
  });

  it("refuses an upload for going too fast", async () => {
    server.fail("upload", ZALO_ERRORS.tooManyRequests);
    const data = Buffer.alloc(100, 1);
    const file = { data, filename: "a.pdf" as const, metadata: { totalSize: data.length } };
    const refused = api.sendMessage({ msg: "", attachments: [file] }, GROUP, ThreadType.Group);
    await expect(refused).rejects.toMatchObject({
      code: 221,
      message: "Vượt quá số request cho phép",
    });
  });

  it("answers HTTP 502: ZaloApiError without a code", async () => {
    server.fail("poll", { status: 502 });
    const refused = api.getPollDetail(1);
    await expect(refused).rejects.toBeInstanceOf(ZaloApiError);
    await expect(refused).rejects.toMatchObject({
      code: null,
      message: "Request failed with status code 502",
    });
  });

  it("answers a send without a msgId: no error, nothing sent", async () => {
    server.fail("send", { noMsgId: true });
    await expect(api.sendMessage("lạc", GROUP, ThreadType.Group)).resolves.toEqual({
      message: null,
      attachment: [],
    });
    expect(server.sent).toEqual([]);
  });
});
