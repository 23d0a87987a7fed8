/** Items grouped by a key, each group in the items' order (Node 20 has no Map.groupBy yet). */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const grouped = new Map<K, T[]>();
  for (const item of items) {
    const group = grouped.get(key(item));
    if (group) group.push(item);
    else grouped.set(key(item), [item]);
  }
  return grouped;
}
