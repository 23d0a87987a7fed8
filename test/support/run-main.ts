import { spawn } from "node:child_process";

export interface MainRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `npm start` as the operator runs it (the source, through tsx), with only `env` set; `input`
 * is typed into the console chat, and the end of it ends the chat.
 */
export function runMain(env: Record<string, string>, input = ""): Promise<MainRun> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  // A process that stops at once may have closed its input already.
  child.stdin.on("error", () => {});
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}
