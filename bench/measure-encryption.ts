/**
 * 6. Encryption at rest: the seeded province is copied, the copy encrypted in place (`db
 *    encrypt`, timed), and the plain file and the encrypted copy are opened in turn, three
 *    rounds each way, each measuring /baocao in the group and a write (a /dangky step): what one
 *    round's order, caches and collections do falls on both sides alike. The cost of
 *    DATABASE_KEY is the ratio of the two sides' samples.
 */
import { copyFileSync, rmSync } from "node:fs";
import { encryptFile } from "../src/db/encrypt-file.js";
import type { BenchContext } from "./context.js";
import { baocaoTimer } from "./measure-reports.js";
import { chiboRun, inProcessBot } from "./measure-updates.js";
import { type Latency, latency, nowMs, round } from "./stats.js";

/** A passphrase as an operator would set one; its length does not change the cost. */
const BENCH_KEY = "khóa của tỉnh, chỉ để đo";
const ROUNDS = 3;

interface EncryptionSide {
  baocaoGroup: Latency;
  write: Latency;
}

export interface EncryptionFigures {
  plain: EncryptionSide;
  encrypted: EncryptionSide;
  /** `db encrypt` on a copy of the seeded file: VACUUM, then every page rewritten under the key. */
  encryptMs: number;
  /** Encrypted over plain, at p99: above 1 is what the key costs. */
  ratios: { baocaoGroupP99: number; writeP99: number };
}

interface Samples {
  baocao: number[];
  write: number[];
}

export async function measureEncryption(
  context: BenchContext,
  iterations: number,
): Promise<EncryptionFigures> {
  const encrypted = `${context.databasePath}.encrypted`;
  context.close();
  copyFileSync(context.databasePath, encrypted);
  const start = nowMs();
  if (encryptFile(encrypted, Buffer.from(BENCH_KEY)) !== "encrypted") {
    throw new Error("The copy of the seeded database could not be encrypted.");
  }
  const encryptMs = round(nowMs() - start, 0);
  const each = Math.max(1, Math.ceil(iterations / ROUNDS));
  const sides = { plain: empty(), encrypted: empty() };
  try {
    for (let turn = 0; turn < ROUNDS; turn++) {
      context.reopen();
      await measureRound(context, each, sides.plain);
      context.close();
      context.reopen({ path: encrypted, key: BENCH_KEY });
      if (!context.app.database.encrypted) throw new Error("The copy did not open encrypted.");
      await measureRound(context, each, sides.encrypted);
      context.close();
    }
  } finally {
    context.reopen();
    rmSync(encrypted, { force: true });
  }
  const plain = summary(sides.plain);
  const locked = summary(sides.encrypted);
  // Under a hundred samples there is no p99 (stats.ts): the slowest stands in for it.
  const p99 = (figures: Latency) => figures.p99Ms ?? figures.maxMs;
  return {
    plain,
    encrypted: locked,
    encryptMs,
    ratios: {
      baocaoGroupP99: round(p99(locked.baocaoGroup) / p99(plain.baocaoGroup), 2),
      writeP99: round(p99(locked.write) / p99(plain.write), 2),
    },
  };
}

const empty = (): Samples => ({ baocao: [], write: [] });

const summary = (samples: Samples): EncryptionSide => ({
  baocaoGroup: latency(samples.baocao),
  write: latency(samples.write, 4),
});

async function measureRound(context: BenchContext, count: number, into: Samples): Promise<void> {
  const { baocao } = baocaoTimer(context);
  await baocao(Math.min(20, count), true);
  into.baocao.push(...(await baocao(count, true)));
  // No warm-up of its own: step 1 warmed the same code, and each write takes a member who has
  // not registered yet, of whom a small province has few.
  const chibo = inProcessBot(context);
  into.write.push(...(await chiboRun(context, chibo, "write", count)).samples);
}
