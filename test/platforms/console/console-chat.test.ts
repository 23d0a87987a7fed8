import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConsoleChat } from "../../../src/platforms/console/console-chat.js";
import { Harness } from "../../support/harness.js";

let harness: Harness;
afterEach(() => harness?.close());

async function session(chat: ConsoleChat, lines: string[]): Promise<string> {
  const out: string[] = [];
  for (const line of lines) out.push(chat.prompt + line, ...(await chat.type(line)));
  return out.join("\n");
}

describe("console chat", () => {
  it("lets a newcomer link, join, register and report by following /help", async () => {
    harness = new Harness({ hasButtons: false });
    const chat = new ConsoleChat(harness.app);
    const help = await session(chat, ["/help"]);
    expect(help).toContain("quản trị viên nhóm gõ /khoitao Tên chi bộ");

    const linked = await session(chat, ["/khoitao Chi bộ Khu phố 1", ":la Hùng", "/help"]);
    expect(linked).toContain("Nguyễn Thị Lan là bí thư");
    expect(linked).toContain("gõ /thamgia Họ và tên");

    const joined = await session(chat, [
      "/thamgia Trần Văn Hùng",
      "đồng ý",
      ":la Lan",
      ":rieng",
      "/duyet",
      "1",
    ]);
    expect(joined).toContain("[chibo gửi tới chat riêng của Nguyễn Thị Lan]");
    expect(joined).toContain("Gõ /duyet để duyệt hoặc từ chối.");
    expect(joined).toContain("  1. ✅ Duyệt Trần Văn Hùng");
    expect(joined).toContain("Đã duyệt Trần Văn Hùng");

    const registered = await session(chat, [
      ":la Hùng",
      ":nhom 1",
      "/dangky",
      ":rieng",
      "/dangky",
      "Học chuyên đề năm",
      "Giải quyết hồ sơ đúng hạn",
      "Giữ gia đình văn hóa",
      "1",
    ]);
    expect(registered).toContain("Gõ :rieng để sang chat riêng với chibo, rồi gõ /dangky");
    expect(registered).toContain("Phần 1/3 — Học tập");
    expect(registered).toContain("  1. ✅ Lưu");
    expect(registered).toContain("Đã lưu bản đăng ký");

    const report = await session(chat, [":la Lan", "/baocao"]);
    expect(report).toContain("Đã đăng ký: 1. Chưa đăng ký: 1");
    expect(report).not.toContain("Giải quyết hồ sơ đúng hạn");
    // The plans by number from the menu, then the one registered.
    const plans = await session(chat, ["2"]);
    expect(plans).toContain("1. Trần Văn Hùng");
    expect(await session(chat, ["1"])).toContain("Giải quyết hồ sơ đúng hạn");
  });

  it("explains its own commands and refuses unknown people or groups", async () => {
    harness = new Harness({ hasButtons: false });
    const chat = new ConsoleChat(harness.app);
    expect(await session(chat, [":la Không Ai"])).toContain("Không có ai tên Không Ai");
    expect(await session(chat, [":nhom 9"])).toContain(":la Tên");
    expect(await session(chat, [":xyz"])).toContain(":la Tên");
    expect(await session(chat, [":them Đỗ Văn Mới", "/help"])).toContain("[Đỗ Văn Mới @");
  });
});

describe("npm start without a platform", () => {
  it("opens the console chat on stdin and stdout", () => {
    const dir = mkdtempSync(join(tmpdir(), "chibo-start-"));
    try {
      const result = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
        input: "/khoitao Chi bộ Thử\n/chuyende\n",
        env: { PATH: process.env.PATH, DATABASE_PATH: join(dir, "chibo.sqlite") },
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("chibo — chat thử trong terminal");
      expect(result.stdout).toContain("Đã tạo Chi bộ Thử");
      expect(result.stdout).toContain("Chuyên đề năm");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
