/**
 * Preloaded (`node --import`) into the chibo process that the footprint measurement starts:
 * its clock reads as the seeded province's (CHIBO_BENCH_NOW, in ms) and runs on from there, so
 * that the process works on the year its data is for. Nothing else is changed.
 * A subclass rather than a Proxy: a Proxy's traps made every `new Date()` several times
 * slower, some 50 ms of a start that is being measured. (Date called without `new`, which a
 * class cannot be, is used by nothing chibo runs.)
 */
const start = Number(process.env.CHIBO_BENCH_NOW);
if (Number.isFinite(start) && start > 0) {
  const RealDate = Date;
  const offset = start - RealDate.now();
  const now = () => RealDate.now() + offset;
  globalThis.Date = class BenchDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(now());
      else super(...args);
    }
    static now() {
      return now();
    }
  };
}
