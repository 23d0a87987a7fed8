import type { Logger } from "pino";
import { z } from "zod";
import { createApp } from "../app.js";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import { plainText } from "../domain/rich-text.js";
import { type Text, Translator } from "../i18n.js";
import { type CliCall, type CliCommand, CliError, type CliOutput } from "./cli-command.js";
import { readCommandLine } from "./command-line.js";
import { cliCommands } from "./commands.js";
import { printer } from "./output.js";
import { commandHelp, overview, usageLine } from "./usage.js";
import { type QrLogin, zaloQrLogin } from "./zalo-login.js";

/**
 * `npm run cli -- …`: the operators' commands. Returns the process exit code: 0 done, 2 bad
 * usage or input (said in the operator's language), 1 a Zalo login that saved nothing.
 */
export async function runCli(
  argv: string[],
  config: Config,
  log: Logger,
  clock: Clock,
  io: CliOutput,
  qrLogin: QrLogin = zaloQrLogin(config.ZALO_SERVER),
): Promise<number> {
  const translator = new Translator(config.BOT_LOCALE);
  // Plan files are checked by zod: its messages in the operator's language.
  z.config(config.BOT_LOCALE === "vi" ? z.locales.vi() : z.locales.en());
  const say = (text: Text) => plainText(translator.text(text));

  const line = readCommandLine(argv, cliCommands);
  if (line.kind === "help") {
    io.out(line.command ? commandHelp(line.command, say) : overview(cliCommands, say));
    return 0;
  }
  if (line.kind === "wrong") {
    if (line.problem) io.err(say(line.problem));
    io.err(line.command ? usageOf(line.command, say) : overview(cliCommands, say));
    return 2;
  }
  const { command, args, options } = line;
  const call: CliCall = {
    args,
    options,
    config,
    log,
    clock,
    io,
    say,
    explain: (message) => (translator.has(message) ? say({ key: message }) : message),
    print: printer(options, io, say),
    qrLogin,
  };
  try {
    if (!command.needsDatabase) return await command.run(call);
    const app = createApp(config, log, clock);
    try {
      return await command.run(call, app);
    } finally {
      app.close();
    }
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(say(error.text));
    return 2;
  }
}

/** How the command is typed, and where to read more. */
function usageOf(command: CliCommand, say: (text: Text) => string): string {
  return [
    say({ key: "cli-usage-command", args: { usage: usageLine(command, say) } }),
    say({ key: "cli-usage-details", args: { command: command.path } }),
  ].join("\n");
}
