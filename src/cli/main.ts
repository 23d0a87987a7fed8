import { existsSync } from "node:fs";
import { systemClock } from "../clock.js";
import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { describeStartupError, useVietnameseValidation } from "../startup-error.js";
import { runCli } from "./cli.js";

if (existsSync(".env")) process.loadEnvFile(".env");
try {
  useVietnameseValidation();
  const config = loadConfig(process.env);
  process.exitCode = await runCli(
    process.argv.slice(2),
    config,
    createLogger(config.LOG_LEVEL),
    systemClock,
    {
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(`${text}\n`),
    },
  );
} catch (error) {
  process.stderr.write(`${describeStartupError(error)}\n`);
  process.exitCode = 1;
}
