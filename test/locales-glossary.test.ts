/**
 * One word for each idea: no message of any locale file (chat, documents, workbook, charts)
 * says an idea with a word locales/glossary.yaml has replaced.
 */
import { readFileSync } from "node:fs";
import { FluentResource, type Message } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { LOCALES, type Locale, localeText } from "../src/i18n.js";

const Words = z
  .object({
    use: z.string().min(1),
    instead_of: z.array(z.string().min(1)).default([]),
    fine_in: z.array(z.string().min(1)).default([]),
    except: z.record(z.string(), z.string().min(1)).default({}),
    note: z.string().optional(),
  })
  .strict();
type Words = z.infer<typeof Words>;

const Entry = z.object({ idea: z.string().min(1), vi: Words, en: Words }).strict();
type Entry = z.infer<typeof Entry>;

const glossary: Entry[] = z
  .array(Entry)
  .parse(parse(readFileSync(new URL("../locales/glossary.yaml", import.meta.url), "utf8")));

type Pattern = NonNullable<Message["value"]>;

/** The words of a pattern: its text and every variant's, a placeable as a space. */
function words(pattern: Pattern | null): string {
  if (pattern === null) return "";
  if (typeof pattern === "string") return pattern;
  return pattern
    .map((element) => {
      if (typeof element === "string") return element;
      if (element.type === "select") return element.variants.map((v) => words(v.value)).join(" ");
      return " ";
    })
    .join("");
}

/** Each message of a locale, by key, as the words it can say (comments are not messages). */
function messages(locale: Locale): Map<string, string> {
  const resource = new FluentResource(localeText(locale));
  return new Map(
    resource.body.map((entry) => {
      const message = entry as Message;
      const attributes = Object.values(message.attributes ?? {}).map(words);
      return [message.id, [words(message.value), ...attributes].join(" ").normalize("NFC")];
    }),
  );
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A word or phrase on its own: not inside a longer word, capitals or not. */
const whole = (phrase: string, flags = "iu") =>
  new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])${literal(phrase.normalize("NFC"))}(?![\\p{L}\\p{M}\\p{N}])`,
    flags,
  );

/** The replaced words a message says, as "key: word". */
function replacedIn(key: string, text: string, rule: Words): string[] {
  if (key in rule.except) return [];
  const kept = rule.fine_in.reduce((rest, phrase) => rest.replace(whole(phrase, "giu"), " "), text);
  return rule.instead_of.filter((word) => whole(word).test(kept)).map((word) => `${key}: ${word}`);
}

describe.each(LOCALES)("the glossary in %s", (locale) => {
  const all = messages(locale);

  it("is never contradicted: no message uses a replaced word", () => {
    const found = glossary.flatMap((entry) =>
      [...all].flatMap(([key, text]) => replacedIn(key, text, entry[locale])),
    );
    expect(found).toEqual([]);
  });

  it("names words the messages use, and exceptions that exist", () => {
    for (const entry of glossary) {
      const rule = entry[locale];
      const used = rule.use.split(" / ").every((word) => {
        const pattern = whole(word);
        return [...all.values()].some((text) => pattern.test(text));
      });
      expect(used, `${entry.idea}: ${rule.use}`).toBe(true);
      for (const key of Object.keys(rule.except)) expect(all.has(key), key).toBe(true);
    }
  });
});

describe("the glossary's matching", () => {
  const hủy = glossary.find((entry) => entry.vi.use === "hủy")?.vi as Words;
  const ballot = glossary.find((entry) => entry.vi.use === "bỏ phiếu kín")?.vi as Words;

  it("finds a replaced word in any capitals, and only as a whole word", () => {
    expect(replacedIn("k", "Đã bỏ. Không có gì thay đổi.", hủy)).toEqual(["k: bỏ"]);
    expect(replacedIn("k", "Bỏ /{ $open }, sang /{ $wanted }", hủy)).toEqual(["k: bỏ"]);
    expect(replacedIn("k", "Gõ /huy để DỪNG.", hủy)).toEqual(["k: dừng"]);
    expect(replacedIn("k", "Hình thức: Ẩn danh", ballot)).toEqual(["k: ẩn danh"]);
    expect(replacedIn("k", "bỏng", hủy)).toEqual([]);
  });

  it("leaves the word where it means something else", () => {
    expect(replacedIn("k", "Mỗi đảng viên bỏ phiếu trong tin nhắn riêng.", hủy)).toEqual([]);
    expect(replacedIn("k", "Việc nhắc bị bỏ qua: đã quá hạn.", hủy)).toEqual([]);
    expect(replacedIn("k", "Chỉ bí thư mới giao hoặc bỏ vai trò bí thư.", hủy)).toEqual([]);
    expect(replacedIn("stop-conflict", "tiến trình này dừng lại", hủy)).toEqual([]);
    expect(replacedIn("refuse-anonymous", 'tắt mục "Ẩn danh"', ballot)).toEqual([]);
  });

  it("reads the words of every variant and leaves out the placeables", () => {
    const [message] = new FluentResource(
      "k = { $n ->\n    [one] Đã dừng\n   *[other] { $thing } xong\n  }\n",
    ).body as Message[];
    const text = words(message?.value ?? null);
    expect(text).toContain("Đã dừng");
    expect(text).toContain("xong");
    expect(text).not.toContain("thing");
  });
});
