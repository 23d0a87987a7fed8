import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  type ChoiceOf,
  choice,
  choiceCodec,
  choiceId,
  MAX_CHOICE_BYTES,
} from "../../src/messages/choice-codec.js";

const roster = choiceCodec("roster", {
  list: choice("list"),
  show: choice("m:{member}", { member: choiceId }),
  role: choice("r:{member}:{role}", { member: choiceId, role: z.enum(["secretary", "member"]) }),
  leftMoved: choice("gone:{member}:moved", { member: choiceId }),
  leftStays: choice("gone:{member}:stays", { member: choiceId }),
});

/** Written again from what it read: the same call as in the code, for any action. */
const rewrite = roster.encode.bind(roster) as (action: string, data: object) => string;

/** Any text, lone surrogates and characters outside the BMP included. */
const anyText = fc
  .array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 80 })
  .map((points) => String.fromCodePoint(...points));

/** A word of any length, to reach the limit. */
const echo = choiceCodec("echo", { say: choice("say-{word}", { word: z.string() }) });

describe("a choice value, written", () => {
  it("lays the fields out as declared, after the command's name", () => {
    expect(roster.encode("list")).toBe("roster:list");
    expect(roster.encode("show", { member: 12 })).toBe("roster:m:12");
    expect(roster.encode("role", { member: 7, role: "secretary" })).toBe("roster:r:7:secretary");
    expect(roster.encode("leftStays", { member: 0 })).toBe("roster:gone:0:stays");
  });

  it(`is refused when it would be over ${MAX_CHOICE_BYTES} bytes, not when a platform refuses it`, () => {
    const fits = "w".repeat(MAX_CHOICE_BYTES - "echo:say-".length);
    expect(echo.encode("say", { word: fits })).toHaveLength(MAX_CHOICE_BYTES);
    expect(() => echo.encode("say", { word: `${fits}w` })).toThrow(/over 64 bytes/);
  });

  it("is refused when a field cannot be written as a token of letters, digits and _", () => {
    for (const word of ["", "a-b", "a:b", "có", "a b", "a\nb", "{x}"]) {
      expect(() => echo.encode("say", { word }), word).toThrow(/cannot be written/);
    }
    for (const member of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      expect(() => roster.encode("show", { member }), String(member)).toThrow(/cannot be written/);
    }
    expect(() => roster.encode("role", { member: 1, role: "president" as "member" })).toThrow(
      /cannot be written/,
    );
  });

  it("written again from the same fields gives the same value, and a look-alike is still checked", () => {
    expect(roster.encode("show", { member: 12 })).toBe("roster:m:12");
    expect(roster.encode("show", { member: 12 })).toBe("roster:m:12");
    // The same digits as text: not the number written a moment ago.
    expect(() => roster.encode("show", { member: "12" as unknown as number })).toThrow(
      /cannot be written/,
    );
    expect(() => roster.encode("show", { member: Number.NaN })).toThrow(/cannot be written/);
    expect(() => roster.encode("show", { member: Number.NaN })).toThrow(/cannot be written/);
  });

  it("declared with a placeholder and its field disagreeing is refused when declared", () => {
    const declare = (wire: string, fields: Record<string, z.ZodType<unknown, string>>) => () =>
      choiceCodec("bad", { one: choice(wire as "x", fields as Record<never, never>) });
    expect(declare("a-{x}", {})).toThrow(/do not agree/);
    expect(declare("a", { x: choiceId })).toThrow(/do not agree/);
    expect(declare("a-{x}-{x}", { x: choiceId })).toThrow(/do not agree/);
    expect(declare("a-{action}", { action: choiceId })).toThrow(/do not agree/);
    expect(declare("a-{x", {})).toThrow(/do not agree/);
    expect(() => choiceCodec("Bad:name", {})).toThrow();
  });
});

describe("a choice value, read back", () => {
  it("gives the action and its typed fields", () => {
    const read: ChoiceOf<typeof roster> | undefined = roster.decode("roster:r:7:secretary");
    expect(read).toEqual({ action: "role", member: 7, role: "secretary" });
    expect(roster.decode("roster:list")).toEqual({ action: "list" });
    expect(roster.decode("roster:gone:3:moved")).toEqual({ action: "leftMoved", member: 3 });
    expect(roster.decode("roster:gone:3:stays")).toEqual({ action: "leftStays", member: 3 });
  });

  it("reads a value the same way again, and what it gives is the caller's own", () => {
    const first = roster.decode("roster:r:7:secretary");
    if (!first) throw new Error("not read");
    (first as { member: number }).member = 8;
    expect(roster.decode("roster:r:7:secretary")).toEqual({
      action: "role",
      member: 7,
      role: "secretary",
    });
    // Refused again, not remembered as something else.
    expect(roster.decode("roster:m:07")).toBeUndefined();
    expect(roster.decode("roster:m:07")).toBeUndefined();
  });

  it("round-trips every value written", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom("secretary", "member") as fc.Arbitrary<"secretary" | "member">,
        (member, role) => {
          for (const value of [
            roster.encode("show", { member }),
            roster.encode("role", { member, role }),
            roster.encode("leftMoved", { member }),
          ]) {
            const read = roster.decode(value);
            expect(read).toBeDefined();
            if (!read) return;
            const { action, ...data } = read;
            expect(rewrite(action, data)).toBe(value);
          }
        },
      ),
    );
  });

  it("reads forged, stale, huge and oddly encoded values as nothing, never throwing", () => {
    const hostile = [
      "",
      "roster",
      "roster:",
      "roster:m:",
      "roster:m",
      "roster:m:012",
      "roster:m:-1",
      "roster:m:1e3",
      "roster:m:0x10",
      "roster:m:1.0",
      "roster:m:１２",
      "roster:m:١٢",
      "roster:m:12 ",
      " roster:m:12",
      "roster:m:12\n",
      "roster:m:12\u0000",
      "roster:m:12\u200b",
      "roster:M:12",
      "ROSTER:m:12",
      "roster:m:12:13",
      "roster:m:9999999999999999",
      "roster:r:7:Secretary",
      "roster:r:7:president",
      "roster:r:7:",
      "roster:gone:3:left",
      "roster:list-1",
      "roster:__proto__",
      "roster:constructor",
      "roster:toString",
      "roster:hasOwnProperty:1",
      "other:m:12",
      "roster:m:\ud800",
      `roster:m:${"1".repeat(100)}`,
      `roster:m:12${"\u0301".repeat(40)}`,
      "x".repeat(1_000_000),
    ];
    for (const value of hostile) {
      expect(roster.decode(value), JSON.stringify(value.slice(0, 40))).toBeUndefined();
    }
    for (const value of [undefined, null, 12, {}, ["roster:list"]]) {
      expect(roster.decode(value as unknown as string)).toBeUndefined();
    }
  });

  it("reads any string as nothing or as the very value it would write", () => {
    const nearValues = fc
      .tuple(
        fc.constantFrom("", "roster:", "roster:m:", "roster:r:1:", "roster:gone:"),
        fc.oneof(fc.string({ maxLength: 20 }), anyText),
      )
      .map(([start, rest]) => start + rest);
    fc.assert(
      fc.property(fc.oneof(nearValues, anyText), (value) => {
        const read = roster.decode(value);
        if (!read) return;
        const { action, ...data } = read;
        expect(rewrite(action, data)).toBe(value);
      }),
      { numRuns: 500 },
    );
  });
});
