import { useCtx } from '../../../../core/render/context.ts';
import { PageMetadata } from '../../../../core/render/metadata.tsx';
import type { PublicationPage } from '../get-publication.ts';
import { fileUrl } from '../../files/presenter.ts';
import { citationMeta, jsonLd } from '../metadata.ts';

/**
 * Machine-readable description of a publication, in <head>: canonical link, Open Graph,
 * Google Scholar's citation_* tags and schema.org JSON-LD (escaped, carrying the CSP nonce).
 */
export function MetadataHead({ page }: { page: PublicationPage }) {
  const { config } = useCtx();
  const { texts } = page;
  const publicUrl = config.publicUrl;
  return (
    <>
      <PageMetadata
        card={{
          url: page.pageUrl,
          type: 'article',
          title: texts.title.text,
          description: texts.summary?.text,
          // The cover's pixel size is not stored: a small card, which never crops it wrongly.
          image: page.cover ? { url: `${publicUrl}${fileUrl(page.cover)}` } : null,
          languages: page.translations.map((x) => x.locale),
          published: page.item.publishedAt ? new Date(page.item.publishedAt) : null,
          modified: page.item.updatedAt,
          jsonLd: jsonLd(page, publicUrl),
        }}
      />
      {citationMeta(page, publicUrl).map(([name, content], i) => (
        <meta key={`${name}-${i}`} name={name} content={content} />
      ))}
    </>
  );
}
