import type { Logger } from "pino";
import type { App } from "../app.js";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Text } from "../i18n.js";
import type { QrLogin } from "./zalo-login.js";

/** Where the CLI writes; tests pass their own. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

/** Bad usage or input: exit code 2, with the sentence that explains it. */
export class CliError extends Error {
  constructor(readonly text: Text) {
    super(text.key);
  }
}

/** How an option's value is shown in the usage, and which values it takes. */
type CliValue =
  /** A placeholder word, by its locale key: MÃ, NĂM, TỆP. */
  | { word: string }
  /** A value as one would type it: 8, 14,7,3,1. */
  | { example: string }
  /** The only values it takes; any other is refused before the command runs. */
  | { choices: readonly string[] };

/** An option taking a value (`--year 2024`). */
export interface CliOption {
  value: CliValue;
  /** The locale key that says what it does, if not `cli-option-<name>`. */
  description?: string;
}

/** A positional argument: its name in `call.args`, and the locale key of its placeholder word. */
interface CliArgument<A extends string = string> {
  name: A;
  word: string;
}

/** What a command is run with: its arguments and options, checked against its declaration. */
export interface CliCall<A extends string = string, O extends string = string> {
  args: Readonly<Record<A, string>>;
  options: Readonly<Partial<Record<O, string>>>;
  config: Config;
  log: Logger;
  clock: Clock;
  io: CliOutput;
  /** A text in the operator's language, as plain text. */
  say(text: Text): string;
  /** A problem's message: our own rules name locale keys, zod's and the parser's come translated. */
  explain(message: string): string;
  /** Prints a result as `--format` asks (text or JSON), to the terminal or to `--out`. */
  print(value: unknown, text: () => Text[]): void;
  qrLogin: QrLogin;
}

type CliResult = number | Promise<number>;

interface CliCommandBase<A extends string, O extends string> {
  /**
   * The words that name it, as typed: "cell list". What it does is said by the locale key
   * `cli-command-<words-with-dashes>`.
   */
  path: string;
  arguments?: readonly CliArgument<A>[];
  options?: Readonly<Record<O, CliOption>>;
  /** Exactly one of these options must be given (`report --cell CODE | --committee NAME`). */
  oneOf?: readonly NoInfer<O>[];
}

/**
 * An operator's command. One that needs the database gets the app, opened for it and closed
 * after; one that does not (`zalo login`, `help`) never opens the database file.
 */
export type CliCommand<A extends string = string, O extends string = string> = CliCommandBase<
  A,
  O
> &
  (
    | { needsDatabase: true; run(call: CliCall<A, O>, app: App): CliResult }
    | { needsDatabase: false; run(call: CliCall<A, O>): CliResult }
  );

/** Declares a command, typing `call.args` and `call.options` by what it declares. */
export function defineCommand<A extends string = never, O extends string = never>(
  command: CliCommand<A, O>,
): CliCommand {
  return command;
}

/** The locale key that says what a command does. */
export function descriptionKey(command: CliCommand): string {
  return `cli-command-${command.path.replaceAll(" ", "-")}`;
}
