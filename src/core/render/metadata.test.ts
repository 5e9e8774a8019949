import { describe, expect, it } from 'vitest';
import { isoInZone } from '../time/zones.ts';
import { ld, serializeJsonLd, shorten } from './metadata.tsx';

describe('schema.org helpers', () => {
  it('ld leaves out what has no value and writes dates as ISO 8601', () => {
    expect(
      ld('Thing', 'https://x.example/a', {
        name: 'A',
        alternateName: null,
        description: undefined,
        keywords: '',
        about: [],
        dateModified: new Date('2026-01-02T03:04:05Z'),
        position: 0,
        isAccessibleForFree: false,
      }),
    ).toEqual({
      '@type': 'Thing',
      '@id': 'https://x.example/a',
      url: 'https://x.example/a',
      name: 'A',
      dateModified: '2026-01-02T03:04:05.000Z',
      position: 0,
      isAccessibleForFree: false,
    });
  });

  it('serializeJsonLd keeps markup out of the script element and round-trips', () => {
    const value = { name: '</script><!-- & \u2028' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('isoInZone writes the offset the zone has at that instant, summer or winter', () => {
    expect(isoInZone(new Date('2026-07-01T07:00:00Z'), 'Europe/Paris')).toBe('2026-07-01T09:00:00+02:00');
    expect(isoInZone(new Date('2026-01-15T08:00:00Z'), 'Europe/Paris')).toBe('2026-01-15T09:00:00+01:00');
    expect(isoInZone(new Date('2026-01-15T08:00:00Z'), 'America/Sao_Paulo')).toBe(
      '2026-01-15T05:00:00-03:00',
    );
    expect(isoInZone(new Date('2026-01-15T08:00:00Z'), 'UTC')).toBe('2026-01-15T08:00:00+00:00');
  });

  it('shorten cuts at a word with an ellipsis, within the limit', () => {
    const out = shorten('Social protection  floors\nand universal coverage in practice', 30);
    expect(out).toBe('Social protection floors and…');
    expect(out.length).toBeLessThanOrEqual(30);
    expect(shorten('short', 30)).toBe('short');
  });
});
