/**
 * A small per-process read-through cache with a time to live, for public data that every
 * anonymous reader sees (home page, listings). Concurrent misses for one key share a
 * single load. Bounded: the oldest entries go first. Each app instance has its own.
 */
export interface Cache {
  get<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T>;
  /** Drops every key starting with the prefix (after a change to what they hold). */
  invalidate(prefix: string): void;
  /**
   * Keys under this prefix hold what is made of many kinds of data (the home page): every
   * invalidate(), whatever its prefix, drops them too.
   */
  followAll(prefix: string): void;
}

export function createCache(maxEntries = 1000): Cache {
  const entries = new Map<string, { expires: number; value: Promise<unknown> }>();
  const followers = new Set<string>();
  return {
    get<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.expires > now) return hit.value as Promise<T>;
      const value = load();
      entries.delete(key);
      entries.set(key, { expires: now + ttlMs, value });
      // A failed load must not be served from the cache.
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return value;
    },
    invalidate(prefix) {
      for (const key of entries.keys())
        if (key.startsWith(prefix) || [...followers].some((f) => key.startsWith(f))) entries.delete(key);
    },
    followAll(prefix) {
      followers.add(prefix);
    },
  };
}
