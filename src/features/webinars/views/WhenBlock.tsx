import { useCtx } from '../../../core/render/context.ts';
import { formatSlot } from '../time.ts';

interface Props {
  start: Date;
  minutes: number;
  /** The organiser's zone. */
  zone: string;
}

/**
 * When a webinar takes place, for a global audience: in the signed-in member's own zone; for
 * visitors in UTC and the organiser's zone, plus — when scripts run — the browser's zone,
 * written in the reader's language (client/main.ts fills [data-local-time]).
 */
export function WhenBlock({ start, minutes, zone }: Props) {
  const { t, locale, user } = useCtx();
  const end = new Date(start.getTime() + minutes * 60_000);
  const lines: { label: string; text: string }[] = [];
  if (user && user.timeZone !== zone)
    lines.push({
      label: t('webinars.when.yours', { zone: user.timeZone }),
      text: formatSlot(locale, start, minutes, user.timeZone),
    });
  lines.push({
    label: t('webinars.when.organiser', { zone }),
    text: formatSlot(locale, start, minutes, zone),
  });
  if (!user && zone !== 'UTC')
    lines.push({ label: t('webinars.when.utc'), text: formatSlot(locale, start, minutes, 'UTC') });
  return (
    <dl class="when">
      {!user && (
        <div data-local-wrap hidden>
          <dt>{t('webinars.when.browser')}</dt>
          <dd>
            <time datetime={start.toISOString()} data-local-time data-end={end.toISOString()}>
              {formatSlot(locale, start, minutes, 'UTC')}
            </time>
          </dd>
        </div>
      )}
      {lines.map((l) => (
        <div key={l.label}>
          <dt>{l.label}</dt>
          <dd>{l.text}</dd>
        </div>
      ))}
    </dl>
  );
}
