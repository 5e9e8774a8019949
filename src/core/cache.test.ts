import { describe, expect, it } from 'vitest';
import { createCache } from './cache.ts';

describe('cache', () => {
  it('loads once per key within the time to live, sharing concurrent misses', async () => {
    const cache = createCache();
    let loads = 0;
    const load = async () => ++loads;
    const [a, b] = await Promise.all([cache.get('k', 10_000, load), cache.get('k', 10_000, load)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    expect(await cache.get('k', 10_000, load)).toBe(1);
    expect(await cache.get('other', 10_000, load)).toBe(2);
  });

  it('reloads after expiry or invalidation, and never keeps a failure', async () => {
    const cache = createCache();
    let n = 0;
    expect(await cache.get('k', 0, async () => ++n)).toBe(1);
    expect(await cache.get('k', 10_000, async () => ++n)).toBe(2);
    cache.invalidate('k');
    expect(await cache.get('k', 10_000, async () => ++n)).toBe(3);
    await expect(cache.get('bad', 10_000, async () => Promise.reject(new Error('down')))).rejects.toThrow(
      'down',
    );
    expect(await cache.get('bad', 10_000, async () => 'up')).toBe('up');
  });

  it('drops the keys of a page made of everything on any change', async () => {
    const cache = createCache();
    cache.followAll('home:');
    let n = 0;
    await cache.get('home:en', 10_000, async () => ++n);
    await cache.get('events:list', 10_000, async () => ++n);
    await cache.get('news:list', 10_000, async () => ++n);
    cache.invalidate('events:');
    expect(await cache.get('home:en', 10_000, async () => ++n)).toBe(4);
    expect(await cache.get('events:list', 10_000, async () => ++n)).toBe(5);
    expect(await cache.get('news:list', 10_000, async () => ++n)).toBe(3);
  });

  it('stays within its size bound', async () => {
    const cache = createCache(2);
    let n = 0;
    await cache.get('a', 10_000, async () => ++n);
    await cache.get('b', 10_000, async () => ++n);
    await cache.get('c', 10_000, async () => ++n);
    expect(await cache.get('a', 10_000, async () => ++n)).toBe(4);
  });
});
