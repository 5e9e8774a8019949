import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { webinarInvitation } from './ics.ts';
import { evaluateSlot, suggestSlots } from './planner.ts';
import { formatSlot, isTimeZone, localParts, zonedToUtc } from './time.ts';

describe('time zones', () => {
  it('turns a wall-clock time in a zone into UTC, across daylight-saving changes', () => {
    // Lisbon moves from UTC+0 to UTC+1 on 29 March 2026 at 01:00.
    expect((zonedToUtc('2026-03-28', '09:00', 'Europe/Lisbon') as Date).toISOString()).toBe(
      '2026-03-28T09:00:00.000Z',
    );
    expect((zonedToUtc('2026-03-30', '09:00', 'Europe/Lisbon') as Date).toISOString()).toBe(
      '2026-03-30T08:00:00.000Z',
    );
    expect((zonedToUtc('2026-07-01', '14:00', 'America/Sao_Paulo') as Date).toISOString()).toBe(
      '2026-07-01T17:00:00.000Z',
    );
    expect((zonedToUtc('2026-01-15', '14:00', 'Asia/Kathmandu') as Date).toISOString()).toBe(
      '2026-01-15T08:15:00.000Z',
    );
  });

  it('refuses impossible dates, bad times and times skipped by a clock change', () => {
    expect(zonedToUtc('2026-02-30', '10:00', 'UTC')).toBe('invalid_date');
    expect(zonedToUtc('2026-13-01', '10:00', 'UTC')).toBe('invalid_date');
    expect(zonedToUtc('2026-03-01', '25:00', 'UTC')).toBe('invalid_time');
    expect(zonedToUtc('2026-03-29', '01:30', 'Europe/Lisbon')).toBe('nonexistent_time');
    expect(zonedToUtc('2026-03-08', '02:30', 'America/New_York')).toBe('nonexistent_time');
  });

  it('knows IANA zones and refuses others', () => {
    expect(isTimeZone('Africa/Nairobi')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('../../etc/passwd')).toBe(false);
  });

  it('writes a slot for the reader in their language and zone', () => {
    const start = new Date('2026-03-31T10:00:00Z');
    expect(localParts(start, 'Europe/Lisbon').clock).toBe('11:00');
    expect(formatSlot('fr', start, 90, 'Africa/Nairobi')).toMatch(/mardi 31 mars 2026.*13:00.*14:30/);
    expect(formatSlot('en', start, 90, 'UTC')).toMatch(/Tuesday, March 31, 2026.*10:00.*11:30\sAM/);
  });
});

describe('time-zone planner', () => {
  it('shows the slot in each capital and flags those outside 08:00–20:00', () => {
    const slots = evaluateSlot(new Date('2026-06-10T13:00:00Z'), 90, [
      'sub-saharan-africa',
      'east-asia-pacific',
    ]);
    const dakar = slots.find((s) => s.zone === 'Africa/Dakar')!;
    expect([dakar.start, dakar.end, dakar.outside]).toEqual(['13:00', '14:30', false]);
    const manila = slots.find((s) => s.zone === 'Asia/Manila')!;
    expect([manila.start, manila.outside]).toEqual(['21:00', true]);
    const fiji = slots.find((s) => s.zone === 'Pacific/Fiji')!;
    expect(fiji.dayShift).toBe(1);
  });

  it('follows daylight saving: Santiago is UTC−3 in January and UTC−4 in July', () => {
    const jan = evaluateSlot(new Date('2026-01-14T12:00:00Z'), 60, ['latin-america-caribbean']);
    const jul = evaluateSlot(new Date('2026-07-15T12:00:00Z'), 60, ['latin-america-caribbean']);
    expect(jan.find((s) => s.zone === 'America/Santiago')!.start).toBe('09:00');
    expect(jul.find((s) => s.zone === 'America/Santiago')!.start).toBe('08:00');
  });

  it('suggests slots that fit the most capitals, in the middle of their day first', () => {
    const [best] = suggestSlots('2026-06-10', 90, ['sub-saharan-africa', 'latin-america-caribbean']);
    expect(best!.inside).toBe(best!.total);
    const check = evaluateSlot(best!.start, 90, ['sub-saharan-africa', 'latin-america-caribbean']);
    expect(check.every((s) => !s.outside)).toBe(true);
    // Asia-Pacific with Latin America cannot all fit: the best slot says how many do.
    const [hard] = suggestSlots('2026-06-10', 90, ['east-asia-pacific', 'latin-america-caribbean']);
    expect(hard!.inside).toBeLessThan(hard!.total);
  });
});

describe('calendar invitation', () => {
  const base = {
    webinarId: '0c3f1e1a-1111-4222-8333-444455556666',
    host: 'spgateway.example',
    title: 'Shock-responsive cash transfers',
    description: 'Lessons from the Sahel.',
    url: 'https://spgateway.example/en/webinars/shock',
    start: new Date('2026-03-31T10:00:00Z'),
    durationMinutes: 90,
    joinUrl: 'https://meet.example/j/123',
    organiser: { name: 'SP Gateway', email: 'webinars@spgateway.example' },
  };

  it('parses with ical.js to the right UTC instants, a stable UID and the sequence', () => {
    const { method, content } = webinarInvitation({ ...base, sequence: 2, cancelled: false });
    expect(method).toBe('REQUEST');
    const cal = new ICAL.Component(ICAL.parse(content));
    expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe(`webinar-${base.webinarId}@spgateway.example`);
    expect(event.sequence).toBe(2);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-31T10:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-31T11:30:00.000Z');
    expect(event.location).toBe('https://meet.example/j/123');
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED under the same UID', () => {
    const { method, content } = webinarInvitation({ ...base, sequence: 3, cancelled: true, joinUrl: null });
    expect(method).toBe('CANCEL');
    const cal = new ICAL.Component(ICAL.parse(content));
    const vevent = cal.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(new ICAL.Event(vevent).uid).toBe(`webinar-${base.webinarId}@spgateway.example`);
    expect(content).not.toContain('meet.example');
  });
});
