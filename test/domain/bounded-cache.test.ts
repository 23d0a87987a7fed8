import { describe, expect, it } from "vitest";
import { BoundedCache } from "../../src/domain/bounded-cache.js";

describe("BoundedCache", () => {
  /** A cache of squares that counts how often each was worked out. */
  function squares(max: number) {
    const made: number[] = [];
    const cache = new BoundedCache<number, number>(max);
    const square = (n: number) =>
      cache.get(n, () => {
        made.push(n);
        return n * n;
      });
    return { square, made };
  }

  it("works an answer out once, then gives the kept one", () => {
    const { square, made } = squares(10);
    expect([square(3), square(3), square(4), square(3)]).toEqual([9, 9, 16, 9]);
    expect(made).toEqual([3, 4]);
  });

  it("keeps no more than its bound, dropping the oldest first", () => {
    const { square, made } = squares(2);
    square(1);
    square(2);
    square(3); // over the bound: 1 goes
    square(2);
    square(3);
    expect(made).toEqual([1, 2, 3]);
    square(1);
    expect(made).toEqual([1, 2, 3, 1]);
  });
});
