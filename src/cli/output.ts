import { dirname } from "node:path";
import type { Text } from "../i18n.js";
import { writePrivateFile } from "../private-files.js";
import { CliError, type CliOutput } from "./cli-command.js";

/**
 * Reports and backups go where the operator says, and only there: a missing folder is refused
 * rather than made, as cp and sqlite3 do, since a mistyped path or an unmounted backup disk would
 * otherwise put the copy somewhere nobody looks.
 */
export function writeOutput(file: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new CliError({ key: "cli-no-folder", args: { folder: dirname(file) } });
    }
    if (code === "EISDIR") throw new CliError({ key: "cli-out-is-folder", args: { file } });
    if (code === "EACCES" || code === "EPERM") {
      throw new CliError({ key: "cli-cannot-write", args: { file } });
    }
    throw error;
  }
}

/** Prints a result as --format asks: sentences, or JSON for scripts; to --out if given. */
export function printer(
  options: { format?: string; out?: string },
  io: CliOutput,
  say: (text: Text) => string,
) {
  return (value: unknown, text: () => Text[]): void => {
    const output =
      options.format === "json" ? JSON.stringify(value, null, 2) : text().map(say).join("\n");
    const out = options.out;
    if (out) writeOutput(out, () => writePrivateFile(out, `${output}\n`));
    else io.out(output);
  };
}
