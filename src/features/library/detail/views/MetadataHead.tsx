import { useCtx } from '../../../../core/render/context.ts';
import type { PublicationPage } from '../get-publication.ts';
import { fileUrl } from '../../files/presenter.ts';
import { citationMeta, jsonLd, serializeJsonLd, shorten } from '../metadata.ts';

/**
 * Machine-readable description of a publication, in <head>: canonical link, Open Graph,
 * Google Scholar's citation_* tags and schema.org JSON-LD (escaped, carrying the CSP nonce).
 */
export function MetadataHead({ page }: { page: PublicationPage }) {
  const { t, nonce, config } = useCtx();
  const { texts } = page;
  const publicUrl = config.publicUrl;
  return (
    <>
      <link rel="canonical" href={page.pageUrl} />
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={t('ui.site.name')} />
      <meta property="og:title" content={texts.title.text} />
      {texts.summary && <meta property="og:description" content={shorten(texts.summary.text, 300)} />}
      <meta property="og:url" content={page.pageUrl} />
      {page.cover && <meta property="og:image" content={`${publicUrl}${fileUrl(page.cover)}`} />}
      {citationMeta(page, publicUrl).map(([name, content], i) => (
        <meta key={`${name}-${i}`} name={name} content={content} />
      ))}
      <script
        type="application/ld+json"
        nonce={nonce}
        // JSON with <, > and & escaped (serializeJsonLd): a title cannot end the element.
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd(page, publicUrl)) }}
      />
    </>
  );
}
