import { z } from "zod";
import { ConfigError } from "./config.js";
import { DatabaseDamagedError, DatabaseKeyError } from "./db/database-check.js";
import { isStorageFailure } from "./db/storage-error.js";
import { plainText } from "./domain/rich-text.js";
import { Translator } from "./i18n.js";

/**
 * What the operator reads when chibo cannot start: a configuration problem or a damaged
 * database in Vietnamese (the locale itself may be what is wrong), anything else as the error
 * it is.
 */
export function describeStartupError(error: unknown): string {
  if (error instanceof DatabaseDamagedError) return describeDamage(error);
  if (error instanceof DatabaseKeyError) {
    return plainText(new Translator("vi").t(`db-key-${error.problem}`, { file: error.file }));
  }
  if (isStorageFailure(error)) return plainText(new Translator("vi").t("db-cannot-write"));
  if (!(error instanceof ConfigError)) {
    return error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  const translator = new Translator("vi");
  const lines = error.problems.map((problem) => {
    const [variable, message = ""] = problem.split(": ");
    const text = translator.has(message) ? plainText(translator.t(message)) : message;
    return `  - ${variable}: ${text}`;
  });
  return [plainText(translator.t("config-error")), ...lines].join("\n");
}

/** Which file, what is wrong with it, and how to put a backup in its place. */
function describeDamage({ file, damage, detail }: DatabaseDamagedError): string {
  const translator = new Translator("vi");
  const args = { file, detail };
  return [translator.t(`db-${damage}`, args), translator.t("db-restore", args)]
    .map(plainText)
    .join("\n");
}

/** zod's own messages in Vietnamese, for configuration and plan files alike. */
export function useVietnameseValidation(): void {
  z.config(z.locales.vi());
}
