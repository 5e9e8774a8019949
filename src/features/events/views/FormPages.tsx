import type { FieldError } from '../../../core/errors.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, ErrorSummary, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { AdminNav } from '../../admin/views/AdminNav.tsx';
import type { ContentStatus } from '../../content/tables.ts';
import { statusKey } from '../../editorial/views/labels.ts';
import { WorkflowPanel, type WorkflowState } from '../../editorial/views/WorkflowPanel.tsx';
import type { TransitionRow } from '../../editorial/workflow/repository.ts';
import type { FormValues } from '../../library/editorial/views/controls.tsx';
import type { SubmissionRow } from '../repository.ts';
import { formatWhen } from '../time.ts';
import { EventFields, type EventFormOptions } from './EventFields.tsx';

/** The member's form to propose an event. */
export function SubmitPage({
  values,
  errors = [],
  options,
  revise,
}: {
  values: FormValues;
  errors?: FieldError[];
  options: EventFormOptions;
  /** The submission being revised and the version its form was opened at. */
  revise?: { id: string; version: number };
}) {
  const { t, locale } = useCtx();
  const title = t(revise ? 'events.revise.title' : 'events.submit.title');
  return (
    <Layout title={title} indexable={false}>
      <p class="meta">
        <a href={`/${locale}/events/submissions`}>{t('events.submissions.title')}</a>
      </p>
      <h1>{title}</h1>
      <p>{t('events.submit.intro')}</p>
      <ErrorSummary errors={errors} />
      <form
        method="post"
        action={revise ? `/${locale}/events/submissions/${revise.id}/edit` : `/${locale}/events/submit`}
      >
        <CsrfField />
        {revise && <input type="hidden" name="version" value={String(revise.version)} />}
        <EventFields values={values} errors={errors} options={options} />
        <button type="submit">{t(revise ? 'events.revise.button' : 'events.submit.button')}</button>
      </form>
    </Layout>
  );
}

function When({ row }: { row: SubmissionRow }) {
  const { locale } = useCtx();
  return (
    <>
      {formatWhen(locale, {
        startsAt: new Date(row.starts_at),
        endsAt: new Date(row.ends_at),
        timeZone: row.time_zone,
        allDay: !!row.all_day,
      })}{' '}
      ({row.time_zone})
    </>
  );
}

/** A member's own event submissions and their status. */
export function SubmissionsPage({ rows }: { rows: SubmissionRow[] }) {
  const { t, locale } = useCtx();
  const title = t('events.submissions.title');
  return (
    <Layout title={title} indexable={false}>
      <h1>{title}</h1>
      <p>
        <a href={`/${locale}/events/submit`}>{t('events.submit.link')}</a>
      </p>
      {rows.length === 0 ? (
        <p>{t('events.submissions.empty')}</p>
      ) : (
        <ul>
          {rows.map((r) => (
            <li key={r.id}>
              <a href={`/${locale}/events/submissions/${r.id}`}>{r.title}</a> — {t(statusKey(r.status))} —{' '}
              <When row={r} />
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** One of the member's submissions: its status, where it stands in the workflow. */
export function SubmissionPage({
  row,
  workflow,
  notice,
}: {
  row: SubmissionRow;
  workflow?: { state: WorkflowState; history: TransitionRow[] };
  notice?: string;
}) {
  const { t, locale } = useCtx();
  return (
    <Layout title={row.title} indexable={false}>
      <p class="meta">
        <a href={`/${locale}/events/submissions`}>{t('events.submissions.title')}</a>
      </p>
      <h1>{row.title}</h1>
      <Notice text={notice} />
      <p>
        {t('events.submissions.status', { status: t(statusKey(row.status)) })} · <When row={row} />
      </p>
      {row.status === 'published' && (
        <p>
          <a href={`/${locale}/events/${row.slug}`}>{t('events.edit.view')}</a>
        </p>
      )}
      {(row.status === 'draft' || row.status === 'changes_requested') && (
        <p>
          <a href={`/${locale}/events/submissions/${row.id}/edit`}>{t('events.revise.link')}</a>
        </p>
      )}
      {workflow && <WorkflowPanel item={workflow.state} history={workflow.history} />}
    </Layout>
  );
}

/** The editors' form for a new or an existing event, with the workflow panel. */
export function EditPage({
  item,
  workflow,
  values,
  errors = [],
  options,
  notice,
}: {
  item?: { id: string; slug: string; status: ContentStatus; title: string; version: number };
  workflow?: { state: WorkflowState; history: TransitionRow[] };
  values: FormValues;
  errors?: FieldError[];
  options: EventFormOptions;
  notice?: string;
}) {
  const { t, locale } = useCtx();
  const base = `/${locale}/admin/events`;
  const heading = item ? t('events.edit.title', { title: item.title }) : t('events.admin.new');
  return (
    <Layout title={heading} section="admin" indexable={false}>
      <p class="meta">
        <a href={base}>{t('events.admin.title')}</a>
      </p>
      <h1>{heading}</h1>
      <AdminNav current="events" />
      <Notice text={notice} />
      <ErrorSummary errors={errors} />
      {item && workflow && (
        <>
          {item.status === 'published' && (
            <p>
              <a href={`/${locale}/events/${item.slug}`}>{t('events.edit.view')}</a>
            </p>
          )}
          <WorkflowPanel item={workflow.state} history={workflow.history} />
        </>
      )}
      <form method="post" action={item ? `${base}/${item.id}/edit` : `${base}/new`}>
        <CsrfField />
        {item && <input type="hidden" name="version" value={String(item.version)} />}
        <EventFields values={values} errors={errors} options={options} editor />
        <button type="submit">{item ? t('ui.form.save') : t('events.edit.create')}</button>
      </form>
    </Layout>
  );
}

/** Every event for editors, newest start first, with a status filter. */
export function AdminListPage({
  rows,
  total,
  status,
}: {
  rows: SubmissionRow[];
  total: number;
  status?: ContentStatus;
}) {
  const { t, locale } = useCtx();
  const base = `/${locale}/admin/events`;
  const title = t('events.admin.title');
  return (
    <Layout title={title} section="admin" indexable={false}>
      <h1>{title}</h1>
      <AdminNav current="events" />
      <p>
        <a href={`${base}/new`}>{t('events.admin.new')}</a>
      </p>
      <p role="status">{t('events.count', { count: total })}</p>
      {status && <p>{t('events.submissions.status', { status: t(statusKey(status)) })}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('events.field.title')}</th>
            <th scope="col">{t('events.field.status')}</th>
            <th scope="col">{t('events.field.when')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <a href={`${base}/${r.id}/edit`}>{r.title}</a>
              </td>
              <td>{t(statusKey(r.status))}</td>
              <td>
                <When row={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
