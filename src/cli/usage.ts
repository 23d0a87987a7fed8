import type { Text } from "../i18n.js";
import { type CliCommand, type CliOption, descriptionKey } from "./cli-command.js";

type Say = (text: Text) => string;

/** A command as one types it: `cell schedule MÃ [--post-hour 8] …`. */
export function usageLine(command: CliCommand, say: Say): string {
  const options: [string, CliOption][] = Object.entries(command.options ?? {});
  const oneOf: readonly string[] = command.oneOf ?? [];
  const parts = [command.path, ...(command.arguments ?? []).map(({ word }) => say({ key: word }))];
  const chosen = options.filter(([name]) => oneOf.includes(name));
  if (chosen.length > 0) {
    parts.push(`(${chosen.map(([name, option]) => typed(name, option, say)).join(" | ")})`);
  }
  for (const [name, option] of options) {
    if (!oneOf.includes(name)) parts.push(`[${typed(name, option, say)}]`);
  }
  return parts.join(" ");
}

/** Every command with what it does: `--help`, and what a mistyped command is answered with. */
export function overview(commands: readonly CliCommand[], say: Say): string {
  return [
    say({ key: "cli-usage" }),
    ...commands.flatMap((command) => [
      `  ${usageLine(command, say)}`,
      `      ${say({ key: descriptionKey(command) })}`,
    ]),
    say({ key: "cli-usage-more" }),
  ].join("\n");
}

/** One command's `--help`: how it is typed, what it does, what each option means. */
export function commandHelp(command: CliCommand, say: Say): string {
  const options = Object.entries(command.options ?? {}).map(
    ([name, option]) =>
      [typed(name, option, say), say({ key: option.description ?? `cli-option-${name}` })] as const,
  );
  const width = Math.max(0, ...options.map(([usage]) => usage.length));
  return [
    say({ key: "cli-usage-command", args: { usage: usageLine(command, say) } }),
    say({ key: descriptionKey(command) }),
    ...(options.length > 0 ? [say({ key: "cli-options" })] : []),
    ...options.map(([usage, description]) => `  ${usage.padEnd(width)}   ${description}`),
  ].join("\n");
}

function typed(name: string, { value }: CliOption, say: Say): string {
  const shown =
    "word" in value
      ? say({ key: value.word })
      : "example" in value
        ? value.example
        : value.choices.join("|");
  return `--${name} ${shown}`;
}
