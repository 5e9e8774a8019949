import type { MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { CsrfField, Notice } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import type { RegistrationRow } from '../repository.ts';
import { WhenBlock } from './WhenBlock.tsx';

interface Props {
  slug: string;
  title: string;
  token: string;
  registration: RegistrationRow;
  start: Date;
  minutes: number;
  zone: string;
  meetingUrl: string | null;
  open: boolean;
  notice?: string;
}

/**
 * What a registration link opens (no account needed): confirm a pending registration, see the
 * status and the join link, or cancel. Changes are POSTs, so a mail scanner that follows the
 * link changes nothing.
 */
export function RegistrationPage(p: Props) {
  const { t, locale } = useCtx();
  const base = `/${locale}/webinars/${p.slug}/registration`;
  const status = p.registration.status;
  return (
    <Layout title={t('webinars.manage.title')} section="webinars" indexable={false}>
      <p class="meta">
        <a href={`/${locale}/webinars/${p.slug}`}>{p.title}</a>
      </p>
      <h1>{t('webinars.manage.title')}</h1>
      <Notice text={p.notice} />
      <p>{p.title}</p>
      <WhenBlock start={p.start} minutes={p.minutes} zone={p.zone} />
      <p>{t(`webinars.status.${status}` as MessageKey)}</p>
      {status === 'pending' && p.open && (
        <form method="post" action={`${base}/confirm`}>
          <CsrfField />
          <input type="hidden" name="t" value={p.token} />
          <button type="submit">{t('webinars.manage.confirm')}</button>
        </form>
      )}
      {status === 'registered' && p.meetingUrl && (
        <p>
          {t('webinars.joinLink')} <a href={p.meetingUrl}>{p.meetingUrl}</a>
        </p>
      )}
      {status !== 'cancelled' && p.open && (
        <form method="post" action={`${base}/cancel`}>
          <CsrfField />
          <input type="hidden" name="t" value={p.token} />
          <button type="submit" class="secondary">
            {t('webinars.register.cancel')}
          </button>
        </form>
      )}
    </Layout>
  );
}
