import { type Logger, pino } from "pino";

/** Logs go to stderr, so that the console chat on stdout stays readable. */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined }, pino.destination(2));
}
