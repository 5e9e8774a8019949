import type { FieldError } from '../../../../core/errors.ts';
import { formatDate, formatNumber } from '../../../../core/i18n/index.ts';
import { useCtx } from '../../../../core/render/context.ts';
import { CsrfField, describe, ErrorSummary, Field, Notice } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import { AdminNav } from '../../../admin/views/AdminNav.tsx';
import type { OverviewRow } from '../overview.ts';
import type { CommunityMemberRow } from '../repository.ts';
import { ArchiveForm, HealthRules, StateLabel, Windows } from './HealthOverviewPage.tsx';

interface Props {
  row: OverviewRow;
  admins: CommunityMemberRow[];
  errors?: FieldError[];
  values?: { members: string; stepDown: string[] };
  notice?: string;
}

/** One community's figures, its admins, and the platform team's actions (archive, hand over). */
export function CommunityHealthPage({ row, admins, errors = [], values, notice }: Props) {
  const { t, locale, config, fieldLabels } = useCtx();
  const base = `/${locale}/admin/communities`;
  const stepDownLabel = t('communityHealth.handover.stepDown');
  fieldLabels.set('stepDown', stepDownLabel);
  const stepDownError = errors.find((e) => e.field === 'stepDown');
  return (
    <Layout title={`${row.name} · ${t('communityHealth.title')}`} section="admin" indexable={false}>
      <h1>{row.name}</h1>
      <AdminNav current="communities" />
      <p>
        <a href={base}>{t('communityHealth.detail.back')}</a>
      </p>
      <ErrorSummary errors={errors} />
      <Notice text={notice} />
      <h2>{t('communityHealth.detail.figures')}</h2>
      <dl class="facts">
        <dt>{t('communityHealth.col.state')}</dt>
        <dd>
          <StateLabel row={row} />
        </dd>
        <dt>{t('communityHealth.col.lastActivity')}</dt>
        <dd>
          {formatDate(locale, row.lastActivityAt, 'medium')}
          {!row.lastPostAt && <> ({t('communityHealth.noPosts')})</>}
        </dd>
        <dt>{t('communityHealth.col.threads')}</dt>
        <dd>
          <Windows w={row.threads} />
        </dd>
        <dt>{t('communityHealth.col.replies')}</dt>
        <dd>
          <Windows w={row.replies} />
        </dd>
        <dt>{t('communityHealth.col.active')}</dt>
        <dd>
          <Windows w={row.activeMembers} />
        </dd>
        <dt>{t('communityHealth.col.members')}</dt>
        <dd>{formatNumber(locale, row.members)}</dd>
        <dt>{t('communityHealth.col.unanswered')}</dt>
        <dd>{formatNumber(locale, row.unanswered)}</dd>
        <dt>{t('communityHealth.col.silent')}</dt>
        <dd>{formatNumber(locale, row.silentMembers)}</dd>
        <dt>{t('communityHealth.col.trend')}</dt>
        <dd>
          {t(`communityHealth.trend.${row.trend.direction}`, {
            last30: row.trend.last30,
            previous30: row.trend.previous30,
          })}
        </dd>
      </dl>
      <p class="meta">
        {row.healthCheckedAt
          ? t('communityHealth.detail.checked', { date: formatDate(locale, row.healthCheckedAt, 'medium') })
          : t('communityHealth.detail.notChecked')}{' '}
        {row.nudgedAt &&
          t('communityHealth.detail.nudged', { date: formatDate(locale, row.nudgedAt, 'medium') })}
      </p>
      <HealthRules config={config} />
      {row.unansweredTitles.length > 0 && (
        <>
          <h3>{t('communityHealth.detail.unansweredTitles')}</h3>
          <ul>
            {row.unansweredTitles.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </>
      )}

      <h2>{t('communityHealth.detail.status')}</h2>
      <ArchiveForm row={row} />

      <h2>{t('communityHealth.detail.admins')}</h2>
      {admins.length === 0 ? (
        <p>{t('communityHealth.detail.noAdmins')}</p>
      ) : (
        <ul>
          {admins.map((a) => (
            <li key={a.userId}>{`${a.name} (@${a.handle})`}</li>
          ))}
        </ul>
      )}

      <h2 id="handover">{t('communityHealth.handover.title')}</h2>
      <p>{t('communityHealth.handover.intro')}</p>
      <form method="post" action={`${base}/${row.id}/handover`} novalidate>
        <CsrfField />
        <Field
          name="members"
          label={t('communityHealth.handover.members')}
          hint={t('communityHealth.handover.membersHint')}
          errors={errors}
        >
          <textarea {...describe('members', errors, true)} rows={3} maxLength={2000}>
            {values?.members ?? ''}
          </textarea>
        </Field>
        {admins.length > 0 && (
          <fieldset
            id="f-stepDown"
            class={stepDownError ? 'field field-error' : 'field'}
            aria-describedby={stepDownError ? 'e-stepDown' : undefined}
          >
            <legend>{stepDownLabel}</legend>
            {stepDownError && (
              <p class="error" id="e-stepDown">
                {t(stepDownError.messageKey, stepDownError.values)}
              </p>
            )}
            {admins.map((a) => (
              <div key={a.userId} class="checkbox">
                <input
                  type="checkbox"
                  id={`step-down-${a.userId}`}
                  name="stepDown"
                  value={a.userId}
                  checked={values?.stepDown.includes(a.userId)}
                />
                <label for={`step-down-${a.userId}`}>
                  {t('communityHealth.handover.stepDownNamed', { name: a.name })}
                </label>
              </div>
            ))}
          </fieldset>
        )}
        <button type="submit">{t('communityHealth.handover.submit')}</button>
      </form>
    </Layout>
  );
}
