import { ld, ldDocument } from '../../../core/render/metadata.tsx';
import type { OrganisationView } from './views/OrganisationPage.tsx';

/** The logo's address (a new logo gets a new address, so caches never show the old one). */
export const logoPath = (base: string, logoKey: string) =>
  `${base}/logo?v=${encodeURIComponent(logoKey.slice(-12))}`;

/** An organisation as schema.org JSON-LD: its page is its `url`, its own website `sameAs`. */
export function organisationJsonLd(v: OrganisationView, url: string, logoUrl: string | null) {
  const o = v.org;
  return ldDocument(
    ld('Organization', url, {
      name: o.name,
      alternateName: o.acronym,
      description: v.description?.description,
      logo: logoUrl,
      sameAs: o.website,
      address: o.country ? ld('PostalAddress', null, { addressCountry: o.country }) : undefined,
    }),
  );
}
