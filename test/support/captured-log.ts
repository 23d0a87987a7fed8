import { createLogger } from "../../src/logger.js";

/** The production logger at debug level, its lines kept instead of written to stderr. */
export function capturedLog() {
  const lines: string[] = [];
  const log = createLogger("debug", { write: (line: string) => void lines.push(line) });
  return {
    log,
    /** Everything logged, as written. */
    text: () => lines.join("\n"),
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
