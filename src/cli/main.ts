import { existsSync } from "node:fs";
import { systemClock } from "../clock.js";
import { ConfigError, loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { runCli } from "./cli.js";

if (existsSync(".env")) process.loadEnvFile(".env");
try {
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
  process.stderr.write(`${error instanceof ConfigError ? error.message : error}\n`);
  process.exitCode = 1;
}
