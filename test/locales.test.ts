import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { FluentResource, type Message } from "@fluent/bundle";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commands } from "../commands/index.js";
import { COMMITMENT_PARTS, checkAnswer } from "../src/domain/commitment-rules.js";
import { MEMBER_ROLES, MEMBER_STATUSES } from "../src/domain/member-rules.js";
import { checkFullName } from "../src/domain/names.js";
import { plainText } from "../src/domain/rich-text.js";
import {
  LOCALES,
  type Locale,
  localeFile,
  localeText,
  Translator,
  variantKey,
  WORDINGS,
  type Wording,
} from "../src/i18n.js";
import { telegramHtml } from "../src/platforms/telegram/telegram-html.js";
import { parseTelegramHtml } from "./support/telegram-html.js";
import { BUTTON_WORDS, NUMBER_WORDS, wrongWords } from "./support/wrong-words.js";

type Pattern = NonNullable<Message["value"]>;
type PatternElement = Exclude<Pattern, string>[number];
type Expression = Exclude<PatternElement, string>;
type Argument = Extract<Expression, { type: "func" }>["args"][number];

const root = fileURLToPath(new URL("..", import.meta.url));

function ftlText(locale: Locale): string {
  return localeText(locale);
}

/** Messages and terms of a locale file, by id, as @fluent/bundle parses them at run time. */
function entries(locale: Locale): Map<string, Message> {
  const resource = new FluentResource(ftlText(locale));
  return new Map(resource.body.map((entry) => [entry.id, entry as Message]));
}

/** The $variables a message needs: in its value, its attributes, and messages it references. */
function variablesOf(id: string, all: Map<string, Message>, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  if (seen.has(id)) return found;
  seen.add(id);
  const message = all.get(id);
  if (!message) return found;

  const walkPattern = (pattern: Pattern | null) => {
    if (pattern === null || typeof pattern === "string") return;
    for (const element of pattern) if (typeof element !== "string") walkExpression(element);
  };
  const walkArgument = (arg: Argument) => {
    if (arg.type !== "narg") walkExpression(arg);
  };
  const walkExpression = (expression: Expression) => {
    switch (expression.type) {
      case "var":
        found.add(expression.name);
        break;
      case "select":
        walkExpression(expression.selector);
        for (const variant of expression.variants) walkPattern(variant.value);
        break;
      case "func":
        expression.args.forEach(walkArgument);
        break;
      case "term":
        // A term's own variables come from its arguments, not from the caller.
        expression.args.forEach(walkArgument);
        break;
      case "mesg":
        for (const name of variablesOf(expression.name, all, seen)) found.add(name);
        break;
    }
  };

  walkPattern(message.value);
  for (const attribute of Object.values(message.attributes)) walkPattern(attribute);
  return found;
}

const messageIds = (all: Map<string, Message>) =>
  [...all.keys()].filter((id) => !id.startsWith("-"));
/** Keys a command asks for: a variant (`key--typed`) is not one, the platform picks it. */
const meanings = (all: Map<string, Message>) => messageIds(all).filter((id) => !id.includes("--"));
/** Arguments for every variable a message needs, marked so that a test can find them. */
const argsFor = (id: string, all: Map<string, Message>) =>
  Object.fromEntries([...variablesOf(id, all)].map((name) => [name, `<${name} & co>`]));
const sorted = (set: Set<string>) => [...set].sort();

describe("locale files", () => {
  it("exist for every locale", () => {
    for (const locale of LOCALES) expect(existsSync(localeFile(locale)), locale).toBe(true);
  });

  it.each(LOCALES)("%s.ftl parses completely (no entry is dropped as junk)", (locale) => {
    const declared = ftlText(locale)
      .split("\n")
      .filter((line) => /^-?[a-zA-Z][\w-]*\s*=/.test(line))
      .map((line) => line.split("=")[0]?.trim());
    expect([...entries(locale).keys()]).toEqual(declared);
  });

  it.each(LOCALES)("%s.ftl loads into a bundle without errors (no duplicate keys)", (locale) => {
    expect(() => new Translator(locale)).not.toThrow();
  });

  it("have the same message keys in vi and en", () => {
    const vi = messageIds(entries("vi")).sort();
    const en = messageIds(entries("en")).sort();
    expect(
      vi.filter((id) => !en.includes(id)),
      "keys missing in en.ftl",
    ).toEqual([]);
    expect(
      en.filter((id) => !vi.includes(id)),
      "keys missing in vi.ftl",
    ).toEqual([]);
  });

  it("use the same variables for each message in vi and en", () => {
    const vi = entries("vi");
    const en = entries("en");
    const differences: string[] = [];
    for (const id of messageIds(vi)) {
      if (!en.has(id)) continue;
      const viVars = sorted(variablesOf(id, vi)).join(", ");
      const enVars = sorted(variablesOf(id, en)).join(", ");
      if (viVars !== enVars) differences.push(`${id}: vi {${viVars}} en {${enVars}}`);
    }
    expect(differences).toEqual([]);
  });

  it("finds the variables of a message (the check above sees them)", () => {
    const vi = entries("vi");
    expect(sorted(variablesOf("start-welcome", vi))).toEqual(["name"]);
    expect(sorted(variablesOf("baocao-header", vi))).toEqual(["cell", "deadline", "year"]);
  });
});

describe.each(LOCALES)("Translator(%s)", (locale) => {
  const all = entries(locale);
  const translator = new Translator(locale);

  it("formats every message with its arguments, as valid Telegram HTML", () => {
    const failures: string[] = [];
    for (const id of messageIds(all)) {
      const args = argsFor(id, all);
      try {
        const text = translator.t(id, args);
        const html = telegramHtml(text);
        expect(html.length).toBeGreaterThan(0);
        // The command line and the console print to a terminal; the rest goes to the chats.
        if (id.startsWith("cli-") || id.startsWith("console-")) continue;
        const shown = parseTelegramHtml(html);
        // What a person typed reaches them as typed, not as markup: on Telegram and in plain text.
        for (const name of Object.keys(args)) {
          expect(shown).toContain(`<${name} & co>`);
          expect(plainText(text)).toContain(`<${name} & co>`);
        }
      } catch (error) {
        failures.push(`${id}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("refuses to format a message without its arguments", () => {
    expect(() => translator.t("start-welcome")).toThrow(/start-welcome/);
  });

  it("refuses a key that does not exist", () => {
    expect(() => translator.t("no-such-key")).toThrow(/no-such-key/);
    expect(translator.has("no-such-key")).toBe(false);
  });

  it("escapes what people typed and translates nested texts", () => {
    const text = translator.t("help-line", {
      command: "<b>x</b>",
      description: { key: "help-dangky" },
    });
    expect(plainText(text)).toContain("<b>x</b>");
    expect(telegramHtml(text)).toContain("&lt;b&gt;x&lt;/b&gt;");
    expect(telegramHtml(text)).toContain(telegramHtml(translator.t("help-dangky")));
  });

  it("keeps what people typed as typed inside a nested sentence, markup-like or not", () => {
    const typed = fc
      .array(fc.constantFrom("<b>", "</b>", "<i>", "</i>", "&amp;", "&lt;", "&", "<", ">", "x"))
      .map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(typed, typed, (command, example) => {
        const text = translator.t("help-line", {
          command,
          description: { key: "dangky-example", args: { example } },
        });
        expect(plainText(text)).toBe(`/${command} — • ${example}`);
        expect(text.every((span) => !span.bold && !span.italic)).toBe(true);
      }),
    );
  });
});

describe("keys used by the code", () => {
  const vi = new Translator("vi");
  const en = new Translator("en");
  const expectKey = (key: string) => {
    expect(vi.has(key), `${key} in vi.ftl`).toBe(true);
    expect(en.has(key), `${key} in en.ftl`).toBe(true);
  };

  it("have a help-<name> description for every command", () => {
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expectKey(`help-${command.name}`);
  });

  it("have a word for every role and status", () => {
    for (const role of MEMBER_ROLES) expectKey(`role-${role}`);
    for (const status of MEMBER_STATUSES) expectKey(`status-${status}`);
  });

  it("have a question and an edit button for every part of a personal plan", () => {
    for (const part of COMMITMENT_PARTS) {
      expectKey(`dangky-ask-${part}`);
      expectKey(`dangky-choice-edit-${part}`);
    }
  });

  it("have an explanation for every way an answer is refused", () => {
    for (const raw of ["", "😀🎉", "a".repeat(5000)]) {
      const result = checkAnswer(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expectKey(`dangky-answer-${result.problem}`);
    }
  });

  it("have an explanation for every way a name is refused", () => {
    for (const raw of ["", "a".repeat(100), "<script>"]) {
      const result = checkFullName(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expectKey(`thamgia-name-${result.problem}`);
    }
  });

  it("exist for every key written literally in src/ and commands/", () => {
    const files = ["src", "commands"].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
        .filter((file) => file.endsWith(".ts"))
        .map((file) => join(root, dir, file)),
    );
    // turn.reply("key", …), turn.fail("key"), t("key"), new UserError("key"), { key: "key" },
    // and both outcomes of a conditional: `key: on ? "setting-on" : "setting-off"`.
    const use = /(?<![\w$])(?:t|reply|fail|UserError)\(\s*([^,)}]*)|\bkey:\s*([^,)}]*)/g;
    const outcome = /(?:^|[?:])\s*"([a-z][a-z0-9-]*)"/g;
    const used = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(file, "utf8").matchAll(use)) {
        for (const literal of (match[1] ?? match[2] ?? "").matchAll(outcome)) {
          if (literal[1]) used.add(literal[1]);
        }
      }
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => !vi.has(key) || !en.has(key)).sort();
    expect(missing).toEqual([]);
  });
});

/**
 * Sentences shown only where they fit: the numbered list's hint and the way to the private
 * chat, which the sending steps add where there are no buttons; what is said only where a
 * number typed is read (the router and /diemdanh ask whether there are buttons); and, in no
 * chat at all, the Zalo app's prompt in the terminal of whoever logs chibo in.
 */
const SHOWN_ONLY: Record<string, Wording[]> = {
  "choices-hint": ["typed"],
  "zalo-private-link": ["typed"],
  "console-private-link": ["typed"],
  "numbered-only": ["typed"],
  "numbered-no-list": ["typed"],
  "diemdanh-still-absent": ["typed"],
  "zalo-login-scanned": [],
};

/** A command gives a meaning what any of its variants needs. */
const meaningArgs = (id: string, all: Map<string, Message>) =>
  Object.assign(
    {},
    argsFor(id, all),
    ...WORDINGS.map((wording) => argsFor(variantKey(id, wording), all)),
  );

describe.each(LOCALES)("words that fit the platform (%s)", (locale) => {
  const all = entries(locale);
  const translator = new Translator(locale);

  it("names each variant after a key that fits everywhere, and a way of answering", () => {
    const ids = new Set(messageIds(all));
    const strays = messageIds(all).filter((id) => {
      if (!id.includes("--")) return false;
      const [key = "", wording = ""] = id.split("--");
      return !ids.has(key) || !(WORDINGS as readonly string[]).includes(wording);
    });
    expect(strays).toEqual([]);
    expect(messageIds(all).filter((id) => id.includes("--")).length).toBeGreaterThan(10);
  });

  it.each(WORDINGS)(
    "renders every sentence a reply can carry without wrong words: %s",
    (wording) => {
      const worded = translator.worded(wording);
      const wrong: string[] = [];
      for (const id of meanings(all)) {
        const shownOnly = SHOWN_ONLY[id];
        if (shownOnly && !shownOnly.includes(wording)) continue;
        const text = plainText(worded.t(id, meaningArgs(id, all)));
        wrong.push(...wrongWords([text], wording).map((found) => `${id}: ${found}`));
      }
      expect(wrong).toEqual([]);
    },
  );

  it("takes a sentence's variant for the way of answering, and the sentence itself without one", () => {
    const args = { command: "dangky" };
    const plain = (t: Translator, key: string) => plainText(t.t(key, args));
    expect(plain(translator.worded("buttons"), "go-private")).toBe(
      plain(translator, variantKey("go-private", "buttons")),
    );
    expect(plain(translator.worded("typed"), "go-private")).toBe(plain(translator, "go-private"));
    expect(plain(translator.worded("typed"), "hop-use-choices")).toBe(
      plain(translator, variantKey("hop-use-choices", "typed")),
    );
    expect(plain(translator.worded("poll"), "hop-use-choices")).toBe(
      plain(translator, "hop-use-choices"),
    );
  });

  it("takes the variant of a sentence nested in another", () => {
    const nested = (t: Translator) =>
      plainText(t.t("help-line", { command: "x", description: { key: "hop-use-choices" } }));
    expect(nested(translator.worded("buttons"))).toContain(
      plainText(translator.t(variantKey("hop-use-choices", "buttons"))),
    );
    expect(nested(translator.worded("typed"))).not.toContain(
      plainText(translator.t(variantKey("hop-use-choices", "buttons"))),
    );
  });

  it("finds the wrong words it looks for", () => {
    const typed = translator.worded("typed");
    const unworded = plainText(translator.t(variantKey("go-private", "buttons"), { command: "x" }));
    expect(BUTTON_WORDS.test(unworded)).toBe(true);
    expect(BUTTON_WORDS.test(plainText(typed.t("go-private", { command: "x" })))).toBe(false);
    expect(NUMBER_WORDS.test(plainText(translator.t("choices-hint", { numbers: "1, 2" })))).toBe(
      true,
    );
  });
});
