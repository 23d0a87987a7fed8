import JSZip from "jszip";
import { expect } from "vitest";

/** A .docx as a test reads it: the XML of its parts and the text a person reads. */
export interface Docx {
  xml: string;
  /** The text of each paragraph, tags removed and entities decoded. */
  paragraphs: string[];
  /** The text of each table cell. */
  cells: string[];
  text: string;
  styles: string;
  /** The header parts by their relationship's type: "default" (pages 2 on), "first". */
  headers: Record<string, string>;
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");

/** The text of some XML: each w:t decoded, each w:br a line break. */
export const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[0] === "<w:br/>" ? "\n" : decode(m[1] ?? "")))
    .join("");

export async function open(buffer: Buffer): Promise<Docx> {
  expect(buffer.subarray(0, 2).toString()).toBe("PK");
  const zip = await JSZip.loadAsync(buffer);
  const part = async (path: string) => (await zip.file(path)?.async("string")) ?? "";
  const xml = await part("word/document.xml");
  const styles = await part("word/styles.xml");
  const relations = await part("word/_rels/document.xml.rels");
  const headers: Record<string, string> = {};
  for (const [, type, id] of xml.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(relations)?.[1];
    if (type && target) headers[type] = await part(`word/${target}`);
  }
  const paragraphs = xml.split("</w:p>").map(textOf);
  const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => textOf(m[1] ?? ""));
  return { xml, paragraphs, cells, styles, headers, text: paragraphs.join("\n") };
}

/** The letterhead's left column, line by line: the superior, the cell, "*", the number. */
export function letterheadLines(doc: Docx): string[] {
  const first = /<w:tc>([\s\S]*?)<\/w:tc>/.exec(doc.xml)?.[1] ?? "";
  return first.split("</w:p>").map(textOf).filter(Boolean);
}

/** The widths of the columns of each table, in twips, in order. */
export function tableGrids(doc: Docx): number[][] {
  return [...doc.xml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((grid) =>
    [...(grid[1] ?? "").matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
  );
}

/** The rows of each table, as XML. */
export function tableRows(doc: Docx): string[] {
  return [...doc.xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1] ?? "");
}
