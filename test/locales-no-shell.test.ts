import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale, localeText } from "../src/i18n.js";

/** What only a terminal takes: npm and npx, file commands, the CLI's own words and options. */
const SHELL_COMMAND =
  /\bnpm (?:run|start|test|install|ci)\b|\bnpx\b|\bchmod\b|\bchown\b|\bmkdir\b|\bsudo\b|\bsystemctl\b|(?<!\p{L})cp \S+ \S+|\bzalo (?:login|status)\b|--help\b|\bcli --/u;

/**
 * Who reads a key decides whether it may show a shell command. Only the one who runs chibo's
 * server reads these, in a terminal: every `cli-` key (the command line's own words), and, one
 * by one, what start-up prints about a damaged database and what `zalo status` prints with its
 * details. Every other key may reach a secretary, a member or an officer in a chat, who cannot
 * run a command: it says what to do in the chat, or whom to ask. A new key is chat-facing until
 * it is named here.
 */
const OPERATOR_PREFIX = "cli-";
const OPERATOR_KEYS = new Set([
  "db-restore",
  "db-key-plain-file",
  "config-error-key-file-mode",
  "zalo-status-kicked",
  "zalo-status-expired",
  "zalo-status-unprotected",
  "zalo-no-session",
  "zalo-session-open",
]);

const isOperatorKey = (id: string) => id.startsWith(OPERATOR_PREFIX) || OPERATOR_KEYS.has(id);

/** Each message of a locale (and its attributes) as formatted, its variables left as "{$name}". */
function formatted(locale: Locale): Map<string, string> {
  const resource = new FluentResource(localeText(locale));
  const bundle = new FluentBundle(locale, { useIsolating: false });
  bundle.addResource(resource);
  const texts = new Map<string, string>();
  for (const { id } of resource.body) {
    const message = bundle.getMessage(id);
    if (!message) continue;
    // Missing variables are reported, not thrown: the words around them are what is checked.
    const format = (pattern: NonNullable<typeof message.value>) =>
      bundle.formatPattern(pattern, {}, []);
    const patterns = [message.value, ...Object.values(message.attributes)];
    texts.set(id, patterns.flatMap((pattern) => (pattern ? [format(pattern)] : [])).join("\n"));
  }
  return texts;
}

describe.each(LOCALES)("no shell command in a chat (%s)", (locale) => {
  const texts = formatted(locale);

  it("shows none in any key a chat can show", () => {
    const shown = [...texts]
      .filter(([id, text]) => !isOperatorKey(id) && SHELL_COMMAND.test(text))
      .map(([id, text]) => `${id}: ${SHELL_COMMAND.exec(text)?.[0]}`);
    expect(shown).toEqual([]);
  });

  it("lists as the operator's only keys that exist and show a command", () => {
    // A key that no longer shows one leaves the list, so that the list stays a decision.
    for (const id of OPERATOR_KEYS) {
      expect(texts.has(id), id).toBe(true);
      expect(texts.get(id), id).toMatch(SHELL_COMMAND);
    }
  });
});

describe("what counts as a shell command", () => {
  it("finds the commands operators type", () => {
    for (const command of [
      'Người quản trị cấp mã bằng: npm run cli -- committee officer "TÊN ĐẢNG ỦY"',
      "Chạy chmod 600 với tệp đó",
      "Chép bản sao lưu: cp TỆP-SAO-LƯU chibo.sqlite",
      "Chạy lại: zalo login",
      "npx tsx src/cli/main.ts",
    ]) {
      expect(command).toMatch(SHELL_COMMAND);
    }
  });

  it("leaves what people type in a chat alone", () => {
    for (const sentence of [
      "Nhắn riêng cho chibo: /tonghop 12345678",
      "Bí thư nhắn /caidat, chọn «Cấp ủy cấp trên» rồi gõ mã.",
      "Xin báo người quản trị máy chủ chibo đăng nhập lại Zalo.",
      "Ask the operator of chibo's server to log chibo in to Zalo again.",
    ]) {
      expect(sentence).not.toMatch(SHELL_COMMAND);
    }
  });
});
