import type { CliOption } from "./cli-command.js";

/** Options several commands share, so that each means the same everywhere. */
export const CELL_OPTION: CliOption = { value: { word: "cli-word-code" } };
export const COMMITTEE_OPTION: CliOption = { value: { word: "cli-word-committee" } };
export const YEAR_OPTION: CliOption = { value: { word: "cli-word-year" } };
export const OUT_OPTION: CliOption = { value: { word: "cli-word-file" } };

export function formatOption(...choices: string[]): CliOption {
  return { value: { choices } };
}

/** What a command that prints a result takes: JSON for scripts, and a file to write it to. */
export const PRINT_OPTIONS = { format: formatOption("text", "json"), out: OUT_OPTION };
