import { existsSync } from "node:fs";
import { commands } from "../commands/index.js";
import { createApp } from "./app.js";
import { systemClock } from "./clock.js";
import { ConfigError, loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { runConsole } from "./platforms/console/run-console.js";
import { launchTelegramBot } from "./platforms/telegram/telegram-bot.js";
import { describeStartupError, useVietnameseValidation } from "./startup-error.js";

async function main(): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  useVietnameseValidation();
  const config = loadConfig(process.env);
  if (config.ZALO_ENABLED) throw new ConfigError(["ZALO_ENABLED: config-zalo-not-built"]);
  const telegram = config.TELEGRAM_BOT_TOKEN;
  // The console chat shares the terminal: keep routine logs out of the way there.
  const log = createLogger(telegram || process.env.LOG_LEVEL ? config.LOG_LEVEL : "warn");
  const app = createApp(config, log, systemClock);
  process.once("exit", () => app.close());

  if (!telegram) {
    await runConsole(app.router, app.translator);
    return;
  }
  const { bot, polling } = await launchTelegramBot({
    token: telegram,
    apiRoot: config.TELEGRAM_API_ROOT,
    router: app.router,
    translator: app.translator,
    commands,
    log,
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => bot.stop());
  log.info({ bot: bot.botInfo.username, apiRoot: config.TELEGRAM_API_ROOT }, "telegram started");
  await polling;
}

main().catch((error: unknown) => {
  process.stderr.write(`${describeStartupError(error)}\n`);
  process.exitCode = 1;
});
