// A cell's roster as the spreadsheet it already keeps has it: a header row found by its words
// (folded: no case, no diacritics), merged header cells read as Excel shows them, then a row a
// person. Only the name is required; the role and the Party status are read where a column
// gives them.
import type { MemberRole, MemberStatus } from "./member-rules.js";
import { checkJoiningName, type JoiningNameCheck } from "./names.js";
import { foldKey, normalizeLine } from "./text.js";

/** A sheet as text: rows of cells, top to bottom, left to right. */
export type SheetTable = readonly (readonly string[])[];

/** A printed roster has its title, the cell's name and a date above the header. */
export const HEADER_SEARCH_ROWS = 20;
/** More names than any cell has members: such a sheet is not one cell's roster. */
export const MAX_ROSTER_ROWS = 500;

export type NameProblem = Exclude<JoiningNameCheck, { ok: true }>["problem"] | "not-a-name";

/** One row with a name in it. */
export interface SheetEntry {
  /** The row's number as the spreadsheet shows it (from 1). */
  row: number;
  /** The name cells as written, tidied. */
  written: string;
  /** The full name to store, or why the cell cannot be one. */
  name: { ok: true; name: string } | { ok: false; problem: NameProblem };
  /** A Party role the row names; undefined for none (an ordinary member) or a job title. */
  role?: MemberRole;
  /** Undefined when the row's status cannot be read (`statusText` says what it holds). */
  status?: MemberStatus;
  statusText: string;
}

export type RosterSheet =
  | {
      ok: true;
      entries: SheetEntry[];
      /** Whether a column gives each person's status; without one everyone is "full". */
      hasStatus: boolean;
    }
  | { ok: false; problem: "no-name-column" | "no-rows" | "too-many-rows" };

interface Columns {
  /** The name: one column, or several side by side ("Họ và tên đệm", "Tên"). */
  name: number[];
  role?: number;
  status?: number;
  /** Columns ticked for "chính thức" and "dự bị", under a merged "Đảng viên" header. */
  fullMark?: number;
  probationaryMark?: number;
}

/** Reads one sheet; "no-name-column" when no header row within the first rows names one. */
export function readRosterSheet(table: SheetTable): RosterSheet {
  const header = findHeader(table);
  if (!header) return { ok: false, problem: "no-name-column" };
  const { columns, firstDataRow } = header;
  const hasStatus =
    columns.status !== undefined ||
    columns.fullMark !== undefined ||
    columns.probationaryMark !== undefined;
  const entries: SheetEntry[] = [];
  for (let index = firstDataRow; index < table.length; index++) {
    const cells = table[index] ?? [];
    const written = normalizeLine(columns.name.map((column) => cells[column] ?? "").join(" "));
    // Blank rows and the column numbers some forms print under the header: nobody.
    if (!/\p{L}/u.test(written)) continue;
    if (entries.length === MAX_ROSTER_ROWS) return { ok: false, problem: "too-many-rows" };
    const statusText = statusTextOf(cells, columns);
    entries.push({
      row: index + 1,
      written,
      name: nameOf(written),
      role: columns.role === undefined ? undefined : roleOf(cells[columns.role] ?? ""),
      status: hasStatus ? statusOf(cells, columns) : "full",
      statusText,
    });
  }
  if (entries.length === 0) return { ok: false, problem: "no-rows" };
  return { ok: true, entries, hasStatus };
}

/** Words and digits only, folded: "Họ và tên (*)" reads "ho va ten". */
const wordsKey = (text: string) =>
  foldKey(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Whether `key` holds `phrase` as whole words. */
const hasPhrase = (key: string, phrase: string) => ` ${key} `.includes(` ${phrase} `);

const NAME_HEADERS = ["ten", "ho", "ho dem", "ho va dem", "ho va chu dem", "ten dang vien"];
const isNameHeader = (key: string) =>
  /(^| )ho (va )?ten( |$)/.test(key) || NAME_HEADERS.includes(key);
const isRoleHeader = (key: string) =>
  ["chuc vu", "vai tro", "chuc danh"].some((phrase) => hasPhrase(key, phrase));
const isStatusHeader = (key: string) =>
  ["trang thai", "tinh trang", "loai dang vien"].some((phrase) => hasPhrase(key, phrase)) ||
  (hasPhrase(key, "chinh thuc") && hasPhrase(key, "du bi"));
/** "Đảng viên dự bị", "ĐV dự bị": the status without the word for a member. */
const withoutMember = (key: string) => key.replace(/^(dang vien|dv) /, "");
/** A column of ticks for one status: "Chính thức", or "Đảng viên" over "Dự bị". */
const markOf = (key: string) => {
  const bare = withoutMember(key);
  if (bare === "chinh thuc") return "full";
  if (bare === "du bi") return "probationary";
  return undefined;
};

/**
 * The header row: the first that names a name column. A second header row under it (the
 * "Chính thức" and "Dự bị" under a merged "Đảng viên") is read with it when the name column
 * continues into it, merged, or is blank there.
 */
function findHeader(table: SheetTable): { columns: Columns; firstDataRow: number } | undefined {
  const last = Math.min(table.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < last; index++) {
    const keys = (table[index] ?? []).map(wordsKey);
    const first = keys.findIndex(isNameHeader);
    if (first < 0) continue;
    const below = (table[index + 1] ?? []).map(wordsKey);
    const under = below[first] ?? "";
    const subHeader =
      under === keys[first] ||
      isNameHeader(under) ||
      (under === "" && below.some((key) => markOf(key) !== undefined));
    const combined = subHeader
      ? keys.map((key, column) => {
          const under = below[column] ?? "";
          return under && under !== key ? `${key} ${under}`.trim() : key;
        })
      : keys;
    return { columns: columnsOf(combined, first), firstDataRow: index + (subHeader ? 2 : 1) };
  }
  return undefined;
}

function columnsOf(keys: readonly string[], first: number): Columns {
  const name = [first];
  while (isNameHeader(keys[name.length + first] ?? "")) name.push(name.length + first);
  const others = keys
    .map((key, column) => ({ key, column }))
    .filter((c) => !name.includes(c.column));
  const roles = others.filter((c) => isRoleHeader(c.key));
  // "Chức vụ Đảng" rather than "Chức vụ chính quyền" where a sheet has both.
  const role = (roles.find((c) => hasPhrase(c.key, "dang")) ?? roles[0])?.column;
  const status = others.find((c) => isStatusHeader(c.key))?.column;
  return {
    name,
    role,
    status,
    fullMark: others.find((c) => markOf(c.key) === "full")?.column,
    probationaryMark: others.find((c) => markOf(c.key) === "probationary")?.column,
  };
}

/**
 * Lines a printed roster has in its name column that are no one's name: section titles,
 * totals, the signature block. Checked as whole words ("Công" is a given name).
 */
const NOT_NAMES = [
  "tong so",
  "tong cong",
  "nguoi lap",
  "xac nhan",
  "danh sach",
  "ky ten",
  "ghi ro ho ten",
  "bi thu",
  "chi bo",
  "dang vien",
  "dang uy",
  "dang bo",
  "t m",
];

function nameOf(written: string): SheetEntry["name"] {
  const key = wordsKey(written);
  if (NOT_NAMES.some((phrase) => hasPhrase(key, phrase))) {
    return { ok: false, problem: "not-a-name" };
  }
  // Rosters often print names in capitals: "NGUYỄN VĂN AN" is stored as "Nguyễn Văn An".
  const capitals = written === written.toLocaleUpperCase("vi");
  const checked = checkJoiningName(capitals ? written.toLocaleLowerCase("vi") : written);
  return checked.ok ? { ok: true, name: checked.name } : { ok: false, problem: checked.problem };
}

// Maps, not object literals: a cell reading "constructor" must not find Object's own.
const ROLES = new Map<string, MemberRole>(
  Object.entries({
    "bi thu": "secretary",
    "bi thu chi bo": "secretary",
    bt: "secretary",
    "pho bi thu": "deputy",
    "pho bi thu chi bo": "deputy",
    pbt: "deputy",
    "chi uy vien": "committee",
    "uy vien chi uy": "committee",
    "chi uy": "committee",
    "uy vien": "committee",
    cuv: "committee",
    "dang vien": "member",
    dv: "member",
  }),
);

/** A Party role as rosters write it; anything else (a job title, nothing) is an ordinary member. */
function roleOf(text: string): MemberRole | undefined {
  return ROLES.get(wordsKey(text));
}

const STATUSES = new Map<string, MemberStatus>(
  Object.entries({
    "chinh thuc": "full",
    ct: "full",
    dvct: "full",
    "du bi": "probationary",
    db: "probationary",
    dvdb: "probationary",
    "nghi huu": "retired",
    "da nghi huu": "retired",
    "huu tri": "retired",
    huu: "retired",
  }),
);

/** What the row says of its status, as written: the status cell, or the ticked columns. */
function statusTextOf(cells: readonly string[], columns: Columns): string {
  if (columns.status !== undefined) return normalizeLine(cells[columns.status] ?? "");
  const ticks = [columns.fullMark, columns.probationaryMark].map((column) =>
    column === undefined ? "" : normalizeLine(cells[column] ?? ""),
  );
  return ticks.filter(Boolean).join(" / ");
}

/** The status a row gives, or undefined when it cannot be told (blank, both ticked, unknown). */
function statusOf(cells: readonly string[], columns: Columns): MemberStatus | undefined {
  if (columns.status !== undefined) {
    const key = withoutMember(wordsKey(cells[columns.status] ?? ""));
    if (/^mien( |$)/.test(key)) return "exempt";
    return STATUSES.get(key);
  }
  const ticked = (column: number | undefined) =>
    column !== undefined && !["", "0", "khong", "k"].includes(wordsKey(cells[column] ?? ""));
  const full = ticked(columns.fullMark);
  const probationary = ticked(columns.probationaryMark);
  if (full === probationary) return undefined;
  return full ? "full" : "probationary";
}
