import { parseArgs } from "node:util";
import type { Text } from "../i18n.js";
import type { CliCommand, CliOption } from "./cli-command.js";

/** What the words typed after `npm run cli --` ask for. */
type CommandLine =
  | {
      kind: "run";
      command: CliCommand;
      args: Record<string, string>;
      options: Record<string, string>;
    }
  /** `--help`: of one command, or of all. */
  | { kind: "help"; command: CliCommand | undefined }
  /** Not a command as declared: what is wrong (if anything was typed), and whose usage to show. */
  | { kind: "wrong"; problem: Text | undefined; command: CliCommand | undefined };

/**
 * Reads argv against the command table: finds the command by its words, then checks its
 * arguments and options as it declares them. The options of every command are read first, so
 * that an option may come before the command's words too.
 */
export function readCommandLine(argv: string[], commands: readonly CliCommand[]): CommandLine {
  const known: Record<string, { type: "string" | "boolean" }> = { help: { type: "boolean" } };
  for (const command of commands) {
    for (const name of Object.keys(command.options ?? {})) known[name] = { type: "string" };
  }
  const { tokens } = parseArgs({
    args: argv,
    options: known,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const words = tokens.flatMap((token) => (token.kind === "positional" ? [token.value] : []));
  const given = tokens.flatMap((token) => (token.kind === "option" ? [token] : []));

  const command = findCommand(words, commands);
  const help = given.some((option) => option.name === "help");
  if (!command) {
    if (help) return { kind: "help", command: undefined };
    const problem = words.length > 0 ? unknownCommand(words, commands) : undefined;
    return { kind: "wrong", problem, command: undefined };
  }
  if (help) return { kind: "help", command };
  const wrong = (problem: Text): CommandLine => ({ kind: "wrong", problem, command });

  const declared: Readonly<Record<string, CliOption>> = command.options ?? {};
  const options: Record<string, string> = {};
  for (const { name, rawName, value, inlineValue } of given) {
    const option = declared[name];
    if (!option) {
      return wrong({ key: "cli-unknown-option", args: { option: rawName, command: command.path } });
    }
    // As parseArgs' strict mode: "--year --format json" is a forgotten year, not a year "--format".
    if (value === undefined || (!inlineValue && value.startsWith("-"))) {
      return wrong({ key: "cli-option-needs-value", args: { option: rawName } });
    }
    const { value: shape } = option;
    if ("choices" in shape && !shape.choices.includes(value)) {
      const choices = shape.choices.join(", ");
      return wrong({ key: "cli-bad-choice", args: { option: rawName, value, choices } });
    }
    options[name] = value;
  }

  const rest = words.slice(command.path.split(" ").length);
  const declaredArguments = command.arguments ?? [];
  const args: Record<string, string> = {};
  for (const [at, argument] of declaredArguments.entries()) {
    const value = rest[at];
    if (!value?.trim()) {
      return wrong({ key: "cli-missing-argument", args: { argument: { key: argument.word } } });
    }
    args[argument.name] = value;
  }
  const extra = rest[declaredArguments.length];
  if (extra !== undefined) {
    return wrong({ key: "cli-extra-argument", args: { argument: extra, command: command.path } });
  }

  if (command.oneOf) {
    const named = command.oneOf.map((name) => `--${name}`).join(", ");
    const count = command.oneOf.filter((name) => options[name] !== undefined).length;
    if (count === 0) return wrong({ key: "cli-missing-option", args: { options: named } });
    if (count > 1) return wrong({ key: "cli-one-of", args: { options: named } });
  }
  return { kind: "run", command, args, options };
}

/** The command whose words begin what was typed, the longest if several do. */
function findCommand(words: string[], commands: readonly CliCommand[]): CliCommand | undefined {
  let found: CliCommand | undefined;
  for (const command of commands) {
    const path = command.path.split(" ");
    const matches = path.every((word, at) => words[at] === word);
    if (matches && path.length > (found?.path.split(" ").length ?? 0)) found = command;
  }
  return found;
}

/** "cell foo" names the group it tried; "foo" only itself. */
function unknownCommand(words: string[], commands: readonly CliCommand[]): Text {
  const group = commands.some((command) => command.path.startsWith(`${words[0]} `));
  const typed = group ? words.slice(0, 2).join(" ") : (words[0] ?? "");
  return { key: "cli-unknown-command", args: { command: typed } };
}
