/**
 * `compute` remembered by its key, for the values a plan asks for again and again (name keys,
 * zone offsets, number formats). Bounded: past `max` keys it starts over, so a long-lived process
 * with endless distinct keys pays a refill, never memory. `compute` must depend on the key alone.
 */
export function boundedMemo<T extends string | number | object | null>(
  max: number,
  compute: (key: string) => T,
): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    if (known.size >= max) known.clear();
    known.set(key, value);
    return value;
  };
}
