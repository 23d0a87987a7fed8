import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/platforms/parse-command.js";

describe("parseCommand", () => {
  it("reads the command, who it is addressed to, and its arguments", () => {
    expect(parseCommand("/thamgia  Nguyễn Văn An ", "chibo_bot")).toEqual({
      type: "command",
      name: "thamgia",
      args: "Nguyễn Văn An",
      mention: "none",
    });
    expect(parseCommand("/baocao@Chibo_Bot", "chibo_bot")?.mention).toBe("us");
    expect(parseCommand("/dangky@some_other_bot", "chibo_bot")?.mention).toBe("other");
  });

  it("folds diacritics, case and separators the way older users type commands", () => {
    for (const typed of ["/Đăng_ký", "/DANGKY", "/đăngký".normalize("NFD"), "/dang-ky"]) {
      expect(parseCommand(typed, "chibo_bot")?.name, typed).toBe("dangky");
    }
  });

  it("is not a command without a leading slash or a name", () => {
    for (const text of ["dangky", "/", "/ dangky", "//", "a /dangky", "/😀"]) {
      expect(parseCommand(text, "chibo_bot"), text).toBeNull();
    }
  });

  it("never throws, and names are plain lowercase letters and digits", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const parsed = parseCommand(`/${text}`, "chibo_bot");
        if (parsed) expect(parsed.name).toMatch(/^[a-z0-9]+$/);
      }),
    );
  });
});
