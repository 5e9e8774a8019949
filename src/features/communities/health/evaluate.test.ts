import { describe, expect, it } from 'vitest';
import { evaluate, type HealthInput, type HealthThresholds } from './evaluate.ts';
import { trendOf } from './metrics.ts';
import { type OverviewRow, orderByHealth } from './overview.ts';

const DAY = 86_400_000;
const NOW = new Date('2026-06-01T12:00:00Z');
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const T: HealthThresholds = { slowingDays: 14, minActiveMembers: 3, dormantDays: 60 };
const input = (over: Partial<HealthInput> & { active?: number } = {}): HealthInput => ({
  createdAt: over.createdAt ?? ago(365),
  lastPostAt: over.lastPostAt === undefined ? ago(1) : over.lastPostAt,
  activeMembers: { 30: over.active ?? 5 },
});

describe('evaluate', () => {
  it('is healthy with a recent post and enough people posting', () => {
    expect(evaluate(input(), T, NOW)).toBe('healthy');
    expect(evaluate(input({ lastPostAt: ago(13.99), active: 3 }), T, NOW)).toBe('healthy');
  });

  it('is slowing from exactly the slowing threshold of quiet days', () => {
    expect(evaluate(input({ lastPostAt: ago(14) }), T, NOW)).toBe('slowing');
    expect(evaluate(input({ lastPostAt: ago(59.99) }), T, NOW)).toBe('slowing');
  });

  it('is slowing when fewer members than the minimum posted over 30 days', () => {
    expect(evaluate(input({ active: 2 }), T, NOW)).toBe('slowing');
    expect(evaluate(input({ active: 3 }), T, NOW)).toBe('healthy');
    expect(evaluate(input({ active: 0 }), { ...T, minActiveMembers: 0 }, NOW)).toBe('healthy');
  });

  it('is dormant from exactly the dormant threshold, whatever the members', () => {
    expect(evaluate(input({ lastPostAt: ago(60) }), T, NOW)).toBe('dormant');
    expect(evaluate(input({ lastPostAt: ago(400), active: 10 }), T, NOW)).toBe('dormant');
  });

  it('counts quiet time from the creation when nothing was posted', () => {
    expect(evaluate(input({ createdAt: ago(2), lastPostAt: null, active: 0 }), T, NOW)).toBe('healthy');
    expect(evaluate(input({ createdAt: ago(14), lastPostAt: null, active: 0 }), T, NOW)).toBe('slowing');
    expect(evaluate(input({ createdAt: ago(60), lastPostAt: null, active: 0 }), T, NOW)).toBe('dormant');
  });

  it('gives a new community time to gather members before counting them', () => {
    expect(evaluate(input({ createdAt: ago(10), lastPostAt: ago(1), active: 1 }), T, NOW)).toBe('healthy');
    expect(evaluate(input({ createdAt: ago(14), lastPostAt: ago(1), active: 1 }), T, NOW)).toBe('slowing');
  });

  it('follows other thresholds', () => {
    const strict = { slowingDays: 7, minActiveMembers: 5, dormantDays: 30 };
    expect(evaluate(input({ lastPostAt: ago(7) }), strict, NOW)).toBe('slowing');
    expect(evaluate(input({ lastPostAt: ago(30) }), strict, NOW)).toBe('dormant');
    expect(evaluate(input({ active: 4 }), strict, NOW)).toBe('slowing');
  });
});

describe('trend', () => {
  it('is up or down by a fifth, flat otherwise or when there is too little to tell', () => {
    expect(trendOf(12, 10)).toBe('up');
    expect(trendOf(11, 10)).toBe('flat');
    expect(trendOf(8, 10)).toBe('down');
    expect(trendOf(9, 10)).toBe('flat');
    expect(trendOf(1, 0)).toBe('flat');
    expect(trendOf(0, 1)).toBe('flat');
    expect(trendOf(2, 0)).toBe('up');
    expect(trendOf(0, 5)).toBe('down');
  });
});

describe('orderByHealth', () => {
  const row = (name: string, state: OverviewRow['state'], lastDaysAgo: number, status = 'active') =>
    ({ name, state, status, lastActivityAt: ago(lastDaysAgo) }) as OverviewRow;

  it('puts dormant first, then slowing, then healthy, the longest quiet first; archived last', () => {
    const ordered = orderByHealth([
      row('healthy recent', 'healthy', 1),
      row('archived', 'dormant', 300, 'archived'),
      row('slowing', 'slowing', 20),
      row('dormant newer', 'dormant', 70),
      row('healthy older', 'healthy', 5),
      row('dormant older', 'dormant', 120),
    ]);
    expect(ordered.map((r) => r.name)).toEqual([
      'dormant older',
      'dormant newer',
      'slowing',
      'healthy older',
      'healthy recent',
      'archived',
    ]);
  });
});
