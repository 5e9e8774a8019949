import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { audit } from '../../../core/audit/index.ts';
import { AppError } from '../../../core/errors.ts';
import type { SessionUser } from '../../../core/http/context.ts';
import type { Services } from '../../../core/services.ts';
import { registrationsForExport, setAttendance } from './repository.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Reads a meeting tool's attendance report (Zoom, Teams, Webex … all export CSV with a header
 * row): the column whose name contains "mail" gives the address, one whose name contains
 * "duration" or "minutes" the time attended (several rows per person are added up — people
 * leave and come back). A report without a duration column counts 1 minute per row.
 */
export function parseAttendance(csv: string): Map<string, number> {
  let records: string[][];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch {
    throw new AppError('invalid_csv', 400, 'webinars.error.csv', 'file');
  }
  // Some tools put a few summary lines above the participants' table: find its header row.
  const headerIndex = records.findIndex((row) => row.some((c) => /e-?mail/i.test(c)));
  if (headerIndex < 0) throw new AppError('no_email_column', 400, 'webinars.error.csvEmail', 'file');
  const header = records[headerIndex]!.map((c) => c.toLowerCase());
  const emailAt = header.findIndex((c) => /e-?mail/.test(c));
  const minutesAt = header.findIndex((c) => /duration|minutes/.test(c));
  const out = new Map<string, number>();
  for (const row of records.slice(headerIndex + 1)) {
    const email = row[emailAt]?.trim().toLowerCase();
    if (!email || !EMAIL.test(email)) continue;
    const raw = minutesAt >= 0 ? (row[minutesAt] ?? '') : '1';
    const minutes = toMinutes(raw);
    out.set(email, Math.min(100_000, (out.get(email) ?? 0) + minutes));
  }
  return out;
}

/** "75", "1:15:00", "01:15" (h:mm) → minutes. */
function toMinutes(raw: string): number {
  const parts = raw.split(':').map(Number);
  if (parts.some((p) => !Number.isFinite(p))) return 0;
  if (parts.length === 3) return Math.round(parts[0]! * 60 + parts[1]! + parts[2]! / 60);
  if (parts.length === 2) return Math.round(parts[0]! * 60 + parts[1]!);
  return Math.round(parts[0] ?? 0);
}

export async function importAttendance(
  services: Pick<Services, 'db'>,
  organiser: SessionUser,
  webinarId: string,
  csv: string,
) {
  const minutes = parseAttendance(csv);
  const matched = await services.db.transaction(async (tx) => {
    const m = await setAttendance(tx, webinarId, minutes);
    await audit(tx, {
      actor: { id: organiser.id, name: organiser.name },
      action: 'webinar.attendance.import',
      subjectType: 'webinar',
      subjectId: webinarId,
      summary: `${m.length}/${minutes.size}`,
    });
    return m;
  });
  return { rows: minutes.size, matched: matched.length, unmatched: minutes.size - matched.length };
}

/** A cell a spreadsheet would run as a formula is written as text. */
const safeCell = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/** Every registration as CSV for the organisers; personal data, so each export is audited. */
export async function exportRegistrationsCsv(
  services: Pick<Services, 'db'>,
  organiser: SessionUser,
  webinarId: string,
): Promise<string> {
  const rows = await registrationsForExport(services.db, webinarId);
  await audit(services.db, {
    actor: { id: organiser.id, name: organiser.name },
    action: 'webinar.registrations.export',
    subjectType: 'webinar',
    subjectId: webinarId,
    summary: `${rows.length}`,
  });
  return stringify(
    rows.map((r) => [
      safeCell(r.name),
      safeCell(r.email),
      r.status,
      r.country ?? '',
      r.sector ?? '',
      r.locale,
      r.time_zone,
      new Date(r.created_at).toISOString(),
      r.attended_minutes ?? '',
    ]),
    {
      header: true,
      columns: [
        'name',
        'email',
        'status',
        'country',
        'sector',
        'language',
        'time_zone',
        'registered_at',
        'attended_minutes',
      ],
    },
  );
}
