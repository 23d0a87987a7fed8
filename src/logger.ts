import { BotError, GrammyError, HttpError } from "grammy";
import { type DestinationStream, type Logger, pino } from "pino";
import { z } from "zod";

/**
 * The one logger of chibo. Logs go to stderr, so that the console chat on stdout stays readable;
 * a test passes its own `destination` to read them.
 *
 * Nothing anyone wrote may reach a log (personal plans, absence reasons, self-assessments): an
 * error is logged only by its fields that carry no text (`safeError`), and the keys under which
 * messages and people's records are shaped are censored wherever a call site logs them.
 */
export function createLogger(
  level: string,
  destination: DestinationStream = pino.destination(2),
): Logger {
  return pino(
    {
      level,
      base: undefined,
      serializers: {
        err: safeError,
        // A call site's own words (a Zalo listener's event message), or an error.
        error: (value: unknown) => (typeof value === "string" ? value : safeError(value)),
      },
      redact: { paths: REDACTED, censor: "[redacted]" },
    },
    destination,
  );
}

/**
 * Where text sits in what could be logged: a message's parts and their arguments, a Bot API
 * call's payload and parameters, a turn's content or grammY context, a plan, an absence reason.
 */
const REDACTED = [
  "payload",
  "*.payload",
  "params.text",
  "params.caption",
  "*.params.text",
  "*.params.caption",
  "text",
  "*.text",
  "*.*.text",
  "caption",
  "*.caption",
  "*.*.caption",
  "reply",
  "*.reply",
  "parts",
  "*.parts",
  "args",
  "*.args",
  "content",
  "*.content",
  "ctx",
  "*.ctx",
  "plan",
  "*.plan",
  "*.reason",
];

const MAX_CAUSES = 3;
const MAX_MESSAGE = 300;

/**
 * What may be logged of a thrown value, decided by its class. Stack frames name code, never
 * data; the line that heads a stack repeats the message, so only the frames are kept.
 */
function safeError(value: unknown, depth = 0): Record<string, unknown> {
  if (!(value instanceof Error)) {
    if (typeof value !== "object" || value === null) return { thrown: typeof value };
    const { name, code } = value as { name?: unknown; code?: unknown };
    return { thrown: "object", ...plain({ name, code }) };
  }
  const name = value.name;
  const cause = (inner: unknown) =>
    depth < MAX_CAUSES && inner !== undefined ? { cause: safeError(inner, depth + 1) } : {};
  // A refused Bot API call carries its whole request (`payload`: a private message's text).
  // Telegram's description is its own words ("Bad Request: chat not found").
  if (value instanceof GrammyError) {
    const retryAfter = value.parameters.retry_after;
    return plain({
      name,
      method: value.method,
      code: value.error_code,
      description: value.description,
      retryAfter,
    });
  }
  // grammY's wrapper of a failed update holds the update itself (`ctx`): only the cause.
  if (value instanceof BotError) return { name, ...cause(value.error) };
  // "Network request for 'sendMessage' failed!": the method; the cause is the network's.
  if (value instanceof HttpError) return { name, message: value.message, ...cause(value.error) };
  // zca-js puts Zalo's own error_message in `message`, and chibo cannot know it never quotes
  // what was sent: the code only. By name, as zca-js loads only when Zalo is on.
  if (name === "ZcaApiError" || name.startsWith("ZaloApi")) {
    return plain({ name, code: (value as { code?: unknown }).code });
  }
  // A schema's issues may quote the input: where and what kind, not their words.
  if (value instanceof z.core.$ZodError) {
    const issues = value.issues.map(({ path, code }) => ({ path: path.join("."), code }));
    return { name, issues };
  }
  // JSON.parse and BigInt quote the text they could not read.
  if (value instanceof SyntaxError) return { name, stack: frames(value) };
  // The rest: chibo's own errors, Node's (a file, the network), SQLite's (it names the
  // constraint or column, never a bound value): their first line and code.
  return {
    ...plain({ name, code: (value as { code?: unknown }).code }),
    message: value.message.split("\n", 1)[0]?.slice(0, MAX_MESSAGE),
    stack: frames(value),
    ...cause(value.cause),
  };
}

/** The stack's frames, without the message that heads it. */
function frames(error: Error): string | undefined {
  const lines = error.stack?.split("\n").filter((line) => /^\s+at /.test(line));
  return lines?.length ? lines.join("\n") : undefined;
}

/** The fields given, those that are a number or a string. */
function plain(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => typeof v === "number" || typeof v === "string"),
  );
}
