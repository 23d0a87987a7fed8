import { type ChildProcess, spawn } from "node:child_process";

/** `npm start` as a real process (the source, through tsx), watched through its stderr. */
export interface ChiboProcess {
  child: ChildProcess;
  /** Everything it wrote to stderr so far: its log, and what the operator is told. */
  readonly stderr: string;
  /** Resolves once stderr holds `text`. */
  waitForLog(text: string, timeoutMs?: number): Promise<void>;
  /** Its exit code once it has exited; if it runs on for `timeoutMs`, it is killed and this rejects. */
  exitCode(timeoutMs?: number): Promise<number | null>;
}

/**
 * Starts chibo with only `env` set (and PATH). With `now`, the process's clock reads that
 * instant at start and runs on from there (the benchmark's preload, bench/child-clock.mjs).
 */
export function startChibo(
  env: Record<string, string>,
  options: { now?: Date } = {},
): ChiboProcess {
  const clock = options.now ? ["--import", "./bench/child-clock.mjs"] : [];
  const child = spawn(process.execPath, [...clock, "--import", "tsx", "src/main.ts"], {
    env: {
      PATH: process.env.PATH,
      ...(options.now ? { CHIBO_BENCH_NOW: String(options.now.getTime()) } : {}),
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  const listeners = new Set<() => void>();
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    for (const listener of listeners) listener();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return {
    child,
    get stderr() {
      return stderr;
    },
    waitForLog(text, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!stderr.includes(text)) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`No "${text}" on stderr in ${timeoutMs} ms:\n${stderr.slice(-2000)}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    async exitCode(timeoutMs = 20_000) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<"running">((resolve) => {
        timer = setTimeout(() => resolve("running"), timeoutMs);
      });
      const outcome = await Promise.race([exited, late]);
      clearTimeout(timer);
      if (outcome !== "running") return outcome;
      child.kill("SIGKILL");
      await exited;
      throw new Error(`Still running ${timeoutMs} ms later:\n${stderr.slice(-2000)}`);
    },
  };
}

/** Resolves once `condition` holds, checking every 20 ms. */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Not ${what} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
