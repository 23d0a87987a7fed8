import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, GrammyError, InlineKeyboard, InputFile } from "grammy";
import type { Chat, Poll, Update, User } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UploadedFile } from "./bot-api-spec.js";
import { FakeBotApi, GROUP_ANONYMOUS_BOT, type SentMessage } from "./fake-bot-api.js";
import { parseTelegramHtml } from "./telegram-html.js";

let fake: FakeBotApi;
let bot: Bot;

beforeEach(async () => {
  fake = await FakeBotApi.start();
  bot = new Bot(fake.token, { client: { apiRoot: fake.apiRoot } });
});

afterEach(async () => {
  await fake.stop();
});

/** The GrammyError a refused call rejects with. */
async function refusal(call: Promise<unknown>): Promise<GrammyError> {
  const error = await call.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(GrammyError);
  return error as GrammyError;
}

describe("calls checked against the spec", () => {
  it("answers getMe with the bot", async () => {
    const me = await bot.api.getMe();
    expect(me).toMatchObject({ is_bot: true, first_name: "chibo", username: "chibo_test_bot" });
  });

  it("refuses a wrong token with 401 and an unknown method with 404", async () => {
    const stranger = new Bot("1:wrong", { client: { apiRoot: fake.apiRoot } });
    expect((await refusal(stranger.api.getMe())).error_code).toBe(401);
    const response = await fetch(`${fake.apiRoot}/bot${fake.token}/sendTelepathy`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ ok: false, error_code: 404, description: "Not Found" });
  });

  it("refuses a missing required field and a field of the wrong type", async () => {
    const missing = await refusal(bot.api.raw.sendMessage({ text: "hi" } as never));
    expect(missing.description).toMatch(/chat_id is required/);
    const wrongType = await refusal(bot.api.raw.sendMessage({ chat_id: 1.5, text: "hi" }));
    expect(wrongType.error_code).toBe(400);
    expect(fake.refused.map((call) => call.method)).toEqual(["sendMessage", "sendMessage"]);
  });

  it("sends to a user who started the bot and records the message", async () => {
    fake.startedBot(42);
    const html = "<b>Xin chào</b> &amp; welcome";
    const message = await bot.api.sendMessage(42, html, { parse_mode: "HTML" });
    const second = await bot.api.sendMessage(42, "again");
    expect(message).toMatchObject({ message_id: 1, text: "Xin chào & welcome", chat: { id: 42 } });
    expect(second.message_id).toBe(2);
    expect(fake.messagesTo(42).map(({ text, html }) => ({ text, html }))).toEqual([
      { text: "Xin chào & welcome", html },
      { text: "again", html: "again" },
    ]);
  });

  it("refuses HTML Telegram cannot parse", async () => {
    fake.startedBot(42);
    for (const html of ["<b>unclosed", "a < b", "<script>x</script>", "Tom & Jerry"]) {
      const error = await refusal(bot.api.sendMessage(42, html, { parse_mode: "HTML" }));
      expect(error.description).toMatch(/^Bad Request: can't parse entities: /);
    }
    const escaped = await bot.api.sendMessage(42, "&lt;b&gt;", { parse_mode: "HTML" });
    expect(escaped.text).toBe("<b>");
  });

  it("limits text to 1-4096 characters after parsing", async () => {
    fake.startedBot(42);
    await bot.api.sendMessage(42, "x".repeat(4096));
    const long = await refusal(bot.api.sendMessage(42, "x".repeat(4097)));
    expect(long.description).toBe("Bad Request: message is too long");
    const empty = await refusal(bot.api.sendMessage(42, "<b> </b>", { parse_mode: "HTML" }));
    expect(empty.description).toBe("Bad Request: message text is empty");
  });

  it("counts callback_data in UTF-8 bytes", async () => {
    fake.startedBot(42);
    const data = `${"đăng ký ".repeat(5)}${"x".repeat(9)}`; // 49 characters, 64 bytes
    const keyboard = (callbackData: string) => new InlineKeyboard().text("Đăng ký", callbackData);
    await bot.api.sendMessage(42, "ok", { reply_markup: keyboard(data) });
    const error = await refusal(
      bot.api.sendMessage(42, "too long", { reply_markup: keyboard(`${data}x`) }),
    );
    expect(error.description).toMatch(/callback_data must be 1-64 bytes, got 65/);
  });

  it("requires exactly one action on an inline button", async () => {
    fake.startedBot(42);
    const buttons = [[{ text: "Nothing to do" }]] as never;
    const error = await refusal(
      bot.api.sendMessage(42, "hi", { reply_markup: { inline_keyboard: buttons } }),
    );
    expect(error.description).toMatch(/must use exactly one action field/);
  });

  it("checks poll questions and options", async () => {
    fake.startedBot(42);
    const options = (count: number) => Array.from({ length: count }, (_, i) => `Option ${i}`);
    const poll = await bot.api.sendPoll(42, "Họp chi bộ?", options(2));
    expect(poll.poll?.options.map((option) => option.text)).toEqual(["Option 0", "Option 1"]);
    await bot.api.sendPoll(42, "q".repeat(300), options(12));
    const tooMany = await refusal(bot.api.sendPoll(42, "Too many?", options(13)));
    expect([tooMany.error_code, tooMany.description]).toEqual([
      400,
      "Bad Request: options must have 1-12 items, got 13",
    ]);
    const question = await refusal(bot.api.sendPoll(42, "q".repeat(301), options(2)));
    expect(question.description).toBe("Bad Request: question must be 1-300 characters, got 301");
    const option = await refusal(bot.api.sendPoll(42, "Long option?", ["ok", "o".repeat(101)]));
    expect(option.description).toMatch(/options\[1\]\.text must be 1-100 characters, got 101/);
  });

  it("checks command names and scopes in setMyCommands", async () => {
    const scope = { type: "chat", chat_id: 42 } as const;
    await bot.api.setMyCommands([{ command: "baocao", description: "Báo cáo" }], { scope });
    const named = await refusal(bot.api.setMyCommands([{ command: "báo_cáo", description: "x" }]));
    expect(named.description).toMatch(/commands\[0\]\.command may contain only lowercase/);
    const scoped = await refusal(
      bot.api.setMyCommands([{ command: "x", description: "x" }], {
        scope: { type: "chat" } as never,
      }),
    );
    expect(scoped.description).toBe("Bad Request: scope.chat_id is required");
  });

  it("decodes multipart uploads like Telegram", async () => {
    fake.startedBot(42);
    const file = new InputFile(Buffer.from("báo cáo"), "report.txt");
    const keyboard = new InlineKeyboard().text("Tải lại", "reload");
    const message = await bot.api.sendDocument(42, file, {
      caption: "<b>Báo cáo</b>",
      parse_mode: "HTML",
      reply_markup: keyboard,
    });
    expect(message.document?.file_name).toBe("report.txt");
    const call = fake.calls.find((recorded) => recorded.method === "sendDocument");
    expect(call?.params.chat_id).toBe(42);
    expect(call?.params.reply_markup).toEqual(keyboard);
    const document = call?.params.document as UploadedFile;
    expect(document).toBeInstanceOf(UploadedFile);
    expect(document.content.toString()).toBe("báo cáo");
    expect(fake.messagesTo(42)[0]?.text).toBe("Báo cáo");
    const bad = new InlineKeyboard().text("x", "d".repeat(65));
    await refusal(bot.api.sendDocument(42, new InputFile(Buffer.from("x")), { reply_markup: bad }));
  });
});

describe("chats the bot may not write to", () => {
  it("refuses users who never started the bot or blocked it", async () => {
    const never = await refusal(bot.api.sendMessage(99, "hi"));
    expect([never.error_code, never.description]).toEqual([
      403,
      "Forbidden: bot can't initiate conversation with a user",
    ]);
    fake.startedBot(99);
    fake.block(99);
    const blocked = await refusal(bot.api.sendMessage(99, "hi"));
    expect(blocked.description).toBe("Forbidden: bot was blocked by the user");
  });

  it("refuses a group the bot was removed from, and unknown groups", async () => {
    const group = fake.addGroup({ id: -1001, title: "Chi bộ 1", type: "group" });
    await bot.api.sendMessage(group.id, "hi");
    fake.botRemoved(group);
    const kicked = await refusal(bot.api.sendMessage(group.id, "hi"));
    expect(kicked.description).toBe("Forbidden: bot was kicked from the group chat");
    const unknown = await refusal(bot.api.sendMessage(-5, "hi"));
    expect(unknown.description).toBe("Bad Request: chat not found");
  });
});

describe("rate limits", () => {
  it("answers a forced 429 with retry_after, then recovers", async () => {
    fake.startedBot(42);
    fake.failNext({ method: "sendMessage", retryAfter: 7 });
    const error = await refusal(bot.api.sendMessage(42, "hi"));
    expect([error.error_code, error.parameters.retry_after]).toEqual([429, 7]);
    await bot.api.sendMessage(42, "hi");
  });

  it("lets grammY's auto-retry plugin wait and try again", async () => {
    fake.startedBot(42);
    bot.api.config.use(autoRetry());
    fake.failNext({ method: "sendMessage", retryAfter: 1 });
    await bot.api.sendMessage(42, "hi");
    expect(fake.calls.map((call) => [call.method, call.error_code])).toEqual([
      ["sendMessage", 429],
      ["sendMessage", undefined],
    ]);
  });

  it("can enforce one message per second in a private chat", async () => {
    fake.rateLimits = true;
    fake.startedBot(42);
    await bot.api.sendMessage(42, "first");
    const error = await refusal(bot.api.sendMessage(42, "second"));
    expect(error.parameters.retry_after).toBe(1);
  });
});

describe("messages the bot edits and deletes", () => {
  it("edits, refuses an edit that changes nothing, and deletes", async () => {
    fake.startedBot(42);
    const message = await bot.api.sendMessage(42, "Đang xử lý");
    await bot.api.editMessageText(42, message.message_id, "Xong");
    expect(fake.messagesTo(42)[0]?.text).toBe("Xong");
    const same = await refusal(bot.api.editMessageText(42, message.message_id, "Xong"));
    expect(same.description).toMatch(/message is not modified/);
    await bot.api.deleteMessage(42, message.message_id);
    expect(fake.messagesTo(42)).toEqual([]);
    await refusal(bot.api.deleteMessage(42, message.message_id));
  });

  it("answers getChatMember with the status the test set", async () => {
    const group = fake.addGroup({ id: -1002, title: "Chi bộ 2" });
    fake.setChatMember(group.id, 7, "administrator");
    const admin = await bot.api.getChatMember(group.id, 7);
    expect(admin).toMatchObject({ status: "administrator", can_delete_messages: false });
    expect((await bot.api.getChatMember(group.id, 8)).status).toBe("member");
  });
});

describe("updates", () => {
  it("builds a command from an anonymous group admin", () => {
    const group = fake.addGroup({ id: -1003, title: "Chi bộ 3" });
    const update = fake.sendText({
      chat: group,
      senderChat: group,
      text: "/baocao@chibo_test_bot q1",
    });
    expect(update.update_id).toBe(1);
    expect(update.message).toMatchObject({
      from: GROUP_ANONYMOUS_BOT,
      sender_chat: group,
      entities: [{ type: "bot_command", offset: 0, length: 22 }],
    });
  });

  it("serves a long-polling bot: commands, buttons, clean stop", async () => {
    const alice = fake.addUser({ id: 42, first_name: "Alice" });
    bot.command("start", (ctx) =>
      ctx.reply(`Chào ${ctx.from?.first_name}`, {
        reply_markup: new InlineKeyboard().text("Đăng ký", "register"),
      }),
    );
    bot.callbackQuery("register", async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText("Đã đăng ký");
    });
    const running = bot.start();

    fake.sendText({ from: alice, text: "/start" });
    await fake.waitFor((call) => call.method === "sendMessage");
    const [welcome] = fake.messagesTo(alice.id);
    expect(welcome?.text).toBe("Chào Alice");

    fake.clickButton({ from: alice, message: welcome as SentMessage, data: "register" });
    await fake.waitFor((call) => call.method === "editMessageText");
    await fake.waitForIdle();
    expect(fake.messagesTo(alice.id).map((message) => message.text)).toEqual(["Đã đăng ký"]);
    expect(fake.refused).toEqual([]);
    expect(fake.calls.slice(0, 3).map((call) => call.method)).toEqual([
      "getMe",
      "deleteWebhook",
      "getUpdates",
    ]);

    await bot.stop();
    await running;
  });

  it("delivers an update again when pushed with the same update_id", async () => {
    const alice = fake.addUser({ id: 42, first_name: "Alice" });
    const seen: number[] = [];
    bot.on("message", (ctx) => {
      seen.push(ctx.update.update_id);
    });
    const running = bot.start();
    const update = fake.sendText({ from: alice, text: "hello" });
    await fake.waitForIdle();
    fake.pushUpdate(update);
    await fake.waitForIdle();
    expect(seen).toEqual([update.update_id, update.update_id]);
    await bot.stop();
    await running;
  });

  it("explains a wait that times out", async () => {
    await expect(fake.waitFor((call) => call.method === "sendPoll", 50)).rejects.toThrow(
      /Recent calls/,
    );
  });
});

describe("native polls", () => {
  const options = ["Thứ Bảy", "Chủ Nhật", "Không dự"];
  let group: Chat;
  let alice: User;
  let bob: User;
  let offset: number;

  beforeEach(() => {
    group = fake.addGroup({ id: -1004, title: "Chi bộ 4" });
    alice = fake.addUser({ id: 42, first_name: "Alice" });
    bob = fake.addUser({ id: 43, first_name: "Bob" });
    offset = 0;
  });

  /** Fetches the pending updates the way a polling bot does, confirming earlier ones. */
  async function newUpdates(): Promise<Update[]> {
    const updates = await bot.api.getUpdates({ offset });
    offset = (updates.at(-1)?.update_id ?? offset - 1) + 1;
    return updates;
  }

  const counts = (poll: Poll | undefined) => poll?.options.map((option) => option.voter_count);

  it("sends a complete poll that nobody has voted in", async () => {
    const message = await bot.api.sendPoll(group.id, "Họp chi bộ tháng 5?", options);
    const other = await bot.api.sendPoll(group.id, "Lần nữa?", options);
    expect(message.poll).toEqual({
      id: expect.stringMatching(/^\d+$/),
      question: "Họp chi bộ tháng 5?",
      options: options.map((text, index) => ({
        persistent_id: String(index),
        text,
        voter_count: 0,
      })),
      total_voter_count: 0,
      is_closed: false,
      is_anonymous: true,
      type: "regular",
      allows_multiple_answers: false,
      allows_revoting: true,
      members_only: false,
    });
    expect(other.poll.id).not.toBe(message.poll.id);
  });

  it("reports each vote in a non-anonymous poll, with revotes and retractions", async () => {
    const message = await bot.api.sendPoll(group.id, "Họp chi bộ tháng 5?", options, {
      is_anonymous: false,
    });
    const pollId = message.poll.id;
    fake.vote({ from: alice, message, optionIds: [0] });
    fake.vote({ from: bob, message, optionIds: [1] });
    const first = await newUpdates();
    expect(first.map((update) => update.poll_answer ?? counts(update.poll))).toEqual([
      { poll_id: pollId, user: alice, option_ids: [0], option_persistent_ids: ["0"] },
      [1, 0, 0],
      { poll_id: pollId, user: bob, option_ids: [1], option_persistent_ids: ["1"] },
      [1, 1, 0],
    ]);
    expect(first.at(-1)?.poll).toMatchObject({
      id: pollId,
      total_voter_count: 2,
      is_closed: false,
    });

    const revote = fake.vote({ from: alice, message, optionIds: [1] });
    const retract = fake.vote({ from: bob, message, optionIds: [] });
    expect(await newUpdates()).toEqual([...revote, ...retract]);
    expect(retract[0]?.poll_answer).toMatchObject({ option_ids: [], option_persistent_ids: [] });
    expect(retract[1]?.poll).toMatchObject({ total_voter_count: 1 });
    expect(counts(retract[1]?.poll)).toEqual([0, 1, 0]);
    const current = fake.messagesTo(group.id)[0]?.message.poll;
    expect([counts(current), current?.total_voter_count]).toEqual([[0, 1, 0], 1]);
  });

  it("reports only the counts of an anonymous poll", async () => {
    const message = await bot.api.sendPoll(group.id, "Chọn ngày họp", options, {
      allows_multiple_answers: true,
    });
    fake.vote({ from: alice, message, optionIds: [2, 0] });
    fake.vote({ from: bob, message, optionIds: [2] });
    const updates = await newUpdates();
    expect(updates.map((update) => Object.keys(update))).toEqual([
      ["poll", "update_id"],
      ["poll", "update_id"],
    ]);
    expect(counts(updates[1]?.poll)).toEqual([1, 0, 2]);
    expect(updates[1]?.poll?.total_voter_count).toBe(2);
  });

  it("stops a poll once, and then nobody can vote", async () => {
    const keyboard = new InlineKeyboard().text("Nhắc lại", "remind");
    const message = await bot.api.sendPoll(group.id, "Họp?", options, { reply_markup: keyboard });
    fake.vote({ from: alice, message, optionIds: [0] });
    const stopped = await bot.api.stopPoll(group.id, message.message_id);
    expect(stopped).toMatchObject({ id: message.poll.id, is_closed: true, total_voter_count: 1 });
    expect(counts(stopped)).toEqual([1, 0, 0]);
    expect((await newUpdates()).at(-1)?.poll).toEqual(stopped);
    const [sent] = fake.messagesTo(group.id);
    expect(sent?.message.poll?.is_closed).toBe(true);
    expect(sent?.replyMarkup).toEqual(keyboard);

    const again = await refusal(bot.api.stopPoll(group.id, message.message_id));
    expect(again.description).toBe("Bad Request: poll has already been closed");
    expect(() => fake.vote({ from: bob, message, optionIds: [1] })).toThrow("poll is closed");
  });

  it("refuses to stop what is not a poll, and in a chat the bot left", async () => {
    const text = await bot.api.sendMessage(group.id, "Không phải bình chọn");
    const poll = await bot.api.sendPoll(group.id, "Họp?", options);
    const missing = await refusal(bot.api.stopPoll(group.id, 99));
    expect(missing.description).toBe("Bad Request: message to stop not found");
    const noPoll = await refusal(bot.api.stopPoll(group.id, text.message_id));
    expect(noPoll.description).toBe("Bad Request: message with poll to stop not found");
    fake.removeFromChat(group.id);
    const kicked = await refusal(bot.api.stopPoll(group.id, poll.message_id));
    expect([kicked.error_code, kicked.description]).toEqual([
      403,
      "Forbidden: bot was kicked from the supergroup chat",
    ]);
  });

  it("refuses votes a Telegram client could not cast", async () => {
    const text = await bot.api.sendMessage(group.id, "Không phải bình chọn");
    const message = await bot.api.sendPoll(group.id, "Họp?", options);
    const quiz = await bot.api.sendPoll(group.id, "Đảng ta ra đời năm nào?", ["1925", "1930"], {
      type: "quiz",
      correct_option_ids: [1],
    });
    expect(() => fake.vote({ from: alice, message: text, optionIds: [0] })).toThrow(/no poll/);
    expect(() => fake.vote({ from: alice, message, optionIds: [3] })).toThrow(/No option 3/);
    expect(() => fake.vote({ from: alice, message, optionIds: [0, 1] })).toThrow(/only one/);
    expect(() => fake.vote({ from: alice, message, optionIds: [] })).toThrow(/no vote/);
    fake.vote({ from: alice, message: quiz, optionIds: [0] });
    expect(() => fake.vote({ from: alice, message: quiz, optionIds: [1] })).toThrow(/changing/);
  });

  it("has no text to edit in a poll", async () => {
    const message = await bot.api.sendPoll(group.id, "Họp?", options);
    const error = await refusal(bot.api.editMessageText(group.id, message.message_id, "Họp!"));
    expect(error.description).toBe("Bad Request: there is no text in the message to edit");
  });

  it("delivers poll updates to a running bot unless allowed_updates leaves them out", async () => {
    const message = await bot.api.sendPoll(group.id, "Họp?", options, { is_anonymous: false });
    const answers: number[][] = [];
    bot.on("poll_answer", (ctx) => {
      answers.push(ctx.pollAnswer.option_ids);
    });
    const running = bot.start();
    fake.vote({ from: alice, message, optionIds: [2] });
    await fake.waitForIdle();
    expect(answers).toEqual([[2]]);
    await bot.stop();
    await running;

    await bot.api.getUpdates({ offset: -1, allowed_updates: ["message"] });
    fake.vote({ from: bob, message, optionIds: [0] });
    expect(await bot.api.getUpdates({ offset: -1 })).toEqual([]);
  });
});

describe("parseTelegramHtml", () => {
  it("returns the visible text", () => {
    const html =
      '<b>B</b><i>I</i><u>U</u><s>S</s><span class="tg-spoiler">P</span><tg-spoiler>Q</tg-spoiler>' +
      '<a href="https://t.me/x?a=1&amp;b=2">L</a><code>C</code><pre><code class="language-ts">' +
      "T</code></pre><blockquote expandable>E</blockquote> &quot;&#128512;&#x1F600;&quot;";
    expect(parseTelegramHtml(html)).toBe('BIUSPQLCTE "😀😀"');
  });

  it.each([
    "<b>unclosed",
    "<b><i>x</b></i>",
    "x</b>",
    "<span>x</span>",
    "<div>x</div>",
    "1 < 2",
    "&nbsp;",
    "Q&A",
  ])("refuses %s", (html) => {
    expect(() => parseTelegramHtml(html)).toThrow();
  });
});
