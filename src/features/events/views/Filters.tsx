import { useCtx } from '../../../core/render/context.ts';
import type { EventFilters } from '../repository.ts';
import { EVENT_KINDS } from '../tables.ts';

interface Choice {
  slug: string;
  label: string;
  depth: number;
}

export interface FilterChoices {
  regions: Choice[];
  topics: Choice[];
  programmeAreas: Choice[];
}

/** A tree's terms as options, children indented under their parent. */
const options = (choices: Choice[], chosen?: string) =>
  choices.map((c) => (
    <option key={c.slug} value={c.slug} selected={chosen === c.slug}>
      {`${'\u2003'.repeat(c.depth)}${c.label}`}
    </option>
  ));

/** The filter form: a plain GET form, so it works without JavaScript and its URL can be shared. */
export function Filters({
  action,
  filters,
  choices,
  month,
}: {
  action: string;
  filters: EventFilters;
  choices: FilterChoices;
  month?: string;
}) {
  const { t } = useCtx();
  return (
    <form method="get" action={action} class="filters" role="search" aria-label={t('events.filter.label')}>
      {month && <input type="hidden" name="month" value={month} />}
      <div class="field">
        <label for="ev-region">{t('events.filter.region')}</label>
        <select id="ev-region" name="region">
          <option value="">{t('events.filter.any')}</option>
          {options(choices.regions, filters.region)}
        </select>
      </div>
      <div class="field">
        <label for="ev-theme">{t('events.filter.theme')}</label>
        <select id="ev-theme" name="theme">
          <option value="">{t('events.filter.any')}</option>
          <optgroup label={t('events.field.topics')}>{options(choices.topics, filters.theme)}</optgroup>
          <optgroup label={t('events.field.programmeAreas')}>
            {options(choices.programmeAreas, filters.theme)}
          </optgroup>
        </select>
      </div>
      <div class="field">
        <label for="ev-kind">{t('events.filter.kind')}</label>
        <select id="ev-kind" name="kind">
          <option value="">{t('events.filter.any')}</option>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k} selected={filters.kind === k}>
              {t(`events.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <input type="checkbox" id="ev-online" name="online" value="1" checked={!!filters.online} />{' '}
        <label for="ev-online">{t('events.filter.online')}</label>
      </div>
      <button type="submit">{t('events.filter.apply')}</button>
    </form>
  );
}
