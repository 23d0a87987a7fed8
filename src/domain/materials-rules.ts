import { hasWords, normalizeLine, normalizeText, visibleLength } from "./text.js";

/**
 * An agenda fits one phone screen (ONE_SCREEN: 15 lines, 1,000 characters) with what is shown
 * around it: the review adds its heading, the link, the file, a line on when it is posted and,
 * without buttons, three numbered choices; the group post its heading; the agenda prompt its
 * question. A monthly meeting has a handful of items (HD 12-HD/BTCTW lists five or six).
 */
export const MAX_AGENDA_ITEMS = 7;
/** One item is a heading, not a paragraph. */
export const MAX_AGENDA_ITEM = 200;
/** All the items together: what is left of a screen once the words around them are counted. */
export const MAX_AGENDA_CHARACTERS = 600;
/** A link as pasted from a browser or a drive; a longer one is not a link to a document. */
export const MAX_LINK = 500;
/** The largest document kept: a month's agenda and papers, not a video (20 MB is Telegram's download cap). */
export const MAX_MATERIALS_BYTES = 10 * 2 ** 20;

export type AgendaRead =
  | { ok: true; items: string[] }
  | { ok: false; problem: "empty" | "too-many" | "too-long" | "too-much" };

// "1.", "2)", "a.", "-", "•", "*", "+" before an item: chibo numbers the items itself.
const ITEM_MARK = /^(?:\d{1,2}\s*[.):]|[a-zđ]\s*[.)]|[-–—•*+·])\s*/iu;

/** The agenda as typed, one item a line, numbering and bullets taken off. */
export function readAgenda(text: string): AgendaRead {
  const items = normalizeText(text)
    .split("\n")
    .map((line) => normalizeLine(line.replace(ITEM_MARK, "")))
    .filter(hasWords);
  if (items.length === 0) return { ok: false, problem: "empty" };
  if (items.length > MAX_AGENDA_ITEMS) return { ok: false, problem: "too-many" };
  if (items.some((item) => visibleLength(item) > MAX_AGENDA_ITEM)) {
    return { ok: false, problem: "too-long" };
  }
  const total = items.reduce((sum, item) => sum + visibleLength(item), 0);
  if (total > MAX_AGENDA_CHARACTERS) return { ok: false, problem: "too-much" };
  return { ok: true, items };
}

/** The agenda's items, one a line, as stored (readAgenda wrote them so). */
export function agendaItems(agenda: string | undefined): string[] {
  return agenda ? agenda.split("\n") : [];
}

export type LinkRead = { ok: true; link: string } | { ok: false; problem: "not-a-link" | "scheme" };

/** A link to the documents: http or https, to a named host, nothing else. */
export function readLink(text: string): LinkRead {
  const typed = normalizeLine(text);
  if (typed.length > MAX_LINK || /\s/.test(typed)) return { ok: false, problem: "not-a-link" };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(typed)?.[1]?.toLowerCase();
  // "drive.google.com/…" typed without its scheme is a web address all the same.
  const candidate = scheme === undefined ? `https://${typed}` : typed;
  if (scheme !== undefined && scheme !== "http" && scheme !== "https") {
    return { ok: false, problem: "scheme" };
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, problem: "not-a-link" };
  }
  if (!url.hostname.includes(".") || url.username || url.password) {
    return { ok: false, problem: "not-a-link" };
  }
  return { ok: true, link: url.href };
}

/** The kinds of document taken, by what their first bytes are. */
const KINDS = {
  pdf: { signature: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  docx: { signature: [0x50, 0x4b, 0x03, 0x04] }, // a ZIP package
  xlsx: { signature: [0x50, 0x4b, 0x03, 0x04] },
  doc: { signature: [0xd0, 0xcf, 0x11, 0xe0] }, // an OLE compound file
  jpg: { signature: [0xff, 0xd8, 0xff] },
  png: { signature: [0x89, 0x50, 0x4e, 0x47] },
} as const;
export type MaterialsKind = keyof typeof KINDS;

const BY_EXTENSION: Readonly<Record<string, MaterialsKind>> = {
  pdf: "pdf",
  docx: "docx",
  xlsx: "xlsx",
  doc: "doc",
  jpg: "jpg",
  jpeg: "jpg",
  png: "png",
};

const BY_MIME: Readonly<Record<string, MaterialsKind>> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/msword": "doc",
  "image/jpeg": "jpg",
  "image/png": "png",
};

/**
 * What a document is, by its name (else the type its app declared) and, to be sure, by its
 * first bytes: a renamed program is not a PDF. Undefined for any other file.
 */
export function materialsKind(
  file: { name: string; mime?: string },
  bytes: Uint8Array,
): MaterialsKind | undefined {
  const extension = /\.([a-z0-9]{1,5})$/i.exec(file.name.trim())?.[1]?.toLowerCase();
  const kind = extension === undefined ? BY_MIME[file.mime ?? ""] : BY_EXTENSION[extension];
  if (!kind) return undefined;
  const { signature } = KINDS[kind];
  if (!signature.every((byte, index) => bytes[index] === byte)) return undefined;
  return kind in PACKAGE_PART && !isPackage(bytes, PACKAGE_PART[kind as PackageKind])
    ? undefined
    : kind;
}

/**
 * Word and Excel files are ZIP packages (Office Open XML) with these parts; any ZIP renamed
 * .docx is not one, nor a workbook renamed .docx. The part names are stored as they are in
 * the ZIP's directory, whatever the order its writer chose.
 */
const PACKAGE_PART = { docx: "word/document.xml", xlsx: "xl/workbook.xml" } as const;
type PackageKind = keyof typeof PACKAGE_PART;

function isPackage(bytes: Uint8Array, part: string): boolean {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return data.includes("[Content_Types].xml", 0, "latin1") && data.includes(part, 0, "latin1");
}

/** How much of a file's name is kept: enough to tell two apart. */
const MAX_NAME = 80;

/**
 * The name the file is sent under: the sender's, made plain (no folders, no invisible or
 * reserved characters), ending as its kind does; "tai-lieu.pdf" when nothing is left of it.
 */
export function materialsFileName(name: string, kind: MaterialsKind): string {
  const base = normalizeLine(name.split(/[\\/]/).pop() ?? "")
    .replace(/\.[a-z0-9]{1,5}$/i, "")
    .replace(/[<>:"|?*]/g, "")
    .replace(/^\.+/, "")
    .trim();
  const kept = [...base].slice(0, MAX_NAME).join("").trim();
  return `${hasWords(kept) ? kept : "tai-lieu"}.${kind}`;
}
