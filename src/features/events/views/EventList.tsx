import { useCtx } from '../../../core/render/context.ts';
import { countryName } from '../../taxonomy/countries.ts';
import type { EventSummary } from '../presenter.ts';
import { When } from './When.tsx';

/** Events as a list of cards: title, when, kind, how and where. */
export function EventList({ events }: { events: EventSummary[] }) {
  const { t, locale } = useCtx();
  return (
    <ol class="results">
      {events.map((e) => (
        <li key={e.id}>
          <h2>
            <a href={`/${locale}/events/${e.slug}`}>{e.title}</a>
          </h2>
          <p>
            <When event={e} mode={e.mode} />
          </p>
          <p class="meta">
            {t(`events.kind.${e.kind}`)} · {t(`events.mode.${e.mode}`)}
            {e.city || e.country
              ? ` · ${[e.city, e.country ? countryName(e.country, locale) : null].filter(Boolean).join(', ')}`
              : ''}
          </p>
          {e.summary && <p>{e.summary}</p>}
        </li>
      ))}
    </ol>
  );
}
