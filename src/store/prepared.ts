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
