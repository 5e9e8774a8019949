import type { MessageKey } from '../core/i18n/index.ts';
import { useCtx } from '../core/render/context.ts';
import { Layout } from './Layout.tsx';

interface Props {
  status: number;
  title: MessageKey | string;
  body: MessageKey | string;
  values?: Record<string, string | number | Date>;
  /** A way back to where the reader came from (else the home page). */
  back?: { href: string; label: MessageKey };
}

export function ErrorPage({ status, title, body, values, back }: Props) {
  const { t, locale } = useCtx();
  const heading = t(title as MessageKey);
  return (
    <Layout title={heading} indexable={false}>
      <h1>{heading}</h1>
      <p>{t(body as MessageKey, values)}</p>
      <p class="meta">{t('ui.error.code', { status })}</p>
      <p>
        {back ? (
          <a href={back.href}>{t(back.label)}</a>
        ) : (
          <a href={`/${locale}/`}>{t('ui.error.backHome')}</a>
        )}
      </p>
    </Layout>
  );
}
