import { readdirSync, readFileSync } from "node:fs";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { escapeMarkup, parseMarkup, type RichText } from "./domain/rich-text.js";
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

/**
 * How the person answers where a message is shown, so that its words name only what is there:
 * buttons to press, a number to type (no buttons), or the options of the platform's own poll.
 * A key's variant `key--buttons`, `key--typed` or `key--poll` says it that way; the key itself
 * fits everywhere, and is what a platform without a variant of its own shows.
 */
export const WORDINGS = ["buttons", "typed", "poll"] as const;
export type Wording = (typeof WORDINGS)[number];

/** The key of a sentence's variant for one wording. */
export function variantKey(key: string, wording: Wording): string {
  return `${key}--${wording}`;
}

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
 * Commands ask by meaning; the platform that shows the words picks their variant (`worded`).
 */
export class Translator {
  private readonly bundle: FluentBundle;
  // Sentences without arguments, by key: the locale's keys are a fixed set, which bounds these.
  private readonly parsed = new Map<string, RichText>();
  private readonly formatted = new Map<string, string>();

  /** `bundle`: the locale as read once, shared with the translator this one is worded from. */
  constructor(
    readonly locale: Locale,
    readonly wording?: Wording,
    bundle?: FluentBundle,
  ) {
    this.bundle = bundle ?? loadBundle(locale);
  }

  /** The same sentences, each in its variant for `wording` where it has one (nested ones too). */
  worded(wording: Wording): Translator {
    return new Translator(this.locale, wording, this.bundle);
  }

  has(key: string): boolean {
    return this.bundle.hasMessage(key);
  }

  t(key: string, args?: TextArgs): RichText {
    if (hasArgs(args)) return parseMarkup(this.markup(key, args));
    // A sentence without arguments reads the same every time: parsed once.
    let said = this.parsed.get(key);
    if (!said) {
      // Frozen: every caller gets the same spans.
      said = Object.freeze(parseMarkup(this.markup(key)).map((span) => Object.freeze(span)));
      this.parsed.set(key, said);
    }
    return said;
  }

  /**
   * The sentence as markup, its arguments escaped; a nested sentence goes in as its markup,
   * parsed with the whole (rather than parsed, written back and parsed again).
   */
  private markup(key: string, args?: TextArgs): string {
    if (!hasArgs(args)) {
      let markup = this.formatted.get(key);
      if (markup === undefined) {
        markup = this.format(key, {});
        this.formatted.set(key, markup);
      }
      return markup;
    }
    const escaped: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(args)) {
      escaped[name] =
        typeof value === "string"
          ? escapeMarkup(value)
          : typeof value === "number"
            ? value
            : this.markup(value.key, value.args);
    }
    return this.format(key, escaped);
  }

  private format(key: string, escaped: Record<string, string | number>): string {
    const variant = this.wording && this.bundle.getMessage(variantKey(key, this.wording));
    const message = variant || this.bundle.getMessage(key);
    if (!message?.value) throw new Error(`Missing locale key ${key} in ${this.locale}.ftl`);
    const errors: Error[] = [];
    const text = this.bundle.formatPattern(message.value, escaped, errors);
    if (errors.length > 0) throw new Error(`${key}: ${errors.map((e) => e.message).join("; ")}`);
    return text;
  }

  text(text: Text): RichText {
    return this.t(text.key, text.args);
  }
}

function hasArgs(args: TextArgs | undefined): args is TextArgs {
  if (args === undefined) return false;
  for (const _ in args) return true;
  return false;
}

function loadBundle(locale: Locale): FluentBundle {
  // useIsolating: false, or invisible bidi marks surround every argument.
  const bundle = new FluentBundle(locale, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(localeText(locale)));
  if (errors.length > 0) throw new Error(`${locale}.ftl: ${errors.join("; ")}`);
  return bundle;
}
