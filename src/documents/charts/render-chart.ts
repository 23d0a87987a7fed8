/**
 * Turns a Vega-Lite spec into a PNG to send in a chat: Vega draws SVG without a browser, resvg
 * rasterises it with the DejaVu fonts shipped in node_modules. resvg draws no letter at all
 * when it has no font for it (and says nothing), so the fonts are loaded from files, never
 * from the system, and every piece of text in a chart asks for "DejaVu Sans", which has every
 * Vietnamese letter.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import * as vega from "vega";
import type { Config, TopLevelSpec } from "vega-lite";
import * as vl from "vega-lite";
import { type FontMetrics, readFontMetrics } from "./font-metrics.js";

export const CHART_FONT = "DejaVu Sans";

/** Width of every chart's PNG: a phone shows it across the screen. */
export const CHART_PNG_WIDTH = 800;

/** Width of the chart as Vega lays it out; the PNG is scaled up from it (2× for 400). */
export const CHART_LAYOUT_WIDTH = 400;

const fontDir = join(
  dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")),
  "ttf",
);

/** The regular and bold faces: titles are bold, the rest regular. */
export const CHART_FONT_FILES = [
  join(fontDir, "DejaVuSans.ttf"),
  join(fontDir, "DejaVuSans-Bold.ttf"),
];

let faces: { regular: FontMetrics; bold: FontMetrics } | undefined;

/** The two faces' metrics, read from their files the first time text is measured. */
function fonts(): { regular: FontMetrics; bold: FontMetrics } {
  faces ??= {
    regular: readFontMetrics(CHART_FONT_FILES[0] as string),
    bold: readFontMetrics(CHART_FONT_FILES[1] as string),
  };
  return faces;
}

interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
}

/** vega-scenegraph's `textMetrics`, which vega exports but its typings leave out. */
interface TextMetrics {
  width: (item: TextItem, text: unknown) => number;
}

/**
 * Width of a piece of text in a Vega item, as resvg will draw it in DejaVu Sans. Vega calls it
 * both to lay text out and, with the same item, to cut text longer than its `limit`; it cannot
 * tell the two apart, so it gives the whole width and a chart keeps its text within its limits
 * (see truncateText): else the layout leaves room for words that are cut when drawn.
 */
function measure(item: TextItem, text: unknown): number {
  const size = item.fontSize == null ? 11 : Number(item.fontSize) || 0;
  const weight = item.fontWeight;
  const isBold = weight === "bold" || weight === "bolder" || Number(weight) >= 600;
  return textWidth(text == null ? "" : String(text).trim(), size, isBold);
}

function textMetrics(): TextMetrics {
  const metrics = (vega as unknown as { textMetrics?: TextMetrics }).textMetrics;
  if (!metrics) throw new Error("vega exports no textMetrics");
  return metrics;
}

/**
 * Makes Vega measure text in DejaVu Sans, as resvg draws it. The document maker calls it before
 * the first chart, and calling it again changes nothing. It sets the `textMetrics` vega exports
 * from vega-scenegraph: were npm to install a second copy of vega-scenegraph for another vega
 * package, that copy would keep Vega's guess, and test/documents/charts.test.ts would see text
 * laid out and cut by it.
 */
export function setUpChartText(): void {
  textMetrics().width = measure;
}

/** The fonts and sizes of every chart: the same font for each kind of text Vega draws. */
const FONT_CONFIG: Config = {
  font: CHART_FONT,
  background: "white",
  padding: 12,
  title: {
    font: CHART_FONT,
    subtitleFont: CHART_FONT,
    fontSize: 17,
    subtitleFontSize: 13,
    subtitleColor: "#333",
    anchor: "start",
    offset: 12,
  },
  axis: {
    labelFont: CHART_FONT,
    titleFont: CHART_FONT,
    labelFontSize: 12,
    titleFontSize: 12,
    titleColor: "#333",
    labelColor: "#222",
  },
  legend: {
    labelFont: CHART_FONT,
    titleFont: CHART_FONT,
    labelFontSize: 12,
    titleFontSize: 12,
  },
  header: { labelFont: CHART_FONT, titleFont: CHART_FONT },
  mark: { font: CHART_FONT },
  text: { font: CHART_FONT, fontSize: 12 },
};

/** The spec with our fonts forced in everywhere, whatever its own config says of the rest. */
function withFonts(spec: TopLevelSpec): TopLevelSpec {
  const own = spec.config ?? {};
  const config: Config = { ...FONT_CONFIG, ...own };
  for (const part of ["title", "axis", "legend", "header", "mark", "text"] as const) {
    config[part] = { ...FONT_CONFIG[part], ...own[part] } as never;
  }
  config.font = CHART_FONT;
  Object.assign(config.title ?? {}, { font: CHART_FONT, subtitleFont: CHART_FONT });
  Object.assign(config.axis ?? {}, { labelFont: CHART_FONT, titleFont: CHART_FONT });
  Object.assign(config.legend ?? {}, { labelFont: CHART_FONT, titleFont: CHART_FONT });
  Object.assign(config.mark ?? {}, { font: CHART_FONT });
  Object.assign(config.text ?? {}, { font: CHART_FONT });
  return { ...spec, config } as TopLevelSpec;
}

/** The SVG Vega draws for a spec, with the chart fonts. */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  if (textMetrics().width !== measure) throw new Error("setUpChartText() was not called");
  const compiled = vl.compile(withFonts(spec)).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** resvg's options for a chart: our font files only, scaled to the PNG width, on white. */
export function resvgOptions(): ResvgRenderOptions {
  return {
    background: "white",
    fitTo: { mode: "width", value: CHART_PNG_WIDTH },
    font: {
      loadSystemFonts: false,
      fontFiles: CHART_FONT_FILES,
      defaultFontFamily: CHART_FONT,
    },
  };
}

/** An SVG made into a PNG CHART_PNG_WIDTH pixels wide. */
export function svgToPng(svg: string): Buffer {
  return new Resvg(svg, resvgOptions()).render().asPng();
}

/** A Vega-Lite chart as a PNG CHART_PNG_WIDTH pixels wide, on white, its text in DejaVu Sans. */
export async function renderChart(spec: TopLevelSpec): Promise<Buffer> {
  return svgToPng(await chartSvg(spec));
}

/** Width in pixels of a line of chart text as resvg draws it. */
export function textWidth(text: string, fontSize: number, isBold = false): number {
  const { regular, bold } = fonts();
  return (isBold ? bold : regular).widthEm(text) * fontSize;
}

/** The text, cut and ended with "…" if it is wider than `width` pixels. */
export function truncateText(
  text: string,
  width: number,
  fontSize: number,
  isBold = false,
): string {
  if (textWidth(text, fontSize, isBold) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const cut = `${chars.slice(0, mid).join("").trimEnd()}…`;
    if (textWidth(cut, fontSize, isBold) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join("").trimEnd()}…`;
}

/**
 * Text broken between words into lines no wider than `width` pixels; a word wider than a line
 * (a link) is broken between its letters.
 */
export function wrapText(text: string, width: number, fontSize: number, isBold = false): string[] {
  const fits = (line: string) => textWidth(line, fontSize, isBold) <= width;
  const lines: string[] = [];
  let line = "";
  for (const word of text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "")) {
    const longer = line === "" ? word : `${line} ${word}`;
    if (fits(longer)) {
      line = longer;
      continue;
    }
    if (line !== "") lines.push(line);
    line = "";
    for (const { segment } of letters.segment(word)) {
      if (line !== "" && !fits(line + segment)) {
        lines.push(line);
        line = "";
      }
      line += segment;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

const letters = new Intl.Segmenter("vi", { granularity: "grapheme" });
