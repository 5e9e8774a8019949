import type { MessageKey } from '../core/i18n/index.ts';
import { useCtx } from '../core/render/context.ts';
import { Layout } from './Layout.tsx';

interface Props {
  status: number;
  title: MessageKey | string;
  body: MessageKey | string;
  values?: Record<string, string | number | Date>;
}

export function ErrorPage({ status, title, body, values }: Props) {
  const { t, locale } = useCtx();
  const heading = t(title as MessageKey);
  return (
    <Layout title={heading} indexable={false}>
      <h1>{heading}</h1>
      <p>{t(body as MessageKey, values)}</p>
      <p class="meta">{t('ui.error.code', { status })}</p>
      <p>
        <a href={`/${locale}/`}>{t('ui.error.backHome')}</a>
      </p>
    </Layout>
  );
}
