import { readdirSync, readFileSync } from "node:fs";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { escapeMarkup, parseMarkup, type RichText, toMarkup } from "./domain/rich-text.js";
import { projectFile } from "./project-files.js";

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** A sentence to show a person: a key in locales/*.ftl and its arguments. */
export interface Text {
  key: string;
  args?: TextArgs;
}

/** Strings are what people typed, never markup; a nested Text is translated (and trusted) first. */
export type TextArgs = Record<string, string | number | Text>;

const LOCALES_DIR = projectFile("locales/");

export function localeFile(locale: Locale): URL {
  return new URL(`${locale}.ftl`, LOCALES_DIR);
}

/**
 * Everything a locale says: `vi.ftl`, then the topic files beside it (`documents.vi.ftl`),
 * so that documents and chat keep their sentences apart.
 */
export function localeText(locale: Locale): string {
  const topics = readdirSync(LOCALES_DIR)
    .filter((name) => name.endsWith(`.${locale}.ftl`))
    .sort()
    .map((name) => readFileSync(new URL(name, LOCALES_DIR), "utf8"));
  return [readFileSync(localeFile(locale), "utf8"), ...topics].join("\n");
}

/**
 * Turns locale keys into rich text. A sentence's markup (<b>, <i>) is parsed once it is
 * formatted; every argument is escaped on the way in, so that what people typed stays text.
 */
export class Translator {
  private readonly bundle: FluentBundle;

  constructor(readonly locale: Locale) {
    // useIsolating: false, or invisible bidi marks surround every argument.
    this.bundle = new FluentBundle(locale, { useIsolating: false });
    const errors = this.bundle.addResource(new FluentResource(localeText(locale)));
    if (errors.length > 0) throw new Error(`${locale}.ftl: ${errors.join("; ")}`);
  }

  has(key: string): boolean {
    return this.bundle.hasMessage(key);
  }

  t(key: string, args: TextArgs = {}): RichText {
    const message = this.bundle.getMessage(key);
    if (!message?.value) throw new Error(`Missing locale key ${key} in ${this.locale}.ftl`);
    const escaped = Object.fromEntries(
      Object.entries(args).map(([name, value]) => [
        name,
        typeof value === "string"
          ? escapeMarkup(value)
          : typeof value === "number"
            ? value
            : toMarkup(this.text(value)),
      ]),
    );
    const errors: Error[] = [];
    const text = this.bundle.formatPattern(message.value, escaped, errors);
    if (errors.length > 0) throw new Error(`${key}: ${errors.map((e) => e.message).join("; ")}`);
    return parseMarkup(text);
  }

  text(text: Text): RichText {
    return this.t(text.key, text.args);
  }
}
