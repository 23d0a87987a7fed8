/** SQLite binds at most 32,766 values in one statement: longer lists are queried in parts. */
const PART = 10_000;

export function inParts<T>(values: readonly number[], load: (part: number[]) => T[]): T[] {
  if (values.length <= PART) return values.length === 0 ? [] : load([...values]);
  const rows: T[] = [];
  for (let start = 0; start < values.length; start += PART) {
    rows.push(...load(values.slice(start, start + PART)));
  }
  return rows;
}
