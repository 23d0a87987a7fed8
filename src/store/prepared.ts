import { type Column, type SQL, sql } from "drizzle-orm";

/**
 * A query prepared the first time it is needed, then run with new values each time. drizzle
 * builds a query's SQL anew on every call, and on the paths every update takes that cost more
 * than SQLite's work (about 50 µs a query against 15; docs/performance.md): those queries are
 * built once, with `sql.placeholder` where the values go.
 */
export function prepareOnce<T>(build: () => T): () => T {
  let prepared: T | undefined;
  return () => {
    prepared ??= build();
    return prepared;
  };
}

/**
 * `column IN` a list given as one JSON array (`jsonList`): the statement is the same for any
 * length of list, so it can be prepared once, and no list is too long to bind. SQLite still
 * looks each value up in the column's index.
 */
export function inJsonList(column: Column, placeholder: string): SQL {
  return sql`${column} in (select value from json_each(${sql.placeholder(placeholder)}))`;
}

export function jsonList(values: readonly (number | string)[]): string {
  return JSON.stringify(values);
}
