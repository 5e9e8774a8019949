import { useCtx } from '../../../core/render/context.ts';
import type { AttendanceMode } from '../tables.ts';
import { type EventTime, formatWhen, zoneName, zoneOffset } from '../time.ts';

/**
 * When an event happens, in its own zone with the zone named (events happen in a place); for an
 * online or hybrid event, also in the signed-in reader's zone when it differs.
 */
export function When({ event, mode }: { event: EventTime; mode: AttendanceMode }) {
  const { t, locale, user } = useCtx();
  const zone = `${zoneName(locale, event.timeZone, event.startsAt)} (${event.timeZone}, ${zoneOffset(locale, event.timeZone, event.startsAt)})`;
  const viewerZone = user?.timeZone;
  const showLocal =
    !event.allDay &&
    mode !== 'in_person' &&
    viewerZone &&
    viewerZone !== event.timeZone &&
    isZone(viewerZone);
  return (
    <>
      <time datetime={event.startsAt.toISOString()}>{formatWhen(locale, event)}</time>{' '}
      <span class="meta">
        {event.allDay ? t('events.when.allDayIn', { zone }) : t('events.when.in', { zone })}
      </span>
      {showLocal && (
        <>
          <br />
          <span>
            {t('events.when.yours', {
              when: formatWhen(locale, event, viewerZone),
              zone: viewerZone,
            })}
          </span>
        </>
      )}
    </>
  );
}

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
