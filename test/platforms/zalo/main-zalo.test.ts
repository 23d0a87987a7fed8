import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeZaloServer, type ZaloPerson } from "../../support/fake-zalo-server.js";

const GROUP = "5550001";
const lan: ZaloPerson = { id: "101", name: "Lan" };
const hung: ZaloPerson = { id: "102", name: "Hùng" };

describe("npm start with ZALO_ENABLED=true", () => {
  let zalo: FakeZaloServer | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await zalo?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("logs in with the saved session through ZALO_SERVER and carries a cell from link to plan", async () => {
    zalo = await FakeZaloServer.start();
    zalo.addGroup(GROUP, "Chi bộ KP1", lan, [], [hung]);
    dir = mkdtempSync(join(tmpdir(), "chibo-main-zalo-"));
    const credentials = join(dir, "zalo-credentials.json");
    writeFileSync(credentials, JSON.stringify(zalo.credentials()));
    chmodSync(credentials, 0o600);
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: {
        PATH: process.env.PATH,
        ZALO_ENABLED: "true",
        ZALO_SERVER: zalo.url,
        ZALO_CREDENTIALS_PATH: credentials,
        ZALO_SEND_GAP_MS: "500",
        DATABASE_PATH: join(dir, "chibo.sqlite"),
        BOT_QUIET_HOURS: "off",
        LOG_LEVEL: "silent",
      },
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    const server = zalo;
    /** `who` writes, and an answer in that chat that says `expected` is awaited. */
    const say = async (who: ZaloPerson, text: string, expected: string, group?: string) => {
      const thread = group ?? who.id;
      const before = server.textsTo(thread).length;
      server.say(who, text, group);
      await vi.waitFor(
        () => expect(server.textsTo(thread).slice(before).join("\n")).toContain(expected),
        { timeout: 15_000, interval: 50 },
      );
    };
    try {
      await vi.waitFor(() => expect(server.connected()).toBe(true), { timeout: 20_000 });
      await say(lan, "/khoitao Chi bộ Khu phố 1", "Đã tạo Chi bộ Khu phố 1", GROUP);
      await say(hung, "/thamgia Trần Văn Hùng", "kết bạn Zalo", GROUP);
      await say(hung, "đồng ý", "Đã nhận yêu cầu", GROUP);
      await say(lan, "/duyet", "1. ✅ Duyệt Trần Văn Hùng");
      await say(lan, "1", "Đã duyệt");
      await vi.waitFor(() =>
        expect(server.textsTo(hung.id).join("\n")).toContain("Đồng chí đã được duyệt"),
      );
      await say(hung, "/dangky", "Phần 1/3");
      await say(hung, "Học chuyên đề năm, ghi sổ tay", "Phần 2/3");
      await say(hung, "Giải quyết hồ sơ đúng hạn", "Phần 3/3");
      await say(hung, "Giữ gia đình văn hóa", "Giữ gia đình văn hóa");
      await say(hung, "1", "Đã lưu bản đăng ký");
      // One login; the session was saved again with its cookies, still for its owner only.
      expect(server.logins.filter((login) => login.ok)).toHaveLength(1);
      expect(statSync(credentials).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(credentials, "utf8")).imei).toBe(server.credentials().imei);
    } finally {
      child.kill("SIGTERM");
      await exited;
    }
  }, 60_000);
});
