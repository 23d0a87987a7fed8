import { Buffer } from "node:buffer";
import { z } from "zod";
import { BoundedCache } from "../domain/bounded-cache.js";

/** Telegram's limit on a button's data (callback_data) in bytes: the tightest platform's. */
export const MAX_CHOICE_BYTES = 64;

/** A field of a choice value: written as a token of letters, digits and _, read back typed. */
type ChoiceField = z.ZodType<unknown, string>;

/** A record's id (a meeting, a member, a poll) or an index: decimal digits, no leading zero. */
export const choiceId = z.codec(z.string().regex(/^(0|[1-9]\d{0,15})$/), z.int().nonnegative(), {
  decode: (digits) => Number(digits),
  encode: (id) => String(id),
});

const TOKEN = /^[A-Za-z0-9_]+$/;
const PLACEHOLDER = /\{(\w+)\}/g;

type Fields = Record<string, ChoiceField>;
type Placeholders<W extends string> = W extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** One kind of value of a command's choices: how it is laid out ("edit-{meeting}"), and its fields. */
interface ChoiceLayout<F extends Fields = Fields> {
  readonly wire: string;
  readonly fields: F;
}

/** A layout without fields ("new"), or one whose `{placeholders}` each name a field. */
export function choice<const W extends string>(
  wire: [Placeholders<W>] extends [never] ? W : never,
): ChoiceLayout<Record<never, never>>;
export function choice<
  const W extends string,
  const F extends Record<Placeholders<W>, ChoiceField>,
>(wire: W, fields: F): ChoiceLayout<F>;
export function choice(wire: string, fields: Fields = {}): ChoiceLayout {
  return { wire, fields };
}

type Layouts = Record<string, ChoiceLayout>;
type DataOf<L> =
  L extends ChoiceLayout<infer F> ? { -readonly [K in keyof F]: z.output<F[K]> } : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** What `choose` receives: the action's name and its fields, read back from the value. */
type Decoded<A extends Layouts> = {
  [K in keyof A & string]: Simplify<{ action: K } & DataOf<A[K]>>;
}[keyof A & string];
type DataArgs<L> = keyof DataOf<L> extends never ? [] : [data: DataOf<L>];

/** Any command's choice, read back. */
export interface Chosen {
  action: string;
}

/** What the router needs of a command's choices: a value read back, or nothing if it cannot be. */
export interface ChoiceReader<C extends Chosen> {
  decode(value: string): C | undefined;
}

interface Reader {
  action: string;
  pattern: RegExp;
  names: string[];
}

/**
 * The values of one command's choices ("hop:cancelyes-12"), written and read back by one
 * declaration. A value is checked when it is written: a field that cannot be a token, or a
 * value longer than a button may carry, is a mistake in the code, not something to send.
 * Reading never throws: anything that is not exactly a value this codec writes (forged,
 * truncated, from an older version) reads as nothing, and the person is told it expired.
 */
class ChoiceCodec<A extends Layouts> implements ChoiceReader<Decoded<A>> {
  private readonly readers: Reader[];
  /**
   * Values read before, and what they read as. For speed: a press decodes its value with zod
   * and writes it back to check its spelling, some 11 µs of every press (docs/performance.md),
   * and the same buttons are pressed again and again. Never changes: a value reads one way.
   */
  private readonly decoded = new BoundedCache<string, Decoded<A> | null>(DECODED_KEPT);
  /**
   * Values written before, by action and fields: every announcement's refresh writes its
   * buttons again, and zod's encoding costs some 5 µs a field.
   */
  private readonly encoded = new BoundedCache<string, string>(DECODED_KEPT);

  constructor(
    readonly command: string,
    private readonly actions: A,
  ) {
    if (!/^[a-z]+$/.test(command)) throw new Error(`A command's name, not "${command}"`);
    this.readers = Object.entries(actions).map(([action, layout]) =>
      reader(command, action, layout),
    );
  }

  /** The value of a choice; throws if it cannot be written or is too long for a button. */
  encode<K extends keyof A & string>(action: K, ...[data]: DataArgs<A[K]>): string {
    const fields = (data ?? {}) as Record<string, unknown>;
    const key = encodedKey(action, fields);
    return key === undefined
      ? this.checked(action, fields)
      : this.encoded.get(key, () => this.checked(action, fields));
  }

  private checked(action: string, data: Record<string, unknown>): string {
    const value = this.write(action, data);
    if (value === undefined) {
      throw new Error(`${this.command}:${action} cannot be written from the data given`);
    }
    if (Buffer.byteLength(value) > MAX_CHOICE_BYTES) {
      throw new Error(`The choice value ${value} is over ${MAX_CHOICE_BYTES} bytes`);
    }
    return value;
  }

  /** The choice a value stands for; undefined for anything this codec would not write. */
  decode(value: string): Decoded<A> | undefined {
    if (typeof value !== "string" || Buffer.byteLength(value) > MAX_CHOICE_BYTES) return undefined;
    const decoded = this.decoded.get(value, () => this.read(value) ?? null);
    // A copy: the caller may change what it was given.
    return decoded === null ? undefined : { ...decoded };
  }

  private read(value: string): Decoded<A> | undefined {
    for (const { action, pattern, names } of this.readers) {
      const tokens = pattern.exec(value)?.slice(1);
      if (!tokens) continue;
      const data = readFields(this.layout(action).fields, names, tokens);
      // Only the one spelling this codec writes: no leading zeros, no second form of a value.
      if (data && this.write(action, data) === value) return { ...data, action } as Decoded<A>;
    }
    return undefined;
  }

  private layout(action: string): ChoiceLayout {
    const layout = Object.hasOwn(this.actions, action) ? this.actions[action] : undefined;
    if (!layout) throw new Error(`${this.command} has no choice "${action}"`);
    return layout;
  }

  private write(action: string, data: Record<string, unknown>): string | undefined {
    const { wire, fields } = this.layout(action);
    // Most choices have no field ("confirm"): nothing to fill in.
    if (!wire.includes("{")) return `${this.command}:${wire}`;
    let failed = false;
    const payload = wire.replace(PLACEHOLDER, (_, name: string) => {
      const field = fields[name];
      const written = field && z.safeEncode(field, data[name]);
      if (written?.success && TOKEN.test(written.data)) return written.data;
      failed = true;
      return "";
    });
    return failed ? undefined : `${this.command}:${payload}`;
  }
}

/** Declares a command's choices: `choiceCodec("hop", { edit: choice("edit-{meeting}", …) })`. */
export function choiceCodec<const A extends Layouts>(command: string, actions: A): ChoiceCodec<A> {
  return new ChoiceCodec(command, actions);
}

/** The choice a codec's `decode` gives: the type `choose` takes. */
export type ChoiceOf<C> = C extends ChoiceCodec<infer A> ? Decoded<A> : never;

/** How many values a command's codec remembers having read: far more than are on screen. */
const DECODED_KEPT = 2000;

/**
 * A key for the value written from these fields, when each is a string, a number or a boolean
 * (as every field is today); undefined otherwise, and the value is written afresh.
 */
function encodedKey(action: string, data: Record<string, unknown>): string | undefined {
  let key = action;
  for (const name in data) {
    const value = data[name];
    const type = typeof value;
    if (type !== "string" && type !== "number" && type !== "boolean") return undefined;
    // A string quoted (JSON): "1" and 1 stay apart, and no text can pass for a separator.
    key += `\u0000${name}=${type === "string" ? JSON.stringify(value) : String(value)}`;
  }
  return key;
}

function reader(command: string, action: string, { wire, fields }: ChoiceLayout): Reader {
  const names = [...wire.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "");
  const declared = Object.keys(fields);
  const mismatch =
    names.length !== new Set(names).size ||
    names.length !== declared.length ||
    names.some((name) => !declared.includes(name) || name === "action") ||
    /[{}]/.test(wire.replace(PLACEHOLDER, ""));
  if (mismatch) throw new Error(`${command}:${action}: "${wire}" and its fields do not agree`);
  const literal = wire.split(PLACEHOLDER).filter((_, index) => index % 2 === 0);
  const body = literal.map(escapeRegExp).join("([A-Za-z0-9_]+)");
  return { action, pattern: new RegExp(`^${escapeRegExp(`${command}:`)}${body}$`), names };
}

function readFields(
  fields: Fields,
  names: readonly string[],
  tokens: readonly string[],
): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  for (const [index, name] of names.entries()) {
    const field = fields[name];
    const read = field && z.safeDecode(field, tokens[index] ?? "");
    if (!read?.success) return undefined;
    data[name] = read.data;
  }
  return data;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
