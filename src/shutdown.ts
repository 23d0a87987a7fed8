import type { Logger } from "pino";
import { plainText } from "./domain/rich-text.js";
import { type Text, Translator } from "./i18n.js";

/** How `npm start` ends (the README lists them for operators and service managers). */
export const EXIT = {
  /** Stopped when asked (SIGINT, SIGTERM, the end of the console's input), every step done. */
  stopped: 0,
  /** Could not start, or Telegram ended the polling for good (a refused token). */
  failed: 1,
  /** Another process polls the same bot (Telegram's 409): this one gave way to it. */
  conflict: 3,
  /** Stopped, but a step failed or did not end in time: see the log. */
  unclean: 4,
} as const;

/** Why the process stops, and what the operator is told. */
export interface Ending {
  code: (typeof EXIT)[keyof typeof EXIT];
  reason: string;
  /** Said on stderr, in Vietnamese, as start-up errors are. */
  message?: Text;
}

/** After this long a stop exits whatever is still under way. */
export const STOP_LIMIT_MS = 10_000;
/** How long what is under way (a turn, a beat) may take to end, leaving time to close. */
const WAIT_LIMIT_MS = 8_000;

export interface StopRequest {
  /** Aborted by the first SIGINT or SIGTERM, with the signal's name as its reason. */
  signal: AbortSignal;
  /** Resolves when that happens. */
  requested: Promise<Ending>;
}

/**
 * Listens for SIGINT and SIGTERM from the very start, so that a signal during start-up (while
 * Telegram cannot be reached) is honoured too. A second signal exits at once.
 */
export function listenForStop(): StopRequest {
  const controller = new AbortController();
  const requested = new Promise<Ending>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      if (controller.signal.aborted) exitNow(EXIT.unclean);
      controller.abort(signal);
      resolve({ code: EXIT.stopped, reason: signal });
    };
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, onSignal);
  });
  return { signal: controller.signal, requested };
}

/**
 * The steps of a stop, in order: one that fails or does not end in time is logged and the next
 * still runs; the exit code then says the stop was not clean.
 */
export class StopSteps {
  private clean = true;
  private readonly deadline: number;

  constructor(
    private readonly log: Logger,
    waitLimitMs = WAIT_LIMIT_MS,
  ) {
    this.deadline = Date.now() + waitLimitMs;
  }

  /** Runs a step now. */
  run(step: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      this.failed(step, error);
    }
  }

  /** Waits for what is under way, until the deadline; true when it ended. */
  async wait(step: string, work: Promise<unknown> | undefined): Promise<boolean> {
    if (!work) return true;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), Math.max(0, this.deadline - Date.now()));
    });
    try {
      if ((await Promise.race([work, late])) !== "late") return true;
      this.clean = false;
      this.log.error({ step }, "still under way at the stop's deadline: left unfinished");
      return false;
    } catch (error) {
      this.failed(step, error);
      return true;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The code to exit with: the ending's own, unless a clean stop was asked and this was not. */
  exitCode(ending: Ending): number {
    return ending.code === EXIT.stopped && !this.clean ? EXIT.unclean : ending.code;
  }

  private failed(step: string, error: unknown): void {
    this.clean = false;
    this.log.error({ step, err: error }, "stop step failed; the next ones still run");
  }
}

/** Exits with EXIT.unclean if the stop has not ended after STOP_LIMIT_MS. */
export function limitStop(log: Logger): void {
  setTimeout(() => {
    log.error({ limitMs: STOP_LIMIT_MS }, "the stop took too long: exiting now");
    exitNow(EXIT.unclean);
  }, STOP_LIMIT_MS).unref();
}

/** Tells the operator why chibo stops, on stderr, in Vietnamese like start-up errors. */
export function tellOperator(message: Text): void {
  const text = new Translator("vi").t(message.key, message.args);
  process.stderr.write(`${plainText(text)}\n`);
}

/** Exits once what was written to stdout and stderr has gone out (pipes are not always sync). */
export function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  process.stdout.write("", () => process.stderr.write("", () => exitNow(code)));
}

function exitNow(code: number): never {
  process.exit(code);
}
