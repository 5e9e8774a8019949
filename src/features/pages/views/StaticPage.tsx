import type { MessageKey } from '../../../core/i18n/index.ts';
import { useCtx } from '../../../core/render/context.ts';
import { Layout } from '../../../ui/Layout.tsx';

export type StaticPageId = 'about' | 'terms' | 'privacy' | 'contact';

/**
 * About, terms, privacy and contact: their text lives in the catalogs as sections
 * ("pages.about.s1.title", "pages.about.s1.body" …), so translators own every word.
 */
export function StaticPage({
  id,
  sections,
  contactEmail,
}: {
  id: StaticPageId;
  sections: number;
  contactEmail: string;
}) {
  const { t } = useCtx();
  const k = (suffix: string) => `pages.${id}.${suffix}` as MessageKey;
  // Every lead and body may use {email}; a message that needs it and lacks it throws.
  const values = { email: contactEmail };
  const lead = t(k('lead'), values);
  return (
    <Layout title={t(k('title'))} description={lead} section={id === 'about' ? 'about' : undefined}>
      <h1>{t(k('title'))}</h1>
      <p class="lead">{lead}</p>
      {Array.from({ length: sections }, (_, i) => i + 1).map((n) => (
        <section key={n}>
          <h2>{t(k(`s${n}.title`))}</h2>
          {t(k(`s${n}.body`), values)
            .split('\n\n')
            .map((p) => (
              <p key={p.slice(0, 24)}>{p}</p>
            ))}
        </section>
      ))}
      {id === 'contact' && (
        <p>
          <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
        </p>
      )}
    </Layout>
  );
}
