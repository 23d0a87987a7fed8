import { describe, expect, it } from "vitest";
import { officerCodeExpiresAt } from "../../src/domain/code-rules.js";

describe("officerCodeExpiresAt", () => {
  it("keeps an officer's code a week", () => {
    expect(officerCodeExpiresAt(new Date("2024-03-10T02:00:00Z")).toISOString()).toBe(
      "2024-03-17T02:00:00.000Z",
    );
  });
});
