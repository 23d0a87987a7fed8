import madge from "madge";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The layers, lowest first: a module may import its own layer and those below, never one
 * above. docs/architecture.md draws the same picture.
 */
const LAYERS: readonly (readonly string[])[] = [
  [
    "src/domain/",
    "src/clock.ts",
    "src/config.ts",
    "src/group-by.ts",
    "src/i18n.ts",
    "src/logger.ts",
    "src/private-files.ts",
    "src/project-files.ts",
  ],
  ["src/messages/"],
  ["src/plan/"],
  ["src/db/"],
  ["src/store/"],
  ["src/outbox/"],
  ["src/meetings/"],
  ["src/reports/"],
  ["src/documents/"],
  ["src/schedule/"],
  ["src/engine/"],
  ["commands/"],
  ["src/app.ts"],
  ["src/platforms/"],
  ["src/cli/", "src/main.ts", "src/shutdown.ts", "src/startup-error.ts"],
];

function layerOf(file: string): number {
  const layer = LAYERS.findIndex((prefixes) => prefixes.some((p) => file.startsWith(p)));
  if (layer < 0) throw new Error(`${file} is in no layer: add it to LAYERS`);
  return layer;
}

describe("the module graph of src/ and commands/", () => {
  let graph: Awaited<ReturnType<typeof madge>>;
  beforeAll(async () => {
    graph = await madge(["src", "commands"], { fileExtensions: ["ts"], tsConfig: "tsconfig.json" });
  }, 60_000);

  it("has no circle", () => {
    expect(graph.circular()).toEqual([]);
  });

  it("has no import of a layer above the importer", () => {
    const imports = Object.entries(graph.obj());
    expect(imports.length).toBeGreaterThan(100);
    const upward = imports.flatMap(([file, targets]) =>
      targets
        .filter((target) => layerOf(target) > layerOf(file))
        .map((target) => `${file} -> ${target}`),
    );
    expect(upward).toEqual([]);
  });
});
