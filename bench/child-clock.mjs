/**
 * Preloaded (`node --import`) into the chibo process that the footprint measurement starts:
 * its clock reads as the seeded province's (CHIBO_BENCH_NOW, in ms) and runs on from there, so
 * that the process works on the year its data is for. Nothing else is changed.
 */
const start = Number(process.env.CHIBO_BENCH_NOW);
if (Number.isFinite(start) && start > 0) {
  const RealDate = Date;
  const offset = start - RealDate.now();
  const now = () => RealDate.now() + offset;
  globalThis.Date = new Proxy(RealDate, {
    construct(target, args, newTarget) {
      return Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget);
    },
    apply() {
      return new RealDate(now()).toString();
    },
    get(target, property, receiver) {
      return property === "now" ? now : Reflect.get(target, property, receiver);
    },
  });
}
