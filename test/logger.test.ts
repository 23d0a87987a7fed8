import Database from "better-sqlite3";
import { BotError, type Context, GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { ZaloApiError, ZaloApiLoginQRDeclined } from "zca-js";
import { z } from "zod";
import { capturedLog } from "./support/captured-log.js";

const PLAN = "Phần 2: Giải quyết dứt điểm hồ sơ đất đai của xóm Bến Đò trước tháng 6";
const REASON = "Vắng vì đưa mẹ đi khám ở bệnh viện Chợ Rẫy";

function refusedSend(text: string): GrammyError {
  return new GrammyError(
    "Call to 'sendMessage' failed!",
    { ok: false, error_code: 400, description: "Bad Request: can't parse entities" },
    "sendMessage",
    { chat_id: 222, text, parse_mode: "HTML" },
  );
}

describe("the logger", () => {
  it("logs a refused Bot API call by its method, code and Telegram's words, not its payload", () => {
    const { log, entries, text } = capturedLog();
    log.warn({ chat: "tg:222", err: refusedSend(PLAN) }, "reply not sent now");
    expect(entries()).toEqual([
      expect.objectContaining({
        chat: "tg:222",
        err: {
          name: "GrammyError",
          method: "sendMessage",
          code: 400,
          description: "Bad Request: can't parse entities",
        },
      }),
    ]);
    expect(text()).not.toContain("Giải quyết");
  });

  it("logs grammY's failed update by its cause, without the update it holds", () => {
    const { log, entries, text } = capturedLog();
    const ctx = { update: { update_id: 7, message: { text: PLAN } } } as unknown as Context;
    log.error({ err: new BotError(refusedSend(PLAN), ctx) }, "update failed");
    log.error({
      err: new HttpError("Network request for 'sendMessage' failed!", refusedSend(PLAN)),
    });
    expect(entries()[0]?.err).toMatchObject({ name: "BotError", cause: { method: "sendMessage" } });
    expect(entries()[1]?.err).toMatchObject({
      message: "Network request for 'sendMessage' failed!",
      cause: { code: 400 },
    });
    expect(text()).not.toContain("Giải quyết");
  });

  it("logs a Zalo error by its code: Zalo's message may quote what was sent", () => {
    const { log, entries, text } = capturedLog();
    log.warn({ err: new ZaloApiError(`Không gửi được: ${REASON}`, 114) }, "zalo reply not sent");
    log.warn({ err: new ZaloApiLoginQRDeclined(REASON) }, "zalo login failed");
    expect(entries().map((entry) => entry.err)).toEqual([
      { name: "ZcaApiError", code: 114 },
      { name: "ZaloApiLoginQRDeclined" },
    ]);
    expect(text()).not.toContain("Chợ Rẫy");
  });

  it("keeps SQLite's and Node's own words, and never the value that was bound", () => {
    const { log, entries, text } = capturedLog();
    const db = new Database(":memory:");
    db.exec("create table plans (text text unique)");
    const insert = db.prepare("insert into plans values (?)");
    insert.run(PLAN);
    let refused: unknown;
    try {
      insert.run(PLAN);
    } catch (error) {
      refused = error;
    }
    db.close();
    log.error({ err: new Error("turn failed", { cause: refused }) }, "turn failed");
    expect(entries()[0]?.err).toMatchObject({
      message: "turn failed",
      cause: {
        name: "SqliteError",
        code: "SQLITE_CONSTRAINT_UNIQUE",
        message: "UNIQUE constraint failed: plans.text",
        stack: expect.stringContaining("at "),
      },
    });
    expect(text()).not.toContain("Giải quyết");
  });

  it("drops the words of errors that quote their input: JSON, schemas", () => {
    const { log, entries, text } = capturedLog();
    try {
      JSON.parse(`${PLAN} }`);
    } catch (error) {
      log.error({ err: error }, "unreadable");
    }
    const schema = z.string().refine(() => false, { error: (issue) => `bad: ${issue.input}` });
    const parsed = schema.safeParse(REASON);
    log.error({ err: parsed.error }, "invalid");
    log.error({ err: REASON }, "a thrown string");
    expect(entries().map((entry) => entry.err)).toEqual([
      { name: "SyntaxError", stack: expect.stringContaining("JSON.parse") },
      { name: "ZodError", issues: [{ path: "", code: "custom" }] },
      { thrown: "string" },
    ]);
    expect(text()).not.toContain("Giải quyết");
    expect(text()).not.toContain("Chợ Rẫy");
  });

  it("censors where messages and people's records carry text, at any call site", () => {
    const { log, entries, text } = capturedLog();
    log.info(
      {
        reply: { chatId: "tg:222", parts: [{ key: "dangky-review", args: { plan: PLAN } }] },
        update: { message: { text: PLAN, caption: PLAN } },
        call: { method: "sendMessage", payload: { text: PLAN }, params: { text: PLAN } },
        attendance: { memberId: 3, reason: REASON },
        turn: { content: { type: "text", text: PLAN } },
      },
      "nested",
    );
    expect(entries()[0]).toMatchObject({
      reply: "[redacted]",
      update: { message: { text: "[redacted]", caption: "[redacted]" } },
      call: { method: "sendMessage", payload: "[redacted]", params: { text: "[redacted]" } },
      attendance: { memberId: 3, reason: "[redacted]" },
      turn: { content: "[redacted]" },
    });
    expect(text()).not.toContain("Giải quyết");
    expect(text()).not.toContain("Chợ Rẫy");
  });
});
