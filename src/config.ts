import { z } from "zod";
import { MINUTE_MS } from "./domain/durations.js";
import type { RetentionSettings } from "./domain/retention-settings.js";
import { LOCALES } from "./i18n.js";

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .default("false")
  .transform((value) => value === "true" || value === "1");

const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

/**
 * How long something is kept, a whole number from 1 to `max`: one message for each way it is
 * wrong (0, negative, a fraction, a word), which names the unit and the range.
 */
const keptFor = (unit: "days" | "hours", max: number, byDefault: number) => {
  const message = `config-error-retention-${unit}`;
  return z.preprocess(
    emptyAsUnset,
    z.coerce
      .number({ error: message })
      .int(message)
      .min(1, message)
      .max(max, message)
      .default(byDefault),
  );
};

/** A passphrase shorter than this is one a copied file's finder could guess. */
export const MIN_KEY_LENGTH = 16;

/** The environment, checked once at start; every variable is optional. */
const configSchema = z.object({
  TELEGRAM_BOT_TOKEN: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^\d+:[\w-]+$/, "config-error-token")
      .optional(),
  ),
  TELEGRAM_API_ROOT: z.preprocess(
    emptyAsUnset,
    z
      .url()
      .default("https://api.telegram.org")
      .transform((url) => url.replace(/\/+$/, "")),
  ),
  ZALO_ENABLED: flag,
  ZALO_CREDENTIALS_PATH: z.preprocess(
    emptyAsUnset,
    z.string().default("./data/zalo-credentials.json"),
  ),
  /** The least time between two messages of the bot's Zalo account. */
  ZALO_SEND_GAP_MS: z.preprocess(
    emptyAsUnset,
    z.coerce.number().int().min(500, "config-error-zalo-gap").max(MINUTE_MS).default(2000),
  ),
  /** The most strangers (not the bot's friends) its Zalo account writes to privately in a day. */
  ZALO_STRANGER_DAILY_CAP: z.preprocess(
    emptyAsUnset,
    z.coerce.number().int().min(0).max(1000).default(80),
  ),
  /** Testing only: every Zalo host the client calls is replaced by this base URL. */
  ZALO_SERVER: z.preprocess(emptyAsUnset, z.url().optional()),
  DATABASE_PATH: z.preprocess(emptyAsUnset, z.string().default("./data/chibo.sqlite")),
  /** Encrypts the database at rest: a passphrase, long enough not to be guessed. */
  DATABASE_KEY: z.preprocess(
    emptyAsUnset,
    z.string().min(MIN_KEY_LENGTH, "config-error-key-short").optional(),
  ),
  /** The passphrase in a file readable by its owner only (mode 0600), instead of DATABASE_KEY. */
  DATABASE_KEY_FILE: z.preprocess(emptyAsUnset, z.string().optional()),
  BOT_TIMEZONE: z.preprocess(
    emptyAsUnset,
    z.string().default("Asia/Ho_Chi_Minh").refine(isTimeZone, "config-error-timezone"),
  ),
  BOT_QUIET_HOURS: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .default("21-07")
      .transform((value, ctx) => {
        if (value === "off") return undefined;
        const match = /^(\d{1,2})-(\d{1,2})$/.exec(value);
        const [from, until] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
        if (!(from >= 0 && from < 24 && until >= 0 && until < 24 && from > until)) {
          ctx.addIssue({ code: "custom", message: "config-error-quiet-hours" });
          return z.NEVER;
        }
        return { from, until };
      }),
  ),
  BOT_LOCALE: z.preprocess(emptyAsUnset, z.enum(LOCALES).default("vi")),
  /** Days after its last step that a dialog left open (a /dangky abandoned) is closed. */
  RETENTION_DIALOG_DAYS: keptFor("days", 36_500, 7),
  /** Messages sent (or dropped, with nothing left to say) are kept this many days. */
  RETENTION_SENT_DAYS: keptFor("days", 36_500, 365),
  /** Who opened a member's plan, results, reasons or level (data_reads): kept this many days. */
  RETENTION_AUDIT_DAYS: keptFor("days", 36_500, 365),
  /** Files the console chat saved in data/exports are kept this many hours. */
  RETENTION_EXPORT_HOURS: keptFor("hours", 876_000, 24),
  LOG_LEVEL: z.preprocess(
    emptyAsUnset,
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
});

/** Both ways to give the key at once would leave which one counts to chance. */
const checkedConfig = configSchema.superRefine((config, ctx) => {
  if (config.DATABASE_KEY && config.DATABASE_KEY_FILE) {
    ctx.addIssue({
      code: "custom",
      path: ["DATABASE_KEY_FILE"],
      message: "config-error-key-twice",
    });
  }
});

export type Config = z.output<typeof configSchema>;

/** The environment names a wrong value: each problem as "VARIABLE: what is wrong". */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
  }
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const result = checkedConfig.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
  );
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** How long what is kept only for a while is kept, as the retention job reads it. */
export function retentionSettings(
  config: Pick<
    Config,
    | "RETENTION_DIALOG_DAYS"
    | "RETENTION_SENT_DAYS"
    | "RETENTION_AUDIT_DAYS"
    | "RETENTION_EXPORT_HOURS"
  >,
): RetentionSettings {
  return {
    dialogDays: config.RETENTION_DIALOG_DAYS,
    sentDays: config.RETENTION_SENT_DAYS,
    auditDays: config.RETENTION_AUDIT_DAYS,
    exportHours: config.RETENTION_EXPORT_HOURS,
  };
}
