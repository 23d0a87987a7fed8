/**
 * 6. Encryption at rest: /baocao in the group and a write (a /dangky step) on the seeded
 *    province as a plain file, then the same file encrypted in place (`db encrypt`) and opened
 *    with its key. The cost of DATABASE_KEY is the ratio of the two.
 */
import { encryptFile } from "../src/db/encrypt-file.js";
import type { BenchContext } from "./context.js";
import { baocaoTimer } from "./measure-reports.js";
import { measureInProcess, type Throughput } from "./measure-updates.js";
import { type Latency, latency, nowMs, round } from "./stats.js";

/** A passphrase as an operator would set one; its length does not change the cost. */
const BENCH_KEY = "khóa của tỉnh, chỉ để đo";

interface EncryptionSide {
  baocaoGroup: Latency;
  write: Throughput;
}

export interface EncryptionFigures {
  plain: EncryptionSide;
  encrypted: EncryptionSide;
  /** `db encrypt` on the seeded file: VACUUM, then every page rewritten under the key. */
  encryptMs: number;
  /** Encrypted over plain, at p99: above 1 is what the key costs. */
  ratios: { baocaoGroupP99: number; writeP99: number };
}

export async function measureEncryption(
  context: BenchContext,
  iterations: number,
): Promise<EncryptionFigures> {
  const plain = await measureSide(context, iterations);
  context.close();
  const start = nowMs();
  if (encryptFile(context.databasePath, Buffer.from(BENCH_KEY)) !== "encrypted") {
    throw new Error("The seeded database could not be encrypted.");
  }
  const encryptMs = round(nowMs() - start, 0);
  context.reopen(BENCH_KEY);
  if (!context.app.database.encrypted) throw new Error("The database did not open encrypted.");
  const encrypted = await measureSide(context, iterations);
  // Under a hundred samples there is no p99 (stats.ts): the slowest stands in for it.
  const p99 = (figures: Latency | Throughput) => figures.p99Ms ?? figures.maxMs;
  const ratio = (side: (figures: EncryptionSide) => Latency | Throughput) =>
    round(p99(side(encrypted)) / p99(side(plain)), 2);
  return {
    plain,
    encrypted,
    encryptMs,
    ratios: {
      baocaoGroupP99: ratio((side) => side.baocaoGroup),
      writeP99: ratio((side) => side.write),
    },
  };
}

async function measureSide(context: BenchContext, iterations: number): Promise<EncryptionSide> {
  const { baocao } = baocaoTimer(context);
  await baocao(Math.min(20, iterations), true);
  const baocaoGroup = latency(await baocao(iterations, true));
  const { write } = await measureInProcess(context, iterations);
  return { baocaoGroup, write: write.chibo };
}
